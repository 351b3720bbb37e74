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
