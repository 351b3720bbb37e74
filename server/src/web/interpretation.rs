//! The language panel's live streams, as server-sent events:
//! - `/direct/interpretation/ecran/<code>`: what the resident's screen shows (a whole
//!   `ScreenState` per event), to the screen that opened the code only, the first at once; the stream ends with the pairing
//!   (an "ended" state), at its expiry, or at shutdown. Opening it tells the counsellor.
//! - `/direct/interpretation/conseiller`: the signed-in agent's answers and joins.
//! - `/direct/interpretation/demandes`: a signal to staff pages each time requests for an
//!   interpreter change.

use super::live::sse;
use crate::services::Services;
use app::interpretation::live::model::Message;
use app::interpretation::pairing::code::PairingCode;
use app::interpretation::pairing::{cookie, store};
use axum::extract::{Path, State};
use axum::response::sse::Event;
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, StreamExt};
use http::{HeaderMap, StatusCode};
use std::convert::Infallible;
use std::sync::Arc;
use tokio::sync::broadcast;
use tokio::sync::broadcast::error::RecvError;

/// The hub's messages, as a stream, until the hub closes; a stream that fell behind a
/// burst goes on with the next message (screen states are whole, answers are the latest).
fn messages(
    receiver: broadcast::Receiver<Arc<Message>>,
) -> impl futures_util::Stream<Item = Arc<Message>> {
    stream::unfold(receiver, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(m) => return Some((m, rx)),
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => return None,
            }
        }
    })
}

pub async fn screen_stream(
    State(state): State<Services>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(code) = PairingCode::parse(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Subscribe before reading the current state: nothing sent in between is lost.
    let receiver = state.panel.subscribe();
    let now = chrono::Utc::now();
    // Only the screen that opened the code hears it.
    let token = cookie::from_headers(&headers);
    let pairing = match store::for_screen(&state.app.db, &code, token.as_deref(), now).await {
        Ok(Some(p)) => p,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "pairing stream: database error");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let first = store::shown(&state.panel, &pairing);
    if let Err(e) = state
        .panel
        .send(Message::Joined {
            code: code.to_string(),
        })
        .await
    {
        tracing::warn!(error = %e, "pairing join not sent");
    }
    let stop = state.panel.stopped();
    let left = (pairing.expires_at - now).to_std().unwrap_or_default();
    let wanted = code.to_string();
    let updates = messages(receiver).filter_map(move |m| {
        let state = match &*m {
            Message::Screen { code, state } if *code == wanted => Some(state.clone()),
            _ => None,
        };
        async move { state }
    });
    let states = stream::once(async move { first })
        .chain(updates)
        // The "ended" state is the last one sent.
        .scan(false, |over, s| {
            let send = (!*over).then_some(s);
            if let Some(s) = &send {
                *over = s.ended;
            }
            async move { send }
        });
    let events = states
        .map(|s| {
            Ok::<_, Infallible>(
                Event::default().data(serde_json::to_string(&s).expect("states serialise")),
            )
        })
        .take_until(async move {
            tokio::select! {
                _ = stop.cancelled() => {}
                _ = tokio::time::sleep(left) => {}
            }
        });
    sse(events).into_response()
}

/// The signed-in agent of the request, or the answer to give instead.
async fn signed_in(state: &Services, headers: &HeaderMap) -> Result<i32, Response> {
    use app::staff::session::{Access, resolve};
    match resolve(&state.app.db, headers, state.app.staff.inactivity).await {
        Ok(Access::SignedIn(identity)) => Ok(identity.agent_id),
        Ok(_) => Err(StatusCode::UNAUTHORIZED.into_response()),
        Err(e) => {
            tracing::error!(error = %e, "panel stream: database error");
            Err(StatusCode::SERVICE_UNAVAILABLE.into_response())
        }
    }
}

pub async fn requests_stream(State(state): State<Services>, headers: HeaderMap) -> Response {
    if let Err(refused) = signed_in(&state, &headers).await {
        return refused;
    }
    let receiver = state.panel.subscribe();
    let stop = state.panel.stopped();
    let events = messages(receiver)
        .filter_map(|m| async move {
            match &*m {
                Message::Requests { language } => Some(language.clone()),
                _ => None,
            }
        })
        .map(|language| Ok::<_, Infallible>(Event::default().data(language)))
        .take_until(async move { stop.cancelled_owned().await });
    sse(events).into_response()
}

pub async fn agent_stream(State(state): State<Services>, headers: HeaderMap) -> Response {
    let agent_id = match signed_in(&state, &headers).await {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    let receiver = state.panel.subscribe();
    let view = match store::view_for_agent(
        &state.app.db,
        &state.panel,
        agent_id,
        chrono::Utc::now(),
    )
    .await
    {
        Ok(Some(v)) => v,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "pairing stream: database error");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let stop = state.panel.stopped();
    let code = view.code;
    let events = messages(receiver)
        .filter_map(move |m| {
            let mine = m.code() == Some(code.as_str()) && !matches!(&*m, Message::Screen { .. });
            async move { mine.then_some(m) }
        })
        .map(|m| {
            Ok::<_, Infallible>(
                Event::default().data(serde_json::to_string(&*m).expect("messages serialise")),
            )
        })
        .take_until(async move { stop.cancelled_owned().await });
    sse(events).into_response()
}
