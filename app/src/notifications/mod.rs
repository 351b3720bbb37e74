//! Notifications to residents (SMS and e-mail) through an outbox: a row is written in the
//! same transaction as the change it announces, and a background worker sends it later
//! with retries. Transports (SMTP, SMS providers, the demo journal) live in the server.
//! A base module (booking and the queue send messages); its one page, the journal of
//! what was sent, is for administrators.

pub mod backoff;
pub mod model;
#[cfg(feature = "ssr")]
pub mod outbox;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod templates;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::JournalView;

/// The last messages; administrators only (they contain residents' contact details). The
/// reading is audited.
#[server(prefix = "/api/agent", endpoint = "messages")]
pub async fn message_journal() -> Result<JournalView, AppError> {
    use crate::staff::{Me, StaffSection};
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let messages = store::journal(&state.db).await?;
    crate::audit::staff_action(&state.db, &identity, "notifications.read_journal", "", None)
        .await?;
    Ok(JournalView {
        me: Me::from_identity(identity)?,
        messages,
    })
}
