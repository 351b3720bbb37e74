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
