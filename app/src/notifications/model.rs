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
    /// Paris wall-clock `YYYY-MM-DD HH:MM` of a message waiting for its hour (a survey
    /// held until the morning) or for its next try.
    pub planned: Option<String>,
    pub attempts: i32,
    pub last_error: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalView {
    pub me: Me,
    pub messages: Vec<MessageRow>,
}

/// `/agent/admin/modeles`: the town's wording of the messages to residents.
pub const TEMPLATES_PAGE: &str = "/agent/admin/modeles";

/// The messages a town may word its own way, in the order the templates page lists them
/// (`notifications::templates::Kind`).
pub const TEMPLATE_KINDS: [&str; 6] = [
    "confirmed",
    "moved",
    "cancelled",
    "reminder",
    "today",
    "offer",
];

/// The field of the templates form a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TemplateField {
    Subject,
    Body,
}

/// Which message the templates page is about (`type`, `canal`, `langue` in the address;
/// the first of each when missing), and a wording typed but not saved (after "preview", or
/// sent back refused): `objet` and `texte`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TemplateQuery {
    pub kind: Option<String>,
    pub channel: Option<String>,
    pub language: Option<String>,
    pub subject: Option<String>,
    pub body: Option<String>,
}

/// A message as it will be sent, with its length for an SMS.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreviewMessage {
    pub subject: Option<String>,
    pub body: String,
    /// Characters and SMS segments; whether the GSM 7-bit alphabet carries it (else UCS-2).
    pub characters: usize,
    pub segments: usize,
    pub gsm: bool,
}

/// What an administrator saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedWording {
    pub subject: Option<String>,
    pub body: String,
    /// Paris wall-clock `YYYY-MM-DD HH:MM`, and by whom.
    pub updated: String,
    pub by: String,
}

/// Where the text in the editor comes from, which is also what the preview shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Editing {
    Default,
    Saved,
    /// Typed and not saved.
    Draft,
}

/// The templates page: who is looking, and the message shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplatesView {
    pub me: Me,
    pub message: TemplateMessage,
}

/// One message on the templates page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateMessage {
    pub kind: String,
    pub channel: String,
    pub language: String,
    /// The language's direction, for the editor and the preview.
    pub rtl: bool,
    pub default_subject: Option<String>,
    pub default_body: String,
    pub saved: Option<SavedWording>,
    pub editing: Editing,
    /// What the editor holds (`None` subject for an SMS).
    pub subject: Option<String>,
    pub body: String,
    /// What is wrong with a typed wording, field by field: the Fluent id and what it names.
    pub errors: Vec<(TemplateField, String, String)>,
    /// The placeables this message has, and those the body and the subject must keep.
    pub placeables: Vec<String>,
    pub mandatory_body: Vec<String>,
    pub mandatory_subject: Vec<String>,
    /// The message about a made-up appointment; none while the typed wording is refused.
    pub preview: Option<PreviewMessage>,
}

/// Saves a wording (the subject for an e-mail only).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateForm {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(rename = "canal")]
    pub channel: String,
    #[serde(rename = "langue")]
    pub language: String,
    #[serde(default, rename = "objet")]
    pub subject: String,
    #[serde(default, rename = "texte")]
    pub body: String,
}

/// Back to the default text of one message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateReset {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(rename = "canal")]
    pub channel: String,
    #[serde(rename = "langue")]
    pub language: String,
}

/// The templates page showing one message.
pub fn template_page(kind: &str, channel: &str, language: &str) -> String {
    use crate::components::url::escape;
    format!(
        "{TEMPLATES_PAGE}?type={}&canal={}&langue={}",
        escape(kind),
        escape(channel),
        escape(language)
    )
}

impl TemplateForm {
    /// Back to this message, saved.
    pub fn saved(&self) -> String {
        format!(
            "{}&enregistre=1",
            template_page(&self.kind, &self.channel, &self.language)
        )
    }

    /// Back to this message with the wording as typed and why it was refused.
    pub fn refused(&self, error: &str) -> String {
        use crate::components::url::escape;
        let mut to = template_page(&self.kind, &self.channel, &self.language);
        if !self.subject.is_empty() {
            to.push_str(&format!("&objet={}", escape(&self.subject)));
        }
        to.push_str(&format!("&texte={}&erreur={error}", escape(&self.body)));
        to
    }
}
