//! Staff identity for the current request: reads the device and session cookies, asks the
//! store, and writes cookies back. Used by pages, server functions and the server's guard.

use super::devices::DeviceKind;
use super::identity::StaffIdentity;
use super::roles::{Role, StaffSection};
use super::store::{self, SessionState};
use crate::errors::AppError;
use crate::state::AppState;
use crate::store::entities::device;
use chrono::Utc;
use http::header::{COOKIE, SET_COOKIE};
use http::{HeaderMap, HeaderValue};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;
use sea_orm::DatabaseConnection;

pub const DEVICE_COOKIE: &str = "guichet_poste";
pub const SESSION_COOKIE: &str = "guichet_session";
/// One device cookie per kind rather than one for all: an administrator who tries a kiosk
/// or a screen in the browser of their workstation does not lose the workstation (and the
/// session on it) by enrolling it, and a kiosk's token could never be mistaken for a
/// workstation's, since each cookie is only looked up as its own kind. A browser holds at
/// most one device of each kind.
pub const KIOSK_COOKIE: &str = "guichet_borne";
/// `guichet_ecran` is the language panel's paired screen (interpretation): another cookie.
pub const SCREEN_COOKIE: &str = "guichet_afficheur";
/// Devices stay enrolled about a year (browsers cap cookies at 400 days).
pub const DEVICE_COOKIE_MAX_AGE: i64 = 400 * 24 * 3600;

/// The cookie that carries the token of a device of `kind`.
pub fn device_cookie(kind: DeviceKind) -> &'static str {
    match kind {
        DeviceKind::Workstation => DEVICE_COOKIE,
        DeviceKind::Kiosk => KIOSK_COOKIE,
        DeviceKind::Screen => SCREEN_COOKIE,
    }
}

/// The value of cookie `name` in the request headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty())
}

/// A `Set-Cookie` value: HttpOnly and SameSite=Strict always, so scripts cannot read staff
/// tokens and other sites cannot make the browser send them.
pub fn set_cookie_value(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> String {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    cookie
}

pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>, secure: bool) {
    if let Some(res) = use_context::<ResponseOptions>()
        && let Ok(v) = HeaderValue::from_str(&set_cookie_value(name, value, max_age, secure))
    {
        res.append_header(SET_COOKIE, v);
    }
}

/// What the current request says about staff access.
#[derive(Debug, PartialEq)]
pub enum Access {
    /// Not an enrolled workstation.
    NoDevice,
    /// An enrolled workstation, nobody signed in (`locked`: the last session timed out).
    Device {
        device: device::Model,
        locked: bool,
    },
    SignedIn(StaffIdentity),
}

/// Resolves access from request headers; shared by the server's route guard and by
/// server functions, so both apply exactly the same rules.
pub async fn resolve(
    db: &DatabaseConnection,
    headers: &HeaderMap,
    inactivity: std::time::Duration,
) -> Result<Access, sea_orm::DbErr> {
    resolve_with(db, headers, inactivity, is_user_input(headers)).await
}

/// Whether a request is the person at the workstation doing something: a page opened or a
/// form sent (a navigation), not what a page fetches by itself (a live refresh, a stream).
/// Only those keep a session awake; a page's own fetches of what people do on it are
/// reported by its inactivity watcher ([`crate::staff::model::ACTIVITY_PATH`]). A browser
/// that does not say (no `Sec-Fetch-Mode`) is believed.
pub fn is_user_input(headers: &HeaderMap) -> bool {
    headers
        .get("sec-fetch-mode")
        .and_then(|v| v.to_str().ok())
        .is_none_or(|mode| mode == "navigate")
}

/// [`resolve`], saying whether the request is someone's input (the activity report is).
pub async fn resolve_with(
    db: &DatabaseConnection,
    headers: &HeaderMap,
    inactivity: std::time::Duration,
    user_input: bool,
) -> Result<Access, sea_orm::DbErr> {
    let Some(device) = device_from_headers(db, headers, DeviceKind::Workstation).await? else {
        return Ok(Access::NoDevice);
    };
    let Some(session_token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(Access::Device {
            device,
            locked: false,
        });
    };
    Ok(
        match store::session_state(
            db,
            &session_token,
            &device,
            inactivity,
            user_input,
            Utc::now(),
        )
        .await?
        {
            SessionState::Active(identity) => Access::SignedIn(identity),
            SessionState::Locked => Access::Device {
                device,
                locked: true,
            },
            SessionState::None => Access::Device {
                device,
                locked: false,
            },
        },
    )
}

