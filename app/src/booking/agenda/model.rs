//! What the counsellors' agenda and the desk's booking page show and post, and their
//! addresses.

use crate::booking::model::{ContactDraft, WeekOfSlots};
use crate::components::fields::Choice;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// `/agent/rendez-vous`
pub const AGENDA_PAGE: &str = "/agent/rendez-vous";
/// `/agent/rendez-vous/nouveau`
pub const DESK_BOOKING_PAGE: &str = "/agent/rendez-vous/nouveau";

/// Why the desk cancels (kept with the appointment).
pub const CANCEL_REASONS: [&str; 4] = ["resident-request", "agent-unavailable", "closure", "other"];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgendaRow {
    pub id: i32,
    pub reference: String,
    pub starts_at: DateTime<Utc>,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub motif_slug: String,
    pub motif_name: String,
    pub agent_name: Option<String>,
    pub status: crate::statuses::AppointmentStatus,
    pub language: String,
    pub interpreter: Option<String>,
    pub accessibility: Option<String>,
    pub note: Option<String>,
    /// Started: "no-show" makes sense now.
    pub started: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgendaDay {
    pub date: NaiveDate,
    pub rows: Vec<AgendaRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgendaView {
    pub sites: Vec<Choice>,
    pub site: String,
    pub agents: Vec<Choice>,
    pub agent: Option<String>,
    pub day: NaiveDate,
    pub week: bool,
    pub days: Vec<AgendaDay>,
}

/// The agenda's query string.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AgendaParams {
    pub lieu: Option<String>,
    pub jour: Option<String>,
    pub vue: Option<String>,
    pub agent: Option<String>,
}

/// `/agent/rendez-vous?…` for these choices, to come back to after an action.
pub fn agenda_url(site: &str, day: NaiveDate, week: bool, agent: Option<&str>) -> String {
    let mut url = format!("{AGENDA_PAGE}?lieu={site}&jour={}", day.format("%Y-%m-%d"));
    if week {
        url.push_str("&vue=semaine");
    }
    if let Some(a) = agent.filter(|a| !a.is_empty()) {
        url.push_str(&format!("&agent={a}"));
    }
    url
}

/// Only our own agenda pages are places to go back to after an action.
pub fn safe_return(url: &str) -> String {
    crate::components::back::within(url, AGENDA_PAGE)
}

/// An action on one appointment of the agenda ("arrivé", "absent").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeskForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub id: i32,
    /// The agenda page to go back to.
    #[serde(rename = "retour")]
    pub back: String,
}

/// Cancelling at the desk, with a reason from [`CANCEL_REASONS`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeskCancelForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub id: i32,
    #[serde(rename = "raison")]
    pub reason: String,
    #[serde(rename = "retour")]
    pub back: String,
}

/// The desk's booking page: any active motif (also those not offered online), any site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskBookingView {
    pub motifs: Vec<Choice>,
    pub sites: Vec<Choice>,
    pub motif: Option<String>,
    pub site: Option<String>,
    pub week: Option<WeekOfSlots>,
    pub starts_at: Option<DateTime<Utc>>,
    pub draft: ContactDraft,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeskBookingParams {
    pub motif: Option<String>,
    pub lieu: Option<String>,
    pub semaine: Option<String>,
    pub creneau: Option<String>,
    pub pris: Option<String>,
}

/// `/agent/rendez-vous/nouveau?motif=…&lieu=…`: the desk's booking page for a motif and a
/// site, to add a time or a week to.
pub fn desk_booking_url(motif: &str, site: &str) -> String {
    format!("{DESK_BOOKING_PAGE}?motif={motif}&lieu={site}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_return_only_to_the_agenda() {
        assert_eq!(
            safe_return("/agent/rendez-vous?jour=2026-11-24"),
            "/agent/rendez-vous?jour=2026-11-24"
        );
        assert_eq!(safe_return("https://evil.example/"), "/agent/rendez-vous");
        assert_eq!(
            safe_return("/agent/rendez-vous//evil.example"),
            "/agent/rendez-vous"
        );
        assert_eq!(safe_return("/agent/admin"), "/agent/rendez-vous");
    }
}
