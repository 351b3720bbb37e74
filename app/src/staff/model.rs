//! What staff pages receive about the agent signed in.

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
