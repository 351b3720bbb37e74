//! The editor's plain fields and the sheet's typed parts, both ways: one item a line, and
//! what belongs to an item (a document's condition, a situation's text, a cost's case)
//! after " | ". Plain text areas work without JavaScript and paste well from a word
//! processor. Pure: unit-tested below.

use super::model::{
    CostLine, Delay, DocumentToBring, MAX_ITEMS, MAX_TEXT, Note, NoteKind, Reference, SheetText,
    Situation, TextForm,
};
use crate::i18n::money::Euros;

const SEPARATOR: &str = " | ";

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn split(line: &str) -> (&str, Option<&str>) {
    match line.split_once('|') {
        Some((a, b)) if !b.trim().is_empty() => (a.trim(), Some(b.trim())),
        Some((a, _)) => (a.trim(), None),
        None => (line, None),
    }
}

fn joined<T>(items: &[T], line: impl Fn(&T) -> String) -> String {
    items.iter().map(line).collect::<Vec<_>>().join("\n")
}

impl TextForm {
    /// The fields that show a saved text.
    pub fn from_text(text: &SheetText) -> TextForm {
        TextForm {
            title: text.title.clone(),
            summary: text.summary.clone(),
            audience: text.audience.clone(),
            keywords: text.keywords.join(", "),
            online: text.online.clone(),
            steps: text.steps.join("\n"),
            min_days: i32::from(text.delay.min_days),
            max_days: i32::from(text.delay.max_days),
            delay: text.delay.text.clone(),
            situations: joined(&text.situations, |s| {
                format!("{}{SEPARATOR}{}", s.case, s.text)
            }),
            documents: joined(&text.documents, |d| match &d.condition {
                Some(c) => format!("{}{SEPARATOR}{c}", d.name),
                None => d.name.clone(),
            }),
            costs: joined(&text.costs, |c| {
                // Typed back the French way, which `Euros::parse` reads.
                let cents = c.cents.cents();
                let amount = if cents % 100 == 0 {
                    (cents / 100).to_string()
                } else {
                    format!("{},{:02}", cents / 100, cents % 100)
                };
                format!("{amount}{SEPARATOR}{}", c.condition)
            }),
            notes: joined(&text.notes, |n| {
                let kind = match n.kind {
                    NoteKind::Know => "!",
                    NoteKind::Warning => "!!",
                };
                format!("{kind} {}", n.text)
            }),
            ..TextForm::default()
        }
    }

