//! The slot engine: which appointment times are really free. Pure (no I/O), so the same
//! rules serve the resident's booking pages, the counsellor booking for someone on the
//! phone, and the waitlist. All instants are UTC; wall-clock rules (opening hours, agents'
//! hours) are materialised per date in Europe/Paris by `calendar::hours`.

use crate::calendar::hours::{Closure, WeeklyHours, open_intervals_utc};
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// A half-open span of time `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl Interval {
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Interval {
        Interval { start, end }
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn contains(&self, other: &Interval) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// One agent as the engine sees them for one motif at one site.
#[derive(Clone, Debug)]
pub struct AgentAvailability {
    pub agent_id: i32,
    /// Working hours at this site, per weekday.
    pub weekly: WeeklyHours,
    pub absences: Vec<Interval>,
    /// Appointments already booked and slots held for the waitlist, each already
    /// lengthened by its own buffer.
    pub busy: Vec<Interval>,
    /// Whether the agent has the skill for the motif asked.
    pub skilled: bool,
}

/// What is asked: a motif at a site, over a range of dates.
#[derive(Clone, Debug)]
pub struct SlotQuery<'a> {
    pub site_hours: &'a WeeklyHours,
    pub closures: &'a [Closure],
    pub alsace_moselle: bool,
    /// Length of the appointment.
    pub duration: Duration,
    /// Time the agent needs after it (notes, filing) before the next one.
    pub buffer: Duration,
    /// No slot starts sooner than this after `now`.
    pub min_delay: Duration,
    /// No slot on a date further than this many days after `now`'s date.
    pub max_delay_days: i64,
    pub now: DateTime<Utc>,
    /// First and last date (Paris) to look at, both included.
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A free slot, with the agents who could take it (its remaining capacity).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub agents: Vec<i32>,
}

/// One agent on one date, as the slot loop needs them.
struct DayAgent {
    id: i32,
    hours: Vec<Interval>,
    /// Absences and busy times (with buffers) that touch the day.
    blocked: Vec<Interval>,
}

/// Every free slot of the query, earliest first. Slots follow a grid from each opening
/// range's start, one appointment plus its buffer apart, so that a day fills without gaps.
pub fn free_slots(query: &SlotQuery<'_>, agents: &[AgentAvailability]) -> Vec<Slot> {
    let mut slots = Vec::new();
    if query.duration <= Duration::zero() {
        return slots;
    }
    let step = query.duration + query.buffer.max(Duration::zero());
    let earliest = query.now + query.min_delay;
    let today = crate::calendar::paris_today(query.now);
    let last_date = query.to.min(today + Duration::days(query.max_delay_days));
    let skilled: Vec<&AgentAvailability> = agents.iter().filter(|a| a.skilled).collect();
    let mut date = query.from;
    while date <= last_date {
        let site_open =
            open_intervals_utc(query.site_hours, date, query.closures, query.alsace_moselle);
        if !site_open.is_empty() {
            // Each agent's working intervals, absences and busy times that day, narrowed
            // once so that the per-slot checks look at a handful of intervals.
            let day_span = Interval::new(
                site_open[0].0 - Duration::hours(12),
                site_open[site_open.len() - 1].1 + Duration::hours(12),
            );
            let working: Vec<DayAgent> = skilled
                .iter()
                .map(|a| DayAgent {
                    id: a.agent_id,
                    hours: open_intervals_utc(
                        &a.weekly,
                        date,
                        query.closures,
                        query.alsace_moselle,
                    )
                    .into_iter()
                    .map(|(s, e)| Interval::new(s, e))
                    .collect(),
                    blocked: a
                        .absences
                        .iter()
                        .chain(a.busy.iter())
                        .filter(|b| b.overlaps(&day_span))
                        .copied()
                        .collect(),
                })
                .filter(|a| !a.hours.is_empty())
                .collect();
            for (open, close) in site_open {
                let mut start = open;
                while start + query.duration <= close {
                    let slot = Interval::new(start, start + query.duration);
                    // The agent must also be free during the buffer that follows.
                    let with_buffer = Interval::new(start, start + step);
                    if start >= earliest {
                        let free: Vec<i32> = working
                            .iter()
                            .filter(|a| {
                                a.hours.iter().any(|h| h.contains(&slot))
                                    && !a.blocked.iter().any(|b| b.overlaps(&with_buffer))
                            })
                            .map(|a| a.id)
                            .collect();
                        if !free.is_empty() {
                            slots.push(Slot {
                                start: slot.start,
                                end: slot.end,
                                agents: free,
                            });
                        }
                    }
                    start += step;
                }
            }
        }
        date += Duration::days(1);
    }
    slots
}

