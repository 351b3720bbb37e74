//! Requests (demandes) and the contacts log: every contact on every channel, a request
//! opened when a contact needs a follow-up (from the desk, the phone, the public form
//! `/demande`), its history and its deadline counted on the site's calendar
//! (`deadline.rs`), the agents' list `/agent/demandes`, and `/suivi` where residents follow
//! theirs with its reference and check code.
//!
//! This file holds the server functions.

pub mod acknowledgement;
pub mod deadline;
pub mod files;
#[cfg(feature = "ssr")]
pub mod inbound;
pub mod model;
pub mod replies;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{
    AcknowledgementView, ActionForm, AnswerForm, ContactForm, FollowView, LetterChoices,
    RequestDetail, RequestFilter, RequestsView, SubmitChoices, SubmitForm, TemplateForm,
    TemplatesView,
};
#[cfg(feature = "ssr")]
use {
    crate::errors::{FeatureError, Refusal},
    crate::i18n::request_locale,
    crate::staff::session::require_section,
    crate::staff::{Me, StaffSection},
    crate::state::AppState,
    chrono::Utc,
    model::{PATH, TEMPLATES_PATH, follow_link, letter_path, request_path},
};

/// The list of requests, filtered as the address says.
#[server(prefix = "/api/agent", endpoint = "demandes")]
pub async fn load_requests(filter: RequestFilter) -> Result<RequestsView, AppError> {
    let identity = require_section(StaffSection::Requests).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    let locale = request_locale();
    let agent = identity.agent_id;
    let mut view = store::list(&state.db, me, agent, filter, locale, Utc::now()).await?;
    view.site = store::site_of_workstation(&state.db, &identity).await?;
    Ok(view)
}

/// One request and its history.
#[server(prefix = "/api/agent", endpoint = "demandes/une")]
pub async fn load_request(reference: String) -> Result<RequestDetail, AppError> {
    let identity = require_section(StaffSection::Requests).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    let locale = request_locale();
    Ok(store::detail(&state.db, &identity, me, &reference, locale, Utc::now()).await?)
}

/// A contact logged in a few keystrokes: an instant answer goes back to the list; a
/// follow-up goes to the request it opened.
#[server(prefix = "/api/agent", endpoint = "demandes/contact")]
pub async fn log_contact(#[server(flatten)] form: ContactForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Requests).await?;
    let state = AppState::from_context()?;
    let url = &state.public_url;
    match store::log_contact(&state.db, &identity, url, &form, Utc::now()).await {
        Ok(Some(reference)) => {
            crate::components::url::redirect(&format!("{}?ouverte=1", request_path(&reference)))
        }
        Ok(None) => crate::components::url::redirect(&format!("{PATH}?contact=1")),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => {
                crate::components::url::redirect(&format!("{PATH}?erreur={id}"))
            }
            _ => return Err(e.into()),
        },
    }
    Ok(())
}

/// An agent's action on a request; back to its page with what became of it.
#[server(prefix = "/api/agent", endpoint = "demandes/action")]
pub async fn act_on_request(#[server(flatten)] form: ActionForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Requests).await?;
    let state = AppState::from_context()?;
    let (locale, url) = (request_locale(), &state.public_url);
    match store::act(&state.db, &identity, url, &form, locale, Utc::now()).await {
        Ok(store::Acted {
            reference,
            letter: Some(event),
        }) => crate::components::url::redirect(&letter_path(&reference, event)),
        Ok(store::Acted { reference, .. }) => {
            crate::components::url::redirect(&format!("{}?enregistre=1", request_path(&reference)))
        }
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => crate::components::url::redirect(&format!(
                "{}?erreur={id}",
                request_path(&form.reference)
            )),
            _ => return Err(e.into()),
        },
    }
    Ok(())
}

/// A request's acknowledgement of receipt, to print.
#[server(prefix = "/api/agent", endpoint = "demandes/accuse")]
pub async fn load_acknowledgement(reference: String) -> Result<AcknowledgementView, AppError> {
    let identity = require_section(StaffSection::Requests).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    let url = &state.public_url;
    Ok(store::acknowledgement_page(&state.db, &identity, me, &reference, url).await?)
}

/// A reply or a question of a request as a letter to print.
#[server(prefix = "/api/agent", endpoint = "demandes/courrier")]
pub async fn load_reply_letter(
    reference: String,
    event: i32,
) -> Result<AcknowledgementView, AppError> {
    let identity = require_section(StaffSection::Requests).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity.clone()).await?;
    let url = &state.public_url;
    Ok(store::reply_letter(&state.db, &identity, me, &reference, event, url).await?)
}

