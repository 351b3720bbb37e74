//! "Aller vers" campaigns (`/agent/usagers/campagnes`): a supervisor builds a list of
//! residents to call, from a pasted CSV or spreadsheet or from the records (nobody heard
//! of for a year); counsellors work it call by call, each holding the person they call,
//! and each call is a contact on the outbound channel with its outcome.
//!
//! This file holds the server functions.

pub mod calls;
pub mod model;
pub mod roster;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{CallForm, CallView, CampaignForm, CampaignView, CampaignsView, CloseForm, NextForm};
#[cfg(feature = "ssr")]
use {
    crate::errors::{FeatureError, Refusal},
    crate::i18n::request_locale,
    crate::staff::session::require_section,
    crate::staff::{Me, StaffSection},
    crate::state::AppState,
    chrono::Utc,
    model::{PATH, call_path, campaign_path},
    store::CampaignsError,
};

/// Where a refused form goes back to, with the reason (and the list's bad lines).
#[cfg(feature = "ssr")]
fn refused(back: &str, e: CampaignsError) -> Result<(), AppError> {
    let lines = match &e {
        CampaignsError::BadLines(lines) => {
            let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
            format!("&lignes={}", lines.join("-"))
        }
        _ => String::new(),
    };
    match e.refusal() {
        Some(Refusal::Invalid(id)) => {
            crate::components::url::redirect(&format!("{back}?erreur={id}{lines}"));
            Ok(())
        }
        _ => Err(e.into()),
    }
}

#[server(prefix = "/api/agent", endpoint = "campagnes")]
pub async fn load_campaigns() -> Result<CampaignsView, AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    Ok(store::list(&state.db, me, identity.role, request_locale()).await?)
}

/// Builds a campaign and opens its page; back to the form with the reason otherwise.
#[server(prefix = "/api/agent", endpoint = "campagnes/creer")]
pub async fn create_campaign(#[server(flatten)] form: CampaignForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    match store::create(&state.db, &identity, &form, Utc::now()).await {
        Ok(id) => {
            crate::components::url::redirect(&format!("{}?creee=1", campaign_path(id)));
            Ok(())
        }
        Err(e) => refused(PATH, e),
    }
}

#[server(prefix = "/api/agent", endpoint = "campagne")]
pub async fn load_campaign(id: i32) -> Result<CampaignView, AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    let (locale, now) = (request_locale(), Utc::now());
    Ok(store::page(&state.db, me, &identity, id, locale, now).await?)
}

/// Takes the next person to call and opens the call; back to the campaign when nobody is
/// left.
#[server(prefix = "/api/agent", endpoint = "campagnes/suivant")]
pub async fn next_call(#[server(flatten)] form: NextForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    match store::claim_next(&state.db, &identity, form.campaign, Utc::now()).await {
        Ok(Some(_)) => crate::components::url::redirect(&call_path(form.campaign)),
        Ok(None) => {
            crate::components::url::redirect(&format!("{}?fini=1", campaign_path(form.campaign)))
        }
        Err(e) => return refused(&campaign_path(form.campaign), e),
    }
    Ok(())
}

#[server(prefix = "/api/agent", endpoint = "campagnes/appel")]
pub async fn load_call(id: i32) -> Result<CallView, AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    let (locale, now) = (request_locale(), Utc::now());
    Ok(store::call_page(&state.db, me, &identity, id, locale, now).await?)
}

/// Records how the call went; then the next person, or the campaign's page.
#[server(prefix = "/api/agent", endpoint = "campagnes/issue")]
pub async fn record_call(#[server(flatten)] form: CallForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    let now = Utc::now();
    if let Err(e) = store::record(&state.db, &identity, &form, now).await {
        return refused(&call_path(form.campaign), e);
    }
    if form.then_next.is_empty() {
        crate::components::url::redirect(&format!("{}?appele=1", campaign_path(form.campaign)));
        return Ok(());
    }
    match store::claim_next(&state.db, &identity, form.campaign, now).await {
        Ok(Some(_)) => {
            crate::components::url::redirect(&format!("{}?appele=1", call_path(form.campaign)))
        }
        Ok(None) => {
            crate::components::url::redirect(&format!("{}?fini=1", campaign_path(form.campaign)))
        }
        Err(e) => return refused(&campaign_path(form.campaign), e),
    }
    Ok(())
}

/// Ends a campaign (supervisors).
#[server(prefix = "/api/agent", endpoint = "campagnes/terminer")]
pub async fn close_campaign(#[server(flatten)] form: CloseForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Residents).await?;
    let state = AppState::from_context()?;
    store::close(&state.db, &identity, form.campaign, Utc::now()).await?;
    crate::components::url::redirect(&format!("{}?terminee=1", campaign_path(form.campaign)));
    Ok(())
}
