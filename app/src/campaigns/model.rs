//! What the campaign pages show and what their forms post.

use super::calls::CallStatus;
use crate::components::fields::Choice;
use crate::staff::Me;
use serde::{Deserialize, Serialize};

/// The campaigns, under the residents' pages (they call residents).
pub const PATH: &str = "/agent/usagers/campagnes";
/// The most recent calls shown on a campaign's page; the counts cover them all.
pub const CALLS_SHOWN: u64 = 200;
pub const MAX_TITLE: usize = 120;
pub const MAX_PURPOSE: usize = 2_000;
pub const MAX_NOTE: usize = 1_000;
/// The pasted list, in bytes: 5,000 lines of a name, a number and a remark.
pub const MAX_LIST: usize = 1_000_000;

pub fn campaign_path(id: i32) -> String {
    format!("{PATH}/{id}")
}

/// The page of the call a counsellor has in hand in a campaign.
pub fn call_path(id: i32) -> String {
    format!("{PATH}/{id}/appel")
}

/// One campaign in the list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignRow {
    pub id: i32,
    pub title: String,
    pub service: Option<String>,
    pub created: String,
    pub closed: bool,
    pub people: u64,
    pub to_call: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignsView {
    pub me: Me,
    pub rows: Vec<CampaignRow>,
    /// Supervisors and administrators build campaigns.
    pub can_create: bool,
    pub services: Vec<Choice>,
}

/// A new campaign: its title, what to say, and the people, from a pasted list or from a
/// filter on the records.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignForm {
    #[serde(default, rename = "titre")]
    pub title: String,
    #[serde(default, rename = "objet")]
    pub purpose: String,
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub service: Option<i32>,
    /// `liste` or `filtre`.
    #[serde(default)]
    pub source: String,
    #[serde(default, rename = "liste")]
    pub list: String,
    /// The filter: residents with no appointment and no request for this many months.
    #[serde(
        default,
        rename = "mois",
        deserialize_with = "crate::forms::optional_number"
    )]
    pub months: Option<i32>,
}

impl CampaignForm {
    pub const FROM_LIST: &'static str = "liste";
    pub const FROM_FILTER: &'static str = "filtre";
    /// The filter's choices, in months.
    pub const MONTHS: [i32; 3] = [6, 12, 24];
}

/// One person of a campaign, on its page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallRow {
    pub name: String,
    pub phone: String,
    pub status: CallStatus,
    pub attempts: i32,
    pub called: Option<String>,
    pub by: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignView {
    pub me: Me,
    pub id: i32,
    pub title: String,
    pub purpose: String,
    pub service: Option<String>,
    pub source: String,
    pub closed: bool,
    pub can_close: bool,
    /// People per status, every status listed.
    pub counts: Vec<(CallStatus, u64)>,
    pub calls: Vec<CallRow>,
    /// The signed-in counsellor has a call in hand here.
    pub calling: bool,
}

/// The person being called, as the counsellor needs them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallCard {
    pub id: i32,
    pub name: String,
    pub phone: String,
    /// The language's name, to call an interpreter when it is not French.
    pub language: String,
    pub language_code: String,
    pub detail: Option<String>,
    /// Calls already made to them.
    pub attempts: i32,
    pub last_note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallView {
    pub me: Me,
    pub campaign_id: i32,
    pub title: String,
    pub purpose: String,
    pub call: Option<CallCard>,
    pub left: u64,
}

/// "Call the next person."
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextForm {
    #[serde(rename = "campagne", deserialize_with = "crate::forms::number")]
    pub campaign: i32,
}

/// How a call went.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallForm {
    #[serde(rename = "campagne", deserialize_with = "crate::forms::number")]
    pub campaign: i32,
    #[serde(rename = "appel", deserialize_with = "crate::forms::number")]
    pub call: i32,
    #[serde(default, rename = "issue")]
    pub outcome: String,
    #[serde(default)]
    pub note: String,
    /// Present: take the next person at once.
    #[serde(default, rename = "ensuite")]
    pub then_next: String,
}

/// Ends a campaign: nobody is called for it any more.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CloseForm {
    #[serde(rename = "campagne", deserialize_with = "crate::forms::number")]
    pub campaign: i32,
}
