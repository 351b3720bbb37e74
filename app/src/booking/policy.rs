//! The town's booking settings, read once at start (see the server's config).

use super::links::Links;
use chrono::Duration;

#[derive(Clone)]
pub struct BookingPolicy {
    pub links: Links,
    /// Residents may move or cancel online until this long before the appointment.
    pub cancel_deadline: Duration,
    /// How long a freed slot is kept for the person on the waitlist it is offered to.
    pub offer_hold: Duration,
    /// Days before the appointment for the first reminder; 0 for none.
    pub reminder_days_before: u32,
    /// A reminder on the morning of the appointment too.
    pub morning_reminder: bool,
}

impl BookingPolicy {
    /// The town's booking rules, provided by the server wiring.
    pub fn from_context() -> Result<BookingPolicy, crate::errors::AppError> {
        crate::state::context()
    }
}
