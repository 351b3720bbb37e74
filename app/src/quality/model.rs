//! What the quality pages show: the filters as typed (kept in the URL), the figures of the
//! period and of the period before, a chart's series, breakdowns and comments.

use super::indicators::{Dimension, Figures, Key};
use super::period::{Period, Step};
use crate::statuses::Channel;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const PATH: &str = "/agent/pilotage";
pub const PRINT_PATH: &str = "/agent/pilotage/imprimer";
pub const RESULTS_PATH: &str = "/agent/pilotage/resultats";
pub const EXPORT_PATH: &str = "/agent/pilotage/export.csv";
pub const PUBLIC_PATH: &str = "/statistiques";

/// How many comments the page lists; the export has them all.
pub const COMMENTS_SHOWN: u64 = 50;

/// The filters as they travel in the URL: `du`, `au` (dates, `AAAA-MM-JJ`), `lieu`,
/// `service`, `agent` (ids) and `canal`. Empty means "all".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filters {
    #[serde(default)]
    pub du: String,
    #[serde(default)]
    pub au: String,
    #[serde(default)]
    pub lieu: String,
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub canal: String,
    #[serde(default)]
    pub agent: String,
}

impl Filters {
    /// The query string that reproduces them (for the print view and the export).
    pub fn query(&self) -> String {
        let pairs = [
            ("du", &self.du),
            ("au", &self.au),
            ("lieu", &self.lieu),
            ("service", &self.service),
            ("canal", &self.canal),
            ("agent", &self.agent),
        ];
        let kept: Vec<String> = pairs
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| format!("{k}={}", urlencoding(v.trim())))
            .collect();
        kept.join("&")
    }
}

/// Percent-encoding for the few characters a filter value may hold.
fn urlencoding(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Something to choose in a filter: its id and its name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub id: i32,
    pub name: String,
}

/// The filters understood: the period, and the slice with its names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chosen {
    pub period: Period,
    pub previous: Period,
    pub site: Option<i32>,
    pub service: Option<i32>,
    pub channel: Option<Channel>,
    pub agent: Option<i32>,
}

/// One bar of the charts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub step: Step,
    pub figures: Figures,
}

/// One row of a breakdown: its name and its figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub key: Key,
    pub name: String,
    pub figures: Figures,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    pub dimension: Dimension,
    pub rows: Vec<Row>,
}

/// A resident's comment, personal data masked, for supervisors only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub on: NaiveDate,
    pub site: Option<String>,
    pub channel: Channel,
    pub score: u8,
    pub language: String,
    pub text: String,
}

/// `/agent/pilotage`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PilotageView {
    pub filters: Filters,
    /// A Fluent id when the filters were refused (the default period is shown instead).
    pub refused: Option<String>,
    pub chosen: Chosen,
    pub sites: Vec<Named>,
    pub services: Vec<Named>,
    pub agents: Vec<Named>,
    pub current: Figures,
    pub before: Figures,
    pub series: Vec<Point>,
    pub breakdowns: Vec<Breakdown>,
    pub comments: Vec<Comment>,
    pub comments_total: u64,
}

impl PilotageView {
    pub fn service_name(&self, id: i32) -> String {
        self.services
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    }
}

/// The yearly results, in the shape Services Publics+ publishes them: what was measured,
/// the result, and how many it stands on; for the town and each site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultsView {
    pub year: i32,
    /// The years that have activity, newest first, to choose from.
    pub years: Vec<i32>,
    /// Whether the year is still running (the results are "to date").
    pub to_date: bool,
    pub whole: Figures,
    pub sites: Vec<Row>,
}
