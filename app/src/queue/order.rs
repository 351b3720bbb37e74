//! Who is called next: checked-in appointments that are due, then everyone else by arrival,
//! where a priority (disability, pregnancy, age, young children) counts as having arrived a
//! few minutes earlier. The head start is bounded, so an ordinary ticket that has waited
//! longer than the largest head start is never overtaken: nobody starves.
//! Pure: no clock, no database; the caller passes `now`.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// Why a visitor may go ahead. Stored as the `priority` column's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Priority {
    None,
    Disability,
    Pregnancy,
    Elderly,
    YoungChild,
}

impl Priority {
    pub const ALL: [Priority; 5] = [
        Priority::None,
        Priority::Disability,
        Priority::Pregnancy,
        Priority::Elderly,
        Priority::YoungChild,
    ];

    /// The priorities a visitor may declare, in the order the pages offer them.
    pub const DECLARED: [Priority; 4] = [
        Priority::Disability,
        Priority::Pregnancy,
        Priority::Elderly,
        Priority::YoungChild,
    ];

    /// As stored and posted, e.g. `young_child`.
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::None => "none",
            Priority::Disability => "disability",
            Priority::Pregnancy => "pregnancy",
            Priority::Elderly => "elderly",
            Priority::YoungChild => "young_child",
        }
    }

    /// Fluent id of the priority as visitors and counsellors read it.
    pub fn message_id(self) -> &'static str {
        match self {
            Priority::None => "queue-priority-none",
            Priority::Disability => "queue-priority-disability",
            Priority::Pregnancy => "queue-priority-pregnancy",
            Priority::Elderly => "queue-priority-elderly",
            Priority::YoungChild => "queue-priority-young-child",
        }
    }

    /// Unknown text reads as no priority: a bad row never jumps the queue.
    pub fn parse(s: &str) -> Priority {
        Priority::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .unwrap_or(Priority::None)
    }
}

/// Head start per priority, in minutes; configurable per site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weights {
    pub disability: u16,
    pub pregnancy: u16,
    pub elderly: u16,
    pub young_child: u16,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            disability: 20,
            pregnancy: 20,
            elderly: 15,
            young_child: 15,
        }
    }
}

impl Weights {
    /// The most a weight may be: beyond an hour it would amount to "always first".
    pub const MAX_MINUTES: u16 = 60;

    pub fn minutes(&self, priority: Priority) -> u16 {
        match priority {
            Priority::None => 0,
            Priority::Disability => self.disability,
            Priority::Pregnancy => self.pregnancy,
            Priority::Elderly => self.elderly,
            Priority::YoungChild => self.young_child,
        }
    }

    pub fn head_start(&self, priority: Priority) -> Duration {
        Duration::minutes(i64::from(self.minutes(priority).min(Self::MAX_MINUTES)))
    }
}

/// A checked-in appointment counts as due this long before its start: the counsellor can
/// take it as soon as they are free, rather than leave the resident waiting for the minute.
pub const APPOINTMENT_GRACE: Duration = Duration::minutes(5);

/// One visitor waiting to be called.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub id: i32,
    /// Kept through transfers: a transferred visitor does not start again at the back.
    pub arrival_at: DateTime<Utc>,
    pub priority: Priority,
    /// The start of the appointment this ticket came from, if it came from a check-in.
    pub appointment_at: Option<DateTime<Utc>>,
}

/// Sort key: lower is called first.
fn key(w: &Waiting, now: DateTime<Utc>, weights: &Weights) -> (u8, DateTime<Utc>, i32) {
    match w.appointment_at {
        Some(at) if at - APPOINTMENT_GRACE <= now => (0, at, w.id),
        // Early for their appointment: they wait like everyone, from their booked time
        // (or arrival, if later), and go first once it is due.
        Some(at) => (1, at.max(w.arrival_at), w.id),
        None => (1, w.arrival_at - weights.head_start(w.priority), w.id),
    }
}

/// The waiting visitors in the order they will be called.
pub fn order(mut waiting: Vec<Waiting>, now: DateTime<Utc>, weights: &Weights) -> Vec<Waiting> {
    waiting.sort_by_key(|w| key(w, now, weights));
    waiting
}

