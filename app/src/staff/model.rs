//! What the staff pages receive and post: the agent signed in, the login screen's tiles,
//! the devices list and the forms that make and enrol devices.

use super::devices::DeviceKind;
use super::roles::Role;
use serde::{Deserialize, Serialize};

/// The signed-in agent as the browser sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub name: String,
    pub role: Role,
    pub workstation: String,
    /// Seconds without input after which the page locks itself.
    pub inactivity_secs: u64,
    /// What the frame tells them on every page (deadlines close or past).
    pub alerts: Vec<crate::alerts::StaffAlert>,
}

#[cfg(feature = "ssr")]
impl Me {
    pub async fn from_identity(
        identity: super::identity::StaffIdentity,
    ) -> Result<Me, crate::errors::AppError> {
        let state = crate::state::AppState::from_context()?;
        let to = crate::alerts::AlertsFor {
            agent_id: identity.agent_id,
            supervisor: identity.role == super::roles::Role::Supervisor,
        };
        let alerts = state
            .hooks
            .staff_alerts(&state.db, to, chrono::Utc::now())
            .await?;
        Ok(Me {
            name: identity.agent_name,
            role: identity.role,
            workstation: identity.device_name,
            inactivity_secs: state.staff.inactivity.as_secs(),
            alerts,
        })
    }
}

/// One name on the login screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgentTile {
    pub id: i32,
    pub name: String,
    pub role: Role,
}

/// What the login screen shows on this device.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LoginView {
    NotEnrolled,
    ChooseAgent {
        workstation: String,
        agents: Vec<AgentTile>,
    },
    SignedIn,
}

/// The PIN form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignInForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub agent_id: i32,
    pub pin: String,
}

/// One device in the administration's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeviceRow {
    pub id: i32,
    pub name: String,
    pub kind: DeviceKind,
    /// The site's name, for kiosks and screens.
    pub site: Option<String>,
    pub enrolled: bool,
    pub revoked: bool,
    /// Last use, as Paris wall-clock `YYYY-MM-DD HH:MM`.
    pub last_seen: Option<String>,
}

/// A site a kiosk or screen can serve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteChoice {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DevicesView {
    pub me: Me,
    pub devices: Vec<DeviceRow>,
    pub sites: Vec<SiteChoice>,
}

/// The administration's forms that make a device: the workstation form posts its name only;
/// the kiosk and screen form adds the kind and the site.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewDeviceForm {
    pub name: String,
    /// [`DeviceKind::slug`] (`borne`, `ecran`); none: a workstation.
    #[serde(default, rename = "type")]
    pub kind: String,
    /// The site's slug, for a kiosk or a screen.
    #[serde(default, rename = "lieu")]
    pub site: String,
}

/// A device to make, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct NewDevice {
    pub name: String,
    pub kind: DeviceKind,
    /// The site's slug, for kiosks and screens (always set for them).
    pub site: Option<String>,
}

impl NewDeviceForm {
    /// The device to make, or what is wrong: `nom` for the workstation form (as it always
    /// was), a Fluent id for the kiosk and screen form.
    pub fn check(&self) -> Result<NewDevice, &'static str> {
        let kind = match self.kind.as_str() {
            "" => DeviceKind::Workstation,
            slug => DeviceKind::from_slug(slug).ok_or(ERROR_KIND)?,
        };
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > MAX_WORKSTATION_NAME {
            return Err(if kind.has_site() { ERROR_NAME } else { "nom" });
        }
        let site = self.site.trim();
        if kind.has_site() && site.is_empty() {
            return Err(ERROR_SITE);
        }
        Ok(NewDevice {
            name: name.to_owned(),
            kind,
            site: kind.has_site().then(|| site.to_owned()),
        })
    }

    /// Back to the devices page with what was wrong, the typed values kept.
    pub fn refused(&self, error: &str) -> String {
        use crate::components::url::escape;
        if self.kind.is_empty() {
            return format!("{DEVICES_PAGE}?erreur={error}");
        }
        format!(
            "{DEVICES_PAGE}?erreur={error}&type={}&lieu={}&nom={}",
            escape(&self.kind),
            escape(&self.site),
            escape(&self.name)
        )
    }
}

/// What is wrong with a kiosk or screen to make (Fluent ids).
pub const ERROR_NAME: &str = "devices-error-name";
pub const ERROR_SITE: &str = "devices-error-site";
pub const ERROR_KIND: &str = "devices-error-kind";

/// A kiosk's or screen's enrolment, typed on the device itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeviceEnrolForm {
    /// [`DeviceKind::slug`] of the page the prompt is on (`borne`, `ecran`).
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(rename = "lieu")]
    pub site: String,
    pub code: String,
}

