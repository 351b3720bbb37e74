//! What the staff pages receive and post: the agent signed in, the login screen's tiles,
//! the workstations list.

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
}

#[cfg(feature = "ssr")]
impl Me {
    pub fn from_identity(
        identity: super::identity::StaffIdentity,
    ) -> Result<Me, crate::errors::AppError> {
        let state = crate::state::AppState::from_context()?;
        Ok(Me {
            name: identity.agent_name,
            role: identity.role,
            workstation: identity.device_name,
            inactivity_secs: state.staff.inactivity.as_secs(),
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkstationRow {
    pub id: i32,
    pub name: String,
    pub enrolled: bool,
    pub revoked: bool,
    /// Last use, as Paris wall-clock `YYYY-MM-DD HH:MM`.
    pub last_seen: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DevicesView {
    pub me: Me,
    pub workstations: Vec<WorkstationRow>,
}

/// The shared workstation's login screen.
pub const LOGIN_PAGE: &str = "/agent";
/// Where an agent lands once signed in.
pub const HOME_PAGE: &str = "/agent/accueil";
/// Enrolling this computer as a workstation, with a code.
pub const ENROL_PAGE: &str = "/agent/poste";
/// The administration of workstations.
pub const DEVICES_PAGE: &str = "/agent/admin/postes";

/// The longest workstation name.
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
