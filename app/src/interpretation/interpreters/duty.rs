//! Who is on duty, and who is free for an appointment. Pure.
//!
//! An interpreter is on duty when one of their weekly shifts covers the present moment in
//! Paris and no absence does. An interpreter is free for an appointment when none of the
//! appointments they were already given overlaps it.

use chrono::{DateTime, Datelike, NaiveTime, Utc};
use chrono_tz::Europe::Paris;

/// A weekly shift: weekday 0 = Monday, times in Paris.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    pub weekday: i16,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
    pub site_id: i32,
}

/// The site where an agent with these shifts and absences works at `now`, if on duty.
pub fn on_duty_at(
    shifts: &[Shift],
    absences: &[(DateTime<Utc>, DateTime<Utc>)],
    now: DateTime<Utc>,
) -> Option<i32> {
    if absences.iter().any(|(from, to)| *from <= now && now < *to) {
        return None;
    }
    let local = now.with_timezone(&Paris);
    let weekday = local.weekday().num_days_from_monday() as i16;
    let time = local.time();
    shifts
        .iter()
        .find(|s| s.weekday == weekday && s.starts <= time && time < s.ends)
        .map(|s| s.site_id)
}

/// Whether two half-open spans of time share a moment.
pub fn overlaps(a: (DateTime<Utc>, DateTime<Utc>), b: (DateTime<Utc>, DateTime<Utc>)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn paris(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Paris
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .unwrap()
            .with_timezone(&Utc)
    }

    // Monday 23 November 2026 at the town hall (site 1) 8:30–12:30, Thursday elsewhere.
    const SHIFTS: [Shift; 2] = [
        Shift {
            weekday: 0,
            starts: NaiveTime::from_hms_opt(8, 30, 0).unwrap(),
            ends: NaiveTime::from_hms_opt(12, 30, 0).unwrap(),
            site_id: 1,
        },
        Shift {
            weekday: 3,
            starts: NaiveTime::from_hms_opt(13, 30, 0).unwrap(),
            ends: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
            site_id: 2,
        },
    ];

    #[test]
    fn on_duty_during_a_shift_in_paris_time_only() {
        assert_eq!(
            on_duty_at(&SHIFTS, &[], paris(2026, 11, 23, 8, 30)),
            Some(1)
        );
        assert_eq!(
            on_duty_at(&SHIFTS, &[], paris(2026, 11, 23, 12, 29)),
            Some(1)
        );
        assert_eq!(on_duty_at(&SHIFTS, &[], paris(2026, 11, 23, 12, 30)), None);
        assert_eq!(on_duty_at(&SHIFTS, &[], paris(2026, 11, 23, 8, 29)), None);
        assert_eq!(
            on_duty_at(&SHIFTS, &[], paris(2026, 11, 26, 14, 0)),
            Some(2)
        );
        assert_eq!(
            on_duty_at(&SHIFTS, &[], paris(2026, 11, 24, 10, 0)),
            None,
            "Tuesday"
        );
    }

    #[test]
    fn summer_time_shifts_follow_the_wall_clock() {
        // Monday 29 June 2026, 8:45 in Paris is 6:45 UTC.
        let at = Utc.with_ymd_and_hms(2026, 6, 29, 6, 45, 0).unwrap();
        assert_eq!(on_duty_at(&SHIFTS, &[], at), Some(1));
    }

    #[test]
    fn an_absence_takes_one_off_duty() {
        let absent = [(paris(2026, 11, 23, 0, 0), paris(2026, 11, 24, 0, 0))];
        assert_eq!(
            on_duty_at(&SHIFTS, &absent, paris(2026, 11, 23, 10, 0)),
            None
        );
        assert_eq!(
            on_duty_at(&SHIFTS, &absent, paris(2026, 11, 26, 14, 0)),
            Some(2)
        );
    }

    #[test]
    fn appointments_overlap_when_they_share_a_minute() {
        let a = (paris(2026, 12, 7, 9, 0), paris(2026, 12, 7, 9, 30));
        assert!(overlaps(
            a,
            (paris(2026, 12, 7, 9, 15), paris(2026, 12, 7, 9, 45))
        ));
        assert!(overlaps(
            a,
            (paris(2026, 12, 7, 8, 0), paris(2026, 12, 7, 10, 0))
        ));
        assert!(
            !overlaps(a, (paris(2026, 12, 7, 9, 30), paris(2026, 12, 7, 10, 0))),
            "back to back"
        );
        assert!(!overlaps(
            a,
            (paris(2026, 12, 7, 8, 30), paris(2026, 12, 7, 9, 0))
        ));
    }
}
