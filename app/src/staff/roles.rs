//! Who may open which part of the staff workspace. Pure: used by the server's route guard,
//! by every staff server function and by the navigation.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Counsellor,
    Expert,
    Interpreter,
    Supervisor,
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Counsellor,
        Role::Expert,
        Role::Interpreter,
        Role::Supervisor,
        Role::Admin,
    ];

    /// As stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Counsellor => "counsellor",
            Role::Expert => "expert",
            Role::Interpreter => "interpreter",
            Role::Supervisor => "supervisor",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Fluent id of the role's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Counsellor => "role-counsellor",
            Role::Expert => "role-expert",
            Role::Interpreter => "role-interpreter",
            Role::Supervisor => "role-supervisor",
            Role::Admin => "role-admin",
        }
    }
}

/// The sections of the staff workspace, as in the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StaffSection {
    Queue,
    Appointments,
    Requests,
    Residents,
    Procedures,
    Interpretation,
    Quality,
    Admin,
}

impl StaffSection {
    pub const ALL: [StaffSection; 8] = [
        StaffSection::Queue,
        StaffSection::Appointments,
        StaffSection::Requests,
        StaffSection::Residents,
        StaffSection::Procedures,
        StaffSection::Interpretation,
        StaffSection::Quality,
        StaffSection::Admin,
    ];

    pub fn path(self) -> &'static str {
        match self {
            StaffSection::Queue => "/agent/file",
            StaffSection::Appointments => "/agent/rendez-vous",
            StaffSection::Requests => "/agent/demandes",
            StaffSection::Residents => "/agent/usagers",
            StaffSection::Procedures => "/agent/demarches",
            StaffSection::Interpretation => "/agent/interpretation",
            StaffSection::Quality => "/agent/pilotage",
            StaffSection::Admin => "/agent/admin",
        }
    }

    /// The Fluent id stem: `<stem>` is the title, `<stem>-summary` what it is for.
    pub fn message_id(self) -> &'static str {
        match self {
            StaffSection::Queue => "section-queue",
            StaffSection::Appointments => "section-appointments",
            StaffSection::Requests => "section-requests",
            StaffSection::Residents => "section-residents",
            StaffSection::Procedures => "section-procedures",
            StaffSection::Interpretation => "section-interpretation",
            StaffSection::Quality => "section-quality",
            StaffSection::Admin => "section-admin",
        }
    }

    /// Roles allowed in the section. Residents' data is for those who serve residents;
    /// indicators for those who steer; settings for administrators.
    pub fn allows(self, role: Role) -> bool {
        use Role::*;
        match self {
            StaffSection::Queue
            | StaffSection::Appointments
            | StaffSection::Requests
            | StaffSection::Residents => {
                matches!(role, Counsellor | Expert | Supervisor | Admin)
            }
            StaffSection::Procedures | StaffSection::Interpretation => true,
            StaffSection::Quality => matches!(role, Supervisor | Admin),
            StaffSection::Admin => role == Admin,
        }
    }

    /// The section a staff URL belongs to (`/agent/admin/postes` → Admin).
    pub fn from_path(path: &str) -> Option<StaffSection> {
        let path = path.trim_end_matches('/');
        StaffSection::ALL
            .into_iter()
            .find(|s| path == s.path() || path.starts_with(&format!("{}/", s.path())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_stored_name() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn admin_pages_are_for_admins_only() {
        for r in Role::ALL {
            assert_eq!(StaffSection::Admin.allows(r), r == Role::Admin, "{r:?}");
        }
    }

    #[test]
    fn interpreters_reach_the_language_panel_but_not_residents_records() {
        assert!(StaffSection::Interpretation.allows(Role::Interpreter));
        assert!(!StaffSection::Residents.allows(Role::Interpreter));
        assert!(!StaffSection::Queue.allows(Role::Interpreter));
    }

    #[test]
    fn indicators_are_for_supervisors_and_admins() {
        assert!(StaffSection::Quality.allows(Role::Supervisor));
        assert!(!StaffSection::Quality.allows(Role::Counsellor));
    }

    #[test]
    fn sub_pages_belong_to_their_section() {
        assert_eq!(
            StaffSection::from_path("/agent/admin/postes"),
            Some(StaffSection::Admin)
        );
        assert_eq!(
            StaffSection::from_path("/agent/file/"),
            Some(StaffSection::Queue)
        );
        assert_eq!(StaffSection::from_path("/agent/filexyz"), None);
        assert_eq!(StaffSection::from_path("/agent"), None);
    }
}
