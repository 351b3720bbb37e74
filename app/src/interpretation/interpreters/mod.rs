//! Interpreters: agents with the interpreter role and the languages they speak.
//! - An appointment whose needs name a language can be given an interpreter who speaks it
//!   and is free then; the interpreter sees their assignments.
//! - A counsellor can ask, from the language panel, for an interpreter for the visitor in
//!   front of them: the interpreters on duty for that language are alerted live on
//!   `/agent/interpretation/interpretes`, and the first to answer "J'y vais" gets it.

// A plain HTML form posts one field per server-function argument.
#![allow(clippy::too_many_arguments)]

pub mod duty;
#[cfg(feature = "ssr")]
pub mod store;
mod views;

pub use views::{InterpretersPage, RequestBox};

use crate::components::fields::Choice;
use crate::errors::AppError;
use crate::staff::Me;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const PATH: &str = "/agent/interpretation/interpretes";
pub const REQUEST_URL: &str = "/api/agent/interpretation/demander";
pub const CANCEL_URL: &str = "/api/agent/interpretation/annuler";
pub const ACCEPT_URL: &str = "/api/agent/interpretation/accepter";
pub const ASSIGN_URL: &str = "/api/agent/interpretation/attribuer";
/// The live stream telling interpreters' pages that requests changed.
pub const STREAM: &str = "/direct/interpretation/demandes";

/// How far ahead the page lists appointments needing an interpreter.
pub const DAYS_AHEAD: i64 = 14;

/// A request less old than this is announced as new.
pub const FRESH_MINUTES: i64 = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestStatus {
    Open,
    Accepted,
    Cancelled,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Open => "open",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<RequestStatus> {
        [
            RequestStatus::Open,
            RequestStatus::Accepted,
            RequestStatus::Cancelled,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// A request for an interpreter, as the page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestRow {
    pub id: i32,
    pub language: String,
    pub place: String,
    pub requested_by: String,
    pub created_at: DateTime<Utc>,
    pub status: RequestStatus,
    pub accepted_by: Option<String>,
    /// Made by the signed-in agent: they may cancel it.
    pub mine: bool,
    /// The signed-in agent is an interpreter who speaks the language.
    pub can_accept: bool,
    /// Interpreters on duty now who speak the language.
    pub on_duty: Vec<String>,
    pub fresh: bool,
}

/// An upcoming appointment needing an interpreter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppointmentRow {
    pub id: i32,
    pub starts_at: DateTime<Utc>,
    pub site: String,
    pub motif: String,
    pub language: String,
    pub interpreter: Option<String>,
    /// Interpreters who speak the language and are free then (the assigned one included).
    pub candidates: Vec<Choice>,
    pub assigned_to: Option<i32>,
    /// Given to the signed-in agent.
    pub mine: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterpretersView {
    pub me: Me,
    pub is_interpreter: bool,
    /// The languages the signed-in agent speaks (names).
    pub my_languages: Vec<String>,
    pub requests: Vec<RequestRow>,
    pub appointments: Vec<AppointmentRow>,
    /// Counsellors, supervisors and administrators give interpreters to appointments.
    pub can_assign: bool,
}

/// The signed-in agent's request for the panel's language, if one is open or accepted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyRequest {
    pub id: i32,
    pub created_at: DateTime<Utc>,
    pub accepted_by: Option<String>,
    pub on_duty: Vec<String>,
}

/// The name of a language tag in the page's language ("ukrainien"), or its own name for
/// languages beyond the interface's.
pub fn language_label(locale: crate::i18n::Locale, tag: &str) -> String {
    if tag == crate::i18n::languages::SIGN_LANGUAGE {
        return crate::i18n::text(locale, "interpreter-lsf");
    }
    crate::i18n::try_text(locale, &format!("language-{tag}"))
        .unwrap_or_else(|| crate::i18n::languages::language_name(tag))
}

#[server(prefix = "/api/agent", endpoint = "interpretation/interpretes")]
pub async fn load_interpreters() -> Result<InterpretersView, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let agent_id = identity.agent_id;
    let role = identity.role;
    let me = Me::from_identity(identity)?;
    Ok(store::view(&state.db, locale, agent_id, role, me, Utc::now()).await?)
}

/// "Demander un interprète", from the panel: for the panel's language, to the counsellor's
/// desk. `retour` is the panel's address.
#[server(prefix = "/api/agent", endpoint = "interpretation/demander")]
pub async fn request_interpreter(retour: String) -> Result<(), AppError> {
    use crate::interpretation::panel::{PATH as PANEL, PanelParams};
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
    let state = crate::state::AppState::from_context()?;
    let back = crate::components::back::within(&retour, PANEL);
    let params = PanelParams::from_href(&back);
    let Some(lang) = params
        .langue
        .as_deref()
        .and_then(crate::i18n::Locale::from_tag)
        .filter(|l| *l != crate::i18n::Locale::Fr)
    else {
        leptos_axum::redirect(&back);
        return Ok(());
    };
    store::request(
        &state.db,
        &crate::interpretation::live::hub::Hub::from_context()?,
        &identity,
        lang.code(),
        Utc::now(),
    )
    .await?;
    leptos_axum::redirect(&back);
    Ok(())
}

/// The requester withdraws their request (the visitor left, someone else helped).
#[server(prefix = "/api/agent", endpoint = "interpretation/annuler")]
pub async fn cancel_request(id: i32, retour: String) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
    let state = crate::state::AppState::from_context()?;
    store::cancel(
        &state.db,
        &crate::interpretation::live::hub::Hub::from_context()?,
        identity.agent_id,
        id,
    )
    .await?;
    leptos_axum::redirect(&back_to(&retour));
    Ok(())
}

/// "J'y vais": an interpreter who speaks the language takes the request; the first one
/// wins, the others are told it is taken.
#[server(prefix = "/api/agent", endpoint = "interpretation/accepter")]
pub async fn accept_request(id: i32) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
    let state = crate::state::AppState::from_context()?;
    let outcome = store::accept(
        &state.db,
        &crate::interpretation::live::hub::Hub::from_context()?,
        &identity,
        id,
        Utc::now(),
    )
    .await?;
    leptos_axum::redirect(&match outcome {
        Ok(()) => PATH.to_owned(),
        Err(message) => format!("{PATH}?erreur={message}"),
    });
    Ok(())
}

/// Gives an appointment an interpreter (an empty `interprete` takes it back).
#[server(prefix = "/api/agent", endpoint = "interpretation/attribuer")]
pub async fn assign_interpreter(rendez_vous: i32, interprete: String) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
    let state = crate::state::AppState::from_context()?;
    let chosen = interprete.trim().parse::<i32>().ok();
    let outcome = store::assign(&state.db, &identity, rendez_vous, chosen, Utc::now()).await?;
    leptos_axum::redirect(&match outcome {
        Ok(()) => format!("{PATH}?enregistre=1"),
        Err(message) => format!("{PATH}?erreur={message}"),
    });
    Ok(())
}

/// Back to the panel or to this page, never elsewhere.
#[cfg(feature = "ssr")]
fn back_to(retour: &str) -> String {
    crate::components::back::within(retour, crate::interpretation::panel::PATH)
}
