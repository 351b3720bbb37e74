//! What travels between the server and the pages of requests: the agents' list and one
//! request, the quick contact log, the public form `/demande` and the follow-up `/suivi`.

use crate::components::fields::Choice;
use crate::staff::Me;
use crate::statuses::{Channel, RequestKind, RequestStatus};
use serde::{Deserialize, Serialize};

/// The agents' list of requests.
pub const PATH: &str = "/agent/demandes";
/// The public form.
pub const SUBMIT_PATH: &str = "/demande";
/// The resident's follow-up page.
pub const FOLLOW_PATH: &str = "/suivi";
/// Rows on one page of the list.
pub const PAGE_SIZE: u64 = 50;
/// Longest subject and message, in characters.
pub const MAX_SUBJECT: usize = 200;
pub const MAX_TEXT: usize = 4000;

/// One request's page for agents.
pub fn request_path(reference: &str) -> String {
    format!("{PATH}/{reference}")
}

/// Its acknowledgement of receipt, to print.
pub fn acknowledgement_path(reference: &str) -> String {
    format!("{PATH}/{reference}/accuse")
}

/// A reply or question of a request (its event) as a letter to print.
pub fn letter_path(reference: &str, event: i32) -> String {
    format!("{PATH}/{reference}/courrier/{event}")
}

/// Longest postal address, in characters, and lines.
pub const MAX_ADDRESS: usize = 300;
pub const MAX_ADDRESS_LINES: usize = 6;

/// A letter as printed (the acknowledgement of receipt, a reply, a question): the
/// resident's address in the envelope's window, the service's above, the text in French
/// and, beside it, in the resident's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AcknowledgementView {
    pub me: Me,
    pub reference: String,
    /// Fluent id of the letter's title: an acknowledgement, a registration (a document
    /// delivered once checked: no legal acknowledgement is due), a reply, a question.
    pub title: String,
    pub recipient: Vec<String>,
    pub sender: Vec<String>,
    /// "Villebourg, le 7 décembre 2026".
    pub place_and_date: String,
    pub french: Vec<String>,
    /// The resident's language (code, direction, its paragraphs), when not French.
    pub translated: Option<(String, String, Vec<String>)>,
}

/// The follow-up page of a request, opened with its check code (the link printed on the
/// acknowledgement and sent in every message).
pub fn follow_link(reference: &str, code: &str) -> String {
    let escape = crate::components::url::escape;
    format!(
        "{FOLLOW_PATH}?reference={}&code={}",
        escape(reference),
        escape(code)
    )
}

/// Where a request stands against its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    OnTime,
    /// Two working days or less are left.
    DueSoon,
    Late,
    /// The clock is stopped: waiting for the resident, answered or closed.
    Stopped,
}

impl Standing {
    pub fn message_id(self) -> &'static str {
        match self {
            Standing::OnTime => "requests-standing-on-time",
            Standing::DueSoon => "requests-standing-due-soon",
            Standing::Late => "requests-standing-late",
            Standing::Stopped => "requests-standing-stopped",
        }
    }

    /// A CSS class suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::OnTime => "on-time",
            Standing::DueSoon => "due-soon",
            Standing::Late => "late",
            Standing::Stopped => "stopped",
        }
    }
}

/// The list's filters, as the address carries them (`?service=3&echeance=retard`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestFilter {
    pub service: Option<i32>,
    /// `None`: the open ones (received, in progress, waiting).
    pub status: Option<RequestStatus>,
    /// Only the late ones, or only those due within two working days.
    pub due: Option<Standing>,
    /// Only those the signed-in agent owns.
    pub mine: bool,
    /// 0-based page.
    pub page: u64,
}

impl RequestFilter {
    /// Reads the address's parameters; anything unknown is ignored.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> RequestFilter {
        RequestFilter {
            service: get("service").and_then(|s| s.parse().ok()),
            status: get("statut").and_then(|s| RequestStatus::parse(&s)),
            due: match get("echeance").as_deref() {
                Some("retard") => Some(Standing::Late),
                Some("bientot") => Some(Standing::DueSoon),
                _ => None,
            },
            // A ticked box posts `on`.
            mine: get("miennes").is_some_and(|v| !v.is_empty() && v != "0"),
            page: get("page").and_then(|p| p.parse().ok()).unwrap_or(0),
        }
    }

    /// The address of this list with `page`.
    pub fn href(&self, page: u64) -> String {
        let mut query = Vec::new();
        if let Some(s) = self.service {
            query.push(format!("service={s}"));
        }
        if let Some(s) = self.status {
            query.push(format!("statut={}", s.as_str()));
        }
        match self.due {
            Some(Standing::Late) => query.push("echeance=retard".into()),
            Some(Standing::DueSoon) => query.push("echeance=bientot".into()),
            _ => {}
        }
        if self.mine {
            query.push("miennes=1".into());
        }
        if page > 0 {
            query.push(format!("page={page}"));
        }
        if query.is_empty() {
            PATH.to_owned()
        } else {
            format!("{PATH}?{}", query.join("&"))
        }
    }
}

