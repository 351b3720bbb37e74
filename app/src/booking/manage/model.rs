//! What the resident's own appointment page shows: no more personal data than the first
//! name and a masked phone number or e-mail address.

use crate::booking::wizard::model::{MotifInfo, SiteInfo, WeekOfSlots};
use crate::statuses::AppointmentStatus;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppointmentView {
    pub reference: String,
    pub first_name: String,
    pub masked_phone: Option<String>,
    pub masked_email: Option<String>,
    pub motif: MotifInfo,
    pub site: SiteInfo,
    pub starts_at: DateTime<Utc>,
    pub status: AppointmentStatus,
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
