//! Searching the sheets the way people type: without accents, in any case, singular or
//! plural ("carte identite" finds "Cartes nationales d'identité"), in French and in the
//! reader's language, best matches first. Pure: unit-tested below, measured by
//! `app/benches/sheet_search.rs`.
//!
//! The whole town has a few hundred texts (45 sheets, two versions, up to 11 languages),
//! so the index lives in memory and is rebuilt when a text is published. The database's
//! own full-text search was the other way: SQLite's FTS5 and PostgreSQL's `tsvector`
//! rank differently, PostgreSQL needs the `unaccent` extension (not always installed) to
//! forgive accents, and neither stems Persian, Ukrainian or Chinese; one index here gives
//! both databases the same answers. Words are reduced to their stem by the Snowball
//! stemmers of `rust-stemmers` (the ones Lucene and tantivy use), for the languages that
//! have one.

use super::model::SheetText;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::sync::Mutex;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// How much a word counts by where it is found.
const TITLE: f32 = 8.0;
const KEYWORD: f32 = 6.0;
const SUMMARY: f32 = 3.0;
const HEADING: f32 = 2.0;
const BODY: f32 = 1.0;
/// A typed word that only begins a word of the sheet ("passep") counts this much less.
const PREFIX: f32 = 0.5;
/// Each further mention of a word adds this much, up to [`MENTIONS`] of them: a sheet
/// that speaks of it throughout is more about it than one that names it once.
const MENTION: f32 = 0.25;
const MENTIONS: f32 = 8.0;
/// A keyword that is exactly what was typed ("cni"): the writer's first keywords name the
/// sheet best, so the bonus falls with the keyword's place.
const KEYWORD_TYPED: f32 = 3.0;
/// A title that begins with the first typed word ("passep…" and "Passeport : …") is
/// about it, more than one that names it further on.
const TITLE_BEGINS: f32 = 2.0;
/// Between titles that both hold the typed words, the one made of little else ranks first
/// ("Carte nationale d'identité" before "Retirer sa carte d'identité ou son passeport").
const TITLE_COVERED: f32 = 4.0;

/// Words that say nothing about the subject.
const STOP_WORDS: &[&str] = &[
    "a", "au", "aux", "avec", "ce", "d", "dans", "de", "des", "du", "en", "est", "et", "il", "je",
    "l", "la", "le", "les", "ma", "mon", "ou", "par", "pour", "sa", "se", "ses", "son", "sur",
    "un", "une", "vos", "votre", "vous", "the", "of", "to", "for", "and", "my", "an", "in",
];

fn algorithm(language: &str) -> Option<Algorithm> {
    Some(match language {
        "fr" => Algorithm::French,
        "en" => Algorithm::English,
        "ar" => Algorithm::Arabic,
        "es" => Algorithm::Spanish,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "tr" => Algorithm::Turkish,
        _ => return None,
    })
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// Lower case, without accents or diacritics (Latin, Cyrillic, Arabic), ligatures spelled
/// out, and the Turkish dotless i read as i.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut folded = String::with_capacity(text.len());
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        for c in c.to_lowercase() {
            match c {
                'œ' => folded.push_str("oe"),
                'æ' => folded.push_str("ae"),
                'ı' => folded.push('i'),
                c => folded.push(c),
            }
        }
    }
    folded
}

/// The words of a text as the index keeps them: folded, stemmed in `language`; Chinese
/// characters one by one and by pairs, since Chinese writes no spaces.
pub struct Analyzer {
    stemmer: Option<Stemmer>,
    /// The stems of the sheets' words, found once: the same words come back in every
    /// text, and stemming is most of what building the index costs.
    stems: Mutex<HashMap<String, String>>,
}

impl Analyzer {
    pub fn new(language: &str) -> Analyzer {
        Analyzer {
            stemmer: algorithm(language).map(Stemmer::create),
            stems: Mutex::new(HashMap::new()),
        }
    }

