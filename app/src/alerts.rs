//! What the staff frame tells an agent on every page, whatever section they are in: their
//! requests due within two working days, and, for supervisors, the requests already late.
//! The frame shows them; the features that own the facts fill them through
//! `hooks::Hooks::on_staff_alerts`.

use serde::{Deserialize, Serialize};

/// One line of the frame's alerts: `count` things, said by the Fluent id `message` (it
/// takes `$count`), the page that lists them at `href`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffAlert {
    pub message: String,
    pub count: u64,
    pub href: String,
    /// Past a deadline already, not only close to it.
    pub urgent: bool,
}

/// Whom the alerts are for.
#[derive(Clone, Copy, Debug)]
pub struct AlertsFor {
    pub agent_id: i32,
    /// Supervisors answer for the late requests of the services they belong to.
    pub supervisor: bool,
}
