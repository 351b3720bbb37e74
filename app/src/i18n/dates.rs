//! Dates and times written the way each language writes them, in Europe/Paris: the
//! patterns and names live in `locales/<lang>/dates.ftl`.

use super::{Locale, args, text, text_with};
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Europe::Paris;

/// "mardi 24 novembre 2026", "2026年11月24日 星期二".
pub fn long_date(locale: Locale, date: NaiveDate) -> String {
    date_with(locale, "date-long", date)
}

/// "mardi 24 novembre": for lists of days where the year goes without saying.
pub fn short_date(locale: Locale, date: NaiveDate) -> String {
    date_with(locale, "date-short", date)
}

fn date_with(locale: Locale, pattern: &str, date: NaiveDate) -> String {
    let weekday = text(
        locale,
        &format!("date-weekday-{}", date.weekday().number_from_monday()),
    );
    let month = text(locale, &format!("date-month-{}", date.month()));
    strip_isolation(&text_with(
        locale,
        pattern,
        &args([
            ("weekday", weekday.into()),
            ("day", date.day().to_string().into()),
            ("month", month.into()),
            ("year", date.year().to_string().into()),
        ]),
    ))
}

/// "09:30": the 24-hour clock every language here reads.
pub fn clock(at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Paris);
    format!("{:02}:{:02}", local.hour(), local.minute())
}

/// The Paris date of an instant.
pub fn paris_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Paris).date_naive()
}

/// "mardi 24 novembre 2026, 09:30" in the locale's order of date then time.
pub fn long_date_time(locale: Locale, at: DateTime<Utc>) -> String {
    format!("{}, {}", long_date(locale, paris_date(at)), clock(at))
}

/// "2026-11-24 09:30": the sortable wall-clock time staff lists and logs use.
pub fn paris_stamp(at: DateTime<Utc>) -> String {
    at.with_timezone(&Paris)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The names inside a date are our own words, not user data: Fluent's isolation marks
/// around them only cost characters (and, in an SMS, the cheap GSM alphabet).
fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn each_language_writes_its_own_dates() {
        let day = d(2026, 11, 24);
        assert_eq!(long_date(Locale::Fr, day), "mardi 24 novembre 2026");
        assert_eq!(long_date(Locale::En, day), "Tuesday 24 November 2026");
        assert_eq!(long_date(Locale::Es, day), "martes 24 de noviembre de 2026");
        assert_eq!(long_date(Locale::Ru, day), "вторник, 24 ноября 2026");
        assert_eq!(long_date(Locale::Tr, day), "24 Kasım 2026 Salı");
        assert_eq!(long_date(Locale::Zh, day), "2026年11月24日 星期二");
        assert_eq!(short_date(Locale::Ar, day), "الثلاثاء، 24 نوفمبر");
    }

    #[test]
    fn times_are_paris_wall_clock_across_daylight_saving() {
        let summer: DateTime<Utc> = "2026-03-30T07:30:00Z".parse().unwrap();
        let winter: DateTime<Utc> = "2026-10-26T08:30:00Z".parse().unwrap();
        assert_eq!(clock(summer), "09:30");
        assert_eq!(clock(winter), "09:30");
        assert_eq!(paris_stamp(winter), "2026-10-26 09:30");
        assert_eq!(
            long_date_time(Locale::Fr, summer),
            "lundi 30 mars 2026, 09:30"
        );
    }
}