    /// A word's stem; remembered when it comes from a sheet (not from what anyone types,
    /// which would grow the memory without end).
    fn stem(&self, word: &str, remember: bool) -> String {
        let Some(stemmer) = &self.stemmer else {
            return word.to_owned();
        };
        let known = self.stems.lock().ok().and_then(|m| m.get(word).cloned());
        if let Some(stem) = known {
            return stem;
        }
        let stem = stemmer.stem(word).into_owned();
        if remember && let Ok(mut stems) = self.stems.lock() {
            stems.insert(word.to_owned(), stem.clone());
        }
        stem
    }

    /// The words of what someone typed.
    pub fn terms(&self, text: &str) -> Vec<String> {
        self.terms_of(text, false)
    }

    fn terms_of(&self, text: &str, remember: bool) -> Vec<String> {
        let folded = fold(text);
        let mut terms = Vec::new();
        for word in folded.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            if word.chars().any(is_han) {
                let chars: Vec<char> = word.chars().collect();
                terms.extend(chars.iter().map(char::to_string));
                terms.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
                continue;
            }
            if STOP_WORDS.contains(&word) {
                continue;
            }
            let term = self.stem(word, remember);
            if !term.is_empty() {
                terms.push(term);
            }
        }
        terms
    }
}

/// One text of one sheet: its words and how much each counts.
struct Document<K> {
    key: K,
    language: String,
    /// Each word: its weight where it counts most, and how often it comes.
    terms: HashMap<String, (f32, f32)>,
    /// The title's own words, and the first of them.
    title: Vec<String>,
    first: Option<String>,
    /// Each keyword's words, in the writer's order.
    keywords: Vec<Vec<String>>,
}

/// Every published text of every sheet, ready to be searched.
pub struct Index<K> {
    documents: Vec<Document<K>>,
    analyzers: HashMap<String, Analyzer>,
}

/// A result: the sheet's key and how well it matched.
#[derive(Clone, Debug, PartialEq)]
pub struct Found<K> {
    pub key: K,
    /// The language of the text that matched best.
    pub language: String,
    /// How many of the typed words it has.
    pub matched: usize,
    pub score: f32,
}

impl<K: Clone + Eq + std::hash::Hash> Index<K> {
    pub fn new() -> Index<K> {
        Index {
            documents: Vec::new(),
            analyzers: HashMap::new(),
        }
    }

    fn analyzer(&mut self, language: &str) -> &Analyzer {
        self.analyzers
            .entry(language.to_owned())
            .or_insert_with(|| Analyzer::new(language))
    }

    /// Adds a sheet's text in a language.
    pub fn add(&mut self, key: K, language: &str, text: &SheetText) {
        let analyzer = self.analyzer(language);
        let mut title = analyzer.terms_of(&text.title, true);
        let first = title.first().cloned();
        title.sort();
        title.dedup();
        let mut terms: HashMap<String, (f32, f32)> = HashMap::new();
        let mut put = |text: &str, weight: f32| {
            for term in analyzer.terms_of(text, true) {
                let (w, n) = terms.entry(term).or_default();
                *w = w.max(weight);
                *n += 1.0;
            }
        };
        put(&text.title, TITLE);
        for k in &text.keywords {
            put(k, KEYWORD);
        }
        put(&text.summary, SUMMARY);
        put(&text.audience, HEADING);
        for s in &text.situations {
            put(&s.case, HEADING);
            put(&s.text, BODY);
        }
        for d in &text.documents {
            put(&d.name, HEADING);
            if let Some(c) = &d.condition {
                put(c, BODY);
            }
        }
        for s in &text.steps {
            put(s, BODY);
        }
        for c in &text.costs {
            put(&c.condition, BODY);
        }
        for n in &text.notes {
            put(&n.text, BODY);
        }
        put(&text.online, BODY);
        put(&text.delay.text, BODY);
        let keywords = text
            .keywords
            .iter()
            .map(|k| analyzer.terms_of(k, true))
            .collect();
        self.documents.push(Document {
            key,
            language: language.to_owned(),
            terms,
            title,
            first,
            keywords,
        });
    }

