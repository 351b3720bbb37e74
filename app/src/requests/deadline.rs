//! When a request must be answered: a budget of the site's open time, counted on its
//! calendar (public holidays, Alsace-Moselle's two extra ones, the lunch break, the late
//! Wednesday, exceptional closures), paused while the town waits for the resident.
//!
//! The rule, for a request received at instant R with an allowance of n units:
//!
//! - Working days: the day of receipt never counts, even when the request came in during
//!   opening hours. Day 1 is the first open date (a date with at least one opening range)
//!   after the Paris date of receipt, so a request received on Saturday has Monday as day 1.
//!   The nominal due instant is the last closing time of the n-th open date.
//! - Calendar days: the nominal due date is the Paris date of receipt plus n days. When that
//!   date has no opening (weekend, holiday, closure), it moves to the next date that has one,
//!   as French procedure extends a deadline ending on a non-working day. The nominal due
//!   instant is that date's last closing time.
//! - Working hours: the nominal due instant is when n hours of open time have passed since R.
//! - The budget is the open time between R and the nominal due instant. Pauses (the town
//!   waits for the resident; an answered request until it is reopened) stop the count: the
//!   due instant is the earliest instant at which the open time elapsed since R, outside
//!   pauses, reaches the budget. Without pauses it is the nominal due instant.
//! - Pauses may overlap or come in any order: time paused twice is paused once. A pause
//!   that began before R counts from R only. While a pause is still open there is no due
//!   instant, only the open time left; but a deadline missed before that pause began stays
//!   missed.
//! - An allowance of zero is due at R. The due instant is never before R.
//! - A calendar with no opening for three years is an error ([`NeverOpen`]), never an endless
//!   search.
//!
//! The owner is warned at the first opening of the second open date before the due date
//! (due Friday → Wednesday's opening): from then on, or from receipt if that comes later,
//! the request is due soon.

use crate::calendar::hours::{Closure, WeeklyHours, open_intervals_utc};
use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use chrono_tz::Europe::Paris;

/// Dates without any opening after which a calendar is taken as never open.
const HORIZON_DAYS: u32 = 3 * 366;

/// Open from the first instant until the second, excluded.
type Interval = (DateTime<Utc>, DateTime<Utc>);

/// What an allowance counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    CalendarDays,
    WorkingDays,
    WorkingHours,
}

impl Unit {
    /// As stored, e.g. `working_days`.
    pub fn code(self) -> &'static str {
        match self {
            Unit::CalendarDays => "calendar_days",
            Unit::WorkingDays => "working_days",
            Unit::WorkingHours => "working_hours",
        }
    }

    /// The unit stored as `code`, if it is one.
    pub fn from_code(code: &str) -> Option<Unit> {
        [Unit::CalendarDays, Unit::WorkingDays, Unit::WorkingHours]
            .into_iter()
            .find(|unit| unit.code() == code)
    }
}

/// How long a kind of request may wait for its answer, e.g. 15 calendar days for a letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allowance {
    pub amount: u16,
    pub unit: Unit,
}

/// The opening of the site that handles the request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteCalendar {
    pub weekly: WeeklyHours,
    pub closures: Vec<Closure>,
    pub alsace_moselle: bool,
}

impl SiteCalendar {
    /// Open intervals of `date`, in order and disjoint (overlapping ranges would otherwise
    /// count twice).
    fn intervals(&self, date: NaiveDate) -> Vec<Interval> {
        let mut list = open_intervals_utc(&self.weekly, date, &self.closures, self.alsace_moselle);
        list.sort_by_key(|interval| interval.0);
        let mut merged: Vec<Interval> = Vec::with_capacity(list.len());
        for (opens, closes) in list {
            match merged.last_mut() {
                Some(last) if opens <= last.1 => last.1 = last.1.max(closes),
                _ => merged.push((opens, closes)),
            }
        }
        merged
    }
}

/// The clock is stopped from `from` until `until` (`None`: still waiting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pause {
    pub from: DateTime<Utc>,
    pub until: Option<DateTime<Utc>>,
}

/// Where a request's deadline stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    Running {
        due: DateTime<Utc>,
    },
    /// A pause is open: no due instant until it ends, only the open time left.
    Paused {
        remaining: Duration,
    },
}

/// The site's calendar has no opening within three years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NeverOpen;

impl std::fmt::Display for NeverOpen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the site has no opening hours within three years")
    }
}

impl std::error::Error for NeverOpen {}

/// The deadline of a request received at `received_at` (see the module's rule).
pub fn clock(
    cal: &SiteCalendar,
    received_at: DateTime<Utc>,
    allowance: Allowance,
    pauses: &[Pause],
) -> Result<Clock, NeverOpen> {
    let mut remaining = budget(cal, received_at, allowance)?;
    if remaining <= Duration::zero() {
        return Ok(Clock::Running { due: received_at });
    }
    let mut pauses = in_order(pauses).into_iter().peekable();
    let mut cursor = Cursor::new(cal, received_at);
    // Each turn uses up one pause or one open stretch: linear in both.
    loop {
        let (opens, closes) = cursor.next_open()?;
        let pause = pauses.next_if(|p| p.from < closes);
        // Open time counts up to the pause's start (none if it began earlier).
        let counted_until = pause.map_or(closes, |p| p.from);
        if counted_until > opens {
            let counted = counted_until - opens;
            if counted >= remaining {
                return Ok(Clock::Running {
                    due: opens + remaining,
                });
            }
            remaining -= counted;
        }
        match pause.map(|p| p.until) {
            None => cursor.advance_to(closes),
            Some(Some(until)) => cursor.advance_to(until),
            Some(None) => return Ok(Clock::Paused { remaining }),
        }
    }
}

