//! What each step of the booking pages shows, which step a URL asks for, and the
//! "Prévenez-moi" form. The URL holds the choices made so far
//! (`?motif=…&lieu=…&creneau=…`), so every step is a plain page that works without
//! JavaScript and survives a reload or the back button.

use crate::booking::model::{
    ContactDraft, MotifInfo, Period, SiteInfo, WeekOfSlots, parse_instant,
};
use crate::components::url::escape;
use crate::contact_details::Contact;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceMotifs {
    pub slug: String,
    pub name: String,
    pub motifs: Vec<MotifInfo>,
}

/// The "Prévenez-moi" form as it should be shown (again).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WaitlistDraft {
    pub from: String,
    pub to: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    /// Fluent ids of the problems of the last try.
    pub errors: Vec<String>,
}

/// The "Prévenez-moi" form, as posted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WaitlistForm {
    /// The motif's slug.
    pub motif: String,
    /// The site's slug.
    #[serde(rename = "lieu")]
    pub site: String,
    /// The first and last dates the resident could come.
    #[serde(flatten)]
    pub dates: Period,
    pub name: String,
    pub phone: String,
    pub email: String,
}

/// The longest wait one can ask to be told about.
const LONGEST_WAIT: Duration = Duration::days(92);

impl WaitlistForm {
    /// The contact details and the dates, or every mistake at once (Fluent ids).
    pub fn check(&self, today: NaiveDate) -> Result<(Contact, NaiveDate, NaiveDate), Vec<String>> {
        let mut errors = Vec::new();
        let contact = Contact::parse_for_texts(&self.name, &self.phone, &self.email)
            .map_err(|e| errors.extend(e.iter().map(|e| e.message_id().to_owned())))
            .ok();
        let date = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
        let dates = match (date(&self.dates.from), date(&self.dates.to)) {
            (Some(f), Some(t)) if f >= today && f <= t && t - f <= LONGEST_WAIT => Some((f, t)),
            _ => {
                errors.push("waitlist-error-dates".into());
                None
            }
        };
        match (contact, dates) {
            (Some(contact), Some((from, to))) => Ok((contact, from, to)),
            _ => Err(errors),
        }
    }

    /// The contact draft to show the form again with: what was typed and what is wrong,
    /// over what the resident had typed before (their language stays).
    pub fn typed(
        &self,
        before: Option<ContactDraft>,
        errors: Vec<String>,
        language: &str,
    ) -> ContactDraft {
        let mut draft = before.unwrap_or_default();
        draft.name = self.name.trim().to_owned();
        draft.phone = self.phone.trim().to_owned();
        draft.email = self.email.trim().to_owned();
        if draft.language.is_empty() {
            draft.language = language.to_owned();
        }
        draft.errors = errors;
        draft
    }

    /// Back to the form, its dates kept, told something is wrong.
    pub fn retry_url(&self) -> String {
        let back = [
            ("du", self.dates.from.clone()),
            ("au", self.dates.to.clone()),
            ("liste", "erreur".to_owned()),
        ];
        format!(
            "{}#prevenez-moi",
            step_url(&self.motif, Some(&self.site), &back)
        )
    }
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
        waitlist: WaitlistDraft,
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

/// The query keys of [`StepParams`], in one fixed order: all that changes the page (the
/// server's page cache keys on them and drops any other parameter before rendering).
pub const STEP_KEYS: [&str; 11] = [
    "motif", "lieu", "semaine", "creneau", "etape", "pris", "q", "attente", "du", "au", "liste",
];

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

/// `/rendez-vous?motif=…&lieu=…` with the given extra pairs, values escaped.
pub fn step_url(motif: &str, site: Option<&str>, extra: &[(&str, String)]) -> String {
    let mut url = String::with_capacity(96);
    url.push_str("/rendez-vous?motif=");
    url.push_str(&escape(motif));
    if let Some(site) = site {
        url.push_str("&lieu=");
        url.push_str(&escape(site));
    }
    for (k, v) in extra {
        url.push('&');
        url.push_str(k);
        url.push('=');
        url.push_str(&escape(v));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::model::instant_param;

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
    fn the_step_keys_are_the_fields_of_the_step_params() {
        let every = StepParams {
            motif: Some("a".into()),
            lieu: Some("a".into()),
            semaine: Some("a".into()),
            creneau: Some("a".into()),
            etape: Some("a".into()),
            pris: Some("a".into()),
            q: Some("a".into()),
            attente: Some("a".into()),
            du: Some("a".into()),
            au: Some("a".into()),
            liste: Some("a".into()),
        };
        let json = serde_json::to_value(&every).unwrap();
        let mut fields: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut keys = STEP_KEYS.to_vec();
        fields.sort();
        keys.sort();
        assert_eq!(fields, keys);
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
    fn urls_escape_their_values() {
        let at = parse_instant("2026-11-24T08:30:00Z").unwrap();
        assert_eq!(
            step_url("acte", Some("hôtel"), &[("creneau", instant_param(at))]),
            "/rendez-vous?motif=acte&lieu=h%C3%B4tel&creneau=2026-11-24T08%3A30%3A00Z"
        );
    }

    fn form(from: &str, to: &str, phone: &str) -> WaitlistForm {
        WaitlistForm {
            motif: "acte".into(),
            site: "mairie".into(),
            dates: Period {
                from: from.into(),
                to: to.into(),
            },
            name: "Olena Petrenko".into(),
            phone: phone.into(),
            email: String::new(),
        }
    }

    #[test]
    fn the_waitlist_form_reports_every_mistake_at_once() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert!(
            form("2026-11-24", "2026-12-24", "06 12 34 56 78")
                .check(today)
                .is_ok()
        );
        assert_eq!(
            form("2026-11-23", "2026-12-24", "12")
                .check(today)
                .unwrap_err(),
            ["contact-error-phone", "waitlist-error-dates"]
        );
        assert!(
            form("2026-11-24", "2027-03-24", "0612345678")
                .check(today)
                .is_err()
        );
        assert_eq!(
            form("2026-11-24", "2026-11-25", "").retry_url(),
            "/rendez-vous?motif=acte&lieu=mairie&du=2026-11-24&au=2026-11-25&liste=erreur#prevenez-moi"
        );
    }
}
