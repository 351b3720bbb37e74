//! What the counsellors' agenda shows.

use crate::components::fields::Choice;
use crate::staff::Me;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

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
    pub me: Me,
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

impl AgendaParams {
    /// `/agent/rendez-vous?…` for these choices, to come back to after an action.
    pub fn url(&self, site: &str, day: NaiveDate, week: bool, agent: Option<&str>) -> String {
        let mut url = format!(
            "/agent/rendez-vous?lieu={site}&jour={}",
            day.format("%Y-%m-%d")
        );
        if week {
            url.push_str("&vue=semaine");
        }
        if let Some(a) = agent.filter(|a| !a.is_empty()) {
            url.push_str(&format!("&agent={a}"));
        }
        url
    }
}

/// Only our own agenda pages are places to go back to after an action.
pub fn safe_return(url: &str) -> &str {
    if url.starts_with("/agent/rendez-vous") && !url.contains("//") && !url.contains('\\') {
        url
    } else {
        "/agent/rendez-vous"
    }
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
