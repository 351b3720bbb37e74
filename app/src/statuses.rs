//! Where an appointment or a queue ticket is in its life. Stored as text (`booked`,
//! `in_service`…) in the `status` columns, typed everywhere else: pages, server functions
//! and the store compare variants, never strings.

use serde::{Deserialize, Serialize};

/// An appointment: booked → checked in → in service → done | no-show | cancelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum AppointmentStatus {
    Booked,
    /// The resident arrived: they are in the queue.
    CheckedIn,
    /// Called to a desk and being served.
    InService,
    Done,
    NoShow,
    Cancelled,
}

impl AppointmentStatus {
    /// Statuses that hold an agent's time.
    pub const ACTIVE: [AppointmentStatus; 3] = [
        AppointmentStatus::Booked,
        AppointmentStatus::CheckedIn,
        AppointmentStatus::InService,
    ];

    /// Fluent id of the status as residents and counsellors read it (a resident being
    /// served reads "arrived" too).
    pub fn message_id(self) -> &'static str {
        match self {
            AppointmentStatus::Booked => "appointment-status-booked",
            AppointmentStatus::CheckedIn | AppointmentStatus::InService => {
                "appointment-status-checked-in"
            }
            AppointmentStatus::Done => "appointment-status-done",
            AppointmentStatus::Cancelled => "appointment-status-cancelled",
            AppointmentStatus::NoShow => "appointment-status-no-show",
        }
    }

    /// As stored, e.g. `in_service`; also a CSS class suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            AppointmentStatus::Booked => "booked",
            AppointmentStatus::CheckedIn => "checked_in",
            AppointmentStatus::InService => "in_service",
            AppointmentStatus::Done => "done",
            AppointmentStatus::NoShow => "no_show",
            AppointmentStatus::Cancelled => "cancelled",
        }
    }
}

/// Tests and logs compare with the stored text (`a.status == "cancelled"`).
impl PartialEq<&str> for AppointmentStatus {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A queue ticket. Stored as the `status` column's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum TicketStatus {
    /// In the one queue, waiting for a counsellor.
    Waiting,
    /// Waiting for a service's experts (or one named expert) after a transfer.
    Transferred,
    /// Called to a desk; not there yet.
    Called,
    /// At the desk.
    InService,
    /// Set aside by the counsellor (a document to fetch), to be resumed by them.
    Aside,
    Done,
    NoShow,
    /// Given up by the resident from their phone.
    Cancelled,
}

impl TicketStatus {
    pub const ALL: [TicketStatus; 8] = [
        TicketStatus::Waiting,
        TicketStatus::Transferred,
        TicketStatus::Called,
        TicketStatus::InService,
        TicketStatus::Aside,
        TicketStatus::Done,
        TicketStatus::NoShow,
        TicketStatus::Cancelled,
    ];

    /// Waiting to be called, in the common queue or a service's.
    pub const QUEUED: [TicketStatus; 2] = [TicketStatus::Waiting, TicketStatus::Transferred];

    /// With an agent: called to their desk or being served there.
    pub const WITH_AGENT: [TicketStatus; 2] = [TicketStatus::Called, TicketStatus::InService];

    /// As stored, e.g. `in_service`.
    pub const fn as_str(self) -> &'static str {
        match self {
            TicketStatus::Waiting => "waiting",
            TicketStatus::Transferred => "transferred",
            TicketStatus::Called => "called",
            TicketStatus::InService => "in_service",
            TicketStatus::Aside => "aside",
            TicketStatus::Done => "done",
            TicketStatus::NoShow => "no_show",
            TicketStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<TicketStatus> {
        TicketStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Still somewhere between the entrance and the end of the visit.
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            TicketStatus::Done | TicketStatus::NoShow | TicketStatus::Cancelled
        )
    }

    /// Waiting to be called, in the common queue or a service's.
    pub fn is_queued(self) -> bool {
        TicketStatus::QUEUED.contains(&self)
    }
}

/// Tests compare with the stored text (`t.status == "waiting"`).
impl PartialEq<&str> for TicketStatus {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticket_statuses_round_trip_through_their_stored_text() {
        for s in TicketStatus::ALL {
            assert_eq!(TicketStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(TicketStatus::parse("lost"), None);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn stored_text_is_the_one_the_database_always_had() {
        use sea_orm::ActiveEnum;
        use sea_orm::Iterable;
        for s in AppointmentStatus::iter() {
            assert_eq!(s.to_value(), s.as_str());
        }
        for s in TicketStatus::iter() {
            assert_eq!(s.to_value(), s.as_str());
        }
    }
}
