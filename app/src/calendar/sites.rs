//! Every site with its day, for the pages that tell residents where to go and when.

use super::today::SiteToday;
use crate::errors::AppError;
use leptos::prelude::*;

/// Every site with what it is like today in Paris time.
#[server(prefix = "/api/public", endpoint = "lieux")]
pub async fn sites_today() -> Result<Vec<SiteToday>, AppError> {
    let state = crate::state::AppState::from_context()?;
    Ok(super::store::sites_today(&state.db, chrono::Utc::now()).await?)
}
