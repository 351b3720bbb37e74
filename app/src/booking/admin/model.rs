//! What the booking administration pages show and post, and their addresses.

use crate::booking::model::Period;
use crate::components::fields::Choice;
use serde::{Deserialize, Serialize};

/// `/agent/admin/lieux`
pub const SITES_PAGE: &str = "/agent/admin/lieux";
/// `/agent/admin/motifs`
pub const MOTIFS_PAGE: &str = "/agent/admin/motifs";
/// `/agent/admin/plannings`
pub const SCHEDULES_PAGE: &str = "/agent/admin/plannings";

/// `/agent/admin/plannings?agent=…`: one agent's schedules and absences.
pub fn schedules_page(agent: i32) -> String {
    format!("{SCHEDULES_PAGE}?agent={agent}")
}

/// Back to an administration page after a form: what went wrong (a Fluent id), or saved.
/// `components::outcome::Outcome` says it at the top of the page.
pub fn back_to(page: &str, error: Option<&str>) -> String {
    let join = if page.contains('?') { '&' } else { '?' };
    match error {
        Some(e) => format!("{page}{join}erreur={e}"),
        None => format!("{page}{join}enregistre=1"),
    }
}

/// The refusal that means someone else saved the same object in between.
pub const STALE: &str = "admin-error-stale";

/// Back to the page after an editor's form (`objet` names the editor). A mistake brings
/// back what was typed, so the editor shows it again to be corrected; a stale version
/// brings back only which editor it was, so that it shows the values now saved.
#[cfg(feature = "ssr")]
pub fn back_with(page: &str, error: Option<&str>, objet: &str, typed: Kept) -> String {
    let back = back_to(page, error);
    let Some(error) = error else {
        return back;
    };
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("objet", objet);
    if error != STALE {
        for (name, value) in typed {
            query.append_pair(name, &value);
        }
    }
    format!("{back}&{}", query.finish())
}

/// A form's fields as posted, by input name.
pub type Kept = Vec<(&'static str, String)>;

fn check_box(on: bool) -> String {
    if on { "on".into() } else { String::new() }
}

/// What an administrator types about a site.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteDetails {
    pub slug: String,
    pub name: String,
    pub address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    #[serde(default)]
    pub email: String,
    pub access_info: String,
}

/// A site as its editor shows it. (Not flattened: only forms need that, and flattening a
/// DTO the browser reads costs the wasm serde's buffering deserializer.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteSettings {
    pub details: SiteDetails,
    pub alsace_moselle: bool,
    pub hours: WeekHours,
    /// False once retired.
    pub active: bool,
    pub version: i32,
    pub desks: Vec<DeskRow>,
}

/// A desk of a site, retired ones included (they can be brought back).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskRow {
    pub id: i32,
    pub label: String,
    pub active: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClosureRow {
    pub id: i32,
    /// None: every site.
    pub site: Option<String>,
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SitesAdminView {
    pub sites: Vec<SiteSettings>,
    pub closures: Vec<ClosureRow>,
}

/// A motif as its editor shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MotifSettings {
    pub slug: String,
    pub name: String,
    /// The service's name, and its slug (the select's value).
    pub service: String,
    pub service_slug: String,
    pub version: i32,
    pub duration: i32,
    pub buffer: i32,
    pub documents: String,
    pub online: bool,
    pub min_delay: i32,
    pub max_delay: i32,
    pub active: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MotifsAdminView {
    pub motifs: Vec<MotifSettings>,
    /// The services a motif can belong to (the active ones).
    pub services: Vec<Choice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteWeek {
    pub site: Choice,
    pub hours: WeekHours,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AbsenceRow {
    pub id: i32,
    pub from: chrono::DateTime<chrono::Utc>,
    pub to: chrono::DateTime<chrono::Utc>,
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchedulesAdminView {
    pub agents: Vec<Choice>,
    pub agent: Option<i32>,
    pub weeks: Vec<SiteWeek>,
    pub absences: Vec<AbsenceRow>,
}

/// The seven inputs of a week, Monday (`h0`) to Sunday (`h6`), each as
/// `08:30-12:00, 13:30-17:00`, empty when closed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WeekHours {
    pub h0: String,
    pub h1: String,
    pub h2: String,
    pub h3: String,
    pub h4: String,
    pub h5: String,
    pub h6: String,
}

impl WeekHours {
    /// Monday first.
    pub fn days(&self) -> [&str; 7] {
        [
            &self.h0, &self.h1, &self.h2, &self.h3, &self.h4, &self.h5, &self.h6,
        ]
    }

    /// From the seven days' texts, Monday first.
    pub fn from_days(days: [String; 7]) -> WeekHours {
        let [h0, h1, h2, h3, h4, h5, h6] = days;
        WeekHours {
            h0,
            h1,
            h2,
            h3,
            h4,
            h5,
            h6,
        }
    }
}

/// A site's editor, as posted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteForm {
    #[serde(flatten)]
    pub details: SiteDetails,
    #[serde(default, deserialize_with = "crate::forms::checked")]
    pub alsace_moselle: bool,
    #[serde(flatten)]
    pub hours: WeekHours,
    /// The version the editor showed; none from a new site's form.
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub version: Option<i32>,
}

impl SiteForm {
    pub fn kept(&self) -> Kept {
        let d = &self.details;
        let mut kept: Kept = vec![
            ("slug", d.slug.clone()),
            ("name", d.name.clone()),
            ("address", d.address.clone()),
            ("postal_code", d.postal_code.clone()),
            ("city", d.city.clone()),
            ("phone", d.phone.clone()),
            ("email", d.email.clone()),
            ("access_info", d.access_info.clone()),
            ("alsace_moselle", check_box(self.alsace_moselle)),
        ];
        const DAYS: [&str; 7] = ["h0", "h1", "h2", "h3", "h4", "h5", "h6"];
        kept.extend(DAYS.into_iter().zip(self.hours.days().map(str::to_owned)));
        kept
    }
}

/// Retiring (`active` unticked) or bringing back a site, a service or a motif, from the
/// version the page showed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActiveForm {
    pub slug: String,
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub version: Option<i32>,
    #[serde(default, deserialize_with = "crate::forms::checked")]
    pub active: bool,
}

/// A desk added to a site (no `id`) or renamed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeskForm {
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub id: Option<i32>,
    #[serde(rename = "lieu")]
    pub site: String,
    #[serde(rename = "nom")]
    pub label: String,
}