/// The free slots nearest to `wanted` (before or after), at most `count`: what a resident
/// is offered when the slot they chose was just taken.
pub fn nearest(slots: &[Slot], wanted: DateTime<Utc>, count: usize) -> Vec<Slot> {
    let mut by_distance: Vec<&Slot> = slots.iter().collect();
    by_distance.sort_by_key(|s| ((s.start - wanted).num_seconds().abs(), s.start));
    let mut chosen: Vec<Slot> = by_distance.into_iter().take(count).cloned().collect();
    chosen.sort_by_key(|s| s.start);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::hours::TimeRange;

    use crate::calendar::testing::{d, t, utc};
    /// (weekday, opens (h, m), closes (h, m))
    type Range = (u8, (u32, u32), (u32, u32));

    fn hours(ranges: &[Range]) -> WeeklyHours {
        let mut w = WeeklyHours::default();
        for (day, (oh, om), (ch, cm)) in ranges {
            w.add(*day, TimeRange::new(t(*oh, *om), t(*ch, *cm)).unwrap());
        }
        w
    }
    /// Monday to Friday 09:00–12:00 and 14:00–17:00.
    fn office() -> WeeklyHours {
        let mut v = Vec::new();
        for day in 0..5 {
            v.push((day, (9, 0), (12, 0)));
            v.push((day, (14, 0), (17, 0)));
        }
        hours(&v)
    }
    fn agent(id: i32, weekly: WeeklyHours) -> AgentAvailability {
        AgentAvailability {
            agent_id: id,
            weekly,
            absences: vec![],
            busy: vec![],
            skilled: true,
        }
    }
    fn query<'a>(site: &'a WeeklyHours, closures: &'a [Closure], day: NaiveDate) -> SlotQuery<'a> {
        SlotQuery {
            site_hours: site,
            closures,
            alsace_moselle: false,
            duration: Duration::minutes(30),
            buffer: Duration::zero(),
            min_delay: Duration::zero(),
            max_delay_days: 60,
            now: utc("2026-11-01T00:00:00Z"),
            from: day,
            to: day,
        }
    }

    #[test]
    fn a_plain_day_fills_the_grid_and_never_crosses_lunch() {
        let site = office();
        // Monday 23 November 2026, winter time (UTC+1).
        let slots = free_slots(&query(&site, &[], d(2026, 11, 23)), &[agent(1, office())]);
        assert_eq!(slots.len(), 12);
        assert_eq!(slots[0].start, utc("2026-11-23T08:00:00Z"));
        assert_eq!(
            slots[5].end,
            utc("2026-11-23T11:00:00Z"),
            "the last morning slot ends at 12:00"
        );
        assert_eq!(
            slots[6].start,
            utc("2026-11-23T13:00:00Z"),
            "the afternoon starts at 14:00"
        );
    }

    #[test]
    fn buffers_space_the_grid() {
        let site = office();
        let mut q = query(&site, &[], d(2026, 11, 23));
        q.duration = Duration::minutes(45);
        q.buffer = Duration::minutes(15);
        let slots = free_slots(&q, &[agent(1, office())]);
        assert_eq!(slots.len(), 6);
        assert_eq!(slots[1].start, utc("2026-11-23T09:00:00Z"));
    }

    #[test]
    fn holidays_closures_and_weekends_have_no_slot() {
        let site = office();
        let everyone = [agent(1, office())];
        assert!(free_slots(&query(&site, &[], d(2026, 12, 25)), &everyone).is_empty());
        assert!(free_slots(&query(&site, &[], d(2026, 11, 28)), &everyone).is_empty());
        let closed = [Closure {
            starts_on: d(2026, 11, 23),
            ends_on: d(2026, 11, 24),
        }];
        assert!(free_slots(&query(&site, &closed, d(2026, 11, 24)), &everyone).is_empty());
    }

    #[test]
    fn minimum_and_maximum_delays() {
        let site = office();
        let mut q = query(&site, &[], d(2026, 11, 23));
        q.now = utc("2026-11-23T08:10:00Z"); // 09:10 in Paris
        q.min_delay = Duration::hours(2);
        let slots = free_slots(&q, &[agent(1, office())]);
        assert_eq!(
            slots[0].start,
            utc("2026-11-23T10:30:00Z"),
            "not before 11:10: the 11:30 slot"
        );
        q.max_delay_days = 0;
        q.to = d(2026, 11, 30);
        let slots = free_slots(&q, &[agent(1, office())]);
        assert!(slots.iter().all(|s| s.start < utc("2026-11-24T00:00:00Z")));
    }

    #[test]
    fn capacity_is_the_number_of_free_skilled_agents() {
        let site = office();
        let q = query(&site, &[], d(2026, 11, 23));
        let nine = Interval::new(utc("2026-11-23T08:00:00Z"), utc("2026-11-23T08:30:00Z"));
        let mut a = agent(1, office());
        let mut b = agent(2, office());
        let unskilled = AgentAvailability {
            skilled: false,
            ..agent(3, office())
        };
        let slots = free_slots(&q, &[a.clone(), b.clone(), unskilled.clone()]);
        assert_eq!(slots[0].agents, vec![1, 2]);
        a.busy.push(nine);
        let slots = free_slots(&q, &[a.clone(), b.clone(), unskilled.clone()]);
        assert_eq!(slots[0].agents, vec![2]);
        b.busy.push(nine);
        let slots = free_slots(&q, &[a, b, unskilled]);
        assert_eq!(slots[0].start, utc("2026-11-23T08:30:00Z"), "09:00 is full");
    }

    #[test]
    fn a_buffer_keeps_the_agent_from_starting_straight_after() {
        let site = office();
        let mut q = query(&site, &[], d(2026, 11, 23));
        q.buffer = Duration::minutes(10);
        let mut a = agent(1, office());
        // Booked 09:40–10:10 plus its own 10-minute buffer: busy until 10:20 (Paris).
        a.busy.push(Interval::new(
            utc("2026-11-23T08:40:00Z"),
            utc("2026-11-23T09:20:00Z"),
        ));
        let starts: Vec<_> = free_slots(&q, &[a]).into_iter().map(|s| s.start).collect();
        // Grid of 40 minutes from 09:00: 09:00, 09:40, 10:20…; 09:00 needs 09:00–09:40 free.
        assert!(starts.contains(&utc("2026-11-23T08:00:00Z")));
        assert!(!starts.contains(&utc("2026-11-23T08:40:00Z")));
        assert!(starts.contains(&utc("2026-11-23T09:20:00Z")));
    }

    #[test]
    fn absences_and_working_hours_limit_an_agent() {
        let site = office();
        let q = query(&site, &[], d(2026, 11, 23));
        let mornings_only = hours(&[(0, (9, 0), (12, 0))]);
        let slots = free_slots(&q, &[agent(1, mornings_only)]);
        assert_eq!(slots.len(), 6);
        let mut away = agent(2, office());
        away.absences.push(Interval::new(
            utc("2026-11-23T00:00:00Z"),
            utc("2026-11-23T12:00:00Z"),
        ));
        // Away until 13:00 Paris: the morning is gone, the afternoon is whole.
        let slots = free_slots(&q, &[away]);
        assert_eq!(slots.len(), 6);
        assert_eq!(slots[0].start, utc("2026-11-23T13:00:00Z"));
    }

    #[test]
    fn the_spring_change_has_one_hour_less() {
        // Open on Sundays 01:00–05:00 (wall clock): on 29 March 2026 that is three real
        // hours, so three one-hour slots, the second at 03:00 summer time.
        let night = hours(&[(6, (1, 0), (5, 0))]);
        let mut q = query(&night, &[], d(2026, 3, 29));
        q.now = utc("2026-03-01T00:00:00Z");
        q.duration = Duration::hours(1);
        let slots = free_slots(&q, &[agent(1, night.clone())]);
        let starts: Vec<_> = slots.iter().map(|s| s.start).collect();
        assert_eq!(
            starts,
            vec![
                utc("2026-03-29T00:00:00Z"),
                utc("2026-03-29T01:00:00Z"),
                utc("2026-03-29T02:00:00Z")
            ]
        );
    }

    #[test]
    fn the_autumn_change_has_one_hour_more() {
        let night = hours(&[(6, (1, 0), (5, 0))]);
        let mut q = query(&night, &[], d(2026, 10, 25));
        q.now = utc("2026-10-01T00:00:00Z");
        q.duration = Duration::hours(1);
        let slots = free_slots(&q, &[agent(1, night.clone())]);
        assert_eq!(slots.len(), 5);
        assert_eq!(slots[0].start, utc("2026-10-24T23:00:00Z"));
        assert_eq!(slots[4].end, utc("2026-10-25T04:00:00Z"));
    }

    #[test]
    fn ordinary_days_around_the_changes_keep_their_offsets() {
        let site = office();
        let on = |day| {
            let mut q = query(&site, &[], day);
            q.now = utc("2026-01-01T00:00:00Z");
            q.max_delay_days = 365;
            free_slots(&q, &[agent(1, office())])
        };
        let before = on(d(2026, 3, 27));
        let after = on(d(2026, 3, 30));
        assert_eq!(before[0].start, utc("2026-03-27T08:00:00Z"));
        assert_eq!(after[0].start, utc("2026-03-30T07:00:00Z"));
        let before = on(d(2026, 10, 23));
        let after = on(d(2026, 10, 26));
        assert_eq!(before[0].start, utc("2026-10-23T07:00:00Z"));
        assert_eq!(after[0].start, utc("2026-10-26T08:00:00Z"));
    }

    #[test]
    fn nearest_slots_surround_the_one_that_was_taken() {
        let site = office();
        let slots = free_slots(&query(&site, &[], d(2026, 11, 23)), &[agent(1, office())]);
        let wanted = utc("2026-11-23T10:00:00Z");
        let near = nearest(&slots, wanted, 3);
        let starts: Vec<_> = near.iter().map(|s| s.start).collect();
        assert_eq!(
            starts,
            vec![
                utc("2026-11-23T09:30:00Z"),
                utc("2026-11-23T10:00:00Z"),
                utc("2026-11-23T10:30:00Z")
            ]
        );
    }
}
