//! Opening hours: wall-clock ranges per weekday, closures, holidays, and their
//! materialisation into UTC instants with explicit daylight-saving handling.

use super::holidays::{HolidayKind, holiday_on};
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Paris;

/// Fluent ids of the weekdays' names, Monday first (the index of [`weekday_index`]).
pub const WEEKDAY_IDS: [&str; 7] = [
    "weekday-monday",
    "weekday-tuesday",
    "weekday-wednesday",
    "weekday-thursday",
    "weekday-friday",
    "weekday-saturday",
    "weekday-sunday",
];

/// Weekday as stored in the database: 0 = Monday … 6 = Sunday.
pub fn weekday_index(date: NaiveDate) -> u8 {
    date.weekday().num_days_from_monday() as u8
}

/// A wall-clock range within one day, `opens` strictly before `closes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeRange {
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

#[derive(Debug, PartialEq, Eq)]
pub struct EmptyRange;

impl TimeRange {
    pub fn new(opens: NaiveTime, closes: NaiveTime) -> Result<TimeRange, EmptyRange> {
        if opens < closes {
            Ok(TimeRange { opens, closes })
        } else {
            Err(EmptyRange)
        }
    }
}

/// Ranges as an admin types them for one day: `08:30-12:00, 13:30-19:00` (also `8h30`,
/// en dash, `;`); empty for a closed day. In order, each opening before it closes, none
/// overlapping.
pub fn parse_day_ranges(input: &str) -> Result<Vec<TimeRange>, EmptyRange> {
    let mut ranges = Vec::new();
    for part in input
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (a, b) = part.split_once(['-', '–', '—']).ok_or(EmptyRange)?;
        let range = TimeRange::new(parse_clock(a)?, parse_clock(b)?)?;
        ranges.push(range);
    }
    ranges.sort_by_key(|r| r.opens);
    if ranges.windows(2).any(|w| w[0].closes > w[1].opens) {
        return Err(EmptyRange);
    }
    Ok(ranges)
}

/// `8:30`, `08:30`, `8h30`, `8h`, `14`.
fn parse_clock(s: &str) -> Result<NaiveTime, EmptyRange> {
    let s = s.trim().to_lowercase().replace('h', ":");
    let (h, m) = match s.split_once(':') {
        Some((h, m)) => (h, if m.is_empty() { "0" } else { m }),
        None => (s.as_str(), "0"),
    };
    let (h, m) = (h.trim().parse::<u32>(), m.trim().parse::<u32>());
    match (h, m) {
        (Ok(h), Ok(m)) => NaiveTime::from_hms_opt(h, m, 0).ok_or(EmptyRange),
        _ => Err(EmptyRange),
    }
}

