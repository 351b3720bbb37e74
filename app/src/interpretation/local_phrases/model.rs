//! What the town's phrases page receives, and the limits of a phrase.

use crate::components::fields::Choice;
use crate::staff::Me;
use serde::{Deserialize, Serialize};

/// `/agent/interpretation/phrases`
pub const PATH: &str = "/agent/interpretation/phrases";

/// Local phrases' ids on the panel: `local-12`.
pub const ID_PREFIX: &str = "local-";

/// The longest phrase, in French or translated: a sentence or two at a desk.
pub const MAX_CHARS: usize = 300;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TranslationRow {
    pub lang: String,
    pub language: String,
    pub rtl: bool,
    pub text: String,
    pub verified_by: Option<String>,
    /// The signed-in agent speaks the language and may approve it.
    pub can_verify: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalPhraseRow {
    pub id: i32,
    pub situation: String,
    pub french: String,
    pub translations: Vec<TranslationRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalPhrasesView {
    pub me: Me,
    /// Administrators add and retire phrases.
    pub can_add: bool,
    pub situations: Vec<Choice>,
    /// The languages a phrase is translated into: (code, name, rtl).
    pub languages: Vec<(String, String, bool)>,
    pub phrases: Vec<LocalPhraseRow>,
}

/// A new phrase in French (`francais`) for a situation, with its translations (empty ones
/// are left out).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewPhraseForm {
    pub situation: String,
    #[serde(rename = "francais")]
    pub french: String,
    pub en: String,
    pub ar: String,
    pub fa: String,
    pub es: String,
    pub pt: String,
    pub tr: String,
    pub ro: String,
    pub ru: String,
    pub uk: String,
    pub zh: String,
}

impl NewPhraseForm {
    /// Each language's translation, as typed.
    pub fn translations(&self) -> [(&'static str, &str); 10] {
        [
            ("en", &self.en),
            ("ar", &self.ar),
            ("fa", &self.fa),
            ("es", &self.es),
            ("pt", &self.pt),
            ("tr", &self.tr),
            ("ro", &self.ro),
            ("ru", &self.ru),
            ("uk", &self.uk),
            ("zh", &self.zh),
        ]
    }
}

/// An agent approves phrase `phrase`'s translation into `langue`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VerifyForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub phrase: i32,
    #[serde(rename = "langue")]
    pub lang: String,
}

/// An administrator takes phrase `phrase` out of the panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RetireForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub phrase: i32,
}
