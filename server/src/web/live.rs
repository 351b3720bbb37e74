//! `/direct/file/<site>`: a site's queue as server-sent events. Each event is the site's
//! whole board (JSON), so a screen that missed some events is right again with the next
//! one; the first event is sent at once. Streams end when the server shuts down, and
//! browsers reconnect by themselves (`retry` tells them how soon).
//!
//! `/direct/ecran/<site>`: the same for the waiting-room screens, which must be the site's
//! enrolled screens; a screen's stream ends within seconds of its revocation, and its
//! reconnection is then refused. The public stream stays for the residents' phones and the
//! desks, which follow the same site (what it carries is what the waiting room shows).

use crate::services::Services;
use app::queue::live::{Fresh, Published};
use app::staff::devices::DeviceKind;
use app::staff::session::device_from_headers;
use app::store::entities::device;
use axum::extract::{Path, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream, StreamExt};
use http::StatusCode;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;

/// How soon a browser tries again after the stream ends (a restart takes a few seconds).
const RETRY: Duration = Duration::from_secs(2);

pub async fn site_stream(State(state): State<Services>, Path(slug): Path<String>) -> Response {
    board_stream(&state, &slug, None).await
}

pub async fn screen_stream(
    State(state): State<Services>,
    Path(slug): Path<String>,
    headers: http::HeaderMap,
) -> Response {
    match device_from_headers(&state.app.db, &headers, DeviceKind::Screen).await {
        Ok(Some(screen)) => board_stream(&state, &slug, Some(screen)).await,
        Ok(None) => StatusCode::FORBIDDEN.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "screen stream: device not read");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// The stream of the site at `slug`; for `screen`, only if it is that site's screen, and
/// until it is revoked.
async fn board_stream(state: &Services, slug: &str, screen: Option<device::Model>) -> Response {
    // Subscribe before reading the latest board: nothing published in between is lost.
    let receiver = state.queue.subscribe();
    let first = match state
        .queue
        .board_of_site(&state.app.db, slug, Fresh::Kept)
        .await
    {
        Ok(Some(p)) => p,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "live stream: board not computed");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let site_id = first.site_id;
    let revoked = match screen {
        Some(screen) if screen.site_id != Some(site_id) => {
            return StatusCode::FORBIDDEN.into_response();
        }
        Some(screen) => {
            let now = chrono::Utc::now();
            if let Err(e) = app::staff::store::seen(&state.app.db, &screen, now).await {
                tracing::warn!(error = %e, "screen's last use not noted");
            }
            Some(state.queue.until_revoked(screen.id))
        }
        None => None,
    };
    let stop = state.queue.stopped();
    let ended = async move {
        match revoked {
            Some(revoked) => {
                tokio::select! {
                    _ = stop.cancelled_owned() => {}
                    _ = revoked => {}
                }
            }
            None => stop.cancelled_owned().await,
        }
    };
    let live = state.queue.clone();
    let updates = stream::unfold(receiver, move |mut rx| {
        let live = live.clone();
        async move {
            loop {
                match rx.recv().await {
                    Ok(p) if p.site_id == site_id => return Some((p, rx)),
                    Ok(_) => continue,
                    // Fell behind a burst: the latest board says it all.
                    Err(RecvError::Lagged(_)) => {
                        if let Some(p) = live.latest(site_id) {
                            return Some((p, rx));
                        }
                    }
                    Err(RecvError::Closed) => return None,
                }
            }
        }
    });
    let events = stream::once(async move { first })
        .chain(updates)
        .map(event)
        .take_until(ended);
    sse(events).into_response()
}

fn event(p: Arc<Published>) -> Result<Event, Infallible> {
    Ok(Event::default()
        .id(p.board.stamp.clone())
        .retry(RETRY)
        .data(&*p.json))
}

pub(super) fn sse(
    events: impl Stream<Item = Result<Event, Infallible>> + Send + 'static,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    Sse::new(events).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}