impl DeskForm {
    /// The editor it came from: a desk, or a site's "add a desk".
    pub fn objet(&self) -> String {
        match self.id {
            Some(id) => format!("desk-{id}"),
            None => format!("desk-new-{}", self.site),
        }
    }

    pub fn kept(&self) -> Kept {
        vec![("nom", self.label.clone())]
    }
}

/// Retiring or bringing back a desk.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeskActiveForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub id: i32,
    #[serde(default, deserialize_with = "crate::forms::checked")]
    pub active: bool,
}

/// A closure of one site (`lieu`) or, with `lieu` empty, of them all.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClosureForm {
    #[serde(rename = "lieu")]
    pub site: String,
    /// The first and last days closed, `2026-12-24`.
    #[serde(flatten)]
    pub dates: Period,
    #[serde(rename = "raison")]
    pub reason: String,
}

/// A motif's editor, as posted. The numbers are typed by a person: checked by the store.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MotifForm {
    pub slug: String,
    pub name: String,
    /// The service's slug.
    #[serde(default)]
    pub service: String,
    pub duration: String,
    pub buffer: String,
    pub documents: String,
    #[serde(default, deserialize_with = "crate::forms::checked")]
    pub online: bool,
    pub min_delay: String,
    pub max_delay: String,
    #[serde(default, deserialize_with = "crate::forms::checked")]
    pub active: bool,
    /// The version the editor showed; none from a new motif's form.
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub version: Option<i32>,
}

impl MotifForm {
    pub fn kept(&self) -> Kept {
        vec![
            ("slug", self.slug.clone()),
            ("name", self.name.clone()),
            ("service", self.service.clone()),
            ("duration", self.duration.clone()),
            ("buffer", self.buffer.clone()),
            ("documents", self.documents.clone()),
            ("online", check_box(self.online)),
            ("min_delay", self.min_delay.clone()),
            ("max_delay", self.max_delay.clone()),
            ("active", check_box(self.active)),
        ]
    }
}

/// An agent's working week at one site.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScheduleForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub agent: i32,
    #[serde(rename = "lieu")]
    pub site: String,
    #[serde(flatten)]
    pub hours: WeekHours,
}

/// An agent's absence, from and to Paris wall-clock times (`2026-12-24T08:30`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AbsenceForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub agent: i32,
    #[serde(flatten)]
    pub dates: Period,
    #[serde(rename = "raison")]
    pub reason: String,
}

/// Removing one of an agent's absences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AbsenceRemoval {
    #[serde(deserialize_with = "crate::forms::number")]
    pub id: i32,
    #[serde(deserialize_with = "crate::forms::number")]
    pub agent: i32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_go_back_to_their_page_with_the_outcome() {
        assert_eq!(back_to(SITES_PAGE, None), "/agent/admin/lieux?enregistre=1");
        assert_eq!(
            back_to(&schedules_page(7), Some("admin-error-hours")),
            "/agent/admin/plannings?agent=7&erreur=admin-error-hours"
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_site_form_reads_its_week_and_its_check_box() {
        #[derive(Deserialize)]
        struct Args {
            #[serde(flatten)]
            form: SiteForm,
        }
        let mut body = serde_json::json!({
            "slug": "test", "name": "Mairie", "address": "1 rue", "postal_code": "99999",
            "city": "Testville", "phone": "", "access_info": "",
            "h0": "9-10", "h1": "", "h2": "9h-12h, 13h30-19h", "h3": "", "h4": "", "h5": "", "h6": "",
        });
        let form = serde_json::from_value::<Args>(body.clone()).unwrap().form;
        assert_eq!(form.hours.days()[2], "9h-12h, 13h30-19h");
        assert_eq!(form.details.city, "Testville");
        assert!(!form.alsace_moselle);
        body["alsace_moselle"] = "on".into();
        assert!(
            serde_json::from_value::<Args>(body)
                .unwrap()
                .form
                .alsace_moselle
        );
    }
}
