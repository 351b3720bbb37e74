//! Interpreters: agents with the interpreter role and the languages they speak.
//! - An appointment whose needs name a language can be given an interpreter who speaks it
//!   and is free then; the interpreter sees their assignments.
//! - A counsellor can ask, from the language panel, for an interpreter for the visitor in
//!   front of them: the interpreters on duty for that language are alerted live on
//!   `/agent/interpretation/interpretes`, and the first to answer "J'y vais" gets it.
//!
//! This file holds the server functions.

pub mod duty;
pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use crate::interpretation::panel::model::FromPanel;
use leptos::prelude::*;
use model::{AcceptForm, AssignForm, CancelForm, InterpretersView};

#[cfg(feature = "ssr")]
use {
    crate::interpretation::live::hub::Hub,
    crate::interpretation::model::after,
    crate::interpretation::store::outcome,
    crate::staff::session::require_section,
    crate::staff::{Me, StaffSection},
    crate::state::AppState,
    chrono::Utc,
    model::PATH,
};

/// The interpreters' page: today's requests and the coming appointments needing one.
#[server(prefix = "/api/agent", endpoint = "interpretation/interpretes")]
pub async fn load_interpreters() -> Result<InterpretersView, AppError> {
    let identity = require_section(StaffSection::Interpretation).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    let locale = crate::i18n::request_locale();
    Ok(store::view(&state.db, locale, &identity, me, Utc::now()).await?)
}

/// "Demander un interprète", from the panel: for the panel's language, to the counsellor's
/// desk.
#[server(prefix = "/api/agent", endpoint = "interpretation/demander")]
pub async fn request_interpreter(#[server(flatten)] form: FromPanel) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Interpretation).await?;
    let (state, hub) = (AppState::from_context()?, Hub::from_context()?);
    if let Some(lang) = form.language() {
        store::request(&state.db, &hub, &identity, lang.code(), Utc::now()).await?;
    }
    crate::components::url::redirect(&form.back());
    Ok(())
}

/// The requester withdraws their request (the visitor left, someone else helped); back to
/// the panel or to this page.
#[server(prefix = "/api/agent", endpoint = "interpretation/annuler")]
pub async fn cancel_request(#[server(flatten)] form: CancelForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Interpretation).await?;
    let (state, hub) = (AppState::from_context()?, Hub::from_context()?);
    store::cancel(&state.db, &hub, identity.agent_id, form.id).await?;
    let panel = crate::interpretation::panel::model::PATH;
    crate::components::url::redirect(&crate::components::back::within(&form.back, panel));
    Ok(())
}

/// "J'y vais": an interpreter who speaks the language takes the request; the first one
/// wins, the others are told it is taken.
#[server(prefix = "/api/agent", endpoint = "interpretation/accepter")]
pub async fn accept_request(#[server(flatten)] form: AcceptForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Interpretation).await?;
    let (state, hub) = (AppState::from_context()?, Hub::from_context()?);
    let accepted = store::accept(&state.db, &hub, &identity, form.id, Utc::now()).await;
    crate::components::url::redirect(&after(PATH, None, outcome(accepted)?));
    Ok(())
}

/// Gives an appointment an interpreter (none: takes it back).
#[server(prefix = "/api/agent", endpoint = "interpretation/attribuer")]
pub async fn assign_interpreter(#[server(flatten)] form: AssignForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Interpretation).await?;
    let state = AppState::from_context()?;
    let (appointment, chosen) = (form.appointment, form.interpreter);
    let assigned = store::assign(&state.db, &identity, appointment, chosen, Utc::now()).await;
    crate::components::url::redirect(&after(PATH, Some("enregistre"), outcome(assigned)?));
    Ok(())
}
