//! What the desk page shows and what its forms post.

use crate::components::fields::Choice;
use crate::queue::model::Status;
use crate::queue::order::Priority;
use crate::staff::model::Me;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The desk page, the one place its forms go back to.
pub const PAGE: &str = "/agent/file";

/// The value of the common queue in the desk's `file` choice (else a service's slug).
pub const COMMON_QUEUE: &str = "commune";

/// A note for the next desk is at most this long.
pub const MAX_NOTE: usize = 500;

/// The desk's query string.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeskParams {
    pub lieu: Option<String>,
    pub guichet: Option<String>,
    pub file: Option<String>,
}

impl DeskParams {
    pub fn url(site: &str, desk: Option<&str>, queue: &str) -> String {
        let mut url = format!("{PAGE}?lieu={site}&file={queue}");
        if let Some(d) = desk {
            url.push_str(&format!("&guichet={d}"));
        }
        url
    }
}

/// The visitor in front of the counsellor (or set aside by them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Visitor {
    pub id: i32,
    pub code: String,
    pub status: Status,
    pub call_count: i32,
    pub motif: String,
    /// The motif's slug: the link to its procedure sheet.
    pub motif_slug: Option<String>,
    pub service: String,
    pub language: String,
    pub priority: Priority,
    pub arrival_at: DateTime<Utc>,
    pub called_at: Option<DateTime<Utc>>,
    pub transfer_note: Option<String>,
    /// The appointment's resident, when the ticket came from a check-in.
    pub appointment_of: Option<String>,
}

/// One waiting visitor in the desk's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueRow {
    pub code: String,
    pub motif: String,
    pub language: String,
    pub priority: Priority,
    pub arrival_at: DateTime<Utc>,
    /// Empty for the common queue, else the service's name.
    pub queue: String,
    /// The named expert it was transferred to.
    pub for_agent: Option<String>,
    pub appointment_at: Option<DateTime<Utc>>,
    /// Would "call next" from this desk's queue take it?
    pub callable: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskView {
    pub me: Me,
    pub site: String,
    pub sites: Vec<Choice>,
    pub desks: Vec<Choice>,
    pub desk: Option<String>,
    /// `commune` or a service's slug.
    pub queue: String,
    pub queues: Vec<Choice>,
    pub current: Option<Visitor>,
    pub aside: Vec<Visitor>,
    pub waiting: Vec<QueueRow>,
    pub max_calls: i32,
    /// Transfer targets: services (by id) and experts (by id).
    pub services: Vec<Choice>,
    pub experts: Vec<Choice>,
    /// Motifs by service, for a ticket issued at the desk.
    pub motifs: Vec<(String, Vec<Choice>)>,
    pub now: DateTime<Utc>,
    /// The stamp of the site's live board when this view was read: the stream's first
    /// event, if it carries the same, needs no reload.
    pub stamp: Option<String>,
}

/// "Appeler le suivant" from a desk and a queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallForm {
    #[serde(rename = "lieu")]
    pub site: String,
    #[serde(rename = "guichet", deserialize_with = "crate::forms::number")]
    pub desk: i32,
    #[serde(rename = "file")]
    pub queue: String,
    #[serde(rename = "retour")]
    pub back: String,
}

/// What a one-button form does to the visitor in front of the counsellor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Call again (the screen announces it once more).
    #[serde(rename = "rappeler")]
    Recall,
    /// Nobody came after enough calls.
    #[serde(rename = "absent")]
    NoShow,
    /// The visitor is at the desk.
    #[serde(rename = "commencer")]
    Start,
    /// Set aside while the visitor fetches a document.
    #[serde(rename = "mettre-de-cote")]
    SetAside,
    #[serde(rename = "reprendre")]
    Resume,
}

impl Step {
    /// As posted, e.g. `rappeler`.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Recall => "rappeler",
            Step::NoShow => "absent",
            Step::Start => "commencer",
            Step::SetAside => "mettre-de-cote",
            Step::Resume => "reprendre",
        }
    }
}

/// Recall, absent, start, set aside, resume.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub id: i32,
    pub action: Step,
    #[serde(rename = "retour")]
    pub back: String,
}

/// A visitor sent to a service's queue, or to one of its experts, with a note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransferForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub id: i32,
    /// `None`: no service chosen.
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub service: Option<i32>,
    /// `None`: anyone of the service.
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub expert: Option<i32>,
    pub note: String,
    #[serde(rename = "retour")]
    pub back: String,
}

/// The end of a visit, with its outcome (`handled` or `follow_up`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CloseForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub id: i32,
    pub outcome: String,
    pub note: String,
    #[serde(rename = "retour")]
    pub back: String,
}

/// A ticket issued at the desk for a walk-in or a caller.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IssueForm {
    #[serde(rename = "lieu")]
    pub site: String,
    /// `None`: no motif chosen.
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub motif: Option<i32>,
    #[serde(rename = "priorite")]
    pub priority: String,
    /// The visitor's language, a BCP 47 tag.
    #[serde(rename = "langue")]
    pub language: String,
    #[serde(rename = "retour")]
    pub back: String,
}

/// Only the desk's own page is a place to go back to after an action.
pub fn safe_return(url: &str) -> String {
    crate::components::back::within(url, PAGE)
}

/// `url` with `erreur=<id>` (replacing an earlier one).
pub fn with_error(url: &str, id: &str) -> String {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let mut parts: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("erreur="))
        .collect();
    let error = format!("erreur={id}");
    parts.push(&error);
    format!("{path}?{}", parts.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_desk_is_a_place_to_return_to() {
        assert_eq!(safe_return("/agent/file?lieu=x"), "/agent/file?lieu=x");
        assert_eq!(safe_return("https://evil.example"), "/agent/file");
        assert_eq!(safe_return("/agent/file//evil"), "/agent/file");
    }

    #[test]
    fn a_step_posts_the_name_it_is_read_by() {
        for step in [
            Step::Recall,
            Step::NoShow,
            Step::Start,
            Step::SetAside,
            Step::Resume,
        ] {
            let posted = serde_json::to_string(&step).unwrap();
            assert_eq!(posted, format!("\"{}\"", step.as_str()));
        }
    }

    #[test]
    fn an_error_replaces_the_previous_one() {
        assert_eq!(
            with_error("/agent/file?lieu=x&erreur=a", "b"),
            "/agent/file?lieu=x&erreur=b"
        );
        assert_eq!(with_error("/agent/file", "b"), "/agent/file?erreur=b");
    }
}
