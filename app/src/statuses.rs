//! Where an appointment, a queue ticket or a request is in its life, and the channels and
//! kinds of requests. Stored as text (`booked`,
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

/// Where a request (demande) stands. The deadline's clock runs while the town has to act
/// (received, in progress) and stops while it waits for the resident or has answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum RequestStatus {
    Received,
    InProgress,
    /// A document or an answer is asked of the resident: the clock is paused.
    WaitingResident,
    Answered,
    Closed,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 5] = [
        RequestStatus::Received,
        RequestStatus::InProgress,
        RequestStatus::WaitingResident,
        RequestStatus::Answered,
        RequestStatus::Closed,
    ];

    /// Not answered yet: the town still owes something.
    pub const OPEN: [RequestStatus; 3] = [
        RequestStatus::Received,
        RequestStatus::InProgress,
        RequestStatus::WaitingResident,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Received => "received",
            RequestStatus::InProgress => "in_progress",
            RequestStatus::WaitingResident => "waiting_resident",
            RequestStatus::Answered => "answered",
            RequestStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<RequestStatus> {
        RequestStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Whether the deadline's clock runs in this status.
    pub fn clock_runs(self) -> bool {
        matches!(self, RequestStatus::Received | RequestStatus::InProgress)
    }

    /// Fluent id of the status in plain words, as residents and agents read it.
    pub fn message_id(self) -> &'static str {
        match self {
            RequestStatus::Received => "request-status-received",
            RequestStatus::InProgress => "request-status-in-progress",
            RequestStatus::WaitingResident => "request-status-waiting-resident",
            RequestStatus::Answered => "request-status-answered",
            RequestStatus::Closed => "request-status-closed",
        }
    }
}

impl PartialEq<&str> for RequestStatus {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// How a resident reached the town (or the town reached them, `OutboundCall`): every
/// contact and request says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum Channel {
    Desk,
    Phone,
    Email,
    Letter,
    Web,
    OutboundCall,
}

impl Channel {
    pub const ALL: [Channel; 6] = [
        Channel::Desk,
        Channel::Phone,
        Channel::Email,
        Channel::Letter,
        Channel::Web,
        Channel::OutboundCall,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Channel::Desk => "desk",
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Letter => "letter",
            Channel::Web => "web",
            Channel::OutboundCall => "outbound_call",
        }
    }

    pub fn parse(s: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Channel::Desk => "request-channel-desk",
            Channel::Phone => "request-channel-phone",
            Channel::Email => "request-channel-email",
            Channel::Letter => "request-channel-letter",
            Channel::Web => "request-channel-web",
            Channel::OutboundCall => "request-channel-outbound-call",
        }
    }
}

/// What a request is about, which sets its deadline with its channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum RequestKind {
    /// A question about a procedure or a rule.
    Information,
    /// A certificate or a copy of a record (civil status, residence…).
    Certificate,
    /// A notary's question before a sale or a succession.
    Notary,
    Complaint,
    Other,
}

impl RequestKind {
    pub const ALL: [RequestKind; 5] = [
        RequestKind::Information,
        RequestKind::Certificate,
        RequestKind::Notary,
        RequestKind::Complaint,
        RequestKind::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            RequestKind::Information => "information",
            RequestKind::Certificate => "certificate",
            RequestKind::Notary => "notary",
            RequestKind::Complaint => "complaint",
            RequestKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<RequestKind> {
        RequestKind::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            RequestKind::Information => "request-kind-information",
            RequestKind::Certificate => "request-kind-certificate",
            RequestKind::Notary => "request-kind-notary",
            RequestKind::Complaint => "request-kind-complaint",
            RequestKind::Other => "request-kind-other",
        }
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
        for s in RequestStatus::ALL {
            assert_eq!(RequestStatus::parse(s.as_str()), Some(s));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.as_str()), Some(c));
        }
        for k in RequestKind::ALL {
            assert_eq!(RequestKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(RequestStatus::parse("new"), None);
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
        for s in RequestStatus::iter() {
            assert_eq!(s.to_value(), s.as_str());
        }
        for c in Channel::iter() {
            assert_eq!(c.to_value(), c.as_str());
        }
        for k in RequestKind::iter() {
            assert_eq!(k.to_value(), k.as_str());
        }
    }
}
