//! Residents (`/agent/usagers`): a counsellor types a name, a phone number or an e-mail
//! address and sees each person found with their appointments and requests, and only what
//! is needed to serve them (name, contact, language, needs). Every search is audited with
//! what it showed. Two records' people that are one resident (a letter signed by name, an
//! e-mail from another address) are merged by a counsellor, and separated again.
//!
//! This file holds the server functions.

pub mod grouping;
pub mod model;
#[cfg(feature = "ssr")]
pub mod rights;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{EraseForm, MergeForm, ResidentsView, SeparateForm};
#[cfg(feature = "ssr")]
use {
    crate::errors::{FeatureError, Refusal},
    crate::i18n::request_locale,
    crate::staff::session::require_section,
    crate::staff::{Me, StaffSection},
    crate::state::AppState,
    model::back_to,
};

/// The people matching `q`, with their records.
#[server(prefix = "/api/agent", endpoint = "usagers")]
pub async fn search_residents(q: String) -> Result<ResidentsView, AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    Ok(store::search(&state.db, &identity, me, &q, request_locale()).await?)
}

/// "These two are one person"; back to the search, which now shows them together.
#[server(prefix = "/api/agent", endpoint = "usagers/regrouper")]
pub async fn merge_residents(#[server(flatten)] form: MergeForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    match store::merge(&state.db, &identity, &form, chrono::Utc::now()).await {
        Ok(()) => crate::components::url::redirect(&back_to(&form.q, "regroupe=1")),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => {
                crate::components::url::redirect(&back_to(&form.q, &format!("erreur={id}")))
            }
            _ => return Err(e.into()),
        },
    }
    Ok(())
}

/// Undoes a merge; back to the search.
#[server(prefix = "/api/agent", endpoint = "usagers/separer")]
pub async fn separate_residents(#[server(flatten)] form: SeparateForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    store::separate(&state.db, &identity, &form).await?;
    crate::components::url::redirect(&back_to(&form.q, "separe=1"));
    Ok(())
}

/// Erases one person's data on their request (administrators only); back to the search,
/// which no longer finds them, with what was erased.
#[server(prefix = "/api/agent", endpoint = "usagers/effacer")]
pub async fn erase_resident(#[server(flatten)] form: EraseForm) -> Result<(), AppError> {
    let identity = crate::staff::session::require_role(&[crate::staff::Role::Admin]).await?;
    let state = AppState::from_context()?;
    if form.confirmed.is_none() {
        crate::components::url::redirect(&back_to(&form.q, "erreur=residents-erase-unconfirmed"));
        return Ok(());
    }
    let erased = rights::erase(
        &state.db,
        &identity,
        &form.q,
        form.person.trim(),
        chrono::Utc::now(),
    )
    .await?;
    let outcome = match erased {
        Some(e) => format!("efface={}", e.total()),
        None => "erreur=residents-erase-nobody".to_owned(),
    };
    crate::components::url::redirect(&back_to(&form.q, &outcome));
    Ok(())
}