/// One line of the list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestRow {
    pub reference: String,
    pub subject: String,
    pub channel: Channel,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub service: Option<String>,
    pub owner: Option<String>,
    /// The deadline, written out ("18/12/2026 17:00"), when the clock runs.
    pub due: Option<String>,
    pub standing: Standing,
}

/// `/agent/demandes`: the list, its counts and the quick contact log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestsView {
    pub me: Me,
    pub filter: RequestFilter,
    pub rows: Vec<RequestRow>,
    /// Rows matching the filter, all pages.
    pub total: u64,
    /// Open requests late, and due within two working days, with the filter's service.
    pub late: u64,
    pub due_soon: u64,
    /// The signed-in agent's own requests late, and due within two working days: what
    /// they are warned of at the top of the page.
    pub my_late: u64,
    pub my_due_soon: u64,
    pub services: Vec<Choice>,
    pub sites: Vec<Choice>,
    /// The site of the agent's workstation, chosen first in the contact log.
    pub site: Option<i32>,
}

/// One event of a request's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// Paris time, written out.
    pub at: String,
    pub agent: Option<String>,
    /// Fluent id of what happened.
    pub what: String,
    pub body: String,
    pub status: Option<RequestStatus>,
    /// Fluent id of how it reached the resident, for a reply or a question.
    pub means: Option<String>,
    /// Its letter to print, when it went by post.
    pub letter: Option<String>,
}

/// `/agent/demandes/<reference>`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestDetail {
    pub me: Me,
    pub reference: String,
    pub check_code: String,
    pub subject: String,
    pub description: String,
    pub channel: Channel,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub service: Option<String>,
    pub service_id: Option<i32>,
    pub owner: Option<String>,
    pub received: String,
    pub due: Option<String>,
    pub standing: Standing,
    pub contact_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The resident's language, by name.
    pub language: String,
    pub events: Vec<EventRow>,
    pub services: Vec<Choice>,
    pub files: Vec<FileRow>,
    /// How a reply or a question can reach the resident, the first offered first.
    pub means: Vec<crate::requests::replies::Means>,
    /// The templates for its kind, in the resident's language first, then French.
    pub templates: Vec<TemplateRow>,
}

/// What an agent does on a request (one form, one `action`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// An internal note, never shown to the resident.
    Note,
    /// Take it in hand: in progress, owned by the agent.
    Take,
    /// Ask the resident for something: the clock stops.
    AskResident,
    /// The resident answered: the clock starts again.
    ResidentAnswered,
    /// The reply to the resident (shown on `/suivi`): answered.
    Reply,
    Close,
    /// Opened again after an answer or a closing.
    Reopen,
    /// To another service, with a note.
    Transfer,
    /// Another kind: the deadline is counted again from reception.
    ChangeKind,
    /// A duplicate of another request of the same resident: closed into that one.
    Merge,
}

impl Action {
    pub const ALL: [Action; 10] = [
        Action::Note,
        Action::Take,
        Action::AskResident,
        Action::ResidentAnswered,
        Action::Reply,
        Action::Close,
        Action::Reopen,
        Action::Transfer,
        Action::ChangeKind,
        Action::Merge,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Note => "note",
            Action::Take => "prendre",
            Action::AskResident => "attente",
            Action::ResidentAnswered => "reprise",
            Action::Reply => "reponse",
            Action::Close => "cloture",
            Action::Reopen => "reouverture",
            Action::Transfer => "transfert",
            Action::ChangeKind => "type",
            Action::Merge => "regroupement",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Fluent id of the button, and of the event it writes in the history.
    pub fn message_id(self) -> &'static str {
        match self {
            Action::Note => "requests-action-note",
            Action::Take => "requests-action-take",
            Action::AskResident => "requests-action-ask-resident",
            Action::ResidentAnswered => "requests-action-resident-answered",
            Action::Reply => "requests-action-reply",
            Action::Close => "requests-action-close",
            Action::Reopen => "requests-action-reopen",
            Action::Transfer => "requests-action-transfer",
            Action::ChangeKind => "requests-action-change-kind",
            Action::Merge => "requests-action-merge",
        }
    }