/// Open time of the site within `[from, to)`.
pub fn open_time_between(cal: &SiteCalendar, from: DateTime<Utc>, to: DateTime<Utc>) -> Duration {
    let mut total = Duration::zero();
    if from >= to {
        return total;
    }
    let last = paris_date(to);
    let mut date = paris_date(from);
    loop {
        for (opens, closes) in cal.intervals(date) {
            let (start, end) = (opens.max(from), closes.min(to));
            if start < end {
                total += end - start;
            }
        }
        match date.succ_opt() {
            Some(next) if next <= last => date = next,
            _ => return total,
        }
    }
}

/// When the request's owner is warned: the first opening of the second open date before
/// the due instant's date (due Friday 17:00 → Wednesday's opening). It may come before
/// receipt when the allowance is short; the request is then due soon from receipt on (take
/// the later of the two where a time is shown).
pub fn warn_at(cal: &SiteCalendar, due: DateTime<Utc>) -> Result<DateTime<Utc>, NeverOpen> {
    let mut date = paris_date(due);
    let mut open_dates = 0;
    for _ in 0..HORIZON_DAYS {
        date = date.pred_opt().ok_or(NeverOpen)?;
        if let Some(&(opens, _)) = cal.intervals(date).first() {
            open_dates += 1;
            if open_dates == 2 {
                return Ok(opens);
            }
        }
    }
    Err(NeverOpen)
}

/// Where a running deadline stands (see [`standing`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    OnTime,
    /// From the warning (see [`warn_at`]) to the due instant, both included.
    DueSoon,
    Late,
}

/// How a running deadline looks at `now`, e.g. on the list of requests. Without two open
/// dates before the due date to warn on, it is due soon at once.
pub fn standing(cal: &SiteCalendar, due: DateTime<Utc>, now: DateTime<Utc>) -> Standing {
    if now > due {
        Standing::Late
    } else if warn_at(cal, due).ok().is_none_or(|warn| now >= warn) {
        Standing::DueSoon
    } else {
        Standing::OnTime
    }
}

/// The Paris date a resident reads as the deadline ("answer by 18 December").
pub fn due_date(due: DateTime<Utc>) -> NaiveDate {
    paris_date(due)
}

fn paris_date(instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&Paris).date_naive()
}

/// The open time the allowance grants from `received_at`, before any pause.
fn budget(
    cal: &SiteCalendar,
    received_at: DateTime<Utc>,
    allowance: Allowance,
) -> Result<Duration, NeverOpen> {
    let n = allowance.amount;
    if n == 0 {
        return Ok(Duration::zero());
    }
    let received_on = paris_date(received_at);
    let due_on = match allowance.unit {
        Unit::WorkingHours => return Ok(Duration::hours(i64::from(n))),
        Unit::WorkingDays => {
            let mut date = received_on;
            for _ in 0..n {
                date = first_open_date(cal, date.succ_opt().ok_or(NeverOpen)?)?;
            }
            date
        }
        Unit::CalendarDays => {
            let nominal = received_on
                .checked_add_days(Days::new(u64::from(n)))
                .ok_or(NeverOpen)?;
            first_open_date(cal, nominal)?
        }
    };
    let (_, closes) = *cal.intervals(due_on).last().ok_or(NeverOpen)?;
    Ok(open_time_between(cal, received_at, closes))
}

/// `date` itself or the first date after it with an opening.
fn first_open_date(cal: &SiteCalendar, mut date: NaiveDate) -> Result<NaiveDate, NeverOpen> {
    for _ in 0..HORIZON_DAYS {
        if !cal.intervals(date).is_empty() {
            return Ok(date);
        }
        date = date.succ_opt().ok_or(NeverOpen)?;
    }
    Err(NeverOpen)
}

/// Pauses in order of start, leaving out those that do not end after they begin (an inverted
/// one would make the cursor count open time twice). Overlapping pauses need no merging:
/// the cursor only moves forward, so time paused twice (or before receipt) is skipped once.
fn in_order(pauses: &[Pause]) -> Vec<Pause> {
    let mut list: Vec<Pause> = pauses
        .iter()
        .filter(|p| p.until.is_none_or(|until| until > p.from))
        .copied()
        .collect();
    list.sort_by_key(|p| p.from);
    list
}

/// Walks the site's open time forward from an instant, one Paris date at a time.
struct Cursor<'a> {
    cal: &'a SiteCalendar,
    /// Nothing before this instant is open time any more.
    at: DateTime<Utc>,
    date: NaiveDate,
    today: Vec<Interval>,
}

