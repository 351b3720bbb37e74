//! Middleware that every request passes through.

use app::i18n::{LANG_COOKIE, LANG_QUERY, Locale, negotiate};
use app::staff::session::{self, Access};
use app::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, HOST, ORIGIN, SET_COOKIE, VARY};
use http::{HeaderValue, Method, StatusCode};

/// Server functions do no CSRF check of their own: refuse any state-changing request that a
/// browser says comes from another site. Staff cookies are also `SameSite=Strict`.
pub async fn refuse_cross_site_writes(req: Request, next: Next) -> Response {
    if is_cross_site_write(&req) {
        tracing::warn!(path = %req.uri().path(), "cross-site write refused");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    next.run(req).await
}

fn is_cross_site_write(req: &Request) -> bool {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return true;
    }
    match (headers.get(ORIGIN), headers.get(HOST)) {
        (Some(origin), Some(host)) => {
            let origin = origin.to_str().unwrap_or("");
            let host = host.to_str().unwrap_or("");
            let origin_host = origin.split_once("://").map(|(_, h)| h).unwrap_or("");
            origin_host != host
        }
        // An Origin without Host cannot be checked: refuse it.
        (Some(_), None) => true,
        // No Origin: not a browser form or fetch from another site.
        (None, _) => false,
    }
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

    #[test]
    fn same_origin_posts_pass() {
        assert!(!is_cross_site_write(&post(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3000"),
            ("sec-fetch-site", "same-origin")
        ])));
        assert!(!is_cross_site_write(&post(&[("host", "127.0.0.1:3000")])));
    }

    #[test]
    fn other_sites_are_refused() {
        assert!(is_cross_site_write(&post(&[
            ("host", "127.0.0.1:3000"),
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(is_cross_site_write(&post(&[
            ("host", "127.0.0.1:3000"),
            ("sec-fetch-site", "same-site")
        ])));
        assert!(is_cross_site_write(&post(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "https://evil.example")
        ])));
    }

    #[test]
    fn reads_are_never_refused() {
        let req = http::Request::builder()
            .uri("/")
            .header("sec-fetch-site", "cross-site")
            .body(Body::empty())
            .unwrap();
        assert!(!is_cross_site_write(&req));
    }
}
