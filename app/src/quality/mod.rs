//! Quality (`/agent/pilotage`, `/statistiques`): the indicators of every site, service,
//! channel and agent over a period beside the period before, computed from the stored
//! events (`indicators.rs`, pure); charts with their data tables, a print view, CSV exports
//! for French spreadsheets, the yearly results in the shape Services Publics+ publishes,
//! and the public page of those results.
//!
//! This file holds the server functions.

pub mod csv;
#[cfg(feature = "ssr")]
pub mod exports;
pub mod indicators;
pub mod masking;
pub mod model;
pub mod period;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use crate::staff::Me;
use leptos::prelude::*;
use model::{Filters, PilotageView, ResultsView};
#[cfg(feature = "ssr")]
use {
    crate::i18n::request_locale, crate::staff::StaffSection,
    crate::staff::session::require_section, crate::state::AppState, chrono::Utc,
};

/// `/agent/pilotage`: the figures of the filters in the address.
#[server(prefix = "/api/agent", endpoint = "pilotage")]
pub async fn load_pilotage(filters: Filters) -> Result<(Me, PilotageView), AppError> {
    let identity = require_section(StaffSection::Quality).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity).await?;
    let view = store::pilotage(&state.db, filters, request_locale(), Utc::now()).await?;
    Ok((me, view))
}

/// The year asked in the address (`annee`), or this year when empty.
#[cfg(feature = "ssr")]
fn year(annee: &str) -> Result<Option<i32>, AppError> {
    match annee.trim() {
        "" => Ok(None),
        y => y
            .parse()
            .map(Some)
            .map_err(|_| AppError::from(crate::errors::Refusal::NotFound).with_status()),
    }
}

/// `/agent/pilotage/resultats`: the yearly results, for the staff.
#[server(prefix = "/api/agent", endpoint = "pilotage/resultats")]
pub async fn load_results(annee: String) -> Result<(Me, ResultsView), AppError> {
    let identity = require_section(StaffSection::Quality).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity).await?;
    let view = store::results(&state.db, year(&annee)?, Utc::now()).await?;
    Ok((me, view))
}

/// `/statistiques`: the same yearly results, for everyone. Nothing personal is in them:
/// figures by town and site, survey figures hidden under five answers.
#[server(prefix = "/api/public", endpoint = "statistiques")]
pub async fn load_statistics(annee: String) -> Result<ResultsView, AppError> {
    let state = AppState::from_context()?;
    Ok(store::results(&state.db, year(&annee)?, Utc::now()).await?)
}