/// What the mail desk's letter form offers (the form posts, with its scan, to
/// `LETTER_POST_PATH`, served by the server's multipart handler).
#[server(prefix = "/api/agent", endpoint = "courrier/choix")]
pub async fn load_letter_choices() -> Result<LetterChoices, AppError> {
    let identity = require_section(StaffSection::Requests).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity).await?;
    let locale = request_locale();
    Ok(store::letters::letter_choices(&state.db, me, locale, Utc::now()).await?)
}

/// The town's reply templates.
#[server(prefix = "/api/agent", endpoint = "modeles-reponse")]
pub async fn load_reply_templates() -> Result<TemplatesView, AppError> {
    let identity = require_section(StaffSection::Requests).await?;
    let state = AppState::from_context()?;
    let role = identity.role;
    let me = Me::from_identity(identity).await?;
    Ok(store::templates::list(&state.db, me, role).await?)
}

/// A reply template written, changed or deleted (supervisors and administrators); back to
/// the list with what became of it.
#[server(prefix = "/api/agent", endpoint = "modeles-reponse/enregistrer")]
pub async fn save_reply_template(#[server(flatten)] form: TemplateForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Requests).await?;
    if !store::templates::can_edit(identity.role) {
        return Err(AppError::Forbidden);
    }
    let state = AppState::from_context()?;
    match store::templates::save(&state.db, &identity, &form, Utc::now()).await {
        Ok(()) => crate::components::url::redirect(&format!("{TEMPLATES_PATH}?enregistre=1")),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => {
                crate::components::url::redirect(&format!("{TEMPLATES_PATH}?erreur={id}"))
            }
            _ => return Err(e.into()),
        },
    }
    Ok(())
}

/// The services the public form offers.
#[server(prefix = "/api/public", endpoint = "demande/choix")]
pub async fn load_submit_choices() -> Result<SubmitChoices, AppError> {
    let state = AppState::from_context()?;
    Ok(store::submit_choices(&state.db, request_locale()).await?)
}

/// The public form: the request is registered and the resident goes to its follow-up
/// page, which shows the reference and check code to keep.
#[server(prefix = "/api/public", endpoint = "demande")]
pub async fn submit_request(#[server(flatten)] form: SubmitForm) -> Result<(), AppError> {
    let state = AppState::from_context()?;
    let (locale, url) = (request_locale(), &state.public_url);
    match store::submit(&state.db, &form, locale, url, Utc::now()).await {
        Ok((reference, code)) => crate::components::url::redirect(&format!(
            "{}&nouvelle=1",
            follow_link(&reference, &code)
        )),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => crate::components::url::redirect(&form.refused(id)),
            _ => return Err(e.into()),
        },
    }
    Ok(())
}

/// The resident answers from `/suivi`; back there with what became of it.
#[server(prefix = "/api/public", endpoint = "suivi/repondre")]
pub async fn answer_request(#[server(flatten)] form: AnswerForm) -> Result<(), AppError> {
    let state = AppState::from_context()?;
    let back = follow_link(&form.reference, &form.code);
    match store::answer(&state.db, &form, Utc::now()).await {
        // Refused codes: the page, opened with them, says why.
        Ok(Ok(())) => crate::components::url::redirect(&format!("{back}&repondu=1")),
        Ok(Err(_)) => crate::components::url::redirect(&back),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => {
                crate::components::url::redirect(&format!("{back}&erreur={id}"))
            }
            _ => return Err(e.into()),
        },
    }
    Ok(())
}

/// `/suivi`: what the holder of a reference and its check code may know.
#[server(prefix = "/api/public", endpoint = "suivi")]
pub async fn follow_request(reference: String, code: String) -> Result<FollowView, AppError> {
    use crate::limits::{Bucket, check, spend};
    let state = AppState::from_context()?;
    // Each reference locks after a few wrong codes; this stops one client trying many
    // references. Only failures count: a resident may reload their page at will.
    let asked = !reference.trim().is_empty();
    if asked && let Err(too_many) = check(Bucket::Code) {
        let minutes = i64::try_from(too_many.minutes()).unwrap_or(i64::MAX);
        return Ok(FollowView::TooMany { minutes });
    }
    let view = store::follow(&state.db, &reference, &code, request_locale(), Utc::now()).await?;
    if asked && matches!(view, FollowView::NoMatch | FollowView::Blocked { .. }) {
        let _ = spend(Bucket::Code);
    }
    Ok(view)
}
