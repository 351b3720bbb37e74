//! `/direct/file/<site>`: a site's queue as server-sent events. Each event is the site's
//! whole board (JSON), so a screen that missed some events is right again with the next
//! one; the first event is sent at once. Streams end when the server shuts down, and
//! browsers reconnect by themselves (`retry` tells them how soon).

use crate::services::Services;
use app::queue::live::{Fresh, Published};
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
    // Subscribe before reading the latest board: nothing published in between is lost.
    let receiver = state.queue.subscribe();
    let first = match state
        .queue
        .board_of_site(&state.app.db, &slug, Fresh::Kept)
        .await
    {
        Ok(Some(p)) => p,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "live stream: board not computed");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let stop = state.queue.stopped();
    let site_id = first.site_id;
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
        .take_until(async move { stop.cancelled_owned().await });
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
