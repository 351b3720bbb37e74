//! Pairing codes and how long a pairing lasts. Pure.
//!
//! Six digits, typed on a tablet's number pad and read aloud across a desk ("482 913"):
//! no letters to confuse (O/0, I/1), and one million codes for the handful of pairings a
//! town hall has open at once, each living only for one visit.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How many digits a code has.
pub const LENGTH: usize = 6;

/// A pairing that nobody ends lasts at most this long: longer than any visit at a desk.
pub const LIFETIME: Duration = Duration::hours(2);

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PairingCode(String);

impl PairingCode {
    /// Reads a code as people type it: spaces, dots and dashes between digits are fine.
    pub fn parse(input: &str) -> Option<PairingCode> {
        let digits: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '\u{a0}' | '\u{202f}'))
            .collect();
        (digits.len() == LENGTH && digits.chars().all(|c| c.is_ascii_digit()))
            .then_some(PairingCode(digits))
    }

    /// A code from a random number (any `u32`; taken modulo one million).
    pub fn from_random(n: u32) -> PairingCode {
        PairingCode(format!("{:06}", n % 1_000_000))
    }

    /// As stored and as it appears in addresses: "482913".
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As shown to people: "482 913".
    pub fn spaced(&self) -> String {
        format!("{} {}", &self.0[..3], &self.0[3..])
    }
}

impl fmt::Display for PairingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// When a pairing made at `created` ends if nobody ends it before.
pub fn expires_at(created: DateTime<Utc>) -> DateTime<Utc> {
    created + LIFETIME
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn codes_are_read_the_way_people_type_them() {
        let want = Some(PairingCode("482913".into()));
        assert_eq!(PairingCode::parse("482913"), want);
        assert_eq!(PairingCode::parse(" 482 913 "), want);
        assert_eq!(PairingCode::parse("482-913"), want);
        assert_eq!(PairingCode::parse("482\u{202f}913"), want);
    }

    #[test]
    fn anything_else_is_not_a_code() {
        for bad in [
            "",
            "48291",
            "4829134",
            "48291a",
            "٤٨٢٩١٣",
            "482 91",
            "../../x",
        ] {
            assert_eq!(PairingCode::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn random_numbers_make_six_digits_shown_in_two_groups() {
        assert_eq!(PairingCode::from_random(7).as_str(), "000007");
        assert_eq!(PairingCode::from_random(4_294_967_295).as_str(), "967295");
        assert_eq!(PairingCode::from_random(482_913).spaced(), "482 913");
    }

    #[test]
    fn a_pairing_lasts_two_hours_at_most() {
        let at = Utc.with_ymd_and_hms(2026, 3, 29, 0, 30, 0).unwrap();
        assert_eq!(
            expires_at(at),
            Utc.with_ymd_and_hms(2026, 3, 29, 2, 30, 0).unwrap()
        );
    }
}
