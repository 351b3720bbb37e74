//! What the resident's own appointment page shows (no more personal data than the first
//! name and a masked phone number or e-mail address), its move form, and the addresses of
//! the resident's link.

use crate::booking::model::{MotifInfo, SiteInfo, WeekOfSlots, appointment_page};
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

/// Moving to another time, as the move page posts it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MoveForm {
    pub token: String,
    /// The new time, as `instant_param` writes it.
    #[serde(rename = "creneau")]
    pub slot: String,
}

/// `/rendez-vous/<token>/deplacer`: the free times to move to.
pub fn move_page(token: &str) -> String {
    format!("{}/deplacer", appointment_page(token))
}

/// `/rendez-vous/offre/<token>`: a time offered from the waitlist.
pub fn offer_page(token: &str) -> String {
    format!("/rendez-vous/offre/{token}")
}
