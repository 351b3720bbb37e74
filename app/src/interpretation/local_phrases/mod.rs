//! The town's own phrases: an administrator adds a phrase in French to one of the
//! phrasebook's situations, with a translation per language; each translation is "not
//! verified" until an agent who speaks that language approves it, and only verified ones
//! join the language panel (listed, searched, shown, read aloud, sent to the paired
//! screen), as `local-<id>`.
//!
//! This file holds the server functions.

pub mod model;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{LocalPhrasesView, NewPhraseForm, RetireForm, VerifyForm};

#[cfg(feature = "ssr")]
use {
    crate::interpretation::model::after,
    crate::interpretation::store::outcome,
    crate::staff::roles::Role,
    crate::staff::session::{require_role, require_section},
    crate::staff::{Me, StaffSection},
    crate::state::AppState,
    chrono::Utc,
    model::PATH,
};

/// The town's phrases, their translations and who verified them.
#[server(prefix = "/api/agent", endpoint = "interpretation/phrases")]
pub async fn load_local_phrases() -> Result<LocalPhrasesView, AppError> {
    let identity = require_section(StaffSection::Interpretation).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    let locale = crate::i18n::request_locale();
    Ok(store::view(&state.db, locale, &identity, me).await?)
}

/// A new phrase with its translations (empty ones left out), all saved or none.
#[server(prefix = "/api/agent", endpoint = "interpretation/phrases/ajouter")]
pub async fn add_local_phrase(#[server(flatten)] form: NewPhraseForm) -> Result<(), AppError> {
    let identity = require_role(&[Role::Admin]).await?;
    let state = AppState::from_context()?;
    let added = store::add(&state.db, &identity, &form, Utc::now()).await;
    crate::components::url::redirect(&after(PATH, Some("enregistre"), outcome(added)?));
    Ok(())
}

/// An agent who speaks the translation's language approves it.
#[server(prefix = "/api/agent", endpoint = "interpretation/phrases/verifier")]
pub async fn verify_translation(#[server(flatten)] form: VerifyForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Interpretation).await?;
    let state = AppState::from_context()?;
    let verified = store::verify(&state.db, &identity, form.phrase, &form.lang, Utc::now()).await;
    crate::components::url::redirect(&after(PATH, Some("verifie"), outcome(verified)?));
    Ok(())
}

/// An administrator takes a phrase out of the panel.
#[server(prefix = "/api/agent", endpoint = "interpretation/phrases/retirer")]
pub async fn retire_local_phrase(#[server(flatten)] form: RetireForm) -> Result<(), AppError> {
    let identity = require_role(&[Role::Admin]).await?;
    let state = AppState::from_context()?;
    store::retire(&state.db, &identity, form.phrase).await?;
    crate::components::url::redirect(PATH);
    Ok(())
}
