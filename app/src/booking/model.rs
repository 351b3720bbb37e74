//! What the booking pages share between server and browser: a motif and a site as pages
//! show them, a week of free times, the contact form and its draft, how a time travels in
//! links and forms, the waitlist's statuses, and the frame data of the staff pages.

use crate::calendar::today::TodayHours;
use crate::staff::Me;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MotifInfo {
    pub slug: String,
    pub name: String,
    pub service_slug: String,
    pub service_name: String,
    pub duration_minutes: i32,
    pub documents: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteInfo {
    pub slug: String,
    pub name: String,
    pub address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: Option<String>,
    pub access_info: Option<String>,
    pub today: TodayHours,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DaySlots {
    pub date: NaiveDate,
    pub slots: Vec<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekOfSlots {
    /// The Monday of the week shown.
    pub week_start: NaiveDate,
    /// The days of that week the site is open, each with its free times.
    pub days: Vec<DaySlots>,
    /// The first free time of all, wherever it is.
    pub earliest: Option<DateTime<Utc>>,
    pub previous_week: Option<NaiveDate>,
    pub next_week: Option<NaiveDate>,
    /// The time the resident wanted when somebody else took it first, and the nearest
    /// free ones.
    pub taken: Option<DateTime<Utc>>,
    pub nearest: Vec<DateTime<Utc>>,
}

/// Longest accessibility need and note, in characters: the draft must fit in a cookie.
pub const MAX_NEEDS: usize = 200;
pub const MAX_NOTE: usize = 300;

/// The contact form as typed, kept between the contact and review steps (in a cookie, not
/// in the URL), with the problems found in it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactDraft {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub language: String,
    pub interpreter: String,
    pub accessibility: String,
    pub note: String,
    /// Fluent ids of what is wrong; empty when the draft can be booked. Never posted.
    #[serde(default)]
    pub errors: Vec<String>,
}

impl ContactDraft {
    /// What was typed, trimmed, its problems not looked for yet.
    pub fn trimmed(&self) -> ContactDraft {
        let trim = |s: &str| s.trim().to_owned();
        ContactDraft {
            name: trim(&self.name),
            phone: trim(&self.phone),
            email: trim(&self.email),
            language: trim(&self.language),
            interpreter: trim(&self.interpreter),
            accessibility: trim(&self.accessibility),
            note: trim(&self.note),
            errors: Vec::new(),
        }
    }
}

/// A time chosen on a page, as the forms after it post it: the review step's confirmation,
/// and the contact forms of the resident and of the desk.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChosenSlot {
    /// The motif's slug.
    pub motif: String,
    /// The site's slug.
    #[serde(rename = "lieu")]
    pub site: String,
    /// The time, as [`instant_param`] writes it.
    #[serde(rename = "creneau")]
    pub slot: String,
}

impl ChosenSlot {
    pub fn starts_at(&self) -> Option<DateTime<Utc>> {
        parse_instant(&self.slot)
    }
}

/// The contact form, for a time already chosen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactForm {
    #[serde(flatten)]
    pub chosen: ChosenSlot,
    /// The details as typed.
    #[serde(flatten)]
    pub typed: ContactDraft,
}

/// Two dates typed in a form, `du` and `au`, as they were typed (`2026-11-24`, or with a
/// time for `datetime-local` inputs).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Period {
    #[serde(rename = "du")]
    pub from: String,
    #[serde(rename = "au")]
    pub to: String,
}

pub fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// `/rendez-vous/<token>`: the resident's own page of their appointment.
pub fn appointment_page(token: &str) -> String {
    format!("/rendez-vous/{token}")
}

/// `2026-11-24T08:30:00Z`: how a time travels in links and forms.
pub fn instant_param(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Where someone on the waitlist is. Stored as text in `waitlist_entry.status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WaitlistStatus {
    /// Waiting for a time to free up.
    Waiting,
    /// A freed time is held for them until the offer's end.
    Offered,
    /// They took the time offered: it is an appointment now.
    Accepted,
    /// The hold ran out unanswered.
    Expired,
}

impl WaitlistStatus {
    pub const ALL: [WaitlistStatus; 4] = [
        WaitlistStatus::Waiting,
        WaitlistStatus::Offered,
        WaitlistStatus::Accepted,
        WaitlistStatus::Expired,
    ];

    /// As stored, e.g. `offered`.
    pub const fn as_str(self) -> &'static str {
        match self {
            WaitlistStatus::Waiting => "waiting",
            WaitlistStatus::Offered => "offered",
            WaitlistStatus::Accepted => "accepted",
            WaitlistStatus::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<WaitlistStatus> {
        WaitlistStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// A staff page's data, with the agent signed in whom its frame shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffData<T> {
    pub me: Me,
    pub data: T,
}

#[cfg(feature = "ssr")]
impl<T> StaffData<T> {
    pub async fn new(
        identity: crate::staff::identity::StaffIdentity,
        data: T,
    ) -> Result<StaffData<T>, crate::errors::AppError> {
        Ok(StaffData {
            me: Me::from_identity(identity).await?,
            data,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_round_trip() {
        let at = parse_instant("2026-11-24T08:30:00Z").unwrap();
        assert_eq!(instant_param(at), "2026-11-24T08:30:00Z");
        assert_eq!(parse_instant("2026-11-24T09:30:00+01:00"), Some(at));
        assert_eq!(parse_instant("demain"), None);
    }

    #[test]
    fn waitlist_statuses_round_trip_through_their_stored_text() {
        for s in WaitlistStatus::ALL {
            assert_eq!(WaitlistStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(WaitlistStatus::parse("lost"), None);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_contact_form_reads_the_names_the_pages_post() {
        // A flat map of strings, as a url-encoded body reaches a flattened form.
        let body = serde_json::json!({
            "motif": "acte", "lieu": "mairie", "creneau": "2026-11-24T08:30:00Z",
            "name": " Amina Haddad ", "phone": "06 12 34 56 78", "email": "",
            "language": "ar", "interpreter": "", "accessibility": "", "note": "",
        });
        #[derive(Deserialize)]
        struct Args {
            #[serde(flatten)]
            form: ContactForm,
        }
        let form = serde_json::from_value::<Args>(body).unwrap().form;
        assert_eq!(form.chosen.site, "mairie");
        assert!(form.chosen.starts_at().is_some());
        assert_eq!(form.typed.trimmed().name, "Amina Haddad");
        assert!(form.typed.errors.is_empty());
    }
}
