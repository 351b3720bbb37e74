//! What the language panel's live streams carry.

use crate::interpretation::model::Pair;
use crate::interpretation::pairing::model::ScreenState;
use serde::{Deserialize, Serialize};

/// One change the language panel's live streams carry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "to", rename_all = "snake_case")]
pub enum Message {
    /// The resident's screen shows this now.
    Screen { code: String, state: ScreenState },
    /// The resident tapped an answer (with its French meaning).
    Answer { code: String, answer: Pair },
    /// A screen opened the pairing.
    Joined { code: String },
    /// Requests for an interpreter changed (made, accepted, cancelled) in this language.
    Requests { language: String },
}

impl Message {
    /// The pairing the message is about, if any.
    pub fn code(&self) -> Option<&str> {
        match self {
            Message::Screen { code, .. }
            | Message::Answer { code, .. }
            | Message::Joined { code } => Some(code),
            Message::Requests { .. } => None,
        }
    }
}
