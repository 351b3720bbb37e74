//! Amounts in euros: kept as whole cents, typed the French way or the English way, and
//! written the way each language writes them (`money-*` in `locales/<lang>/money.ftl`).

use super::{Locale, args, text, text_with};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Euros {
    cents: i64,
}

impl Euros {
    pub const fn from_cents(cents: i64) -> Euros {
        Euros { cents }
    }

    pub const fn cents(self) -> i64 {
        self.cents
    }

    /// "25", "25,5", "25.50", "1 250,00 €": at most two decimals, not negative.
    pub fn parse(typed: &str) -> Option<Euros> {
        let cleaned: String = typed
            .trim()
            .trim_end_matches('€')
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
            .collect();
        let (units, decimals) = match cleaned.split_once([',', '.']) {
            Some((u, d)) => (u, d),
            None => (cleaned.as_str(), ""),
        };
        if units.is_empty()
            || !units.chars().all(|c| c.is_ascii_digit())
            || decimals.len() > 2
            || !decimals.chars().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let units: i64 = units.parse().ok()?;
        let cents = match decimals.len() {
            0 => 0,
            1 => decimals.parse::<i64>().ok()? * 10,
            _ => decimals.parse::<i64>().ok()?,
        };
        units
            .checked_mul(100)?
            .checked_add(cents)
            .map(Euros::from_cents)
    }

    /// "25 €", "25,50 €", "€25.50": whole amounts without decimals.
    pub fn format(self, locale: Locale) -> String {
        let units = self.cents / 100;
        let cents = self.cents % 100;
        let number = if cents == 0 {
            units.to_string()
        } else {
            format!(
                "{units}{}{cents:02}",
                text(locale, "money-decimal-separator")
            )
        };
        text_with(locale, "money-euros", &args([("amount", number.into())]))
            .replace(['\u{2068}', '\u{2069}'], "")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_typed_either_way() {
        assert_eq!(Euros::parse("25"), Some(Euros::from_cents(2500)));
        assert_eq!(Euros::parse("25,5"), Some(Euros::from_cents(2550)));
        assert_eq!(Euros::parse(" 25.05 € "), Some(Euros::from_cents(2505)));
        assert_eq!(Euros::parse("1 250,00"), Some(Euros::from_cents(125_000)));
        for bad in ["", "abc", "-3", "2,555", "1,2,3", ",5"] {
            assert_eq!(Euros::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn amounts_are_written_the_way_each_language_writes_them() {
        let a = Euros::from_cents(8600);
        let b = Euros::from_cents(2550);
        assert_eq!(a.format(Locale::Fr), "86\u{a0}€");
        assert_eq!(b.format(Locale::Fr), "25,50\u{a0}€");
        assert_eq!(b.format(Locale::En), "€25.50");
        assert_eq!(b.format(Locale::Zh), "€25.50");
    }
}