    pub fn len(&self) -> usize {
        self.documents.len()
    }

    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// The sheets whose texts in `languages` match `query`, best first: those with every
    /// typed word before those with some, then by where the words are found.
    pub fn search(&self, query: &str, languages: &[&str]) -> Vec<Found<K>> {
        // The query's words, stemmed the way each language's texts were.
        let mut by_language: HashMap<&str, Vec<String>> = HashMap::new();
        for language in languages {
            let terms = match self.analyzers.get(*language) {
                Some(a) => a.terms(query),
                None => Analyzer::new(language).terms(query),
            };
            by_language.insert(language, terms);
        }
        // Per sheet, its best text, and where that text is in the index (ties go to the
        // earlier one, so that the same question always gets the same order).
        let mut best: HashMap<&K, (usize, Found<K>)> = HashMap::new();
        for (place, doc) in self.documents.iter().enumerate() {
            let Some(query) = by_language.get(doc.language.as_str()) else {
                continue;
            };
            if query.is_empty() {
                continue;
            }
            let (mut matched, mut score) = (0, 0.0);
            for term in query {
                let weight = doc
                    .terms
                    .get(term)
                    .map(|(w, n)| w + MENTION * (n - 1.0).min(MENTIONS))
                    .or_else(|| {
                        (term.chars().count() >= 3)
                            .then(|| {
                                doc.terms
                                    .iter()
                                    .filter(|(t, _)| t.starts_with(term.as_str()))
                                    .map(|(_, (w, _))| w * PREFIX)
                                    .fold(None, |m: Option<f32>, w| Some(m.map_or(w, |m| m.max(w))))
                            })
                            .flatten()
                    });
                if let Some(w) = weight {
                    matched += 1;
                    score += w;
                }
            }
            if matched == 0 {
                continue;
            }
            if let Some(place) = doc.keywords.iter().position(|k| k == query) {
                score += KEYWORD_TYPED / (1 + place) as f32;
            }
            let typed_first = &query[0];
            if doc.first.as_ref().is_some_and(|f| {
                f == typed_first
                    || (typed_first.chars().count() >= 3 && f.starts_with(typed_first.as_str()))
            }) {
                score += TITLE_BEGINS;
            }
            let in_title = doc.title.iter().filter(|t| query.contains(t)).count();
            if !doc.title.is_empty() {
                score += TITLE_COVERED * in_title as f32 / doc.title.len() as f32;
            }
            // Only the share of the query found ranks: a long query in one language is
            // not favoured over a short one in another.
            let matched = matched * 100 / query.len();
            let better = best
                .get(&doc.key)
                .is_none_or(|(_, b)| (matched, score) > (b.matched, b.score));
            if better {
                let found = Found {
                    key: doc.key.clone(),
                    language: doc.language.clone(),
                    matched,
                    score,
                };
                best.insert(&doc.key, (place, found));
            }
        }
        let mut found: Vec<(usize, Found<K>)> = best.into_values().collect();
        if found.iter().any(|(_, f)| f.matched == 100) {
            found.retain(|(_, f)| f.matched == 100);
        }
        found.sort_by(|(pa, a), (pb, b)| {
            b.matched
                .cmp(&a.matched)
                .then(b.score.total_cmp(&a.score))
                .then(pa.cmp(pb))
        });
        found.into_iter().map(|(_, f)| f).collect()
    }
}