impl<'a> Cursor<'a> {
    fn new(cal: &'a SiteCalendar, at: DateTime<Utc>) -> Cursor<'a> {
        let date = paris_date(at);
        Cursor {
            cal,
            at,
            date,
            today: cal.intervals(date),
        }
    }

    /// The first open stretch at or after the cursor, cut to start there.
    fn next_open(&mut self) -> Result<Interval, NeverOpen> {
        for _ in 0..=HORIZON_DAYS {
            if let Some(&(opens, closes)) = self.today.iter().find(|(_, c)| *c > self.at) {
                return Ok((opens.max(self.at), closes));
            }
            self.date = self.date.succ_opt().ok_or(NeverOpen)?;
            self.today = self.cal.intervals(self.date);
        }
        Err(NeverOpen)
    }

    /// Skips the time before `to` (a pause jumps the cursor without walking its days).
    fn advance_to(&mut self, to: DateTime<Utc>) {
        if to <= self.at {
            return;
        }
        self.at = to;
        let date = paris_date(to);
        if date > self.date {
            self.date = date;
            self.today = self.cal.intervals(date);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::holidays::holiday_on;
    use crate::calendar::hours::{TimeRange, weekday_index};
    use crate::calendar::testing::{d, t, utc};
    use chrono::{NaiveDateTime, NaiveTime, TimeZone};
    use std::collections::HashMap;

    /// The demo town hall: 08:30–12:00 and 13:30–17:00, Wednesday 10:30–19:00.
    fn town() -> SiteCalendar {
        let mut weekly = WeeklyHours::default();
        for day in [0, 1, 3, 4] {
            weekly.add(day, TimeRange::new(t(8, 30), t(12, 0)).unwrap());
            weekly.add(day, TimeRange::new(t(13, 30), t(17, 0)).unwrap());
        }
        weekly.add(2, TimeRange::new(t(10, 30), t(19, 0)).unwrap());
        SiteCalendar {
            weekly,
            closures: Vec::new(),
            alsace_moselle: false,
        }
    }

    fn alsace() -> SiteCalendar {
        SiteCalendar {
            alsace_moselle: true,
            ..town()
        }
    }

    /// Closed the week of Monday 14 December 2026.
    fn closure_week() -> SiteCalendar {
        SiteCalendar {
            closures: vec![Closure {
                starts_on: d(2026, 12, 14),
                ends_on: d(2026, 12, 18),
            }],
            ..town()
        }
    }

    /// Also open on Saturdays 09:00–12:00.
    fn saturdays() -> SiteCalendar {
        let mut cal = town();
        cal.weekly
            .add(5, TimeRange::new(t(9, 0), t(12, 0)).unwrap());
        cal
    }

    fn saturdays_alsace() -> SiteCalendar {
        SiteCalendar {
            alsace_moselle: true,
            ..saturdays()
        }
    }

    /// Open on Sunday nights 01:00–04:00 only, across the 02:00–03:00 changes.
    fn night_sunday() -> SiteCalendar {
        let mut weekly = WeeklyHours::default();
        weekly.add(6, TimeRange::new(t(1, 0), t(4, 0)).unwrap());
        SiteCalendar {
            weekly,
            ..SiteCalendar::default()
        }
    }

    fn never_open() -> SiteCalendar {
        SiteCalendar::default()
    }

    const fn working_days(amount: u16) -> Allowance {
        Allowance {
            amount,
            unit: Unit::WorkingDays,
        }
    }

    const fn calendar_days(amount: u16) -> Allowance {
        Allowance {
            amount,
            unit: Unit::CalendarDays,
        }
    }

    const fn working_hours(amount: u16) -> Allowance {
        Allowance {
            amount,
            unit: Unit::WorkingHours,
        }
    }

    /// The defaults of the request kinds: letters, notaries' questions, e-mails.
    const LETTER: Allowance = calendar_days(15);
    const NOTARY: Allowance = calendar_days(7);
    const EMAIL: Allowance = working_days(5);

    fn h(hours: f64) -> Duration {
        Duration::minutes((hours * 60.0).round() as i64)
    }

    /// Paris wall time `2026-11-23 10:00` as an instant, or RFC 3339 text with its offset
    /// where the wall time happens twice (the autumn fold).
    fn at(s: &str) -> DateTime<Utc> {
        match NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M") {
            Ok(local) => paris(local.date(), local.time()),
            Err(_) => utc(s),
        }
    }

    fn pause(from: &str, until: Option<&str>) -> Pause {
        Pause {
            from: at(from),
            until: until.map(at),
        }
    }

    /// An instant from a Paris wall time that exists once.
    fn paris(date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        Paris
            .from_local_datetime(&date.and_time(time))
            .single()
            .unwrap()
            .with_timezone(&Utc)
    }

    fn due_of(clock: Result<Clock, NeverOpen>) -> DateTime<Utc> {
        match clock {
            Ok(Clock::Running { due }) => due,
            other => panic!("expected a running clock, got {other:?}"),
        }
    }

    enum Expect {
        Due(&'static str),
        /// Hours of open time left.
        Left(f64),
    }
    use Expect::{Due, Left};

    struct Case {
        name: &'static str,
        cal: fn() -> SiteCalendar,
        received: &'static str,
        allowance: Allowance,
        pauses: &'static [(&'static str, Option<&'static str>)],
        expect: Expect,
    }

    const fn case(
        name: &'static str,
        cal: fn() -> SiteCalendar,
        received: &'static str,
        allowance: Allowance,
        expect: Expect,
    ) -> Case {
        Case {
            name,
            cal,
            received,
            allowance,
            pauses: &[],
            expect,
        }
    }

    /// On the demo town hall.
    const fn with_pauses(
        name: &'static str,
        received: &'static str,
        allowance: Allowance,
        pauses: &'static [(&'static str, Option<&'static str>)],
        expect: Expect,
    ) -> Case {
        Case {
            name,
            cal: town,
            received,
            allowance,
            pauses,
            expect,
        }
    }

    /// Computed by hand, in Paris wall time (UTC+1 in winter, UTC+2 from 29 March to
    /// 25 October 2026 and from 28 March to 31 October 2027).
    // One row a line: the table reads better than rustfmt's one argument a line.
    #[rustfmt::skip]
    const CASES: &[Case] = &[
        // Five working days, the e-mail default; the day of receipt never counts.
        case("weekday during hours", town, "2026-11-23 10:00", EMAIL, Due("2026-11-30 17:00")),
        case("weekday before opening", town, "2026-11-23 07:00", EMAIL, Due("2026-11-30 17:00")),
        case("weekday at lunch", town, "2026-11-24 12:30", EMAIL, Due("2026-12-01 17:00")),
        case("weekday after closing", town, "2026-11-27 18:00", EMAIL, Due("2026-12-04 17:00")),
        case("saturday: monday is day 1", town, "2026-11-28 10:00", EMAIL, Due("2026-12-04 17:00")),
        case("sunday: monday is day 1", town, "2026-11-29 15:00", EMAIL, Due("2026-12-04 17:00")),
        case("ends on the late wednesday", town, "2026-11-25 11:00", EMAIL, Due("2026-12-02 19:00")),
        case("one working day from friday", town, "2026-11-27 10:00", working_days(1), Due("2026-11-30 17:00")),
        // Holidays of 2026 (Easter on 5 April).
        case("received on 1 January 2026", town, "2026-01-01 10:00", EMAIL, Due("2026-01-08 17:00")),
        case("over 1 January 2026", town, "2025-12-31 10:00", EMAIL, Due("2026-01-08 17:00")),
        case("over Easter Monday 2026", town, "2026-04-03 10:00", EMAIL, Due("2026-04-13 17:00")),
        case("Good Friday 2026 outside Alsace-Moselle", town, "2026-04-02 10:00", EMAIL, Due("2026-04-10 17:00")),
        case("Good Friday 2026 in Alsace-Moselle", alsace, "2026-04-02 10:00", EMAIL, Due("2026-04-13 17:00")),
        case("over 1 and 8 May 2026", town, "2026-04-30 10:00", EMAIL, Due("2026-05-11 17:00")),
        case("over Ascension 2026", town, "2026-05-11 10:00", EMAIL, Due("2026-05-19 17:00")),
        case("over Whit Monday 2026", town, "2026-05-22 10:00", EMAIL, Due("2026-06-01 17:00")),
        case("over 14 July 2026", town, "2026-07-13 10:00", EMAIL, Due("2026-07-21 17:00")),
        case("received on 14 July 2026", town, "2026-07-14 10:00", EMAIL, Due("2026-07-21 17:00")),
        case("over 11 November 2026", town, "2026-11-10 10:00", EMAIL, Due("2026-11-18 19:00")),
        case("over Christmas 2026", town, "2026-12-23 10:00", EMAIL, Due("2026-12-31 17:00")),
        case("26 December 2025 outside Alsace-Moselle", town, "2025-12-24 10:00", EMAIL, Due("2026-01-02 17:00")),
        case("26 December 2025 in Alsace-Moselle", alsace, "2025-12-24 10:00", EMAIL, Due("2026-01-05 17:00")),
        // Holidays of 2027 (Easter on 28 March).
        case("over 1 January 2027", town, "2026-12-31 10:00", EMAIL, Due("2027-01-08 17:00")),
        case("over Easter Monday 2027", town, "2027-03-26 10:00", EMAIL, Due("2027-04-05 17:00")),
        case("Good Friday 2027 outside Alsace-Moselle", town, "2027-03-25 10:00", EMAIL, Due("2027-04-02 17:00")),
        case("Good Friday 2027 in Alsace-Moselle", alsace, "2027-03-25 10:00", EMAIL, Due("2027-04-05 17:00")),
        case("over Ascension 2027", town, "2027-05-04 10:00", EMAIL, Due("2027-05-12 19:00")),
        case("over Whit Monday 2027", town, "2027-05-14 10:00", EMAIL, Due("2027-05-24 17:00")),
        case("over 14 July 2027", town, "2027-07-13 10:00", working_days(2), Due("2027-07-16 17:00")),
        case("over 1 November 2027", town, "2027-10-29 10:00", EMAIL, Due("2027-11-08 17:00")),
        case("over 11 November 2027", town, "2027-11-10 10:00", working_days(2), Due("2027-11-15 17:00")),
        // Fifteen calendar days for a letter, seven for a notary: a due date without any
        // opening moves to the next date with one.
        case("letter due on a tuesday", town, "2026-11-23 10:00", LETTER, Due("2026-12-08 17:00")),
        case("letter due on a saturday", town, "2026-12-04 10:00", LETTER, Due("2026-12-21 17:00")),
        case("letter due on Christmas 2026", town, "2026-12-10 10:00", LETTER, Due("2026-12-28 17:00")),
        case("letter due on 26 December 2025", town, "2025-12-11 10:00", LETTER, Due("2025-12-26 17:00")),
        case("letter due on 26 December 2025 in Alsace-Moselle", alsace, "2025-12-11 10:00", LETTER, Due("2025-12-29 17:00")),
        case("letter due on 15 August 2026", town, "2026-07-31 10:00", LETTER, Due("2026-08-17 17:00")),
        case("letter due on 31 October, then 1 November", town, "2026-10-16 10:00", LETTER, Due("2026-11-02 17:00")),
        case("notary due on a tuesday", town, "2026-05-05 10:00", NOTARY, Due("2026-05-12 17:00")),
        case("notary due on Ascension 2026", town, "2026-05-07 10:00", NOTARY, Due("2026-05-15 17:00")),
        case("notary received the day after 1 May", town, "2026-05-02 10:00", NOTARY, Due("2026-05-11 17:00")),
        case("notary due on Easter Monday 2026", town, "2026-03-30 10:00", NOTARY, Due("2026-04-07 17:00")),
        case("notary due on Whit Monday 2027", town, "2027-05-10 10:00", NOTARY, Due("2027-05-18 17:00")),
        case("notary due on a wednesday", town, "2026-11-18 10:00", NOTARY, Due("2026-11-25 19:00")),
        case("notary received after closing", town, "2026-11-23 18:00", NOTARY, Due("2026-11-30 17:00")),
        // Working hours.
        case("hours across the lunch break", town, "2026-11-23 11:00", working_hours(2), Due("2026-11-23 14:30")),
        case("hours end at closing, not next morning", town, "2026-11-23 15:00", working_hours(2), Due("2026-11-23 17:00")),
        case("hours into the late wednesday", town, "2026-11-24 16:00", working_hours(4), Due("2026-11-25 13:30")),
        case("hours out of the late wednesday", town, "2026-11-25 17:00", working_hours(3), Due("2026-11-26 09:30")),
        case("hours from a saturday", town, "2026-11-28 10:00", working_hours(8), Due("2026-12-01 09:30")),
        case("hours received at closing", town, "2026-11-23 17:00", working_hours(1), Due("2026-11-24 09:30")),
        case("hours over Good Friday outside Alsace-Moselle", town, "2026-04-02 16:00", working_hours(2), Due("2026-04-03 09:30")),
        case("hours over Good Friday in Alsace-Moselle", alsace, "2026-04-02 16:00", working_hours(2), Due("2026-04-07 09:30")),
        // Daylight-saving changes, with explicit offsets.
        case("hours over the spring change weekend", town, "2026-03-27T16:00:00+01:00", working_hours(2), Due("2026-03-30T09:30:00+02:00")),
        case("days over the autumn change weekend", town, "2026-10-23T10:00:00+02:00", working_days(1), Due("2026-10-26T17:00:00+01:00")),
        case("the spring night lasts two hours", night_sunday, "2026-03-28T12:00:00+01:00", working_hours(3), Due("2026-04-05T02:00:00+02:00")),
        case("received within the spring night", night_sunday, "2026-03-29T01:30:00+01:00", working_hours(2), Due("2026-04-05T01:30:00+02:00")),
        case("the spring night is day 1", night_sunday, "2026-03-28T12:00:00+01:00", working_days(1), Due("2026-03-29T04:00:00+02:00")),
        case("the autumn night lasts four hours", night_sunday, "2026-10-24T12:00:00+02:00", working_hours(4), Due("2026-10-25T04:00:00+01:00")),
        case("then All Saints is closed", night_sunday, "2026-10-24T12:00:00+02:00", working_hours(5), Due("2026-11-08T02:00:00+01:00")),
        case("from the fold's first 02:30 to its second", night_sunday, "2026-10-25T02:30:00+02:00", working_hours(1), Due("2026-10-25T02:30:00+01:00")),
        case("from the fold's first 02:30", night_sunday, "2026-10-25T02:30:00+02:00", working_hours(2), Due("2026-10-25T03:30:00+01:00")),
        // A closure week.
        case("days over a closure", closure_week, "2026-12-11 10:00", EMAIL, Due("2026-12-28 17:00")),
        case("calendar days into a closure", closure_week, "2026-12-09 10:00", NOTARY, Due("2026-12-21 17:00")),
        case("hours over a closure", closure_week, "2026-12-11 16:00", working_hours(3), Due("2026-12-21 10:30")),
        // Saturday mornings.
        case("saturday is a working day", saturdays, "2026-11-27 10:00", working_days(1), Due("2026-11-28 12:00")),
        case("from saturday to monday", saturdays, "2026-11-28 10:00", working_days(1), Due("2026-11-30 17:00")),
        case("letter due on an open saturday", saturdays, "2026-12-04 10:00", LETTER, Due("2026-12-19 12:00")),
        case("letter due on 15 August, a saturday", saturdays, "2026-07-31 10:00", LETTER, Due("2026-08-17 17:00")),
        case("26 December 2026 is a saturday like any", saturdays, "2026-12-24 10:00", working_days(1), Due("2026-12-26 12:00")),
        case("26 December 2026 in Alsace-Moselle", saturdays_alsace, "2026-12-24 10:00", working_days(1), Due("2026-12-28 17:00")),
        // A zero allowance is due at once.
        case("zero working days", town, "2026-11-23 10:00", working_days(0), Due("2026-11-23 10:00")),
        case("zero hours on a sunday", town, "2026-11-22 10:00", working_hours(0), Due("2026-11-22 10:00")),
        // Pauses on the e-mail received Monday 23 November 2026 at 10:00, unless said
        // otherwise: due Monday 30 at 17:00, a budget of 42 open hours.
        // 9 Nov → 17 Nov 17:00 (40.5 h); 7 open hours paused (Tuesday pm, Thursday am).
        with_pauses("pause over 11 November", "2026-11-09 10:00", EMAIL,
            &[("2026-11-10 12:00", Some("2026-11-12 12:00"))], Due("2026-11-18 17:30")),
        // 5.5 + 7 + 1.5 hours used.
        with_pauses("pause still open", "2026-11-23 10:00", EMAIL,
            &[("2026-11-25 12:00", None)], Left(28.0)),
        // 3.5 + 11.5 open hours paused.
        with_pauses("pause, resume, second pause", "2026-11-23 10:00", EMAIL,
            &[("2026-11-24 08:00", Some("2026-11-24 13:30")), ("2026-11-26 14:00", Some("2026-11-30 10:00"))],
            Due("2026-12-02 18:30")),
        // 5.5 + 3.5 + 8.5 + 4 hours used.
        with_pauses("pause, resume, second pause still open", "2026-11-23 10:00", EMAIL,
            &[("2026-11-24 08:00", Some("2026-11-24 13:30")), ("2026-11-26 14:00", None)],
            Left(20.5)),
        // 17 hours used when answered, 25 left from Tuesday 09:00.
        with_pauses("answered wednesday, reopened next tuesday", "2026-11-23 10:00", EMAIL,
            &[("2026-11-25 15:00", Some("2026-12-01 09:00"))], Due("2026-12-04 11:30")),
        with_pauses("pause starting before receipt", "2026-11-23 10:00", EMAIL,
            &[("2026-11-22 12:00", Some("2026-11-23 11:00"))], Due("2026-12-01 09:30")),
        with_pauses("pause ended before receipt", "2026-11-23 10:00", EMAIL,
            &[("2026-11-20 12:00", Some("2026-11-23 09:00"))], Due("2026-11-30 17:00")),
        // Together Tuesday 08:00–14:00: 4 open hours.
        with_pauses("overlapping pauses out of order", "2026-11-23 10:00", EMAIL,
            &[("2026-11-24 10:00", Some("2026-11-24 14:00")), ("2026-11-24 09:00", Some("2026-11-24 11:00")),
              ("2026-11-24 08:00", Some("2026-11-24 09:30"))],
            Due("2026-12-01 14:00")),
        with_pauses("pause over a weekend only", "2026-11-23 10:00", EMAIL,
            &[("2026-11-27 17:00", Some("2026-11-30 08:30"))], Due("2026-11-30 17:00")),
        with_pauses("an open pause swallows a later one", "2026-11-23 10:00", EMAIL,
            &[("2026-11-26 09:00", Some("2026-11-26 10:00")), ("2026-11-25 12:00", None)], Left(28.0)),
        with_pauses("open pause from before receipt", "2026-11-23 10:00", EMAIL,
            &[("2026-11-20 10:00", None)], Left(42.0)),
        with_pauses("an empty pause does nothing", "2026-11-23 10:00", EMAIL,
            &[("2026-11-24 10:00", Some("2026-11-24 10:00"))], Due("2026-11-30 17:00")),
        with_pauses("a pause ending before it starts is ignored", "2026-11-23 10:00", EMAIL,
            &[("2026-11-24 11:00", Some("2026-11-24 10:00"))], Due("2026-11-30 17:00")),
        with_pauses("missed before the pause: still late", "2026-11-23 10:00", working_days(1),
            &[("2026-11-26 10:00", None)], Due("2026-11-24 17:00")),
        with_pauses("budget used up as the pause starts", "2026-11-23 10:00", working_hours(2),
            &[("2026-11-23 12:00", None)], Due("2026-11-23 12:00")),
        with_pauses("hours paused over lunch lose nothing", "2026-11-23 11:00", working_hours(2),
            &[("2026-11-23 12:00", Some("2026-11-23 13:30"))], Due("2026-11-23 14:30")),
        // Due Tuesday 8 December 17:00; one open week plus 1.5 hours paused (38 hours).
        with_pauses("letter paused a week", "2026-11-23 10:00", LETTER,
            &[("2026-12-01 08:30", Some("2026-12-08 10:00"))], Due("2026-12-16 12:00")),
    ];

    #[test]
    fn hand_computed_cases() {
        let mut failures = Vec::new();
        for case in CASES {
            let pauses: Vec<Pause> = case
                .pauses
                .iter()
                .map(|(from, until)| pause(from, *until))
                .collect();
            let got = clock(&(case.cal)(), at(case.received), case.allowance, &pauses);
            let want = match case.expect {
                Due(due) => Clock::Running { due: at(due) },
                Left(hours) => Clock::Paused {
                    remaining: h(hours),
                },
            };
            if got != Ok(want) {
                failures.push(format!("{}: got {got:?}, want {want:?}", case.name));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(CASES.len() >= 40);
    }

    #[test]
    fn a_kind_change_recomputes_from_reception() {
        let cal = town();
        let received = at("2026-11-23 10:00");
        let pauses = [pause("2026-11-24 08:00", Some("2026-11-24 13:30"))];
        let due_as = |allowance| due_of(clock(&cal, received, allowance, &pauses));
        // Tuesday morning's 3.5 paused hours push each deadline by as much open time.
        assert_eq!(due_as(EMAIL), at("2026-12-01 12:00"));
        assert_eq!(due_as(LETTER), at("2026-12-09 14:00"));
        assert_eq!(due_as(NOTARY), at("2026-12-01 12:00"));
        // Monday's 5.5 hours, then Tuesday from 13:30.
        assert_eq!(due_as(working_hours(8)), at("2026-11-24 16:00"));
    }

    #[test]
    fn budgets_are_open_time() {
        let cal = town();
        let received = at("2026-11-23 10:00");
        // 5.5 + Tuesday to Monday (7 + 8.5 + 7 + 7 + 7).
        assert_eq!(budget(&cal, received, EMAIL), Ok(h(42.0)));
        // To Tuesday 8 December: 5.5 + 29.5 (to Friday) + a week of 36.5 + 7 + 7.
        assert_eq!(budget(&cal, received, LETTER), Ok(h(85.5)));
        assert_eq!(budget(&cal, received, working_hours(9)), Ok(h(9.0)));
        let weekend = open_time_between(&cal, at("2026-11-28 00:00"), at("2026-11-30 08:29"));
        assert_eq!(weekend, Duration::zero());
        let backwards = open_time_between(&cal, at("2026-11-25 18:00"), received);
        assert_eq!(backwards, Duration::zero());
        let lunch = open_time_between(&cal, at("2026-11-23 11:45"), at("2026-11-23 13:45"));
        assert_eq!(lunch, h(0.5));
        // The autumn night has an hour more than its wall clock says.
        let autumn = open_time_between(
            &night_sunday(),
            at("2026-10-24 00:00"),
            at("2026-10-26 00:00"),
        );
        assert_eq!(autumn, h(4.0));
    }

    #[test]
    fn overlapping_ranges_count_once() {
        let mut cal = town();
        cal.weekly
            .add(0, TimeRange::new(t(11, 0), t(14, 0)).unwrap());
        let monday = open_time_between(&cal, at("2026-11-23 00:00"), at("2026-11-23 23:00"));
        assert_eq!(monday, h(8.5));
    }

    /// Due, warned: Paris wall times.
    #[rustfmt::skip]
    const WARNINGS: &[(&str, &str, &str)] = &[
        ("due friday: wednesday's opening", "2026-11-27 17:00", "2026-11-25 10:30"),
        ("due monday: the thursday before", "2026-11-30 17:00", "2026-11-26 08:30"),
        ("due wednesday evening: monday's opening", "2026-11-25 19:00", "2026-11-23 08:30"),
        ("due thursday after 11 November", "2026-11-12 17:00", "2026-11-09 08:30"),
        ("due friday after Ascension", "2026-05-15 17:00", "2026-05-12 08:30"),
        ("due tuesday after Christmas and a weekend", "2026-12-29 17:00", "2026-12-24 08:30"),
        ("due tuesday after New Year's Day 2027", "2027-01-05 17:00", "2026-12-31 08:30"),
        ("due at noon after a pause", "2026-12-03 12:00", "2026-12-01 08:30"),
    ];

    #[test]
    fn warnings_two_open_days_ahead() {
        let cal = town();
        for (name, due, warned) in WARNINGS {
            assert_eq!(warn_at(&cal, at(due)), Ok(at(warned)), "{name}");
        }
        // Due Tuesday 7 April 2026: Thursday 2 April, or Wednesday 1 in Alsace-Moselle where
        // Good Friday is a holiday too.
        let due = at("2026-04-07 17:00");
        assert_eq!(warn_at(&cal, due), Ok(at("2026-04-02 08:30")));
        assert_eq!(warn_at(&alsace(), due), Ok(at("2026-04-01 10:30")));
        // Saturday mornings count as open dates.
        let due = at("2026-11-30 17:00");
        assert_eq!(warn_at(&saturdays(), due), Ok(at("2026-11-27 08:30")));
        assert_eq!(warn_at(&never_open(), due), Err(NeverOpen));
    }

    #[test]
    fn standing_at_each_stage() {
        let cal = town();
        let due = at("2026-11-27 17:00");
        let standing_at = |now| standing(&cal, due, at(now));
        assert_eq!(standing_at("2026-11-23 10:00"), Standing::OnTime);
        assert_eq!(standing_at("2026-11-25 10:29"), Standing::OnTime);
        assert_eq!(standing_at("2026-11-25 10:30"), Standing::DueSoon);
        assert_eq!(standing_at("2026-11-27 17:00"), Standing::DueSoon);
        assert_eq!(standing_at("2026-11-27 17:01"), Standing::Late);
        assert_eq!(standing_at("2026-12-25 10:00"), Standing::Late);
        // Received Saturday, due Monday: the warning (Thursday) is already past.
        let due = at("2026-11-30 17:00");
        assert_eq!(
            standing(&cal, due, at("2026-11-28 10:00")),
            Standing::DueSoon
        );
        // No two open dates to warn on: due soon at once.
        let never = standing(&never_open(), due, at("2026-11-01 10:00"));
        assert_eq!(never, Standing::DueSoon);
    }

    #[test]
    fn due_dates_as_residents_read_them() {
        assert_eq!(due_date(at("2026-12-18 17:00")), d(2026, 12, 18));
        assert_eq!(due_date(utc("2026-04-04T23:30:00Z")), d(2026, 4, 5));
        assert_eq!(due_date(utc("2026-12-31T23:30:00Z")), d(2027, 1, 1));
    }

    #[test]
    fn never_open_is_an_error() {
        let received = at("2026-11-23 10:00");
        for allowance in [EMAIL, LETTER, NOTARY, working_hours(2)] {
            let got = clock(&never_open(), received, allowance, &[]);
            assert_eq!(got, Err(NeverOpen), "{allowance:?}");
        }
        // Open until Monday evening, then closed for ten years: the hours are not there.
        let mut closing_down = town();
        closing_down.closures.push(Closure {
            starts_on: d(2026, 11, 24),
            ends_on: d(2036, 11, 24),
        });
        let got = clock(&closing_down, received, working_hours(10), &[]);
        assert_eq!(got, Err(NeverOpen));
        assert_eq!(clock(&closing_down, received, EMAIL, &[]), Err(NeverOpen));
        // Nor does a pause find them.
        let pauses = [pause("2026-11-23 11:00", Some("2027-01-01 00:00"))];
        let got = clock(&closing_down, received, working_hours(2), &pauses);
        assert_eq!(got, Err(NeverOpen));
        let never = open_time_between(&never_open(), received, at("2030-01-01 00:00"));
        assert_eq!(never, Duration::zero());
    }

    #[test]
    fn units_are_stored_as_text() {
        for unit in [Unit::CalendarDays, Unit::WorkingDays, Unit::WorkingHours] {
            assert_eq!(Unit::from_code(unit.code()), Some(unit));
        }
        assert_eq!(Unit::WorkingDays.code(), "working_days");
        assert_eq!(Unit::from_code("calendar_days"), Some(Unit::CalendarDays));
        assert_eq!(Unit::from_code("working_hours"), Some(Unit::WorkingHours));
        assert_eq!(Unit::from_code("days"), None);
        assert_eq!(Unit::from_code("Working_Days"), None);
    }

    /// Every day of 2026 at 10:00 and 18:00, five working days and fifteen calendar days,
    /// with and without a pause of a length drawn from the day.
    #[test]
    fn every_day_of_2026() {
        let cal = town();
        let mut checked = 0;
        for allowance in [EMAIL, LETTER] {
            let mut previous_due = None;
            for (day, date) in d(2026, 1, 1)
                .iter_days()
                .take_while(|date| *date <= d(2026, 12, 31))
                .enumerate()
            {
                for hour in [10, 18] {
                    let received = paris(date, t(hour, 0));
                    let label = format!("{allowance:?} received {received}");
                    let due = due_of(clock(&cal, received, allowance, &[]));
                    let budget = budget(&cal, received, allowance).unwrap();

                    let due_on = due_date(due);
                    assert!(due > received, "{label}");
                    assert!(weekday_index(due_on) < 5, "{label}: due on a weekend");
                    assert_eq!(holiday_on(due_on, false), None, "{label}");
                    assert_eq!(
                        cal.intervals(due_on).last().map(|i| i.1),
                        Some(due),
                        "{label}: the closing time"
                    );
                    assert_eq!(open_time_between(&cal, received, due), budget, "{label}");
                    match allowance.unit {
                        Unit::WorkingDays => {
                            let open_dates = date
                                .iter_days()
                                .skip(1)
                                .take_while(|x| *x <= due_on)
                                .filter(|x| !cal.intervals(*x).is_empty())
                                .count();
                            assert_eq!(open_dates, 5, "{label}");
                        }
                        _ => {
                            let nominal = date + Duration::days(15);
                            assert!(due_on >= nominal, "{label}");
                            assert!(
                                nominal
                                    .iter_days()
                                    .take_while(|x| *x < due_on)
                                    .all(|x| cal.intervals(x).is_empty()),
                                "{label}: moved past an open date"
                            );
                        }
                    }
                    let warn = warn_at(&cal, due).unwrap();
                    let between = due_date(warn)
                        .iter_days()
                        .skip(1)
                        .take_while(|x| *x < due_on)
                        .filter(|x| !cal.intervals(*x).is_empty())
                        .count();
                    assert_eq!(between, 1, "{label}: warned {warn}");
                    assert_eq!(cal.intervals(due_date(warn))[0].0, warn, "{label}");
                    if let Some(previous) = previous_due {
                        assert!(due >= previous, "{label}: earlier than the day before");
                    }
                    previous_due = Some(due);
                    checked += 1;

                    let from = received + Duration::hours((day % 7 * 11) as i64);
                    let until = from + Duration::hours((day % 5 * 13 + 1) as i64);
                    let pause_of_the_day = Pause {
                        from,
                        until: Some(until),
                    };
                    let due_paused = due_of(clock(&cal, received, allowance, &[pause_of_the_day]));
                    let paused_time = open_time_between(&cal, from, until.min(due_paused));
                    assert!(due_paused >= due, "{label}");
                    assert_eq!(
                        open_time_between(&cal, received, due_paused) - paused_time,
                        budget,
                        "{label} paused {from}–{until}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked >= 200, "{checked} cases");
    }

    /// Working hours from every day of 2026 at a time that walks around the clock: the
    /// open time to the due instant is the allowance, in Alsace-Moselle too.
    #[test]
    fn working_hours_all_year() {
        let mut checked = 0;
        for cal in [town(), alsace(), saturdays()] {
            for (day, date) in d(2026, 1, 1)
                .iter_days()
                .take_while(|date| *date <= d(2026, 12, 31))
                .enumerate()
            {
                let received = paris(date, t(5 + (day % 15) as u32, (day % 4 * 15) as u32));
                let hours = 1 + (day % 40) as u16;
                let due = due_of(clock(&cal, received, working_hours(hours), &[]));
                assert_eq!(
                    open_time_between(&cal, received, due),
                    Duration::hours(i64::from(hours)),
                    "{received} + {hours} h"
                );
                assert!(
                    cal.intervals(due_date(due))
                        .iter()
                        .any(|(opens, closes)| *opens < due && due <= *closes),
                    "{received} + {hours} h: due within an opening"
                );
                checked += 1;
            }
        }
        assert!(checked >= 200, "{checked} cases");
    }

    /// The clock against a minute-by-minute count, with several overlapping pauses,
    /// sometimes one before receipt and sometimes one still open.
    #[test]
    fn pauses_against_a_minute_count() {
        let cal = town();
        let mut days: HashMap<NaiveDate, Vec<Interval>> = HashMap::new();
        let mut is_open = |at: DateTime<Utc>| {
            days.entry(paris_date(at))
                .or_insert_with(|| open_intervals_utc(&cal.weekly, paris_date(at), &[], false))
                .iter()
                .any(|(opens, closes)| *opens <= at && at < *closes)
        };
        let mut checked = 0;
        for (i, date) in d(2026, 1, 2).iter_days().step_by(5).take(75).enumerate() {
            let i = i as i64;
            let received = paris(date, t(7 + (i % 12) as u32, (i % 4 * 15) as u32));
            let allowance = [working_days(3), NOTARY, working_hours(10)][(i % 3) as usize];
            let hours = Duration::hours;
            let mut pauses = vec![
                Pause {
                    from: received + hours(i % 9 * 5 - 10),
                    until: Some(received + hours(i % 9 * 5 + i % 6 * 7)),
                },
                Pause {
                    from: received + hours(30 + i % 4 * 3),
                    until: Some(received + hours(40 + i % 7 * 9)),
                },
                Pause {
                    from: received + hours(35 + i % 5 * 2),
                    until: Some(received + hours(50 + i % 3 * 20)),
                },
            ];
            if i % 4 == 0 {
                pauses.push(Pause {
                    from: received + hours(60 + i % 10 * 5),
                    until: None,
                });
            }
            // Unordered, as they may come from the store.
            pauses.reverse();
            let budget = budget(&cal, received, allowance).unwrap();
            let mut left = budget.num_minutes();
            let mut at = received;
            let expected = loop {
                let paused = pauses
                    .iter()
                    .any(|p| p.from <= at && p.until.is_none_or(|until| at < until));
                if paused && pauses.iter().any(|p| p.until.is_none() && p.from <= at) {
                    break Clock::Paused {
                        remaining: Duration::minutes(left),
                    };
                }
                if !paused && is_open(at) {
                    left -= 1;
                }
                at += Duration::minutes(1);
                if left == 0 {
                    break Clock::Running { due: at };
                }
            };
            assert_eq!(
                clock(&cal, received, allowance, &pauses),
                Ok(expected),
                "{allowance:?} received {received}, pauses {pauses:?}"
            );
            checked += 1;
        }
        assert!(checked >= 70, "{checked} cases");
    }
}
