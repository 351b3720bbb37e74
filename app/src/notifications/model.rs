//! What the message journal shows.

use crate::staff::model::Me;
use serde::{Deserialize, Serialize};

/// `/agent/admin/messages`: the journal of messages sent to residents.
pub const JOURNAL_PAGE: &str = "/agent/admin/messages";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageRow {
    /// Paris wall-clock `YYYY-MM-DD HH:MM`.
    pub created: String,
    pub channel: String,
    pub recipient: String,
    pub language: String,
    pub subject: Option<String>,
    pub body: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalView {
    pub me: Me,
    pub messages: Vec<MessageRow>,
}
