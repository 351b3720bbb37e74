//! Languages an interpreter can be asked for: the app's own languages and others often
//! heard at French town-hall desks. Each is shown by its own name in its own script (no
//! flags: a language is not a country); French Sign Language has a translated name.

use super::Locale;

/// (BCP 47 tag, name in that language) beyond the app's own languages.
pub const OTHER_LANGUAGES: [(&str, &str); 14] = [
    ("ps", "پښتو"),
    ("prs", "دری"),
    ("ku", "Kurdî"),
    ("ber", "Tamaziɣt"),
    ("ta", "தமிழ்"),
    ("bn", "বাংলা"),
    ("sq", "Shqip"),
    ("ka", "ქართული"),
    ("hy", "Հայերեն"),
    ("so", "Soomaali"),
    ("ti", "ትግርኛ"),
    ("wo", "Wolof"),
    ("ln", "Lingála"),
    ("it", "Italiano"),
];

/// French Sign Language: named in the page's language (`interpreter-lsf`).
pub const SIGN_LANGUAGE: &str = "fsl";

/// Every choice, in the order the form lists them (French excepted: the desk speaks it).
pub fn interpreter_choices() -> Vec<(&'static str, &'static str)> {
    Locale::ALL
        .iter()
        .filter(|l| **l != Locale::Fr)
        .map(|l| (l.code(), l.native_name()))
        .chain(OTHER_LANGUAGES)
        .collect()
}

pub fn is_interpreter_language(tag: &str) -> bool {
    tag == SIGN_LANGUAGE || interpreter_choices().iter().any(|(t, _)| *t == tag)
}

/// The name to show for a tag: its own name, or the tag when unknown.
pub fn language_name(tag: &str) -> String {
    interpreter_choices()
        .into_iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, n)| n.to_owned())
        .unwrap_or_else(|| tag.to_owned())
}

/// Whether the name is written right to left (to set `dir` on it).
pub fn is_rtl(tag: &str) -> bool {
    matches!(tag, "ar" | "fa" | "ps" | "prs")
}
