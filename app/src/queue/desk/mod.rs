//! `/agent/file`: the counsellor's desk. Choose the desk and the queue to call from (the
//! common queue, or a service's for experts), see who waits and for how long, call the
//! next visitor, call again, mark absent after enough calls, start, transfer with a note,
//! set aside and resume, close with an outcome; issue a ticket for a walk-in or a caller.
//! Every action is a plain form post answered by a redirect back to the desk.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{CallForm, CloseForm, DeskParams, DeskView, IssueForm, StepForm, TransferForm};
#[cfg(feature = "ssr")]
use {
    crate::queue::live::Live,
    crate::staff::{roles::StaffSection, session::require_section},
    crate::state::AppState,
    chrono::Utc,
};

/// The desk page of the signed-in counsellor.
#[server(prefix = "/api/agent", endpoint = "file/guichet")]
pub async fn load_desk(params: DeskParams) -> Result<DeskView, AppError> {
    let identity = require_section(StaffSection::Queue).await?;
    let state = AppState::from_context()?;
    let live = Live::from_context()?;
    let me = crate::staff::model::Me::from_identity(identity.clone()).await?;
    let (locale, now) = (crate::i18n::request_locale(), Utc::now());
    Ok(store::desk_view(&state.db, &live, &identity, me, params, locale, now).await?)
}

/// "Appeler le suivant".
#[server(prefix = "/api/agent", endpoint = "file/appeler")]
pub async fn desk_call(#[server(flatten)] form: CallForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Queue).await?;
    let state = AppState::from_context()?;
    let called = store::call(&state.db, &identity, &form, Utc::now()).await;
    answer(called, &model::safe_return(&form.back))
}

/// Recall, absent, start, set aside, resume.
#[server(prefix = "/api/agent", endpoint = "file/action")]
pub async fn desk_act(#[server(flatten)] form: StepForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Queue).await?;
    let state = AppState::from_context()?;
    let changed = store::step(&state.db, &state.hooks, &identity, &form, Utc::now()).await;
    answer(changed, &model::safe_return(&form.back))
}

/// Sends the visitor to a service's queue, or to one of its experts, with a note.
#[server(prefix = "/api/agent", endpoint = "file/transferer")]
pub async fn desk_transfer(#[server(flatten)] form: TransferForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Queue).await?;
    let state = AppState::from_context()?;
    let sent = store::transfer(&state.db, &state.hooks, &identity, &form, Utc::now()).await;
    answer(sent, &model::safe_return(&form.back))
}

/// Ends the visit with its outcome.
#[server(prefix = "/api/agent", endpoint = "file/clore")]
pub async fn desk_close(#[server(flatten)] form: CloseForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Queue).await?;
    let state = AppState::from_context()?;
    let now = Utc::now();
    let closed = store::close(&state.db, &state.hooks, &identity, &form, now).await;
    answer(closed, &model::safe_return(&form.back))
}

/// A ticket for a walk-in at the desk or a caller on the phone; the desk says its number.
#[server(prefix = "/api/agent", endpoint = "file/ticket")]
pub async fn desk_issue(#[server(flatten)] form: IssueForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Queue).await?;
    let state = AppState::from_context()?;
    let issued = store::issue(&state.db, &identity, &form, Utc::now()).await;
    let back = model::safe_return(&form.back);
    let to = match &issued {
        Ok(t) => format!("{back}&emis={}", t.code),
        Err(_) => back,
    };
    answer(issued, &to)
}

/// The answer to every desk form: the site's screens and desks follow the change, and the
/// counsellor goes on to `to` (back to the desk), with the reason when it was refused.
#[cfg(feature = "ssr")]
fn answer(
    changed: Result<crate::store::entities::ticket::Model, crate::queue::store::QueueError>,
    to: &str,
) -> Result<(), AppError> {
    use crate::errors::FeatureError;
    match changed {
        Ok(t) => {
            Live::from_context()?.changed(t.site_id);
            crate::components::url::redirect(to);
        }
        Err(e) if e.refusal().is_some() => {
            crate::components::url::redirect(&model::with_error(to, e.message_id()))
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}
