//! `/rendez-vous`: motif → site → day and time → contact → review → confirmation, one
//! plain page per step.

mod actions;
#[cfg(feature = "ssr")]
pub mod draft;
#[cfg(feature = "ssr")]
pub(crate) mod load;
pub mod model;
mod views;

pub use actions::{confirm_booking, join_waitlist, save_contact};
pub use model::{Step, StepParams};
pub use views::BookingPage;

use crate::errors::AppError;
use leptos::prelude::*;

/// What the step named by the URL shows.
#[server(prefix = "/api/public", endpoint = "rendez-vous/etape")]
pub async fn booking_step(params: StepParams) -> Result<Step, AppError> {
    let state = crate::state::AppState::from_context()?;
    load::load_step(
        &state.db,
        &params,
        draft::read(),
        crate::i18n::request_locale(),
        chrono::Utc::now(),
    )
    .await
}
