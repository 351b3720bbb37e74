//! The headers that tell a browser what a page may do, on every answer.
//!
//! - Pages: a Content-Security-Policy that allows the site's own files and, for inline
//!   scripts (the app's start, a ticket's live refresh, reading a sheet aloud, the staff's
//!   lock, the data Leptos sends with a page), only those carrying this answer's nonce.
//!   [`page_nonce`] makes the nonce, before the page cache: a cached page keeps the header
//!   that matches the nonces in its HTML.
//! - Every answer ([`common_headers`], outermost): no framing by other sites, no MIME
//!   sniffing, no address sent to other sites (`same-origin`: a token in an address never
//!   leaves the site; `no-referrer` would also make the browser send `Origin: null` with
//!   the page's own forms, which the cross-site check refuses), HTTPS remembered when the
//!   public address is `https`, and a policy that allows nothing for answers that are not
//!   pages.
//! - Pages behind a token (an appointment, a ticket, a survey, a request's follow-up) or
//!   showing a resident's own booking draft: never stored by the browser or a proxy.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY,
    STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use http::{HeaderMap, HeaderValue};
use leptos::nonce::Nonce;

/// Gives the page about to be rendered its nonce (read by the router's context, see
/// [`nonce_of`]) and its policy.
pub async fn page_nonce(mut req: Request, next: Next) -> Response {
    let nonce = Nonce::new();
    req.extensions_mut().insert(nonce.clone());
    let mut response = next.run(req).await;
    if is_html(response.headers())
        && let Ok(value) = HeaderValue::from_str(&page_policy(&nonce))
    {
        response
            .headers_mut()
            .insert(CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// The nonce [`page_nonce`] made for this request, for the page's context.
pub fn nonce_of(parts: &http::request::Parts) -> Option<Nonce> {
    parts.extensions.get::<Nonce>().cloned()
}

/// What every answer carries; `https` when the site's public address is.
#[derive(Clone, Copy)]
pub struct Transport {
    pub https: bool,
}

pub async fn common_headers(
    State(transport): State<Transport>,
    req: Request,
    next: Next,
) -> Response {
    let behind_token = is_behind_token(req.uri().path(), req.uri().query().unwrap_or(""));
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    if !headers.contains_key(CONTENT_SECURITY_POLICY) {
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    if transport.https {
        headers.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    if behind_token {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// A page's policy: the site's own files; inline scripts with the nonce only; wasm may be
/// compiled (`wasm-unsafe-eval`, not `unsafe-eval`); forms post to the site only; no
/// plug-ins, no `<base>`, no framing.
fn page_policy(nonce: &Nonce) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Pages whose address holds a secret that opens them (an appointment's token and the
/// pages below it, an offer's, a ticket's, a survey's, a request's reference and code), or
/// that show a resident's own booking draft (the contact and review steps).
fn is_behind_token(path: &str, query: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split('/');
    match (segments.next(), segments.next(), segments.next()) {
        (Some("rendez-vous"), Some(token), _) if !token.is_empty() => true,
        (Some("rendez-vous"), _, _) => query.contains("creneau=") || query.contains("etape="),
        (Some("ticket" | "avis"), Some(token), _) if !token.is_empty() => true,
        (Some("suivi"), _, _) => true,
        (Some("borne"), Some(_), Some("ticket")) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_pages_are_recognised_and_shared_pages_are_not() {
        for (path, query) in [
            ("/rendez-vous/0123abcd", ""),
            ("/rendez-vous/0123abcd/deplacer", ""),
            ("/rendez-vous/offre/0123abcd", ""),
            (
                "/rendez-vous",
                "motif=acte-naissance&creneau=2026-12-08T09:00",
            ),
            ("/rendez-vous", "etape=verifier"),
            ("/ticket/0123abcd", ""),
            ("/avis/0123abcd", ""),
            ("/suivi", "reference=D-2026-00042&code=123456"),
            ("/borne/mairie/ticket/0123abcd", ""),
        ] {
            assert!(is_behind_token(path, query), "{path}?{query}");
        }
        for (path, query) in [
            ("/", ""),
            ("/rendez-vous", ""),
            ("/rendez-vous", "motif=acte-naissance&lieu=mairie"),
            ("/rendez-vous/", ""),
            ("/file/mairie", ""),
            ("/avis", ""),
            ("/borne/mairie", ""),
        ] {
            assert!(!is_behind_token(path, query), "{path}?{query}");
        }
    }

    #[test]
    fn a_page_policy_names_its_nonce_and_allows_no_inline_code_otherwise() {
        let policy = page_policy(&Nonce::from_value("abc123"));
        assert!(policy.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"));
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
        assert!(policy.ends_with("frame-ancestors 'none'"));
    }
}
