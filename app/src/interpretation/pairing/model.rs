//! What the paired screen and the panel's pairing box receive, and the addresses and
//! cookie of the paired screen.

use crate::interpretation::model::Pair;
use serde::{Deserialize, Serialize};

/// Where the resident's screen types its code.
pub const SCREEN_PATH: &str = "/interpretation";
/// The cookie by which the screen that opened a code first keeps it.
pub const SCREEN_COOKIE: &str = "guichet_ecran";

/// The resident's screen's stream of [`ScreenState`]s.
pub fn screen_stream(code: &str) -> String {
    format!("/direct/interpretation/ecran/{code}")
}

/// The counsellor's stream of live messages about their pairing (answers, a screen
/// joining).
pub const AGENT_STREAM: &str = "/direct/interpretation/conseiller";

/// An answer the resident can tap, in their language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreenAnswer {
    pub id: String,
    pub text: String,
}

/// The screen's own words, in the resident's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreenLabels {
    pub title: String,
    pub waiting: String,
    pub answers: String,
    pub sent: String,
    pub ended: String,
}

/// Everything the resident's screen shows; sent whole, so a screen that missed an event is
/// right again with the next one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreenState {
    pub lang: String,
    pub rtl: bool,
    /// The phrase sent last, in the resident's language.
    pub phrase: Option<String>,
    pub answers: Vec<ScreenAnswer>,
    pub labels: ScreenLabels,
    /// The pairing is over: the screen says so and stops listening.
    pub ended: bool,
}

/// The pairing shown on the counsellor's panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairingView {
    /// "482913", for addresses.
    pub code: String,
    /// "482 913", to read out.
    pub spaced: String,
    /// The resident's language the screen was last given.
    pub language: String,
    /// The last answer tapped on the screen, with its French meaning.
    pub answered: Option<Pair>,
    /// A screen has opened the code (no other can now).
    pub joined: bool,
}

/// What the resident's screen loads first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ScreenLoad {
    /// Nothing typed yet.
    AskCode,
    /// A code that is no pairing (any more): the message id says why, with what was typed.
    Unknown {
        typed: String,
    },
    /// A code another screen opened first.
    Taken {
        typed: String,
    },
    /// Too many wrong codes from this connection: wait before trying again.
    TooMany {
        typed: String,
    },
    Paired {
        code: String,
        state: ScreenState,
    },
}

/// A tap on the resident's screen: the pairing's code and the answer's id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerForm {
    pub code: String,
    #[serde(rename = "reponse")]
    pub answer: String,
}

/// The screen of pairing `code`, saying that `sent` (an answer's id) was sent, if any.
pub fn screen_path(code: &str, sent: Option<&str>) -> String {
    match sent {
        Some(answer) => format!(
            "{SCREEN_PATH}/{code}?envoye={}",
            crate::components::url::escape(answer)
        ),
        None => format!("{SCREEN_PATH}/{code}"),
    }
}
