//! Residents (`/agent/usagers`): a counsellor types a name, a phone number or an e-mail
//! address and sees each person found with their appointments and requests, and only what
//! is needed to serve them (name, contact, language, needs). Every search is audited with
//! what it showed.
//!
//! This file holds the server functions.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::ResidentsView;
#[cfg(feature = "ssr")]
use {
    crate::i18n::request_locale,
    crate::staff::session::require_section,
    crate::staff::{Me, StaffSection},
    crate::state::AppState,
};

/// The people matching `q`, with their records.
#[server(prefix = "/api/agent", endpoint = "usagers")]
pub async fn search_residents(q: String) -> Result<ResidentsView, AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone())?;
    Ok(store::search(&state.db, &identity, me, &q, request_locale()).await?)
}
