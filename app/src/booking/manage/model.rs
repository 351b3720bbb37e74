//! What the resident's own appointment page shows: no more personal data than the first
//! name and a masked phone number or e-mail address.

use crate::booking::wizard::model::{MotifInfo, SiteInfo, WeekOfSlots};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Status {
    Booked,
    CheckedIn,
    Done,
    Cancelled,
    NoShow,
}

impl Status {
    pub fn parse(s: &str) -> Status {
        match s {
            "checked_in" | "in_service" => Status::CheckedIn,
            "done" => Status::Done,
            "cancelled" => Status::Cancelled,
            "no_show" => Status::NoShow,
            _ => Status::Booked,
        }
    }

    pub fn message_id(&self) -> &'static str {
        match self {
            Status::Booked => "appointment-status-booked",
            Status::CheckedIn => "appointment-status-checked-in",
            Status::Done => "appointment-status-done",
            Status::Cancelled => "appointment-status-cancelled",
            Status::NoShow => "appointment-status-no-show",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppointmentView {
    pub reference: String,
    pub first_name: String,
    pub masked_phone: Option<String>,
    pub masked_email: Option<String>,
    pub motif: MotifInfo,
    pub site: SiteInfo,
    pub starts_at: DateTime<Utc>,
    pub status: Status,
    /// Whether the resident may still move or cancel it online.
    pub changeable: bool,
    pub deadline_hours: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MoveView {
    pub appointment: AppointmentView,
    pub week: WeekOfSlots,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum OfferState {
    Held { until: DateTime<Utc> },
    Expired,
    Accepted,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferView {
    pub motif: MotifInfo,
    pub site: SiteInfo,
    pub starts_at: DateTime<Utc>,
    pub state: OfferState,
}
