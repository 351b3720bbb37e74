//! What `/agent/usagers` shows: the people found by a name, a phone number or an e-mail
//! address, each with their appointments and requests in one place.

use crate::staff::Me;
use crate::statuses::{AppointmentStatus, RequestStatus};
use serde::{Deserialize, Serialize};

pub const PATH: &str = "/agent/usagers";
/// Rows of each kind read at most for one search: a search is for one person.
pub const MAX_ROWS: u64 = 100;

/// How the search reads what was typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Query {
    /// `+33612345678`, however it was typed.
    Phone(String),
    /// Lower-cased.
    Email(String),
    /// Part of a name, at least two letters.
    Name(String),
}

impl Query {
    /// `None`: too short to search for anyone.
    pub fn parse(input: &str) -> Option<Query> {
        let input = input.trim();
        if input.contains('@') {
            return crate::contact_details::EmailAddress::parse(input)
                .ok()
                .map(|e| Query::Email(e.as_str().to_lowercase()));
        }
        let digits = input.chars().filter(char::is_ascii_digit).count();
        if digits >= 6 {
            return crate::contact_details::PhoneNumber::parse(input)
                .ok()
                .map(|p| Query::Phone(p.as_str().to_owned()));
        }
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        (name.chars().filter(|c| c.is_alphabetic()).count() >= 2).then_some(Query::Name(name))
    }
}

/// One appointment of a person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppointmentLine {
    pub reference: String,
    /// Paris time, written out.
    pub when: String,
    pub motif: String,
    pub status: AppointmentStatus,
}

/// One request of a person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestLine {
    pub reference: String,
    pub received: String,
    pub subject: String,
    pub status: RequestStatus,
}

/// One person as the records name them: what is needed to serve them, nothing more.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The language of their latest record, by name.
    pub language: Option<String>,
    /// Accessibility needs they told us of.
    pub needs: Vec<String>,
    pub appointments: Vec<AppointmentLine>,
    pub requests: Vec<RequestLine>,
    /// The town's calls to them ("aller vers" campaigns), latest first.
    pub calls: Vec<CallLine>,
    /// The key that names this person in a merge (`grouping::person_keys`).
    pub key: String,
    /// The counsellors' decisions that made this one person, each undoable.
    pub links: Vec<LinkLine>,
}

/// One call of a campaign to a person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallLine {
    pub when: String,
    pub campaign: String,
    /// Fluent id of where the person stands after it ([`call_outcome`]).
    pub outcome: String,
    pub by: String,
    pub note: Option<String>,
}

/// What a campaign call's stored status says, for a reader of the person's records.
pub fn call_outcome(status: &str) -> &'static str {
    match status {
        "reached" => "residents-call-reached",
        "unreachable" => "residents-call-unreachable",
        "wrong_number" => "residents-call-wrong-number",
        "declined" => "residents-call-declined",
        // Called without an answer, still on the list.
        _ => "residents-call-no-answer",
    }
}

/// Two records' people made one by a counsellor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkLine {
    pub id: i32,
    /// The two keys as people read them (`a@x.fr`, `+33…`, a name).
    pub first: String,
    pub second: String,
    pub by: String,
    pub when: String,
}

/// What a key says to a reader: the address, number or name without its prefix.
pub fn key_label(key: &str) -> String {
    key.split_once(':')
        .map(|(_, v)| v)
        .unwrap_or(key)
        .to_owned()
}

/// "These two are one person", from the page of a search.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeForm {
    /// The search to go back to.
    #[serde(default)]
    pub q: String,
    #[serde(rename = "personne")]
    pub person: String,
    #[serde(default, rename = "avec")]
    pub with: String,
}

/// Undoes a merge.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeparateForm {
    #[serde(default)]
    pub q: String,
    #[serde(rename = "lien", deserialize_with = "crate::forms::number")]
    pub link: i32,
}

/// Where a merge or a separation goes back to: the search, with what happened.
#[cfg(feature = "ssr")]
pub fn back_to(q: &str, outcome: &str) -> String {
    let q: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
    format!("{PATH}?q={q}&{outcome}")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResidentsView {
    pub me: Me,
    /// What was typed.
    pub typed: String,
    /// `None`: nothing typed yet; `Some(false)`: typed but too short or malformed.
    pub searched: Option<bool>,
    pub people: Vec<Person>,
}

/// An administrator's erasure of one person's data, on their request (GDPR article 17),
/// from the person's card of a search.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EraseForm {
    /// The search the person was found by (the erasure finds them again with it).
    #[serde(default)]
    pub q: String,
    #[serde(rename = "personne")]
    pub person: String,
    /// The box "the person asked for it, and what they still need is done".
    #[serde(default, rename = "confirme")]
    pub confirmed: Option<String>,
}

/// Where the export of one person's data is downloaded (`?q=…&personne=…`).
pub const EXPORT_PATH: &str = "/agent/usagers/export.json";

/// The address of the export of the person with `key` found by `q`.
pub fn export_href(q: &str, key: &str) -> String {
    use crate::components::url::escape;
    format!("{EXPORT_PATH}?q={}&personne={}", escape(q), escape(key))
}

/// Everything the town holds on one person, as given to them on request (GDPR article 15):
/// times in Paris with their offset, texts as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonExport {
    pub exported_at: String,
    pub names: Vec<String>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub appointments: Vec<ExportedAppointment>,
    pub waiting_lists: Vec<ExportedWaitlist>,
    pub tickets: Vec<ExportedTicket>,
    pub requests: Vec<ExportedRequest>,
    pub messages: Vec<ExportedMessage>,
    pub survey_answers: Vec<ExportedSurvey>,
    pub calls: Vec<ExportedCall>,
    /// The counsellors' decisions that two records are this one person.
    pub same_person_links: Vec<ExportedLink>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedAppointment {
    pub reference: String,
    pub motif: String,
    pub site: String,
    pub starts_at: String,
    pub ends_at: String,
    pub status: String,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub interpreter_language: Option<String>,
    pub accessibility_need: Option<String>,
    pub note: Option<String>,
    pub booked_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedWaitlist {
    pub motif: String,
    pub site: String,
    pub from: String,
    pub to: String,
    pub status: String,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedTicket {
    pub code: String,
    pub day: String,
    pub site: String,
    pub status: String,
    pub phone: Option<String>,
    pub issued_at: String,
    pub called_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedRequest {
    pub reference: String,
    pub subject: String,
    pub status: String,
    pub channel: String,
    pub received_at: String,
    pub closed_at: Option<String>,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub postal_address: String,
    pub description: String,
    /// What was written on it, by them and to them.
    pub history: Vec<ExportedRequestEvent>,
    /// The files they sent (names and sizes; the files themselves on request).
    pub files: Vec<ExportedFile>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedRequestEvent {
    pub at: String,
    pub kind: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedFile {
    pub name: String,
    pub content_type: String,
    pub bytes: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedMessage {
    pub channel: String,
    pub to: String,
    pub subject: Option<String>,
    pub text: String,
    pub status: String,
    pub queued_at: String,
    pub sent_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedSurvey {
    pub score: Option<i16>,
    pub clarity: Option<i16>,
    pub comment: Option<String>,
    pub answered_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedCall {
    pub campaign: String,
    pub name: String,
    pub phone: String,
    pub called_at: Option<String>,
    pub outcome: String,
    pub detail: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedLink {
    pub first: String,
    pub second: String,
    pub made_at: String,
}
