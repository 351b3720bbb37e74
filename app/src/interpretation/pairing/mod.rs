//! A resident-facing screen paired with the counsellor's panel for one visit: a tablet or
//! second screen opens `/interpretation`, types the short code the panel shows, and from
//! then on shows the phrases the counsellor sends, in the resident's language, with the
//! answers the resident can tap; each tap comes back to the panel in French. The pairing
//! ends when the counsellor ends it, closes the visit at the desk or signs out, and after
//! two hours at most. The first screen to open a code keeps it (a cookie): the code read
//! over a shoulder or guessed afterwards opens nothing. Only the pairing (agent, code,
//! language) is a row; the exchange itself lives in memory (the live hub) and is never
//! written anywhere.
//!
//! This file holds the server functions: the panel's buttons (each posts the panel's
//! address, to go back to it) and the screen's code and taps.

pub mod code;
#[cfg(feature = "ssr")]
pub mod cookie;
pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use crate::interpretation::panel::model::FromPanel;
use leptos::prelude::*;
use model::{AnswerForm, ScreenLoad};

#[cfg(feature = "ssr")]
use {
    crate::interpretation::live::hub::Hub, crate::interpretation::panel::model::PanelParams,
    crate::interpretation::store::outcome, crate::staff::StaffSection,
    crate::staff::session::require_section, crate::state::AppState, chrono::Utc,
};

/// "Associer un écran": a pairing for the signed-in agent in the panel's language (kept,
/// with its code, when there is one already).
#[server(prefix = "/api/agent", endpoint = "interpretation/appairer")]
pub async fn pairing_start(#[server(flatten)] form: FromPanel) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Interpretation).await?;
    let (state, hub) = (AppState::from_context()?, Hub::from_context()?);
    if let Some(lang) = form.language() {
        store::start(&state.db, &hub, identity.agent_id, lang, Utc::now()).await?;
    }
    crate::components::url::redirect(&form.back());
    Ok(())
}

/// "Envoyer à l'écran de l'usager": the panel's chosen phrase, with its values, in the
/// panel's language, and that phrase's answers; without a paired screen, the panel says so.
#[server(prefix = "/api/agent", endpoint = "interpretation/envoyer")]
pub async fn pairing_send(#[server(flatten)] form: FromPanel) -> Result<(), AppError> {
    use crate::interpretation::panel::model::with_notice;
    let identity = require_section(StaffSection::Interpretation).await?;
    let (state, hub) = (AppState::from_context()?, Hub::from_context()?);
    let back = form.back();
    let params = PanelParams::from_href(&back);
    if let Some(lang) = params.language() {
        let sent = store::send_phrase(
            &state.db,
            &hub,
            identity.agent_id,
            lang,
            &params,
            Utc::now(),
        );
        if let Err(notice) = outcome(sent.await)? {
            crate::components::url::redirect(&with_notice(&back, notice));
            return Ok(());
        }
    }
    crate::components::url::redirect(&back);
    Ok(())
}

/// "Terminer l'échange".
#[server(prefix = "/api/agent", endpoint = "interpretation/terminer")]
pub async fn pairing_end(#[server(flatten)] form: FromPanel) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Interpretation).await?;
    let (state, hub) = (AppState::from_context()?, Hub::from_context()?);
    store::end_for_agent(&state.db, &hub, identity.agent_id).await?;
    crate::components::url::redirect(&form.back());
    Ok(())
}

/// A tap on the resident's screen: back to the screen, which confirms the answer sent.
#[server(prefix = "/api", endpoint = "interpretation/repondre")]
pub async fn answer_on_screen(#[server(flatten)] form: AnswerForm) -> Result<(), AppError> {
    let (state, hub) = (AppState::from_context()?, Hub::from_context()?);
    let Some(code) = code::PairingCode::parse(&form.code) else {
        crate::components::url::redirect(model::SCREEN_PATH);
        return Ok(());
    };
    let token = cookie::of_request();
    let tap = store::answer(
        &state.db,
        &hub,
        &code,
        token.as_deref(),
        &form.answer,
        Utc::now(),
    );
    let sent = outcome(tap.await)?.is_ok().then_some(form.answer.as_str());
    crate::components::url::redirect(&model::screen_path(code.as_str(), sent));
    Ok(())
}

/// The resident's screen for `code` (typed or from the address). The first screen to open
/// a code gets a cookie that keeps it.
#[server(prefix = "/api", endpoint = "interpretation/ecran")]
pub async fn load_screen(code: Option<String>) -> Result<ScreenLoad, AppError> {
    let (state, hub) = (AppState::from_context()?, Hub::from_context()?);
    use crate::limits::{Bucket, check, spend};
    let token = cookie::of_request();
    // Codes are six digits: one client may get a few wrong, not try them all.
    let typed = code
        .as_deref()
        .map(str::trim)
        .unwrap_or_default()
        .to_owned();
    if !typed.is_empty() && check(Bucket::Code).is_err() {
        return Ok(ScreenLoad::TooMany { typed });
    }
    let opened = store::open_screen(&state.db, &hub, code, token.as_deref(), Utc::now()).await?;
    let (load, new_cookie) = opened;
    if matches!(load, ScreenLoad::Unknown { .. } | ScreenLoad::Taken { .. }) {
        let _ = spend(Bucket::Code);
    }
    if let Some((token, seconds)) = new_cookie {
        cookie::give(&token, seconds, state.staff.secure_cookies);
    }
    Ok(load)
}
