//! A short-lived cache of the public booking pages as anonymous residents get them: the
//! list of motifs and a site's week of free times are the same for everyone speaking the
//! same language until something is written. An entry is used while no write happened in
//! this process since it was made (`app::store::generation`) and for at most `TTL`, which
//! bounds how stale a page can be when another server instance writes. Booking itself
//! never trusts a page: it checks the slot again under lock.

use app::booking::wizard::model::STEP_KEYS;
use app::components::url::escape;
use app::i18n::{LANG_QUERY, Locale};
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

#[derive(Clone)]
pub struct PageCache {
    entries: Arc<Mutex<HashMap<String, Entry>>>,
    /// Off: every page is rendered (a load test of the renders the cache would hide).
    on: bool,
}

impl Default for PageCache {
    fn default() -> Self {
        PageCache::new(true)
    }
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
    let cookies = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(";");
    !cookies.contains("guichet_rdv=") && !cookies.contains("guichet_session=")
}

/// The page's address with only the parameters that change it, in a fixed order: the
/// cache's key, and what the page is rendered from, so that a crawler's or an attacker's
/// extra parameters neither miss the cache nor show up in the page. `None` when the page
/// is not the same for everyone (see below) or a parameter comes twice (which one the
/// page would read is not for the cache to guess).
fn canonical(path: &str, query: &str) -> Option<String> {
    let keys: &[&str] = match path {
        "/rendez-vous" => &STEP_KEYS,
        _ => &[],
    };
    let mut values: Vec<Option<String>> = vec![None; keys.len()];
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        // A chosen time, the review step, a language being set: not for everyone.
        if matches!(&*k, "creneau" | "etape" | LANG_QUERY) {
            return None;
        }
        if let Some(i) = keys.iter().position(|key| *key == k) {
            if values[i].is_some() {
                return None;
            }
            values[i] = Some(v.into_owned());
        }
    }
    let pairs: Vec<String> = keys
        .iter()
        .zip(values)
        .filter_map(|(k, v)| v.map(|v| format!("{k}={}", escape(&v))))
        .collect();
    Some(match pairs.is_empty() {
        true => path.to_owned(),
        false => format!("{path}?{}", pairs.join("&")),
    })
}

pub async fn page_cache(State(cache): State<PageCache>, mut req: Request, next: Next) -> Response {
    if !cache.on || !cacheable(&req) {
        return next.run(req).await;
    }
    let query = req.uri().query().unwrap_or_default();
    let Some(address) = canonical(req.uri().path(), query) else {
        return next.run(req).await;
    };
    let Ok(uri) = address.parse::<http::Uri>() else {
        return next.run(req).await;
    };
    *req.uri_mut() = uri;
    let locale = req
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    let key = format!("{}|{address}", locale.code());
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
    pub fn new(on: bool) -> PageCache {
        PageCache {
            entries: Arc::default(),
            on,
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_keeps_what_changes_the_page_in_one_order() {
        assert_eq!(
            canonical(
                "/rendez-vous",
                "utm_source=x&lieu=mairie&motif=acte&fbclid=1"
            ),
            Some("/rendez-vous?motif=acte&lieu=mairie".into())
        );
        assert_eq!(
            canonical("/rendez-vous", "q=carte+identit%C3%A9"),
            Some("/rendez-vous?q=carte%20identit%C3%A9".into())
        );
        assert_eq!(canonical("/", "ref=newsletter"), Some("/".into()));
        assert_eq!(canonical("/rendez-vous", "motif=a&motif=b"), None);
        assert_eq!(canonical("/rendez-vous", "motif=a&lieu=b&creneau=x"), None);
        assert_eq!(canonical("/rendez-vous", "motif=a&etape=verifier"), None);
        assert_eq!(canonical("/", "lang=ar"), None);
        assert_eq!(canonical("/rendez-vous", ""), Some("/rendez-vous".into()));
    }
}