/// A kiosk's or screen's page: its content when this browser is the site's enrolled device
/// of that kind, otherwise the prompt for an enrolment code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Enrolled<T> {
    Yes(T),
    No(DevicePrompt),
}

/// The enrolment prompt of a kiosk or screen of a site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DevicePrompt {
    pub kind: DeviceKind,
    pub site: String,
    pub site_name: String,
}

/// The code typed on a kiosk or screen enrols nothing (wrong, used, expired, or made for
/// another kind of device or another site).
pub const ERROR_CODE: &str = "devices-error-code";
/// A kiosk ticket from a browser that is not this site's enrolled kiosk.
pub const ERROR_NOT_KIOSK: &str = "devices-error-not-kiosk";

/// The shared workstation's login screen.
pub const LOGIN_PAGE: &str = "/agent";
/// Where a staff page's inactivity watcher reports that someone typed, clicked or touched
/// (at most every [`ACTIVITY_REPORT_SECS`]): a page's own fetches do not keep a session
/// awake, people do.
pub const ACTIVITY_PATH: &str = "/api/poste/activite";
pub const ACTIVITY_REPORT_SECS: u64 = 30;
/// Where an agent lands once signed in.
pub const HOME_PAGE: &str = "/agent/accueil";
/// Enrolling this computer as a workstation, with a code.
pub const ENROL_PAGE: &str = "/agent/poste";
/// The administration of devices: workstations, kiosks and screens.
pub const DEVICES_PAGE: &str = "/agent/admin/postes";

/// The longest device name.
pub const MAX_WORKSTATION_NAME: usize = 100;

/// The administration's index (`/agent/admin`).
pub const ADMIN_PAGE: &str = "/agent/admin";

/// One page of the administration as its index lists it. The router (`app.rs`), which
/// knows every feature's pages, gives the list: the staff base imports no feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AdminLink {
    pub group: AdminGroup,
    pub path: &'static str,
    /// Fluent id of the page's title (the one its own heading uses).
    pub title: &'static str,
    /// Fluent id of one sentence on what it is for.
    pub summary: &'static str,
}

/// The index's headings, in the order a new town works through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdminGroup {
    /// Sites, desks, services, motifs, schedules.
    Town,
    /// Agents, their roles, skills, languages and PINs.
    People,
    /// Workstations, kiosks and waiting-room screens.
    Devices,
    /// What residents receive, and the journal of what was sent.
    Messages,
    /// The rules the town may change at run time.
    Settings,
}

impl AdminGroup {
    pub const ALL: [AdminGroup; 5] = [
        AdminGroup::Town,
        AdminGroup::People,
        AdminGroup::Devices,
        AdminGroup::Messages,
        AdminGroup::Settings,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            AdminGroup::Town => "admin-group-town",
            AdminGroup::People => "admin-group-people",
            AdminGroup::Devices => "admin-group-devices",
            AdminGroup::Messages => "admin-group-messages",
            AdminGroup::Settings => "admin-group-settings",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(kind: &str, site: &str, name: &str) -> NewDeviceForm {
        NewDeviceForm {
            name: name.into(),
            kind: kind.into(),
            site: site.into(),
        }
    }

    #[test]
    fn a_workstation_needs_a_name_only() {
        let w = form("", "", " Accueil 2 ").check().unwrap();
        assert_eq!(
            (w.kind, w.name.as_str(), w.site),
            (DeviceKind::Workstation, "Accueil 2", None)
        );
        assert_eq!(form("", "", " ").check(), Err("nom"));
        assert_eq!(
            form("", "", "x").refused("nom"),
            "/agent/admin/postes?erreur=nom"
        );
    }

    #[test]
    fn kiosks_and_screens_need_a_site_and_keep_what_was_typed() {
        let k = form("borne", "mairie", "Entrée").check().unwrap();
        assert_eq!(
            (k.kind, k.site.as_deref()),
            (DeviceKind::Kiosk, Some("mairie"))
        );
        assert_eq!(form("ecran", "", "Salle").check(), Err(ERROR_SITE));
        assert_eq!(form("ecran", "mairie", "").check(), Err(ERROR_NAME));
        assert_eq!(form("grille-pain", "mairie", "x").check(), Err(ERROR_KIND));
        assert_eq!(
            form("ecran", "", "Salle d'attente").refused(ERROR_SITE),
            "/agent/admin/postes?erreur=devices-error-site&type=ecran&lieu=&nom=Salle%20d%27attente"
        );
    }
}