    /// The typed text, or the Fluent id of what is wrong with the form.
    pub fn to_text(&self) -> Result<SheetText, &'static str> {
        let all = [
            &self.title,
            &self.summary,
            &self.audience,
            &self.keywords,
            &self.online,
            &self.steps,
            &self.delay,
            &self.situations,
            &self.documents,
            &self.costs,
            &self.notes,
        ];
        if all.iter().any(|f| f.len() > MAX_TEXT) {
            return Err("procedures-error-too-long");
        }
        let situations = lines(&self.situations)
            .map(|l| match split(l) {
                (case, Some(text)) => Ok(Situation {
                    case: case.to_owned(),
                    text: text.to_owned(),
                }),
                _ => Err("procedures-error-situation"),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let documents = lines(&self.documents)
            .map(|l| {
                let (name, condition) = split(l);
                DocumentToBring {
                    name: name.to_owned(),
                    condition: condition.map(str::to_owned),
                }
            })
            .collect::<Vec<_>>();
        let costs = lines(&self.costs)
            .map(|l| match split(l) {
                (amount, Some(condition)) => Euros::parse(amount)
                    .map(|cents| CostLine {
                        cents,
                        condition: condition.to_owned(),
                    })
                    .ok_or("procedures-error-cost"),
                _ => Err("procedures-error-cost"),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let notes = lines(&self.notes)
            .map(|l| match l.strip_prefix("!!") {
                Some(rest) => Note {
                    kind: NoteKind::Warning,
                    text: rest.trim().to_owned(),
                },
                None => Note {
                    kind: NoteKind::Know,
                    text: l.trim_start_matches('!').trim().to_owned(),
                },
            })
            .collect::<Vec<_>>();
        let steps: Vec<String> = lines(&self.steps).map(str::to_owned).collect();
        if [
            situations.len(),
            documents.len(),
            costs.len(),
            notes.len(),
            steps.len(),
        ]
        .iter()
        .any(|n| *n > MAX_ITEMS)
        {
            return Err("procedures-error-too-many");
        }
        let days = |d: i32| u16::try_from(d).ok().filter(|d| *d <= 3_650);
        let (Some(min_days), Some(max_days)) = (days(self.min_days), days(self.max_days)) else {
            return Err("procedures-error-delay");
        };
        if min_days > max_days {
            return Err("procedures-error-delay");
        }
        let text = SheetText {
            title: self.title.trim().to_owned(),
            summary: self.summary.trim().to_owned(),
            audience: self.audience.trim().to_owned(),
            keywords: self
                .keywords
                .split([',', '\n'])
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(str::to_owned)
                .collect(),
            online: self.online.trim().to_owned(),
            steps,
            delay: Delay {
                min_days,
                max_days,
                text: self.delay.trim().to_owned(),
            },
            situations,
            documents,
            costs,
            notes,
        };
        match text.missing_parts().first() {
            Some(_) => Err("procedures-error-missing"),
            None => Ok(text),
        }
    }
}

/// References typed one a line: a label, then " | " and its address if any.
pub fn references(text: &str) -> Result<Vec<Reference>, &'static str> {
    lines(text)
        .map(|l| {
            let (label, url) = split(l);
            match url {
                Some(u) if !u.starts_with("https://") => Err("procedures-error-url"),
                _ => Ok(Reference {
                    label: label.to_owned(),
                    url: url.map(str::to_owned),
                }),
            }
        })
        .collect()
}

pub fn references_text(refs: &[Reference]) -> String {
    joined(refs, |r| match &r.url {
        Some(u) => format!("{}{SEPARATOR}{u}", r.label),
        None => r.label.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> SheetText {
        SheetText {
            title: "Passeport".into(),
            summary: "Un titre de voyage.".into(),
            audience: "Toute personne française.".into(),
            keywords: vec!["passeport".into(), "voyage".into()],
            online: "La pré-demande se fait en ligne.".into(),
            steps: vec![
                "Faire la pré-demande.".into(),
                "Prendre rendez-vous.".into(),
            ],
            delay: Delay {
                min_days: 7,
                max_days: 60,
                text: "Quelques semaines.".into(),
            },
            situations: vec![Situation {
                case: "Vous êtes majeur".into(),
                text: "Vous venez seul.".into(),
            }],
            documents: vec![
                DocumentToBring {
                    name: "Photo".into(),
                    condition: None,
                },
                DocumentToBring {
                    name: "Timbre fiscal".into(),
                    condition: Some("Toujours".into()),
                },
            ],
            costs: vec![
                CostLine {
                    cents: Euros::from_cents(8_600),
                    condition: "Adulte".into(),
                },
                CostLine {
                    cents: Euros::from_cents(1_750),
                    condition: "Autre".into(),
                },
            ],
            notes: vec![
                Note {
                    kind: NoteKind::Warning,
                    text: "Venez en personne.".into(),
                },
                Note {
                    kind: NoteKind::Know,
                    text: "Valable 10 ans.".into(),
                },
            ],
        }
    }

    #[test]
    fn a_text_comes_back_the_same_through_the_form() {
        let text = sample();
        let mut form = TextForm::from_text(&text);
        assert_eq!(form.costs, "86 | Adulte\n17,50 | Autre");
        assert_eq!(form.documents, "Photo\nTimbre fiscal | Toujours");
        form.notes.push_str("\n\n");
        assert_eq!(form.to_text(), Ok(text));
    }

    #[test]
    fn a_bad_form_says_what_is_wrong() {
        let good = TextForm::from_text(&sample());
        let bad = |f: fn(&mut TextForm)| {
            let mut form = good.clone();
            f(&mut form);
            form.to_text().unwrap_err()
        };
        assert_eq!(
            bad(|f| f.costs = "quatre | Adulte".into()),
            "procedures-error-cost"
        );
        assert_eq!(bad(|f| f.costs = "86".into()), "procedures-error-cost");
        assert_eq!(
            bad(|f| f.situations = "Sans texte".into()),
            "procedures-error-situation"
        );
        assert_eq!(bad(|f| f.min_days = 90), "procedures-error-delay");
        assert_eq!(bad(|f| f.max_days = -1), "procedures-error-delay");
        assert_eq!(bad(|f| f.title = "  ".into()), "procedures-error-missing");
        assert_eq!(bad(|f| f.documents.clear()), "procedures-error-missing");
        assert_eq!(
            bad(|f| f.summary = "x".repeat(MAX_TEXT + 1)),
            "procedures-error-too-long"
        );
        assert_eq!(
            bad(|f| f.steps = "a\n".repeat(MAX_ITEMS + 1)),
            "procedures-error-too-many"
        );
    }

    #[test]
    fn references_need_a_secure_address_when_they_have_one() {
        let refs =
            references("Code civil, article 55\nService-Public | https://www.service-public.fr/x")
                .unwrap();
        assert_eq!(refs.len(), 2);
        assert_eq!(refs[0].url, None);
        assert_eq!(
            references_text(&refs),
            "Code civil, article 55\nService-Public | https://www.service-public.fr/x"
        );
        assert_eq!(references("Texte | http://x"), Err("procedures-error-url"));
    }
}
