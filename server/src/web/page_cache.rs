//! A short-lived cache of the public booking pages as anonymous residents get them: the
//! list of motifs and a site's week of free times are the same for everyone speaking the
//! same language until something is written. An entry is used while no write happened in
//! this process since it was made (`app::store::generation`) and for at most `TTL`, which
//! bounds how stale a page can be when another server instance writes. Booking itself
//! never trusts a page: it checks the slot again under lock.

use app::i18n::Locale;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, Method, StatusCode, header};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TTL: Duration = Duration::from_secs(2);
const MAX_ENTRIES: usize = 4096;
const MAX_BODY: usize = 2 << 20;

struct Entry {
    generation: u64,
    made: Instant,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Clone, Default)]
pub struct PageCache {
    entries: Arc<Mutex<HashMap<String, Entry>>>,
}

/// Pages that look the same for every anonymous resident: not the contact and review
/// steps (they show the resident's own draft), nor anything with a draft or staff cookie.
fn cacheable(req: &Request) -> bool {
    if req.method() != Method::GET {
        return false;
    }
    let path = req.uri().path();
    if path != "/" && path != "/rendez-vous" {
        return false;
    }
    let query = req.uri().query().unwrap_or_default();
    if query.contains("creneau=") || query.contains("lang=") {
        return false;
    }
    let cookies = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(";");
    !cookies.contains("guichet_rdv=") && !cookies.contains("guichet_session=")
}

pub async fn page_cache(State(cache): State<PageCache>, req: Request, next: Next) -> Response {
    if !cacheable(&req) {
        return next.run(req).await;
    }
    let locale = req
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    let key = format!("{}|{}", locale.code(), req.uri());
    // Read before rendering: a write during the render makes the entry stale at once.
    let generation = app::store::generation();
    if let Some(hit) = cache.lookup(&key, generation) {
        return hit;
    }
    let response = next.run(req).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return Response::builder()
            .status(StatusCode::INTERNAL_SERVER_ERROR)
            .body(Body::empty())
            .unwrap_or_default();
    };
    cache.store(key, generation, parts.headers.clone(), bytes.clone());
    Response::from_parts(parts, Body::from(bytes))
}

impl PageCache {
    fn lookup(&self, key: &str, generation: u64) -> Option<Response> {
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(key)?;
        if entry.generation != generation || entry.made.elapsed() > TTL {
            return None;
        }
        let mut response = Response::new(Body::from(entry.body.clone()));
        *response.headers_mut() = entry.headers.clone();
        Some(response)
    }

    fn store(&self, key: String, generation: u64, headers: HeaderMap, body: Bytes) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.retain(|_, e| e.generation == generation && e.made.elapsed() <= TTL);
                if entries.len() >= MAX_ENTRIES {
                    entries.clear();
                }
            }
            entries.insert(
                key,
                Entry {
                    generation,
                    made: Instant::now(),
                    headers,
                    body,
                },
            );
        }
    }
}
