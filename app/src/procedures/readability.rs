//! The editor's advice on reading ease, after the European easy-to-read (FALC) rules:
//! short sentences, everyday words, no unexplained abbreviation. Advice, never a refusal:
//! a legal name sometimes has to stay. Pure: unit-tested below.

use super::model::{Advice, SheetText, Variant};
use super::search::{Analyzer, fold};
use std::collections::HashSet;

/// Words a sentence may have: the FALC rules ask for short sentences, one idea each.
pub const FALC_SENTENCE: usize = 15;
pub const STANDARD_SENTENCE: usize = 30;
/// Advice shown at most, per kind, so that the list stays readable.
const SHOWN: usize = 12;

/// Everyday French words, one a line (`plain_words.txt`).
const PLAIN_WORDS: &str = include_str!("plain_words.txt");

/// The plain words, by stem, so that plurals and conjugations are plain too.
pub struct PlainWords {
    stems: HashSet<String>,
    analyzer: Analyzer,
}

impl PlainWords {
    pub fn french() -> PlainWords {
        let analyzer = Analyzer::new("fr");
        let stems = PLAIN_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .flat_map(|w| analyzer.terms(w))
            .collect();
        PlainWords { stems, analyzer }
    }

    fn is_plain(&self, word: &str) -> bool {
        self.analyzer
            .terms(word)
            .iter()
            .all(|stem| self.stems.contains(stem))
    }
}

fn texts(text: &SheetText) -> Vec<&str> {
    let mut all = vec![
        text.title.as_str(),
        &text.summary,
        &text.audience,
        &text.online,
        &text.delay.text,
    ];
    all.extend(text.steps.iter().map(String::as_str));
    for s in &text.situations {
        all.extend([s.case.as_str(), &s.text]);
    }
    for d in &text.documents {
        all.push(&d.name);
        all.extend(d.condition.as_deref());
    }
    all.extend(text.costs.iter().map(|c| c.condition.as_str()));
    all.extend(text.notes.iter().map(|n| n.text.as_str()));
    all
}

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

/// A word in capitals of two to six letters (CNI, CCAS, PACS), which a reader may not
/// know unless it is spelled out beside it in brackets.
fn abbreviation(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
}

fn explained(all: &str, abbreviation: &str) -> bool {
    all.contains(&format!("({abbreviation})")) || all.contains(&format!("{abbreviation} ("))
}

fn opening(sentence: &str) -> String {
    let start: Vec<&str> = sentence.split_whitespace().take(8).collect();
    format!("{} …", start.join(" "))
}

/// What to look at again in a French text; the word lists only apply to French.
pub fn advice(text: &SheetText, variant: Variant, plain: &PlainWords) -> Vec<Advice> {
    let limit = match variant {
        Variant::Falc => FALC_SENTENCE,
        Variant::Standard => STANDARD_SENTENCE,
    };
    let parts = texts(text);
    let everything = parts.join("\n");
    let mut advice = Vec::new();
    let long: Vec<Advice> = parts
        .iter()
        .flat_map(|p| sentences(p))
        .filter(|s| words(s).count() > limit)
        .map(|s| Advice {
            id: "procedures-advice-long-sentence".into(),
            subject: opening(s),
        })
        .take(SHOWN)
        .collect();
    advice.extend(long);
    let mut seen = HashSet::new();
    let abbreviations: Vec<Advice> = words(&everything)
        .filter(|w| abbreviation(w) && !explained(&everything, w))
        .filter(|w| seen.insert(w.to_string()))
        .map(|w| Advice {
            id: "procedures-advice-abbreviation".into(),
            subject: w.to_owned(),
        })
        .take(SHOWN)
        .collect();
    advice.extend(abbreviations);
    if variant == Variant::Falc {
        let mut seen = HashSet::new();
        let rare: Vec<Advice> = words(&everything)
            .filter(|w| {
                w.chars().count() > 3
                    && !w.chars().any(|c| c.is_ascii_digit())
                    && !abbreviation(w)
                    && !w.chars().next().is_some_and(char::is_uppercase)
            })
            .filter(|w| !plain.is_plain(w))
            .filter(|w| seen.insert(fold(w)))
            .map(|w| Advice {
                id: "procedures-advice-rare-word".into(),
                subject: w.to_owned(),
            })
            .take(SHOWN)
            .collect();
        advice.extend(rare);
    }
    advice
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::money::Euros;
    use crate::procedures::model::{CostLine, Delay, DocumentToBring, Situation};

    fn text(summary: &str) -> SheetText {
        SheetText {
            title: "Carte".into(),
            summary: summary.into(),
            audience: "Vous".into(),
            keywords: vec![],
            online: "Non".into(),
            steps: vec!["Venez".into()],
            delay: Delay {
                min_days: 0,
                max_days: 0,
                text: "Tout de suite".into(),
            },
            situations: vec![Situation {
                case: "Cas".into(),
                text: "Texte".into(),
            }],
            documents: vec![DocumentToBring {
                name: "Photo".into(),
                condition: None,
            }],
            costs: vec![CostLine {
                cents: Euros::from_cents(0),
                condition: "Gratuit".into(),
            }],
            notes: vec![],
        }
    }

    fn ids(advice: &[Advice], id: &str) -> Vec<String> {
        advice
            .iter()
            .filter(|a| a.id == id)
            .map(|a| a.subject.clone())
            .collect()
    }

    #[test]
    fn a_long_sentence_is_too_long_for_falc_first() {
        let plain = PlainWords::french();
        let twenty = "Vous venez à la mairie avec votre enfant et vos papiers pour faire la carte de votre enfant le matin ou le soir.";
        let falc = advice(&text(twenty), Variant::Falc, &plain);
        assert_eq!(
            ids(&falc, "procedures-advice-long-sentence"),
            vec!["Vous venez à la mairie avec votre enfant …"]
        );
        let standard = advice(&text(twenty), Variant::Standard, &plain);
        assert!(ids(&standard, "procedures-advice-long-sentence").is_empty());
    }

    #[test]
    fn an_abbreviation_needs_its_meaning_beside_it() {
        let plain = PlainWords::french();
        let bare = advice(&text("Demandez au CCAS."), Variant::Standard, &plain);
        assert_eq!(ids(&bare, "procedures-advice-abbreviation"), vec!["CCAS"]);
        let spelled = advice(
            &text("Demandez au centre communal d'action sociale (CCAS). Le CCAS répond."),
            Variant::Standard,
            &plain,
        );
        assert!(ids(&spelled, "procedures-advice-abbreviation").is_empty());
    }

    #[test]
    fn rare_words_are_pointed_out_in_falc_only_whatever_their_form() {
        let plain = PlainWords::french();
        let falc = advice(
            &text("Apportez le justificatif. Les enfants viennent."),
            Variant::Falc,
            &plain,
        );
        assert_eq!(
            ids(&falc, "procedures-advice-rare-word"),
            vec!["justificatif"]
        );
        let standard = advice(
            &text("Apportez le justificatif."),
            Variant::Standard,
            &plain,
        );
        assert!(ids(&standard, "procedures-advice-rare-word").is_empty());
    }
}
