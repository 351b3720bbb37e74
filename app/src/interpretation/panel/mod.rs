//! `/agent/interpretation`: the counsellor's language panel. The resident's language,
//! a situation or a search in French, a phrase in French and in that language side by
//! side, its values filled in, read aloud, shown full screen to the resident, and the
//! resident's answers with their French meaning; beside them, the paired screen and the
//! request for an interpreter.
//!
//! This file holds the server function that loads the panel.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{PanelParams, PanelView};

/// The panel for `params` (its address), for the signed-in agent.
#[server(prefix = "/api/agent", endpoint = "interpretation")]
pub async fn load_panel(params: PanelParams) -> Result<PanelView, AppError> {
    use crate::staff::{Me, StaffSection};
    let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
    let state = crate::state::AppState::from_context()?;
    let hub = crate::interpretation::live::hub::Hub::from_context()?;
    let page = crate::i18n::request_locale();
    let agent_id = identity.agent_id;
    let me = Me::from_identity(identity).await?;
    Ok(store::load(&state.db, &hub, agent_id, page, params, me).await?)
}
