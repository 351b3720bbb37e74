//! The real router over a test database, and requests as a browser sends them.

use super::{PEPPER, TestDb};
use app::staff::session::{DEVICE_COOKIE, SESSION_COOKIE};
use app::state::StaffConfig;
use axum::Router;
use axum::body::Body;
use http::{Request, StatusCode, header};
use server::services::Services;
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

pub fn app(t: &TestDb) -> Router {
    router(state(&t.db, tokio_util::sync::CancellationToken::new()))
}

/// What the server gives its pages: the test database, the tests' booking rules and PIN
/// pepper, and a live hub that ends with `stop`.
pub fn state(
    db: &sea_orm::DatabaseConnection,
    stop: tokio_util::sync::CancellationToken,
) -> Services {
    let staff = StaffConfig {
        pin_pepper: Arc::from(PEPPER.to_vec()),
        inactivity: Duration::from_secs(300),
        secure_cookies: false,
    };
    Services::start(db.clone(), staff, super::PUBLIC_URL, super::policy(), stop)
}

pub fn router(state: Services) -> Router {
    server::web::router(
        state,
        server::web::leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
    )
}

pub async fn send(app: &Router, req: Request<Body>) -> (StatusCode, http::HeaderMap, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), 10 << 20)
        .await
        .unwrap();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

pub fn get(uri: &str) -> http::request::Builder {
    Request::builder()
        .uri(uri)
        .header(header::HOST, "127.0.0.1:3000")
}

pub fn form_post(uri: &str, _body: &str) -> http::request::Builder {
    Request::builder()
        .method("POST")
        .uri(uri)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, super::PUBLIC_URL)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
}

/// A form POST of `pairs` with the given Cookie header, as a browser without JavaScript
/// sends it.
pub fn post_as(uri: &str, pairs: &[(&str, &str)], cookies: &str) -> Request<Body> {
    let body = form(pairs);
    form_post(uri, &body)
        .header(header::COOKIE, cookies)
        .body(Body::from(body))
        .unwrap()
}

/// A GET with the given Cookie header.
pub fn get_as(uri: &str, cookies: &str) -> Request<Body> {
    get(uri)
        .header(header::COOKIE, cookies)
        .body(Body::empty())
        .unwrap()
}

/// `application/x-www-form-urlencoded` of some pairs.
pub fn form(pairs: &[(&str, &str)]) -> String {
    let escape = |v: &str| {
        v.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                b' ' => "+".into(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", escape(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The `name=value` pair a response sets for cookie `name`, if any.
pub fn set_cookie(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
}

/// Where a redirect goes.
pub fn location(headers: &http::HeaderMap) -> String {
    headers[header::LOCATION].to_str().unwrap().to_owned()
}

pub fn is_redirect(status: StatusCode) -> bool {
    status.is_redirection()
}

/// Signs `agent_id` in on a fresh workstation through the real form endpoint; returns the
/// Cookie header value carrying the device and session tokens.
pub async fn signed_in_cookies(app: &Router, t: &TestDb, agent_id: i32, pin: &str) -> String {
    let (_, device_token) = super::workstation(&t.db, "Accueil test").await;
    let device_cookie = format!("{DEVICE_COOKIE}={device_token}");
    let body = format!("agent_id={agent_id}&pin={pin}");
    let (status, headers, _) = send(
        app,
        form_post("/api/poste/connexion", &body)
            .header(header::COOKIE, &device_cookie)
            .body(Body::from(body.clone()))
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::FOUND, "{}", t.label());
    assert_eq!(headers[header::LOCATION], "/agent/accueil");
    let set_cookie = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with(SESSION_COOKIE))
        .expect("a session cookie");
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"));
    let session = set_cookie.split(';').next().unwrap().to_owned();
    format!("{device_cookie}; {session}")
}
