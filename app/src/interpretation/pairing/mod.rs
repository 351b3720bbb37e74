//! A resident-facing screen paired with the counsellor's panel for one visit: a tablet or
//! second screen opens `/interpretation`, types the short code the panel shows, and from
//! then on shows the phrases the counsellor sends, in the resident's language, with the
//! answers the resident can tap; each tap comes back to the panel in French. The pairing
//! ends when the counsellor ends it, closes the visit at the desk or signs out, and after
//! two hours at most. The first screen to open a code keeps it (a cookie): the code read
//! over a shoulder or guessed afterwards opens nothing. Only the pairing (agent, code,
//! language) is a row; the exchange itself lives in memory ([`hub`]) and is never written
//! anywhere.

// A plain HTML form posts one field per server-function argument.
#![allow(clippy::too_many_arguments)]

pub mod code;
mod desk_box;
mod screen;
#[cfg(feature = "ssr")]
pub mod store;

pub use desk_box::{PairingBox, SendToScreen};
pub use screen::PairedScreenPage;

pub use super::live::Message;
use super::panel::Pair;
use crate::errors::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const START_URL: &str = "/api/agent/interpretation/appairer";
pub const SEND_URL: &str = "/api/agent/interpretation/envoyer";
pub const END_URL: &str = "/api/agent/interpretation/terminer";
pub const ANSWER_URL: &str = "/api/interpretation/repondre";
/// Where the resident's screen types its code.
pub const SCREEN_PATH: &str = "/interpretation";
/// The cookie by which the screen that opened a code first keeps it.
pub const SCREEN_COOKIE: &str = "guichet_ecran";

/// The resident's screen's stream of [`ScreenState`]s.
pub fn screen_stream(code: &str) -> String {
    format!("/direct/interpretation/ecran/{code}")
}

/// The counsellor's stream of [`Message`]s about their pairing (answers, a screen
/// joining).
pub const AGENT_STREAM: &str = "/direct/interpretation/conseiller";

/// An answer the resident can tap, in their language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreenAnswer {
    pub id: String,
    pub text: String,
}

/// The screen's own words, in the resident's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreenLabels {
    pub title: String,
    pub waiting: String,
    pub answers: String,
    pub sent: String,
    pub ended: String,
}

/// Everything the resident's screen shows; sent whole, so a screen that missed an event is
/// right again with the next one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreenState {
    pub lang: String,
    pub rtl: bool,
    /// The phrase sent last, in the resident's language.
    pub phrase: Option<String>,
    pub answers: Vec<ScreenAnswer>,
    pub labels: ScreenLabels,
    /// The pairing is over: the screen says so and stops listening.
    pub ended: bool,
}

/// The resident's answer, with its French meaning for the counsellor.
pub type Answered = Pair;

/// The pairing shown on the counsellor's panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairingView {
    /// "482913", for addresses.
    pub code: String,
    /// "482 913", to read out.
    pub spaced: String,
    /// The resident's language the screen was last given.
    pub language: String,
    /// The last answer tapped on the screen.
    pub answered: Option<Answered>,
    /// A screen has opened the code (no other can now).
    pub joined: bool,
}

/// What the resident's screen loads first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ScreenLoad {
    /// Nothing typed yet.
    AskCode,
    /// A code that is no pairing (any more): the message id says why, with what was typed.
    Unknown {
        typed: String,
    },
    /// A code another screen opened first.
    Taken {
        typed: String,
    },
    Paired {
        code: String,
        state: ScreenState,
    },
}

/// "Associer un écran": a pairing for the signed-in agent in the panel's language (kept,
/// with its code, when there is one already). `retour` is the panel's address.
#[server(prefix = "/api/agent", endpoint = "interpretation/appairer")]
pub async fn pairing_start(retour: String) -> Result<(), AppError> {
    let (identity, state, params, back) = server::panel_request(&retour).await?;
    if let Some(lang) = server::language(&params) {
        store::start(
            &state.db,
            &crate::interpretation::live::hub::Hub::from_context()?,
            identity.agent_id,
            lang,
            chrono::Utc::now(),
        )
        .await?;
    }
    leptos_axum::redirect(&back);
    Ok(())
}

/// "Envoyer à l'écran de l'usager": the panel's chosen phrase, with its values, in the
/// panel's language, and that phrase's answers.
#[server(prefix = "/api/agent", endpoint = "interpretation/envoyer")]
pub async fn pairing_send(retour: String) -> Result<(), AppError> {
    let (identity, state, params, back) = server::panel_request(&retour).await?;
    if let Some(lang) = server::language(&params) {
        let sent = store::send_phrase(
            &state.db,
            &crate::interpretation::live::hub::Hub::from_context()?,
            identity.agent_id,
            lang,
            &params,
            chrono::Utc::now(),
        )
        .await?;
        if !sent {
            leptos_axum::redirect(&with_notice(&back, "panel-pairing-none"));
            return Ok(());
        }
    }
    leptos_axum::redirect(&back);
    Ok(())
}

