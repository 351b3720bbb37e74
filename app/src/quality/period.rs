//! Periods of the indicators: whole Paris days, the period before to compare with, and the
//! buckets of a chart. Pure: no clock, no database.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use serde::{Deserialize, Serialize};

/// The longest period the page accepts: a few years of activity still computes quickly.
pub const MAX_DAYS: i64 = 3 * 366;

/// Days from `from` to `to`, both included, in Paris time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// How a chart cuts a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Day,
    Week,
    Month,
}

/// One bar of a chart: the days it covers and its instants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bucket {
    pub period: Period,
    pub step: Step,
}

/// The instant a Paris day starts. Midnight exists every day in Paris (the clocks move
/// at 02:00 and 03:00), so a day is 23, 24 or 25 hours long.
pub fn day_start(date: NaiveDate) -> DateTime<Utc> {
    Paris
        .from_local_datetime(&date.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| date.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
}

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

fn last_of_month(date: NaiveDate) -> NaiveDate {
    let next = if date.month() == 12 {
        NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(date.year(), date.month() + 1, 1)
    };
    next.map(|n| n - Duration::days(1)).unwrap_or(date)
}

impl Period {
    /// A period, if `from` is not after `to` and it is not longer than [`MAX_DAYS`].
    pub fn new(from: NaiveDate, to: NaiveDate) -> Option<Period> {
        let p = Period { from, to };
        (from <= to && p.days() <= MAX_DAYS).then_some(p)
    }

    pub fn month_of(date: NaiveDate) -> Period {
        Period {
            from: first_of_month(date),
            to: last_of_month(date),
        }
    }

    pub fn year(year: i32) -> Option<Period> {
        Some(Period {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
        })
    }

    /// The 30 days that end on `today`: what the page shows first.
    pub fn last_30_days(today: NaiveDate) -> Period {
        Period {
            from: today - Duration::days(29),
            to: today,
        }
    }

    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    pub fn contains_day(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// From the start of its first day to the start of the day after its last, in UTC.
    pub fn instants(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        (day_start(self.from), day_start(self.to + Duration::days(1)))
    }

    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        let (from, to) = self.instants();
        from <= at && at < to
    }

    fn is_whole_months(&self) -> bool {
        self.from.day() == 1 && self.to == last_of_month(self.to)
    }

    /// The period to compare with: the same months before when the period is whole months
    /// (a year with the year before, March with February), otherwise as many days just
    /// before.
    pub fn previous(&self) -> Period {
        if self.is_whole_months() {
            let months = (self.to.year() - self.from.year()) * 12 + self.to.month() as i32
                - self.from.month() as i32
                + 1;
            let to = self.from - Duration::days(1);
            let mut from = first_of_month(to);
            for _ in 1..months {
                from = first_of_month(from - Duration::days(1));
            }
            Period { from, to }
        } else {
            let to = self.from - Duration::days(1);
            Period {
                from: to - Duration::days(self.days() - 1),
                to,
            }
        }
    }

    /// How a chart of this period is cut: days up to a month, weeks up to a quarter,
    /// months beyond, so that a chart never has more than about 31 bars.
    pub fn step(&self) -> Step {
        match self.days() {
            d if d <= 31 => Step::Day,
            d if d <= 98 => Step::Week,
            _ => Step::Month,
        }
    }

    /// The chart's bars, in order; the first and last may be cut by the period's ends.
    pub fn buckets(&self) -> Vec<Bucket> {
        let step = self.step();
        let mut out = Vec::new();
        let mut from = self.from;
        while from <= self.to {
            let end = match step {
                Step::Day => from,
                Step::Week => {
                    let monday =
                        from - Duration::days(from.weekday().num_days_from_monday().into());
                    monday + Duration::days(6)
                }
                Step::Month => last_of_month(from),
            }
            .min(self.to);
            out.push(Bucket {
                period: Period { from, to: end },
                step,
            });
            from = end + Duration::days(1);
        }
        out
    }
}

/// Which bucket an instant falls in, by binary search over the buckets' starts.
pub fn bucket_of(buckets: &[(DateTime<Utc>, DateTime<Utc>)], at: DateTime<Utc>) -> Option<usize> {
    let i = buckets.partition_point(|(from, _)| *from <= at);
    (i > 0 && at < buckets[i - 1].1).then(|| i - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::testing::{d, utc};

    #[test]
    fn a_day_is_paris_midnight_to_midnight_even_when_the_clocks_move() {
        // Winter: midnight in Paris is 23:00 UTC the day before.
        assert_eq!(day_start(d(2026, 12, 7)), utc("2026-12-06T23:00:00Z"));
        // Summer: 22:00 UTC.
        assert_eq!(day_start(d(2026, 7, 1)), utc("2026-06-30T22:00:00Z"));
        // 29 March 2026 has 23 hours, 25 October 2026 has 25.
        let spring = Period::new(d(2026, 3, 29), d(2026, 3, 29)).unwrap();
        let (a, b) = spring.instants();
        assert_eq!((b - a).num_hours(), 23);
        let autumn = Period::new(d(2026, 10, 25), d(2026, 10, 25)).unwrap();
        let (a, b) = autumn.instants();
        assert_eq!((b - a).num_hours(), 25);
        // 02:30 UTC on the autumn day is 03:30 in Paris: inside; 23:30 UTC is the next day.
        assert!(autumn.contains(utc("2026-10-25T02:30:00Z")));
        assert!(autumn.contains(utc("2026-10-25T22:59:59Z")));
        assert!(!autumn.contains(utc("2026-10-25T23:00:00Z")));
        assert!(!autumn.contains(utc("2026-10-24T21:59:59Z")));
    }

    #[test]
    fn the_period_before_is_the_same_months_or_as_many_days() {
        let march = Period::month_of(d(2026, 3, 15));
        assert_eq!(march, Period::new(d(2026, 3, 1), d(2026, 3, 31)).unwrap());
        assert_eq!(
            march.previous(),
            Period::new(d(2026, 2, 1), d(2026, 2, 28)).unwrap()
        );
        let year = Period::year(2026).unwrap();
        assert_eq!(year.previous(), Period::year(2025).unwrap());
        let days = Period::new(d(2026, 3, 10), d(2026, 3, 16)).unwrap();
        assert_eq!(
            days.previous(),
            Period::new(d(2026, 3, 3), d(2026, 3, 9)).unwrap()
        );
        assert_eq!(Period::last_30_days(d(2026, 12, 7)).days(), 30);
    }

    #[test]
    fn refuses_reversed_and_endless_periods() {
        assert!(Period::new(d(2026, 3, 2), d(2026, 3, 1)).is_none());
        assert!(Period::new(d(2020, 1, 1), d(2026, 1, 1)).is_none());
        assert!(Period::new(d(2026, 3, 1), d(2026, 3, 1)).is_some());
    }

    #[test]
    fn charts_have_days_weeks_or_months() {
        let month = Period::month_of(d(2026, 2, 1));
        assert_eq!(month.buckets().len(), 28);
        let quarter = Period::new(d(2026, 1, 1), d(2026, 3, 31)).unwrap();
        let weeks = quarter.buckets();
        assert_eq!(
            weeks[0].period,
            Period::new(d(2026, 1, 1), d(2026, 1, 4)).unwrap()
        );
        assert_eq!(weeks[1].period.from, d(2026, 1, 5));
        assert_eq!(weeks.last().unwrap().period.to, d(2026, 3, 31));
        let year = Period::year(2026).unwrap().buckets();
        assert_eq!(year.len(), 12);
        assert!(year.iter().all(|b| b.step == Step::Month));
        let instants: Vec<_> = year.iter().map(|b| b.period.instants()).collect();
        assert_eq!(bucket_of(&instants, utc("2026-03-31T21:59:00Z")), Some(2));
        assert_eq!(bucket_of(&instants, utc("2026-03-31T22:00:00Z")), Some(3));
        assert_eq!(bucket_of(&instants, utc("2025-12-31T22:59:00Z")), None);
    }
}
