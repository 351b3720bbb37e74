use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// An interface language. French is the reference: every other locale must have every
/// message, attribute and variable that French has (checked by a test).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    Fr,
    En,
    Ar,
    Fa,
    Es,
    Pt,
    Tr,
    Ro,
    Ru,
    Uk,
    Zh,
}

impl Locale {
    /// In the order the language picker shows them.
    pub const ALL: [Locale; 11] = [
        Locale::Fr,
        Locale::En,
        Locale::Ar,
        Locale::Fa,
        Locale::Es,
        Locale::Pt,
        Locale::Tr,
        Locale::Ro,
        Locale::Ru,
        Locale::Uk,
        Locale::Zh,
    ];

    /// BCP 47 tag, also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Fa => "fa",
            Locale::Es => "es",
            Locale::Pt => "pt",
            Locale::Tr => "tr",
            Locale::Ro => "ro",
            Locale::Ru => "ru",
            Locale::Uk => "uk",
            Locale::Zh => "zh",
        }
    }

    /// The language's name in its own script: what a resident looks for in the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Fr => "Français",
            Locale::En => "English",
            Locale::Ar => "العربية",
            Locale::Fa => "فارسی",
            Locale::Es => "Español",
            Locale::Pt => "Português",
            Locale::Tr => "Türkçe",
            Locale::Ro => "Română",
            Locale::Ru => "Русский",
            Locale::Uk => "Українська",
            Locale::Zh => "中文",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::Fa)
    }

    /// Value of the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Parses a language tag, ignoring region and script (`ar-MA`, `zh-Hans-CN`, `pt_BR`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn langid(self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("locale codes are valid language tags")
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_with_region_or_script_map_to_the_language() {
        assert_eq!(Locale::from_tag("ar-MA"), Some(Locale::Ar));
        assert_eq!(Locale::from_tag("zh-Hans-CN"), Some(Locale::Zh));
        assert_eq!(Locale::from_tag("pt_BR"), Some(Locale::Pt));
        assert_eq!(Locale::from_tag("UK"), Some(Locale::Uk));
        assert_eq!(Locale::from_tag("de"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn only_arabic_and_persian_are_right_to_left() {
        let rtl: Vec<_> = Locale::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, vec![Locale::Ar, Locale::Fa]);
        assert_eq!(Locale::Fa.dir(), "rtl");
        assert_eq!(Locale::Fr.dir(), "ltr");
    }

    #[test]
    fn every_code_round_trips() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.code()), Some(l));
            assert_eq!(l.langid().to_string(), l.code());
        }
    }
}
