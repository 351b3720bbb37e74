//! What server functions need from the running server, provided as Leptos context.

use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub staff: StaffConfig,
    pub booking: crate::booking::policy::BookingPolicy,
    /// The queue's live streams on this instance.
    pub live: crate::queue::live::Live,
    /// The language panel's live messages on this instance (paired screens, interpreter requests).
    pub panel_live: crate::interpretation::live::hub::Hub,
}

/// Settings of staff access on shared workstations.
#[derive(Clone)]
pub struct StaffConfig {
    /// Server-side secret mixed into PIN hashes (argon2 "secret"): a stolen database alone
    /// does not let anyone brute-force four-digit PINs.
    pub pin_pepper: Arc<[u8]>,
    /// A staff session locks after this long without a request.
    pub inactivity: Duration,
    /// Marks cookies `Secure`; off only when the public URL is plain http (localhost demo).
    pub secure_cookies: bool,
}

impl AppState {
    /// The state provided to the current server function or page render.
    pub fn from_context() -> Result<AppState, crate::errors::AppError> {
        leptos::prelude::use_context::<AppState>().ok_or_else(|| {
            tracing::error!("AppState missing from context");
            crate::errors::AppError::Internal
        })
    }
}
