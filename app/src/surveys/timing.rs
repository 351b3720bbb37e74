//! When a survey link may go out. Nobody should get a text at night, on a Sunday or on a
//! public holiday, nor while still walking out of the town hall: not before 30 minutes
//! after the visit (or the reply), only 09:00–19:00 Paris time, Monday to Saturday, not on
//! a French public holiday; otherwise the next allowed morning at 09:30.

use crate::calendar::holidays::holiday_on;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Paris;

/// The time left to the resident before they are asked.
pub const AFTER: Duration = Duration::minutes(30);

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("a valid time")
}

/// Texts go from 09:00 until 19:00 (exclusive).
fn opens() -> NaiveTime {
    hm(9, 0)
}

fn closes() -> NaiveTime {
    hm(19, 0)
}

/// Where a text could not go at once, it goes at 09:30 rather than on the stroke of nine,
/// with every other message held overnight.
fn morning() -> NaiveTime {
    hm(9, 30)
}

/// Monday to Saturday, not a public holiday (the national list: Alsace-Moselle's two
/// extra days are not worth a site lookup for a text).
pub fn is_sending_day(day: NaiveDate) -> bool {
    day.weekday() != Weekday::Sun && holiday_on(day, false).is_none()
}

/// When a survey about something that ended at `ended` may be sent.
pub fn send_at(ended: DateTime<Utc>) -> DateTime<Utc> {
    let earliest = ended + AFTER;
    let local = earliest.with_timezone(&Paris);
    let (day, time) = (local.date_naive(), local.time());
    if is_sending_day(day) && time >= opens() && time < closes() {
        return earliest;
    }
    // Before the opening of an allowed day: that morning; otherwise the next allowed one.
    let mut next = if time < opens() {
        day
    } else {
        day + Duration::days(1)
    };
    while !is_sending_day(next) {
        next += Duration::days(1);
    }
    at_paris(next, morning())
}

/// A Paris wall-clock time as an instant. 09:30 is never in the spring gap nor the
/// autumn fold (they are at night), but take the earlier reading rather than panic.
fn at_paris(day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    Paris
        .from_local_datetime(&day.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&day.and_time(time)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Paris wall-clock time as an instant.
    fn paris(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        at_paris(NaiveDate::from_ymd_opt(y, m, d).unwrap(), hm(h, min))
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    #[test]
    fn thirty_minutes_after_a_visit_in_the_day() {
        // Tuesday 10 March 2026, 10:00 in Paris.
        assert_eq!(
            send_at(paris(2026, 3, 10, 10, 0)),
            paris(2026, 3, 10, 10, 30)
        );
        // Ended at 18:29: the text goes at 18:59, still inside the hours.
        assert_eq!(
            send_at(paris(2026, 3, 10, 18, 29)),
            paris(2026, 3, 10, 18, 59)
        );
    }

    #[test]
    fn a_late_visit_waits_for_the_next_morning() {
        // 18:30 + 30 min = 19:00: too late, Wednesday 09:30.
        assert_eq!(
            send_at(paris(2026, 3, 10, 18, 30)),
            paris(2026, 3, 11, 9, 30)
        );
    }

    #[test]
    fn an_early_reply_waits_for_the_same_morning() {
        // A reply sent at 07:00 on a Wednesday: 09:30 that day.
        assert_eq!(send_at(paris(2026, 3, 11, 7, 0)), paris(2026, 3, 11, 9, 30));
        // 08:40 + 30 min = 09:10: inside the hours, at once.
        assert_eq!(
            send_at(paris(2026, 3, 11, 8, 40)),
            paris(2026, 3, 11, 9, 10)
        );
    }

    #[test]
    fn a_saturday_evening_waits_for_monday() {
        // Saturday 14 March 2026, 18:45: nothing on Sunday, Monday 16 at 09:30.
        assert_eq!(
            send_at(paris(2026, 3, 14, 18, 45)),
            paris(2026, 3, 16, 9, 30)
        );
        // Saturday morning is fine.
        assert_eq!(
            send_at(paris(2026, 3, 14, 10, 0)),
            paris(2026, 3, 14, 10, 30)
        );
    }

    #[test]
    fn never_on_a_sunday() {
        assert_eq!(
            send_at(paris(2026, 3, 15, 11, 0)),
            paris(2026, 3, 16, 9, 30)
        );
    }

    #[test]
    fn not_on_a_public_holiday() {
        // Monday 13 July 2026 at 18:45: 14 July is the national day, Wednesday 15 at 09:30.
        assert_eq!(
            send_at(paris(2026, 7, 13, 18, 45)),
            paris(2026, 7, 15, 9, 30)
        );
        // A reply written on Ascension Thursday (14 May 2026) waits for Friday.
        assert_eq!(
            send_at(paris(2026, 5, 14, 11, 0)),
            paris(2026, 5, 15, 9, 30)
        );
        // Thursday 30 April, 18:45: 1 May is a Friday holiday, Saturday 2 May at 09:30.
        assert_eq!(
            send_at(paris(2026, 4, 30, 18, 45)),
            paris(2026, 5, 2, 9, 30)
        );
    }

    #[test]
    fn over_the_spring_change_of_time() {
        // Saturday 28 March 2026, 18:45 (UTC+1); clocks go forward on Sunday 29: Monday 30
        // at 09:30 is 07:30 UTC (UTC+2).
        assert_eq!(send_at(utc(2026, 3, 28, 17, 45)), utc(2026, 3, 30, 7, 30));
        // During the night of the change, a reply at 01:30 UTC on Sunday.
        assert_eq!(send_at(utc(2026, 3, 29, 1, 30)), utc(2026, 3, 30, 7, 30));
    }

    #[test]
    fn over_the_autumn_change_of_time() {
        // Saturday 24 October 2026, 18:45 (UTC+2); clocks go back on Sunday 25: Monday 26
        // at 09:30 is 08:30 UTC (UTC+1).
        assert_eq!(send_at(utc(2026, 10, 24, 16, 45)), utc(2026, 10, 26, 8, 30));
        // In the repeated hour of the night (02:30 Paris, twice).
        assert_eq!(send_at(utc(2026, 10, 25, 0, 30)), utc(2026, 10, 26, 8, 30));
        assert_eq!(send_at(utc(2026, 10, 25, 1, 30)), utc(2026, 10, 26, 8, 30));
    }

    #[test]
    fn the_hours_are_paris_hours_not_utc() {
        // Ended at 17:10 UTC in summer, 19:10 in Paris: too late, though 17:40 < 19:00.
        assert_eq!(send_at(utc(2026, 6, 9, 17, 10)), utc(2026, 6, 10, 7, 30));
        // 07:00 UTC in winter is 08:00 in Paris: 09:30 Paris.
        assert_eq!(send_at(utc(2026, 1, 13, 7, 0)), utc(2026, 1, 13, 8, 30));
    }

    #[test]
    fn sending_days() {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        assert!(is_sending_day(day(3, 14))); // Saturday
        assert!(!is_sending_day(day(3, 15))); // Sunday
        assert!(!is_sending_day(day(12, 25))); // Christmas
        assert!(!is_sending_day(day(4, 6))); // Easter Monday 2026
        assert!(is_sending_day(day(12, 26))); // not outside Alsace-Moselle
    }
}
