//! Short constructors for dates and times in tests of the calendar and booking rules.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// A wall-clock time `h:m`.
pub fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// A calendar date.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// An instant from RFC 3339 text, e.g. `2026-03-29T01:00:00Z` or `…+01:00`.
pub fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}
