//! Staff access on shared workstations: enrolment of workstations, sign-in by name and PIN,
//! auto-lock, "changer de conseiller", roles, and the staff home with its navigation.

mod devices;
pub mod frame;
pub mod home;
#[cfg(feature = "ssr")]
pub mod identity;
mod login;
pub mod roles;
mod sections;

#[cfg(feature = "ssr")]
pub mod pin;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod tokens;

pub use devices::{AdminDevicesPage, EnrolPage};
pub use home::StaffHomePage;
pub use login::LoginPage;
pub use roles::{Role, StaffSection};
pub use sections::StaffSectionPage;

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
    pub fn from_identity(identity: identity::StaffIdentity) -> Result<Me, crate::errors::AppError> {
        let state = crate::state::AppState::from_context()?;
        Ok(Me {
            name: identity.agent_name,
            role: identity.role,
            workstation: identity.device_name,
            inactivity_secs: state.staff.inactivity.as_secs(),
        })
    }
}