/// The way [`parse_day_ranges`] reads them back: `08:30-12:00, 13:30-19:00`.
pub fn format_day_ranges(ranges: &[TimeRange]) -> String {
    ranges
        .iter()
        .map(|r| format!("{}-{}", r.opens.format("%H:%M"), r.closes.format("%H:%M")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Opening ranges per weekday; several ranges a day (morning and afternoon).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WeeklyHours {
    days: [Vec<TimeRange>; 7],
}

impl WeeklyHours {
    /// Adds a range to weekday `day` (0 = Monday), keeping each day's ranges in order.
    pub fn add(&mut self, day: u8, range: TimeRange) {
        if let Some(ranges) = self.days.get_mut(day as usize) {
            ranges.push(range);
            ranges.sort_by_key(|r| r.opens);
        }
    }

    /// Builds the week from stored rows `(weekday, opens, closes)`, leaving out any range
    /// that does not open before it closes.
    pub fn from_rows(rows: impl IntoIterator<Item = (i16, NaiveTime, NaiveTime)>) -> WeeklyHours {
        let mut weekly = WeeklyHours::default();
        for (day, opens, closes) in rows {
            if let (Ok(day), Ok(range)) = (u8::try_from(day), TimeRange::new(opens, closes)) {
                weekly.add(day, range);
            }
        }
        weekly
    }

    pub fn ranges(&self, day: u8) -> &[TimeRange] {
        self.days
            .get(day as usize)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// An exceptional closure, both days included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closure {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl Closure {
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.starts_on <= date && date <= self.ends_on
    }
}

/// What a site is like on one date, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayHours {
    Open(Vec<TimeRange>),
    /// No opening hours on this weekday.
    Closed,
    Holiday(HolidayKind),
    /// An exceptional closure applies.
    Closure,
}

/// The opening of a site on `date`: a holiday first, then closures, then the weekday.
pub fn day_hours(
    weekly: &WeeklyHours,
    date: NaiveDate,
    closures: &[Closure],
    alsace_moselle: bool,
) -> DayHours {
    if let Some(kind) = holiday_on(date, alsace_moselle) {
        return DayHours::Holiday(kind);
    }
    if closures.iter().any(|c| c.covers(date)) {
        return DayHours::Closure;
    }
    let ranges = weekly.ranges(weekday_index(date));
    if ranges.is_empty() {
        DayHours::Closed
    } else {
        DayHours::Open(ranges.to_vec())
    }
}

/// Paris wall time → instant. In the spring gap (02:00–03:00 does not exist) the time
/// moves to the end of the gap; in the autumn fold (02:00–03:00 happens twice) an opening
/// takes the first occurrence and a closing the second, so no open minute is lost.
fn paris_instant(date: NaiveDate, time: NaiveTime, is_closing: bool) -> DateTime<Utc> {
    let local = date.and_time(time);
    match Paris.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(early, late) => {
            if is_closing { late } else { early }.with_timezone(&Utc)
        }
        LocalResult::None => {
            // Walk forward minute by minute to the first wall time that exists.
            let mut probe = local;
            loop {
                probe += Duration::minutes(1);
                if let Some(t) = Paris.from_local_datetime(&probe).earliest() {
                    return t.with_timezone(&Utc);
                }
            }
        }
    }
}

/// The open intervals of `date` as UTC instants (empty when closed).
pub fn open_intervals_utc(
    weekly: &WeeklyHours,
    date: NaiveDate,
    closures: &[Closure],
    alsace_moselle: bool,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    match day_hours(weekly, date, closures, alsace_moselle) {
        DayHours::Open(ranges) => ranges
            .iter()
            .map(|r| {
                (
                    paris_instant(date, r.opens, false),
                    paris_instant(date, r.closes, true),
                )
            })
            .filter(|(a, b)| a < b)
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether the site is open at `instant`.
pub fn is_open_at(
    weekly: &WeeklyHours,
    closures: &[Closure],
    alsace_moselle: bool,
    instant: DateTime<Utc>,
) -> bool {
    let date = instant.with_timezone(&Paris).date_naive();
    open_intervals_utc(weekly, date, closures, alsace_moselle)
        .iter()
        .any(|(a, b)| *a <= instant && instant < *b)
}

/// The next instant at or after `from` when the site opens (or `from` itself if open),
/// looking up to 14 days ahead.
pub fn next_opening(
    weekly: &WeeklyHours,
    closures: &[Closure],
    alsace_moselle: bool,
    from: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let start = from.with_timezone(&Paris).date_naive();
    (0..=14).find_map(|offset| {
        let date = start + Duration::days(offset);
        open_intervals_utc(weekly, date, closures, alsace_moselle)
            .into_iter()
            .find_map(|(a, b)| {
                if from < a {
                    Some(a)
                } else if from < b {
                    Some(from)
                } else {
                    None
                }
            })
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn admins_type_ranges_the_french_way() {
        use crate::calendar::testing::t;
        let late_wednesday = parse_day_ranges("8h30-12h, 13h30 – 19:00").unwrap();
        assert_eq!(
            late_wednesday,
            vec![
                TimeRange::new(t(8, 30), t(12, 0)).unwrap(),
                TimeRange::new(t(13, 30), t(19, 0)).unwrap()
            ]
        );
        assert_eq!(
            format_day_ranges(&late_wednesday),
            "08:30-12:00, 13:30-19:00"
        );
        assert_eq!(parse_day_ranges("  "), Ok(vec![]));
        assert_eq!(
            parse_day_ranges("14-12"),
            Err(EmptyRange),
            "closes before it opens"
        );
        assert_eq!(parse_day_ranges("8-12, 11-14"), Err(EmptyRange), "overlap");
        assert_eq!(parse_day_ranges("8:30"), Err(EmptyRange), "no end");
        assert_eq!(parse_day_ranges("25:00-26:00"), Err(EmptyRange));
    }

    use super::*;

    use crate::calendar::testing::{d, t, utc};

    /// The demo town hall: 08:30–12:00 and 13:30–17:00, Wednesday 10:30–19:00.
    fn town_hall() -> WeeklyHours {
        let mut w = WeeklyHours::default();
        for day in [0, 1, 3, 4] {
            w.add(day, TimeRange::new(t(13, 30), t(17, 0)).unwrap());
            w.add(day, TimeRange::new(t(8, 30), t(12, 0)).unwrap());
        }
        w.add(2, TimeRange::new(t(10, 30), t(19, 0)).unwrap());
        w
    }

    /// Open all night on Sundays, to cross the 02:00–03:00 changes.
    fn night_sunday() -> WeeklyHours {
        let mut w = WeeklyHours::default();
        w.add(6, TimeRange::new(t(1, 0), t(4, 0)).unwrap());
        w
    }

    #[test]
    fn stored_rows_become_a_week_without_the_broken_ones() {
        let w = WeeklyHours::from_rows([
            (0, t(13, 30), t(17, 0)),
            (0, t(8, 30), t(12, 0)),
            (1, t(12, 0), t(9, 0)),
            (-1, t(9, 0), t(12, 0)),
            (9, t(9, 0), t(12, 0)),
        ]);
        assert_eq!(w.ranges(0).len(), 2);
        assert_eq!(w.ranges(0)[0].opens, t(8, 30), "kept in order");
        assert!(w.ranges(1).is_empty());
        assert!((2..7).all(|day| w.ranges(day).is_empty()));
    }

    #[test]
    fn empty_ranges_are_refused() {
        assert_eq!(TimeRange::new(t(12, 0), t(12, 0)), Err(EmptyRange));
        assert_eq!(TimeRange::new(t(13, 0), t(12, 0)), Err(EmptyRange));
    }

    #[test]
    fn several_ranges_a_day_in_order() {
        let w = town_hall();
        assert_eq!(w.ranges(0).len(), 2);
        assert_eq!(w.ranges(0)[0].opens, t(8, 30));
        assert!(w.ranges(5).is_empty());
    }

    #[test]
    fn late_wednesday() {
        let w = town_hall();
        // Wednesday 2026-11-25, 18:30 Paris (UTC+1) is open; 19:00 is not.
        assert!(is_open_at(&w, &[], false, utc("2026-11-25T17:30:00Z")));
        assert!(!is_open_at(&w, &[], false, utc("2026-11-25T18:00:00Z")));
        // Thursday at 18:30 is closed.
        assert!(!is_open_at(&w, &[], false, utc("2026-11-26T17:30:00Z")));
    }

    #[test]
    fn holidays_beat_opening_hours() {
        let w = town_hall();
        assert_eq!(
            day_hours(&w, d(2026, 12, 25), &[], false),
            DayHours::Holiday(HolidayKind::Christmas)
        );
        assert!(open_intervals_utc(&w, d(2026, 12, 25), &[], false).is_empty());
        assert!(matches!(
            day_hours(&w, d(2026, 12, 24), &[], false),
            DayHours::Open(_)
        ));
    }

    #[test]
    fn closures_include_both_ends() {
        let w = town_hall();
        let closures = [Closure {
            starts_on: d(2026, 12, 1),
            ends_on: d(2026, 12, 2),
        }];
        assert_eq!(
            day_hours(&w, d(2026, 12, 1), &closures, false),
            DayHours::Closure
        );
        assert_eq!(
            day_hours(&w, d(2026, 12, 2), &closures, false),
            DayHours::Closure
        );
        assert!(matches!(
            day_hours(&w, d(2026, 12, 3), &closures, false),
            DayHours::Open(_)
        ));
        assert!(matches!(
            day_hours(&w, d(2026, 11, 30), &closures, false),
            DayHours::Open(_)
        ));
    }

    #[test]
    fn winter_and_summer_offsets_around_march_change() {
        let w = town_hall();
        // Saturday 28 March: closed. Monday 30 March (summer time, UTC+2): 08:30 = 06:30Z.
        assert!(open_intervals_utc(&w, d(2026, 3, 28), &[], false).is_empty());
        let monday = open_intervals_utc(&w, d(2026, 3, 30), &[], false);
        assert_eq!(monday[0].0, utc("2026-03-30T06:30:00Z"));
        // Friday 27 March (winter time, UTC+1): 08:30 = 07:30Z.
        assert_eq!(
            open_intervals_utc(&w, d(2026, 3, 27), &[], false)[0].0,
            utc("2026-03-27T07:30:00Z")
        );
    }

    #[test]
    fn spring_gap_shortens_the_night() {
        // 29 March 2026: 02:00 jumps to 03:00. 01:00 (UTC+1) → 00:00Z; 04:00 (UTC+2) → 02:00Z.
        let night = open_intervals_utc(&night_sunday(), d(2026, 3, 29), &[], false);
        assert_eq!(
            night,
            vec![(utc("2026-03-29T00:00:00Z"), utc("2026-03-29T02:00:00Z"))]
        );
        // A range starting inside the gap starts at 03:00 summer time.
        let mut w = WeeklyHours::default();
        w.add(6, TimeRange::new(t(2, 30), t(5, 0)).unwrap());
        let gap = open_intervals_utc(&w, d(2026, 3, 29), &[], false);
        assert_eq!(gap[0].0, utc("2026-03-29T01:00:00Z"));
    }

    #[test]
    fn autumn_fold_lengthens_the_night() {
        // 25 October 2026: 03:00 goes back to 02:00. 01:00 (UTC+2) → 23:00Z the day before;
        // 04:00 (UTC+1) → 03:00Z: four hours of wall clock, four hours and one real.
        let night = open_intervals_utc(&night_sunday(), d(2026, 10, 25), &[], false);
        assert_eq!(
            night,
            vec![(utc("2026-10-24T23:00:00Z"), utc("2026-10-25T03:00:00Z"))]
        );
        // A closing time inside the fold takes its second occurrence.
        let mut w = WeeklyHours::default();
        w.add(6, TimeRange::new(t(1, 0), t(2, 30)).unwrap());
        let fold = open_intervals_utc(&w, d(2026, 10, 25), &[], false);
        assert_eq!(fold[0].1, utc("2026-10-25T01:30:00Z"));
    }

    #[test]
    fn offsets_around_october_change() {
        let w = town_hall();
        // Saturday 24 Oct closed; Monday 26 Oct winter time (UTC+1): 08:30 = 07:30Z.
        assert!(open_intervals_utc(&w, d(2026, 10, 24), &[], false).is_empty());
        assert_eq!(
            open_intervals_utc(&w, d(2026, 10, 26), &[], false)[0].0,
            utc("2026-10-26T07:30:00Z")
        );
        // Friday 23 Oct still summer time (UTC+2): 08:30 = 06:30Z.
        assert_eq!(
            open_intervals_utc(&w, d(2026, 10, 23), &[], false)[0].0,
            utc("2026-10-23T06:30:00Z")
        );
    }

    #[test]
    fn next_opening_skips_weekends_and_holidays() {
        let w = town_hall();
        // Saturday 26 Dec 2026 → Monday 28 Dec 08:30 (UTC+1).
        assert_eq!(
            next_opening(&w, &[], false, utc("2026-12-26T10:00:00Z")),
            Some(utc("2026-12-28T07:30:00Z"))
        );
        // During opening hours: now.
        let now = utc("2026-11-23T09:00:00Z");
        assert_eq!(next_opening(&w, &[], false, now), Some(now));
        // At lunch: the afternoon.
        assert_eq!(
            next_opening(&w, &[], false, utc("2026-11-23T11:15:00Z")),
            Some(utc("2026-11-23T12:30:00Z"))
        );
        assert_eq!(next_opening(&WeeklyHours::default(), &[], false, now), None);
    }
}
