//! Who is acting: the agent signed in on a workstation, as server code sees them.

use super::roles::Role;

/// Someone signed in on a workstation.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffIdentity {
    pub agent_id: i32,
    pub agent_name: String,
    pub role: Role,
    pub device_id: i32,
    pub device_name: String,
}
