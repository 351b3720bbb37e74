//! What the whole queue shares, the same on the server and in the browser: a ticket's
//! status and outcome, the board a site's live stream carries, and a site's settings.

use super::estimate::{Pace, WaitBand};
use super::order::Weights;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where a ticket is in its life.
pub use crate::statuses::TicketStatus as Status;

/// "Your turn is near" goes out when this many visitors, or fewer, are ahead.
pub const NEAR_TURN_AHEAD: usize = 3;

/// How a visit at the desk ended. Stored in the ticket's and the contact's `outcome`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Handled at the desk, nothing more to do.
    Handled,
    /// Sent on to a service or an expert.
    Transferred,
    /// Needs a follow-up (a request to open, a call back).
    FollowUp,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Handled => "handled",
            Outcome::Transferred => "transferred",
            Outcome::FollowUp => "follow_up",
        }
    }

    /// The ones a counsellor picks when closing; a transfer has its own form.
    pub fn closing(s: &str) -> Option<Outcome> {
        [Outcome::Handled, Outcome::FollowUp]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

/// The number shown and called: the service's letter and the day's number, `A001`.
pub fn ticket_code(letter: &str, number: i32) -> String {
    format!("{letter}{number:03}")
}

/// One call shown on the waiting-room screen.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ScreenCall {
    /// Changes with every call and recall of the ticket: the screen announces a call once.
    pub key: String,
    pub code: String,
    pub desk: String,
    pub called_at: DateTime<Utc>,
    /// What the screen says aloud: French first, then the ticket's language if another.
    pub speech: Vec<Speech>,
}

/// A sentence to speak, with the BCP 47 tag of its voice.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Speech {
    pub lang: String,
    pub text: String,
}

/// The wait for one service family (its ticket letter) as a newcomer would have it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FamilyWait {
    pub letter: String,
    /// Slug of the service: its name is the Fluent message `service-<slug>`.
    pub service: String,
    pub waiting: u32,
    pub wait: WaitBand,
}

/// Everything a site's live stream carries: the screen's content, and a stamp that changes
/// whenever anything in the queue does (the desk and ticket pages reload on it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    pub site: String,
    pub site_name: String,
    pub stamp: String,
    pub calls: Vec<ScreenCall>,
    pub waits: Vec<FamilyWait>,
    pub waiting: u32,
    /// How fast the queue moves now (for a ticket's own estimate).
    pub pace: Pace,
}

/// The path of a site's live stream (server-sent events of [`Board`]).
pub fn live_path(site_slug: &str) -> String {
    format!("/direct/file/{site_slug}")
}

/// A site's queue settings: the head start of each priority and how many calls make a
/// visitor absent. Kept as one JSON value per site in the `setting` table, so a town
/// changes them from the administration pages without a migration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QueueSettings {
    pub weights: Weights,
    /// "Absent" is offered once the visitor has been called this many times.
    pub max_calls: i32,
}

impl Default for QueueSettings {
    fn default() -> Self {
        QueueSettings {
            weights: Weights::default(),
            max_calls: 3,
        }
    }
}

impl QueueSettings {
    pub const MAX_CALLS_RANGE: std::ops::RangeInclusive<i32> = 1..=9;

    pub fn key(site_id: i32) -> String {
        format!("queue.site.{site_id}")
    }

    /// The stored settings, or the defaults (also when the stored text no longer parses).
    pub fn parse(stored: Option<&str>) -> QueueSettings {
        stored
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_letter_and_three_digits() {
        assert_eq!(ticket_code("A", 1), "A001");
        assert_eq!(ticket_code("U", 42), "U042");
        assert_eq!(ticket_code("E", 1234), "E1234");
    }

    #[test]
    fn statuses_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("lost"), None);
        assert!(Status::Aside.is_open() && !Status::Done.is_open());
        assert!(Status::Transferred.is_queued() && !Status::Called.is_queued());
    }

    #[test]
    fn only_handled_and_follow_up_close_a_visit() {
        assert_eq!(Outcome::closing("handled"), Some(Outcome::Handled));
        assert_eq!(Outcome::closing("follow_up"), Some(Outcome::FollowUp));
        assert_eq!(Outcome::closing("transferred"), None);
    }

    #[test]
    fn missing_or_broken_settings_give_the_defaults() {
        assert_eq!(QueueSettings::parse(None), QueueSettings::default());
        assert_eq!(
            QueueSettings::parse(Some("{oops")),
            QueueSettings::default()
        );
    }

    #[test]
    fn partial_settings_keep_the_other_defaults() {
        let s = QueueSettings::parse(Some(r#"{"max_calls":2}"#));
        assert_eq!(s.max_calls, 2);
        assert_eq!(s.weights, Weights::default());
    }
}