/// The one to call now, if anybody waits.
pub fn next(waiting: &[Waiting], now: DateTime<Utc>, weights: &Weights) -> Option<i32> {
    waiting
        .iter()
        .min_by_key(|w| key(w, now, weights))
        .map(|w| w.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(minute: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::minutes(minute)
    }

    fn walk_in(id: i32, minute: i64, priority: Priority) -> Waiting {
        Waiting {
            id,
            arrival_at: at(minute),
            priority,
            appointment_at: None,
        }
    }

    fn ids(list: Vec<Waiting>) -> Vec<i32> {
        list.into_iter().map(|w| w.id).collect()
    }

    #[test]
    fn ordinary_tickets_go_by_arrival() {
        let w = vec![
            walk_in(3, 7, Priority::None),
            walk_in(1, 1, Priority::None),
            walk_in(2, 4, Priority::None),
        ];
        assert_eq!(ids(order(w, at(10), &Weights::default())), [1, 2, 3]);
    }

    #[test]
    fn same_arrival_minute_goes_by_ticket() {
        let w = vec![walk_in(8, 1, Priority::None), walk_in(5, 1, Priority::None)];
        assert_eq!(ids(order(w, at(10), &Weights::default())), [5, 8]);
    }

    #[test]
    fn a_priority_goes_ahead_of_recent_arrivals_only() {
        let weights = Weights::default(); // disability: 20 minutes
        let w = vec![
            walk_in(1, 0, Priority::None), // waited 30 min when the priority arrives
            walk_in(2, 15, Priority::None), // waited 15 min
            walk_in(3, 30, Priority::Disability),
        ];
        assert_eq!(ids(order(w, at(31), &weights)), [1, 3, 2]);
    }

    #[test]
    fn a_stream_of_priority_visitors_never_starves_an_ordinary_ticket() {
        let weights = Weights::default();
        let max = i64::from(weights.disability.max(weights.pregnancy));
        // One ordinary visitor at 9:00, then a pregnant visitor every minute all morning.
        let mut waiting = vec![walk_in(1, 0, Priority::None)];
        let mut called_at = None;
        for minute in 1..240 {
            waiting.push(walk_in(100 + minute as i32, minute, Priority::Pregnancy));
            // One call every two minutes: the queue only grows.
            if minute % 2 == 0 {
                let id = next(&waiting, at(minute), &weights).unwrap();
                waiting.retain(|w| w.id != id);
                if id == 1 {
                    called_at = Some(minute);
                    break;
                }
            }
        }
        let called_at = called_at.expect("the ordinary visitor was called");
        assert!(called_at <= 2 * max + 2, "called after {called_at} minutes");
    }

    #[test]
    fn weights_are_per_priority_and_configurable() {
        let weights = Weights {
            disability: 0,
            pregnancy: 0,
            elderly: 45,
            young_child: 0,
        };
        let w = vec![
            walk_in(1, 0, Priority::None),
            walk_in(2, 10, Priority::Disability),
            walk_in(3, 40, Priority::Elderly),
        ];
        assert_eq!(ids(order(w, at(41), &weights)), [3, 1, 2]);
    }

    #[test]
    fn a_huge_weight_is_capped_at_an_hour() {
        let weights = Weights {
            disability: 600,
            ..Weights::default()
        };
        let w = vec![
            walk_in(1, 0, Priority::None),
            walk_in(2, 90, Priority::Disability),
        ];
        assert_eq!(ids(order(w, at(91), &weights)), [1, 2]);
    }

    #[test]
    fn a_due_appointment_goes_first_even_before_priorities() {
        let w = vec![
            walk_in(1, 0, Priority::None),
            walk_in(2, 1, Priority::Disability),
            Waiting {
                id: 3,
                arrival_at: at(25),
                priority: Priority::None,
                appointment_at: Some(at(30)),
            },
        ];
        // 9:26: the 9:30 appointment is due (five minutes' grace).
        assert_eq!(ids(order(w, at(26), &Weights::default())), [3, 2, 1]);
    }

    #[test]
    fn an_early_appointment_waits_like_everyone_until_it_is_due() {
        let appointment = Waiting {
            id: 3,
            arrival_at: at(0),
            priority: Priority::None,
            appointment_at: Some(at(60)),
        };
        let w = vec![
            appointment.clone(),
            walk_in(1, 5, Priority::None),
            walk_in(2, 10, Priority::None),
        ];
        assert_eq!(
            ids(order(w.clone(), at(15), &Weights::default())),
            [1, 2, 3]
        );
        assert_eq!(ids(order(w, at(56), &Weights::default())), [3, 1, 2]);
    }

    #[test]
    fn two_due_appointments_go_by_their_time() {
        let a = |id, minute| Waiting {
            id,
            arrival_at: at(0),
            priority: Priority::None,
            appointment_at: Some(at(minute)),
        };
        let w = vec![a(1, 30), a(2, 15)];
        assert_eq!(ids(order(w, at(40), &Weights::default())), [2, 1]);
    }

    #[test]
    fn a_transferred_visitor_keeps_the_original_arrival() {
        // Arrived at 9:00, transferred at 9:40: still ahead of someone who came at 9:20.
        let w = vec![
            walk_in(2, 20, Priority::None),
            walk_in(1, 0, Priority::None),
        ];
        assert_eq!(next(&w, at(40), &Weights::default()), Some(1));
    }

    #[test]
    fn nobody_waiting_means_nobody_to_call() {
        assert_eq!(next(&[], at(0), &Weights::default()), None);
    }

    #[test]
    fn priorities_round_trip_and_unknown_text_is_none() {
        for p in Priority::ALL {
            assert_eq!(Priority::parse(p.as_str()), p);
        }
        assert_eq!(Priority::parse("vip"), Priority::None);
    }
}
