//! Middleware that every request passes through.

use app::i18n::{LANG_COOKIE, LANG_QUERY, Locale, negotiate};
use app::staff::session::{self, Access};
use app::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_TYPE, HOST, ORIGIN, SET_COOKIE, VARY};
use http::{HeaderValue, Method, StatusCode};

/// `POST /api/poste/activite`: a staff page's watcher says someone typed, clicked or
/// touched; the session's idle clock starts again. 204 for a signed-in session, 401
/// otherwise (the page's own lock takes over).
pub async fn note_activity(state: AppState, headers: http::HeaderMap) -> Response {
    match session::resolve_with(&state.db, &headers, state.staff.inactivity, true).await {
        Ok(Access::SignedIn(_)) => StatusCode::NO_CONTENT.into_response(),
        Ok(_) => StatusCode::UNAUTHORIZED.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "activity not noted");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Server functions do no CSRF check of their own: refuse any state-changing request that a
/// browser says comes from another site. Staff cookies are also `SameSite=Strict`. The
/// site's own origin is that of `GUICHET_PUBLIC_URL`, not the Host header, which a reverse
/// proxy rewrites.
pub async fn refuse_cross_site_writes(
    State(site): State<SiteOrigin>,
    req: Request,
    next: Next,
) -> Response {
    if is_cross_site_write(&req, &site) {
        tracing::warn!(path = %req.uri().path(), "cross-site write refused");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    next.run(req).await
}

/// `scheme://host[:port]` of the public address, and whether it is this machine (a
/// development setup, reached as `localhost` as well as `127.0.0.1`).
#[derive(Clone)]
pub struct SiteOrigin {
    origin: String,
    loopback: bool,
}

impl SiteOrigin {
    pub fn new(public_url: &app::state::PublicUrl) -> SiteOrigin {
        let host = public_url.host();
        SiteOrigin {
            origin: public_url.origin().to_ascii_lowercase(),
            loopback: matches!(host, "127.0.0.1" | "localhost" | "[::1]"),
        }
    }
}

fn is_cross_site_write(req: &Request, site: &SiteOrigin) -> bool {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    let headers = req.headers();
    if let Some(fetch_site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(fetch_site, "same-origin" | "none")
    {
        return true;
    }
    let Some(origin) = headers.get(ORIGIN) else {
        // No Origin: not a browser's form or fetch from another site.
        return false;
    };
    let origin = origin.to_str().unwrap_or("").to_ascii_lowercase();
    if origin == site.origin {
        return false;
    }
    // On a development machine the page may be opened by another name of this machine:
    // there only, the Host the browser asked is the site.
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    !(site.loopback && !host.is_empty() && origin.split_once("://").map(|(_, h)| h) == Some(host))
}

/// No text holding a NUL character reaches the application: no person types one, and
/// PostgreSQL cannot even compare a value holding one (the query would fail, a 500). An
/// address or a form (URL-encoded or JSON) with one is answered 400, in the reader's
/// language. Files (multipart) are bytes and pass.
pub async fn refuse_nul_characters(req: Request, next: Next) -> Response {
    let locale = req
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    let refused = || {
        (
            StatusCode::BAD_REQUEST,
            [(CONTENT_TYPE, "text/plain; charset=utf-8")],
            app::i18n::text(locale, "error-bad-request"),
        )
            .into_response()
    };
    // Decoded once more too: the router decodes a path's parameters after the address
    // was decoded, so `%2500` would reach a page as a NUL.
    let address = req.uri().to_string();
    if has_nul(address.as_bytes()) || has_nul(&percent_decoded(address.as_bytes())) {
        return refused();
    }
    let textual = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("application/x-www-form-urlencoded")
                || t.starts_with("application/json")
                || t.starts_with("text/")
        });
    if !textual {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    if has_nul(&bytes) {
        return refused();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// Forms are small; files go as multipart, which is not read here.
const FORM_LIMIT: usize = 2 << 20;

/// `%XX` escapes decoded, everything else as it is.
fn percent_decoded(bytes: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push(h * 16 + l);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// A NUL as a byte, a URL escape (`%00`) or a JSON escape (`\u0000`).
fn has_nul(bytes: &[u8]) -> bool {
    bytes.contains(&0)
        || bytes.windows(3).any(|w| w == b"%00")
        || bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"))
}

/// Chooses the page language (link > cookie > Accept-Language > French), hands it to the
/// pages as a request extension, and keeps an explicit choice in a cookie.
pub async fn negotiate_locale(mut req: Request, next: Next) -> Response {
    let from_link = req.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == LANG_QUERY)
            .map(|(_, v)| v.to_owned())
    });
    let from_cookie = session::cookie(req.headers(), LANG_COOKIE);
    let accept = req
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let locale = negotiate(
        from_link.as_deref(),
        from_cookie.as_deref(),
        accept.as_deref(),
    );
    req.extensions_mut().insert(locale);
    let mut res = next.run(req).await;
    let chosen = from_link.as_deref().and_then(Locale::from_tag);
    if let Some(chosen) = chosen
        && from_cookie.as_deref() != Some(chosen.code())
        && let Ok(v) = HeaderValue::from_str(&format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            chosen.code()
        ))
    {
        res.headers_mut().append(SET_COOKIE, v);
    }
    res.headers_mut()
        .append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    res
}

/// Staff pages and staff server functions need a signed-in agent. Pages redirect to the
/// login screen; server functions answer 401. Roles are checked by each page and function.
/// Nothing staff-related may be cached: the Back button must not show the previous agent's
/// screen after "changer de conseiller".
pub async fn staff_guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let is_staff_page = path.starts_with("/agent/") && path != "/agent/poste";
    let is_staff_api = path.starts_with("/api/agent/");
    let is_staff_area =
        is_staff_page || is_staff_api || path == "/agent" || path.starts_with("/api/poste/");
    if is_staff_page || is_staff_api {
        let access = match session::resolve(&state.db, req.headers(), state.staff.inactivity).await
        {
            Ok(access) => access,
            Err(e) => {
                tracing::error!(error = %e, "staff guard: database error");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        };
        if !matches!(access, Access::SignedIn(_)) {
            let locked = matches!(access, Access::Device { locked: true, .. });
            let mut res = if is_staff_api {
                (StatusCode::UNAUTHORIZED, "sign-in required").into_response()
            } else if locked {
                Redirect::to("/agent?verrouille=1").into_response()
            } else {
                Redirect::to("/agent").into_response()
            };
            no_store(&mut res);
            return res;
        }
    }
    let mut res = next.run(req).await;
    if is_staff_area {
        no_store(&mut res);
    }
    res
}

fn no_store(res: &mut Response<Body>) {
    res.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut b = http::Request::builder()
            .method(Method::POST)
            .uri("/api/agent/x");
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(Body::empty()).unwrap()
    }

    fn public(url: &str) -> SiteOrigin {
        SiteOrigin::new(&app::state::PublicUrl::new(url))
    }

    #[test]
    fn same_origin_posts_pass() {
        let site = public("https://accueil.villebourg.fr/");
        // Behind a reverse proxy that rewrites Host.
        assert!(!is_cross_site_write(
            &post(&[
                ("host", "127.0.0.1:3000"),
                ("origin", "https://accueil.villebourg.fr"),
                ("sec-fetch-site", "same-origin")
            ]),
            &site
        ));
        assert!(!is_cross_site_write(
            &post(&[("host", "127.0.0.1:3000")]),
            &site
        ));
        // A development machine, opened as localhost.
        let dev = public("http://127.0.0.1:3000");
        assert!(!is_cross_site_write(
            &post(&[
                ("host", "localhost:3000"),
                ("origin", "http://localhost:3000")
            ]),
            &dev
        ));
    }

    #[test]
    fn other_sites_are_refused() {
        let site = public("https://accueil.villebourg.fr");
        for headers in [
            &[("host", "127.0.0.1:3000"), ("sec-fetch-site", "cross-site")][..],
            &[("host", "127.0.0.1:3000"), ("sec-fetch-site", "same-site")],
            &[
                ("host", "127.0.0.1:3000"),
                ("origin", "https://evil.example"),
            ],
            // The Host matches, but the site is not this machine: a proxy's Host says
            // nothing about where the page came from.
            &[
                ("host", "127.0.0.1:3000"),
                ("origin", "http://127.0.0.1:3000"),
            ],
            &[
                ("host", "accueil.villebourg.fr"),
                ("origin", "http://accueil.villebourg.fr"),
            ],
        ] {
            assert!(is_cross_site_write(&post(headers), &site), "{headers:?}");
        }
    }

    #[test]
    fn nul_characters_are_found_however_written() {
        assert!(has_nul(b"motif=a%00b"));
        assert!(has_nul(b"a\0b"));
        assert!(has_nul(br#"{"nom":"a\u0000"}"#));
        assert!(has_nul(br#"{"nom":"a\U0000"}"#));
        assert!(!has_nul(b"motif=a%01b&n=100%25"));
        assert!(!has_nul(br#"{"n":"\u00e9"}"#));
        assert!(has_nul(&percent_decoded(b"/avis/%2500")));
        assert_eq!(percent_decoded(b"a%41%2%zz%"), b"aA%2%zz%");
    }

    #[test]
    fn reads_are_never_refused() {
        let req = http::Request::builder()
            .uri("/")
            .header("sec-fetch-site", "cross-site")
            .body(Body::empty())
            .unwrap();
        assert!(!is_cross_site_write(&req, &public("http://127.0.0.1:3000")));
    }
}