    /// The statuses a request may be in for this action.
    pub fn allowed_from(self, status: RequestStatus) -> bool {
        use RequestStatus as S;
        match self {
            Action::Note => true,
            Action::Take => matches!(status, S::Received | S::WaitingResident),
            Action::AskResident => matches!(status, S::Received | S::InProgress),
            Action::ResidentAnswered => status == S::WaitingResident,
            Action::Reply => S::OPEN.contains(&status),
            Action::Close => status != S::Closed,
            Action::Reopen => matches!(status, S::Answered | S::Closed),
            Action::Transfer | Action::ChangeKind | Action::Merge => S::OPEN.contains(&status),
        }
    }

    /// The status the request takes, if this action changes it.
    pub fn status_after(self) -> Option<RequestStatus> {
        use RequestStatus as S;
        match self {
            Action::Take | Action::ResidentAnswered | Action::Reopen => Some(S::InProgress),
            Action::AskResident => Some(S::WaitingResident),
            Action::Reply => Some(S::Answered),
            Action::Close | Action::Merge => Some(S::Closed),
            Action::Note | Action::Transfer | Action::ChangeKind => None,
        }
    }

    /// Whether the form must carry a text (the reply, the question, the note…).
    pub fn needs_text(self) -> bool {
        matches!(
            self,
            Action::Note | Action::AskResident | Action::Reply | Action::Transfer
        )
    }
}

/// The action form of a request's page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionForm {
    pub reference: String,
    pub action: String,
    #[serde(default, rename = "texte")]
    pub text: String,
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub service: Option<i32>,
    #[serde(default, rename = "type")]
    pub kind: String,
    /// How a reply or a question reaches the resident (`replies::Means`); empty: on
    /// `/suivi` only.
    #[serde(default, rename = "moyen")]
    pub means: String,
    /// The request a duplicate is merged into, by its reference.
    #[serde(default, rename = "cible")]
    pub target: String,
}

/// What became of a contact logged at the desk or on the phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactOutcome {
    /// An instant answer: handled on the spot.
    Answered,
    /// Needs a follow-up: a request is opened.
    FollowUp,
}

/// The quick contact log: channel, service, outcome; a subject and the resident's details
/// only when a request is opened.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactForm {
    #[serde(rename = "canal")]
    pub channel: String,
    #[serde(
        default,
        rename = "lieu",
        deserialize_with = "crate::forms::optional_number"
    )]
    pub site: Option<i32>,
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub service: Option<i32>,
    /// `repondu` (instant answer) or `suivi` (opens a request).
    #[serde(rename = "issue")]
    pub outcome: String,
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default, rename = "sujet")]
    pub subject: String,
    #[serde(default, rename = "nom")]
    pub name: String,
    #[serde(default, rename = "telephone")]
    pub phone: String,
    #[serde(default, rename = "courriel")]
    pub email: String,
    /// For a letter in a window envelope.
    #[serde(default, rename = "adresse")]
    pub postal_address: String,
    #[serde(default)]
    pub note: String,
}

impl ContactForm {
    pub const ANSWERED: &str = "repondu";
    pub const FOLLOW_UP: &str = "suivi";

    pub fn outcome(&self) -> Option<ContactOutcome> {
        match self.outcome.as_str() {
            Self::ANSWERED => Some(ContactOutcome::Answered),
            Self::FOLLOW_UP => Some(ContactOutcome::FollowUp),
            _ => None,
        }
    }
}

/// The public form `/demande`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitForm {
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub service: Option<i32>,
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default, rename = "sujet")]
    pub subject: String,
    #[serde(default)]
    pub message: String,
    #[serde(default, rename = "nom")]
    pub name: String,
    #[serde(default, rename = "telephone")]
    pub phone: String,
    #[serde(default, rename = "courriel")]
    pub email: String,
    #[serde(default, rename = "adresse")]
    pub postal_address: String,
}

impl SubmitForm {
    /// Back to the form with the reason and what was typed (the message too: it may be
    /// long, and typing it again on a phone is what makes people give up).
    pub fn refused(&self, message_id: &str) -> String {
        let mut query = query_of(&[
            ("erreur", message_id),
            ("type", &self.kind),
            ("sujet", &self.subject),
            ("message", &self.message),
            ("nom", &self.name),
            ("telephone", &self.phone),
            ("courriel", &self.email),
            ("adresse", &self.postal_address),
        ]);
        if let Some(s) = self.service {
            query.push_str(&format!("&service={s}"));
        }
        format!("{SUBMIT_PATH}?{query}")
    }
}

/// The mail desk registers a letter (with its scan, sent as a file beside these fields).
pub const LETTER_PATH: &str = "/agent/courrier";
/// Where the letter form posts (multipart: the scan travels with it).
pub const LETTER_POST_PATH: &str = "/agent/courrier/enregistrer";