/// "Terminer l'échange".
#[server(prefix = "/api/agent", endpoint = "interpretation/terminer")]
pub async fn pairing_end(retour: String) -> Result<(), AppError> {
    let (identity, state, _, back) = server::panel_request(&retour).await?;
    store::end_for_agent(
        &state.db,
        &crate::interpretation::live::hub::Hub::from_context()?,
        identity.agent_id,
    )
    .await?;
    leptos_axum::redirect(&back);
    Ok(())
}

/// A tap on the resident's screen.
#[server(prefix = "/api", endpoint = "interpretation/repondre")]
pub async fn answer_on_screen(code: String, reponse: String) -> Result<(), AppError> {
    let state = crate::state::AppState::from_context()?;
    let back = match code::PairingCode::parse(&code) {
        Some(c) => {
            let sent = store::answer(
                &state.db,
                &crate::interpretation::live::hub::Hub::from_context()?,
                &c,
                server::screen_token().as_deref(),
                &reponse,
                chrono::Utc::now(),
            )
            .await?;
            if sent {
                format!(
                    "{SCREEN_PATH}/{c}?envoye={}",
                    crate::components::url::escape(&reponse)
                )
            } else {
                format!("{SCREEN_PATH}/{c}")
            }
        }
        None => SCREEN_PATH.to_owned(),
    };
    leptos_axum::redirect(&back);
    Ok(())
}

/// The resident's screen for `code` (typed or from the address). The first screen to open
/// a code gets a cookie that keeps it.
#[server(prefix = "/api", endpoint = "interpretation/ecran")]
pub async fn load_screen(code: Option<String>) -> Result<ScreenLoad, AppError> {
    use store::Claim;
    let state = crate::state::AppState::from_context()?;
    let typed = code.unwrap_or_default();
    if typed.trim().is_empty() {
        return Ok(ScreenLoad::AskCode);
    }
    let Some(c) = code::PairingCode::parse(&typed) else {
        return Ok(ScreenLoad::Unknown { typed });
    };
    let now = chrono::Utc::now();
    Ok(
        match store::claim(&state.db, &c, server::screen_token().as_deref(), now).await? {
            Claim::Mine { pairing, new_token } => {
                if let Some(token) = new_token {
                    let left = (pairing.expires_at - now).num_seconds().max(0);
                    crate::staff::session::set_cookie(
                        SCREEN_COOKIE,
                        &token,
                        Some(left),
                        state.staff.secure_cookies,
                    );
                }
                ScreenLoad::Paired {
                    code: c.to_string(),
                    state: store::shown(
                        &crate::interpretation::live::hub::Hub::from_context()?,
                        &pairing,
                    ),
                }
            }
            Claim::Taken => ScreenLoad::Taken { typed },
            Claim::Unknown => ScreenLoad::Unknown { typed },
        },
    )
}

/// The screen cookie in `headers`, when it looks like one of ours (pages, answers and the
/// screen's stream read it alike).
#[cfg(feature = "ssr")]
pub fn screen_token(headers: &http::HeaderMap) -> Option<String> {
    crate::staff::session::cookie(headers, SCREEN_COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// `url` with `avis=<id>` (a notice the panel shows once).
#[cfg(feature = "ssr")]
fn with_notice(url: &str, id: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}avis={id}")
}

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::i18n::Locale;
    use crate::interpretation::panel::{PATH, PanelParams};
    use crate::staff::StaffSection;
    use crate::staff::identity::StaffIdentity;
    use crate::state::AppState;

    /// The signed-in agent, the state, the panel's parameters read from its address, and
    /// where to go back (the panel, never elsewhere).
    pub async fn panel_request(
        retour: &str,
    ) -> Result<(StaffIdentity, AppState, PanelParams, String), AppError> {
        let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
        let state = AppState::from_context()?;
        let back = crate::components::back::within(retour, PATH);
        let params = PanelParams::from_href(&back);
        Ok((identity, state, params, back))
    }

    /// The screen cookie of the current request.
    pub fn screen_token() -> Option<String> {
        let parts = leptos::prelude::use_context::<http::request::Parts>()?;
        super::screen_token(&parts.headers)
    }

    pub fn language(params: &PanelParams) -> Option<Locale> {
        params
            .langue
            .as_deref()
            .and_then(Locale::from_tag)
            .filter(|l| *l != Locale::Fr)
    }
}
