//! What the interpreters' page and the panel's request box receive, and the interpreters'
//! addresses and rules of display.

use crate::components::fields::Choice;
use crate::staff::Me;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// `/agent/interpretation/interpretes`
pub const PATH: &str = "/agent/interpretation/interpretes";
/// The live stream telling interpreters' pages that requests changed.
pub const STREAM: &str = "/direct/interpretation/demandes";

/// How far ahead the page lists appointments needing an interpreter.
pub const DAYS_AHEAD: i64 = 14;

/// A request less old than this is announced as new.
pub const FRESH_MINUTES: i64 = 3;

/// Where a request for an interpreter stands; stored as its text (`open`…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestStatus {
    Open,
    Accepted,
    Cancelled,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Open => "open",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<RequestStatus> {
        [
            RequestStatus::Open,
            RequestStatus::Accepted,
            RequestStatus::Cancelled,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// A request for an interpreter, as the page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestRow {
    pub id: i32,
    pub language: String,
    pub place: String,
    pub requested_by: String,
    pub created_at: DateTime<Utc>,
    pub status: RequestStatus,
    pub accepted_by: Option<String>,
    /// Made by the signed-in agent: they may cancel it.
    pub mine: bool,
    /// The signed-in agent is an interpreter who speaks the language.
    pub can_accept: bool,
    /// Interpreters on duty now who speak the language.
    pub on_duty: Vec<String>,
    pub fresh: bool,
}

/// An upcoming appointment needing an interpreter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppointmentRow {
    pub id: i32,
    pub starts_at: DateTime<Utc>,
    pub site: String,
    pub motif: String,
    pub language: String,
    pub interpreter: Option<String>,
    /// Interpreters who speak the language and are free then (the assigned one included).
    pub candidates: Vec<Choice>,
    pub assigned_to: Option<i32>,
    /// Given to the signed-in agent.
    pub mine: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterpretersView {
    pub me: Me,
    pub is_interpreter: bool,
    /// The languages the signed-in agent speaks (names).
    pub my_languages: Vec<String>,
    pub requests: Vec<RequestRow>,
    pub appointments: Vec<AppointmentRow>,
    /// Counsellors, supervisors and administrators give interpreters to appointments.
    pub can_assign: bool,
}

/// The signed-in agent's request for the panel's language, if one is open or accepted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyRequest {
    pub id: i32,
    pub created_at: DateTime<Utc>,
    pub accepted_by: Option<String>,
    pub on_duty: Vec<String>,
}

/// Who is on duty for a request's language, as the page and the panel say it.
pub fn on_duty_text(names: &[String]) -> String {
    use crate::i18n::{args, t, t_with};
    if names.is_empty() {
        t("interpreters-nobody-on-duty")
    } else {
        t_with(
            "interpreters-on-duty",
            &args([("names", names.join(", ").into())]),
        )
    }
}

/// "J'y vais" on a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AcceptForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub id: i32,
}

/// The requester withdraws a request, from the panel or this page (`retour`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CancelForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub id: i32,
    #[serde(rename = "retour")]
    pub back: String,
}

/// An appointment given an interpreter (none: taken back).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssignForm {
    #[serde(rename = "rendez_vous", deserialize_with = "crate::forms::number")]
    pub appointment: i32,
    #[serde(
        rename = "interprete",
        default,
        deserialize_with = "crate::forms::optional_number"
    )]
    pub interpreter: Option<i32>,
}