/// A file kept with a request, to download.
pub fn file_path(reference: &str, id: i32) -> String {
    format!("{PATH}/{reference}/fichiers/{id}")
}

/// Where a request's page posts a file to keep with it.
pub fn add_file_path(reference: &str) -> String {
    format!("{PATH}/{reference}/fichiers")
}

/// A letter registered at the mail desk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterForm {
    /// `YYYY-MM-DD`: the date stamped on arrival; the deadline counts from it.
    #[serde(default, rename = "recu")]
    pub received_on: String,
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub service: Option<i32>,
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default, rename = "sujet")]
    pub subject: String,
    #[serde(default, rename = "nom")]
    pub name: String,
    #[serde(default, rename = "adresse")]
    pub postal_address: String,
    #[serde(default, rename = "telephone")]
    pub phone: String,
    #[serde(default, rename = "courriel")]
    pub email: String,
    #[serde(default, rename = "langue")]
    pub language: String,
    #[serde(default)]
    pub note: String,
}

impl LetterForm {
    /// Back to the form with the reason and what was typed (the scan must be chosen again:
    /// browsers never let a page fill a file field).
    pub fn refused(&self, message_id: &str) -> String {
        let mut query = query_of(&[
            ("erreur", message_id),
            ("recu", &self.received_on),
            ("type", &self.kind),
            ("sujet", &self.subject),
            ("nom", &self.name),
            ("adresse", &self.postal_address),
            ("telephone", &self.phone),
            ("courriel", &self.email),
            ("langue", &self.language),
            ("note", &self.note),
        ]);
        if let Some(s) = self.service {
            query.push_str(&format!("&service={s}"));
        }
        format!("{LETTER_PATH}?{query}")
    }
}

/// The letter form's page: what it offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LetterChoices {
    pub me: Me,
    pub services: Vec<Choice>,
    /// Today, Paris time, `YYYY-MM-DD`: the form's default date.
    pub today: String,
}

/// A file kept with a request, as its page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRow {
    pub name: String,
    pub kilobytes: usize,
    pub href: String,
    pub added: String,
}

/// `a=1&b=x%20y`, percent-encoding each value.
fn query_of(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", crate::components::url::escape(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The resident's answer on `/suivi`, to what the town asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerForm {
    pub reference: String,
    pub code: String,
    #[serde(default, rename = "texte")]
    pub text: String,
}

/// The choices of the public form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubmitChoices {
    pub services: Vec<Choice>,
}

/// The service in charge, as the resident may reach it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCard {
    pub name: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// What `/suivi` tells the holder of a reference and its check code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FollowView {
    /// Nothing asked yet.
    Empty,
    /// No request matches this reference and code (wrong code, or no such reference: the
    /// page says the same, so it tells nothing).
    NoMatch,
    /// Too many wrong codes for this reference: try again later.
    Blocked {
        minutes: i64,
    },
    /// Too many wrong references or codes from this connection: try again later.
    TooMany {
        minutes: i64,
    },
    Found(Box<FollowedRequest>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowedRequest {
    pub reference: String,
    pub subject: String,
    pub status: RequestStatus,
    pub received: String,
    /// The date an answer is due, when the clock runs.
    pub due: Option<String>,
    pub service: Option<ServiceCard>,
    /// The town's reply, when there is one.
    pub reply: Option<String>,
    /// What the town asked of the resident, while it waits for them.
    pub asked: Option<String>,
    /// The reference typed, when it was merged into this one (the same resident wrote
    /// twice): the page shows where the request kept stands.
    pub merged_from: Option<String>,
}

/// The town's reply templates.
pub const TEMPLATES_PATH: &str = "/agent/modeles-reponse";

/// A reply template, to start a reply or a question from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateRow {
    pub id: i32,
    /// `None`: for every kind.
    pub kind: Option<RequestKind>,
    pub language: String,
    pub title: String,
    pub body: String,
}

/// `/agent/modeles-reponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplatesView {
    pub me: Me,
    pub rows: Vec<TemplateRow>,
    /// Supervisors and administrators write them; everybody uses them.
    pub can_edit: bool,
}

/// A template written, changed or deleted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateForm {
    /// Empty for a new one.
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub id: Option<i32>,
    /// Empty: for every kind.
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default, rename = "langue")]
    pub language: String,
    #[serde(default, rename = "titre")]
    pub title: String,
    #[serde(default, rename = "texte")]
    pub body: String,
    /// Set by the delete button.
    #[serde(default, rename = "supprimer")]
    pub delete: String,
}
