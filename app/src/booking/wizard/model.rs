//! What each step of the booking pages shows, and which step a URL asks for. The URL holds
//! the choices made so far (`?motif=…&lieu=…&creneau=…`), so every step is a plain page
//! that works without JavaScript and survives a reload or the back button.

use crate::calendar::today::TodayHours;
use crate::components::url::escape;
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
pub struct ServiceMotifs {
    pub slug: String,
    pub name: String,
    pub motifs: Vec<MotifInfo>,
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
    /// Fluent ids of what is wrong; empty when the draft can be booked.
    pub errors: Vec<String>,
}

/// The "Prévenez-moi" form as it should be shown (again).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WaitlistForm {
    pub from: String,
    pub to: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    /// Fluent ids of the problems of the last try.
    pub errors: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    Motif {
        services: Vec<ServiceMotifs>,
        search: String,
    },
    Site {
        motif: MotifInfo,
        sites: Vec<SiteInfo>,
    },
    Slot {
        motif: MotifInfo,
        site: SiteInfo,
        week: WeekOfSlots,
        /// Just joined the waitlist.
        waitlisted: bool,
        waitlist: WaitlistForm,
    },
    Contact {
        motif: MotifInfo,
        site: SiteInfo,
        starts_at: DateTime<Utc>,
        draft: ContactDraft,
    },
    Review {
        motif: MotifInfo,
        site: SiteInfo,
        starts_at: DateTime<Utc>,
        draft: ContactDraft,
    },
}

impl Step {
    /// 1 to 5, for "Étape 2 sur 5".
    pub fn number(&self) -> u8 {
        match self {
            Step::Motif { .. } => 1,
            Step::Site { .. } => 2,
            Step::Slot { .. } => 3,
            Step::Contact { .. } => 4,
            Step::Review { .. } => 5,
        }
    }
}

/// The query string of `/rendez-vous`, in French as residents see it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StepParams {
    pub motif: Option<String>,
    pub lieu: Option<String>,
    /// The Monday of the week to show, `2026-11-23`.
    pub semaine: Option<String>,
    /// The chosen time, RFC 3339 in UTC.
    pub creneau: Option<String>,
    /// `verifier` once the contact form is filled in.
    pub etape: Option<String>,
    /// A time that was taken while the resident was booking it.
    pub pris: Option<String>,
    /// Words to find a motif by.
    pub q: Option<String>,
    /// Set after joining the waitlist.
    pub attente: Option<String>,
    /// The waitlist form's dates, given back when it had a problem.
    pub du: Option<String>,
    pub au: Option<String>,
    /// `erreur` when the waitlist form had a problem.
    pub liste: Option<String>,
}

/// What the URL asks for, before looking anything up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wanted {
    Motif,
    Site,
    Slot,
    Contact,
    Review,
}

impl StepParams {
    pub fn wanted(&self) -> Wanted {
        let has = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        match (has(&self.motif), has(&self.lieu), has(&self.creneau)) {
            (false, _, _) => Wanted::Motif,
            (true, false, _) => Wanted::Site,
            (true, true, false) => Wanted::Slot,
            (true, true, true) if self.etape.as_deref() == Some("verifier") => Wanted::Review,
            (true, true, true) => Wanted::Contact,
        }
    }

    pub fn slot(&self) -> Option<DateTime<Utc>> {
        parse_instant(self.creneau.as_deref()?)
    }

    pub fn week(&self) -> Option<NaiveDate> {
        self.semaine.as_deref()?.parse().ok()
    }

    pub fn taken(&self) -> Option<DateTime<Utc>> {
        parse_instant(self.pris.as_deref()?)
    }
}

pub fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// `2026-11-24T08:30:00Z`: how a time travels in links and forms.
pub fn instant_param(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// `/rendez-vous?motif=…&lieu=…` with the given extra pairs, values escaped.
pub fn step_url(motif: &str, site: Option<&str>, extra: &[(&str, String)]) -> String {
    let mut url = format!("/rendez-vous?motif={}", escape(motif));
    if let Some(site) = site {
        url.push_str(&format!("&lieu={}", escape(site)));
    }
    for (k, v) in extra {
        url.push_str(&format!("&{k}={}", escape(v)));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> StepParams {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        };
        StepParams {
            motif: get("motif"),
            lieu: get("lieu"),
            semaine: get("semaine"),
            creneau: get("creneau"),
            etape: get("etape"),
            pris: get("pris"),
            q: get("q"),
            attente: get("attente"),
            ..Default::default()
        }
    }

    #[test]
    fn the_url_says_which_step() {
        assert_eq!(params(&[]).wanted(), Wanted::Motif);
        assert_eq!(params(&[("q", "passeport")]).wanted(), Wanted::Motif);
        assert_eq!(params(&[("motif", "acte")]).wanted(), Wanted::Site);
        assert_eq!(
            params(&[("motif", "acte"), ("lieu", "")]).wanted(),
            Wanted::Site
        );
        assert_eq!(
            params(&[("motif", "acte"), ("lieu", "mairie")]).wanted(),
            Wanted::Slot
        );
        let chosen = [
            ("motif", "acte"),
            ("lieu", "mairie"),
            ("creneau", "2026-11-24T08:30:00Z"),
        ];
        assert_eq!(params(&chosen).wanted(), Wanted::Contact);
        let mut review = chosen.to_vec();
        review.push(("etape", "verifier"));
        assert_eq!(params(&review).wanted(), Wanted::Review);
        // Only a motif without a site: the site comes first whatever else is there.
        assert_eq!(
            params(&[("motif", "acte"), ("creneau", "2026-11-24T08:30:00Z")]).wanted(),
            Wanted::Site
        );
    }

    #[test]
    fn times_and_urls_round_trip() {
        let at = parse_instant("2026-11-24T08:30:00Z").unwrap();
        assert_eq!(instant_param(at), "2026-11-24T08:30:00Z");
        assert_eq!(parse_instant("2026-11-24T09:30:00+01:00"), Some(at));
        assert_eq!(parse_instant("demain"), None);
        assert_eq!(
            step_url("acte", Some("hôtel"), &[("creneau", instant_param(at))]),
            "/rendez-vous?motif=acte&lieu=h%C3%B4tel&creneau=2026-11-24T08%3A30%3A00Z"
        );
    }
}