impl<K: Clone + Eq + std::hash::Hash> Default for Index<K> {
    fn default() -> Self {
        Index::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::money::Euros;
    use crate::procedures::model::{CostLine, Delay, DocumentToBring, Situation};

    fn sheet(title: &str, summary: &str, keywords: &[&str]) -> SheetText {
        SheetText {
            title: title.into(),
            summary: summary.into(),
            audience: "Toute personne".into(),
            keywords: keywords.iter().map(|k| (*k).into()).collect(),
            online: String::new(),
            steps: vec!["Venir à la mairie".into()],
            delay: Delay {
                min_days: 0,
                max_days: 0,
                text: "Sur place".into(),
            },
            situations: vec![Situation {
                case: "Cas".into(),
                text: "Texte".into(),
            }],
            documents: vec![DocumentToBring {
                name: "Justificatif de domicile".into(),
                condition: None,
            }],
            costs: vec![CostLine {
                cents: Euros::from_cents(0),
                condition: "Gratuit".into(),
            }],
            notes: vec![],
        }
    }

    fn town() -> Index<&'static str> {
        let mut index = Index::new();
        index.add(
            "cni",
            "fr",
            &sheet(
                "Carte nationale d'identité",
                "Demander ou renouveler sa carte.",
                &["CNI", "papiers"],
            ),
        );
        index.add(
            "passeport",
            "fr",
            &sheet(
                "Passeport",
                "Un titre pour voyager, avec la carte d'identité.",
                &[],
            ),
        );
        index.add(
            "naissance",
            "fr",
            &sheet("Acte de naissance", "Une copie de l'acte.", &["extrait"]),
        );
        index.add(
            "cni",
            "tr",
            &sheet(
                "Ulusal kimlik kartı",
                "Kimlik kartı başvurusu.",
                &["kimlik"],
            ),
        );
        index.add("cni", "zh", &sheet("国民身份证", "申请身份证", &[]));
        index
    }

    fn keys(found: Vec<Found<&'static str>>) -> Vec<&'static str> {
        found.into_iter().map(|f| f.key).collect()
    }

    #[test]
    fn accents_case_and_plurals_do_not_matter() {
        let index = town();
        assert_eq!(keys(index.search("carte identite", &["fr"]))[0], "cni");
        assert_eq!(keys(index.search("CARTES D'IDENTITÉ", &["fr"]))[0], "cni");
        assert_eq!(
            keys(index.search("actes naissances", &["fr"])),
            vec!["naissance"]
        );
        assert_eq!(keys(index.search("cni", &["fr"])), vec!["cni"]);
    }

    #[test]
    fn the_title_ranks_above_a_mention() {
        // Both speak of the identity card; the sheet named so comes first.
        assert_eq!(
            keys(town().search("carte d'identité", &["fr"])),
            vec!["cni", "passeport"]
        );
    }

    #[test]
    fn some_words_match_when_no_sheet_has_them_all() {
        let found = keys(town().search("passeport perdu", &["fr"]));
        assert_eq!(found, vec!["passeport"]);
    }

    #[test]
    fn the_start_of_a_word_is_enough() {
        assert_eq!(keys(town().search("passep", &["fr"])), vec!["passeport"]);
    }

    #[test]
    fn a_title_that_begins_with_the_word_ranks_first_and_ties_keep_their_order() {
        let mut index = Index::new();
        index.add(
            "retrait",
            "fr",
            &sheet("Retirer son passeport", "Le passeport est prêt.", &[]),
        );
        index.add(
            "passeport",
            "fr",
            &sheet("Passeport : première demande", "Un titre.", &[]),
        );
        assert_eq!(
            keys(index.search("passep", &["fr"])),
            vec!["passeport", "retrait"]
        );
        let mut twins = Index::new();
        twins.add("a", "fr", &sheet("Guichet", "Texte.", &[]));
        twins.add("b", "fr", &sheet("Guichet", "Texte.", &[]));
        for _ in 0..5 {
            assert_eq!(keys(twins.search("guichet", &["fr"])), vec!["a", "b"]);
        }
    }

    #[test]
    fn the_readers_language_is_searched_too() {
        let index = town();
        let found = index.search("kimlik kartı", &["tr", "fr"]);
        assert_eq!(found[0].key, "cni");
        assert_eq!(found[0].language, "tr");
        assert!(index.search("kimlik", &["fr"]).is_empty());
        assert_eq!(keys(index.search("身份证", &["zh", "fr"])), vec!["cni"]);
    }

    #[test]
    fn nothing_is_found_for_nothing() {
        let index = town();
        assert!(index.search("", &["fr"]).is_empty());
        assert!(index.search("de la", &["fr"]).is_empty());
        assert!(index.search("zzzz", &["fr"]).is_empty());
    }

    #[test]
    fn folding_spells_out_and_drops_marks() {
        assert_eq!(fold("Œuvre ÉTÉ"), "oeuvre ete");
        assert_eq!(fold("KIMLIK kartı"), "kimlik karti");
        assert_eq!(fold("Ёлка"), "елка");
    }
}
