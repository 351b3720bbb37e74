//! What the parts of the language panel share: a text in French and in the resident's
//! language, and the languages a resident may be spoken to in.

use crate::i18n::Locale;
use serde::{Deserialize, Serialize};

/// A text in French and in the resident's language: a phrase, or an answer the resident
/// tapped (then `fr` is its meaning for the counsellor).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    pub id: String,
    pub fr: String,
    pub theirs: String,
}

/// The languages a resident may be spoken to in: the phrasebook's, French aside.
pub fn resident_languages() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().filter(|l| *l != Locale::Fr)
}

/// The resident's language named by a tag (`uk`), if it is one of them.
pub fn resident_language(tag: &str) -> Option<Locale> {
    Locale::from_tag(tag).filter(|l| *l != Locale::Fr)
}

/// The page a form goes back to: with `?<done>=1` when it was done (if the page says so),
/// or `?erreur=<message id>` when it was refused.
pub fn after(page: &str, done: Option<&str>, outcome: Result<(), &str>) -> String {
    match (outcome, done) {
        (Ok(()), Some(done)) => format!("{page}?{done}=1"),
        (Ok(()), None) => page.to_owned(),
        (Err(message), _) => format!("{page}?erreur={message}"),
    }
}

/// What became of the form just posted, from the address it went back to (`get` reads a
/// parameter): the refusal's message id, if it is one of `prefix`'s, and the message of
/// the first of `done` (parameter, message id) found.
pub fn posted(
    get: impl Fn(&str) -> Option<String>,
    prefix: &str,
    done: &[(&str, &'static str)],
) -> (Option<String>, Option<&'static str>) {
    let refused = get("erreur").filter(|e| e.starts_with(prefix));
    let done = done.iter().find(|(p, _)| get(p).is_some()).map(|(_, m)| *m);
    (refused, done)
}