/// Access for the request being handled by the current server function or page.
pub async fn current_access() -> Result<Access, AppError> {
    let state = AppState::from_context()?;
    let parts = use_context::<http::request::Parts>().ok_or(AppError::Internal)?;
    Ok(resolve(&state.db, &parts.headers, state.staff.inactivity).await?)
}

/// The signed-in agent, if their role is one of `allowed`; otherwise an error that also
/// sets the response status (401 or 403).
pub async fn require_role(allowed: &[Role]) -> Result<StaffIdentity, AppError> {
    match current_access().await? {
        Access::SignedIn(identity) if allowed.contains(&identity.role) => Ok(identity),
        Access::SignedIn(_) => Err(AppError::Forbidden.with_status()),
        _ => Err(AppError::NotSignedIn.with_status()),
    }
}

/// The signed-in agent, if allowed in `section`.
pub async fn require_section(section: StaffSection) -> Result<StaffIdentity, AppError> {
    let allowed: Vec<Role> = Role::ALL
        .into_iter()
        .filter(|r| section.allows(*r))
        .collect();
    require_role(&allowed).await
}

/// The session cookie of the current request, to end it.
pub fn current_session_token() -> Option<String> {
    use_context::<http::request::Parts>().and_then(|p| cookie(&p.headers, SESSION_COOKIE))
}

/// The enrolled workstation the current request comes from, if any.
pub async fn current_device() -> Result<Option<device::Model>, AppError> {
    current_device_of(DeviceKind::Workstation).await
}

/// The enrolled, not revoked device of `kind` the current request comes from, if any.
pub async fn current_device_of(kind: DeviceKind) -> Result<Option<device::Model>, AppError> {
    let state = AppState::from_context()?;
    let parts = use_context::<http::request::Parts>().ok_or(AppError::Internal)?;
    Ok(device_from_headers(&state.db, &parts.headers, kind).await?)
}

/// The enrolled, not revoked device of `kind` whose cookie `headers` carry, if any; for
/// handlers outside Leptos (the screens' live stream).
pub async fn device_from_headers(
    db: &DatabaseConnection,
    headers: &HeaderMap,
    kind: DeviceKind,
) -> Result<Option<device::Model>, sea_orm::DbErr> {
    match cookie(headers, device_cookie(kind)) {
        Some(token) => store::device_of_kind(db, kind, &token).await,
        None => Ok(None),
    }
}

/// Ends the current request's session on purpose (audited as `action`) and clears its
/// cookie.
pub async fn end_current(action: &'static str) -> Result<(), AppError> {
    let state = AppState::from_context()?;
    if let Some(token) = current_session_token() {
        store::end_session(&state.db, &token, action).await?;
    }
    set_cookie(SESSION_COOKIE, "", Some(0), state.staff.secure_cookies);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_one_cookie_among_several_headers() {
        let mut h = HeaderMap::new();
        h.append(COOKIE, HeaderValue::from_static("a=1; guichet_lang=ar"));
        h.append(COOKIE, HeaderValue::from_static("guichet_session=abc"));
        assert_eq!(cookie(&h, "guichet_session").as_deref(), Some("abc"));
        assert_eq!(cookie(&h, "guichet_lang").as_deref(), Some("ar"));
        assert_eq!(cookie(&h, "missing"), None);
    }

    #[test]
    fn staff_cookies_are_http_only_and_strict() {
        let v = set_cookie_value(SESSION_COOKIE, "t", None, true);
        assert!(v.contains("HttpOnly") && v.contains("SameSite=Strict") && v.contains("Secure"));
        let v = set_cookie_value(DEVICE_COOKIE, "t", Some(10), false);
        assert!(v.contains("Max-Age=10") && !v.contains("Secure"));
    }
}
