//! The cookie by which the screen that opened a code first keeps it: read alike by the
//! screen's pages, its answers and its stream, given by the page that opened the code.

use super::model::SCREEN_COOKIE;

/// The screen cookie in `headers`, when it looks like one of ours.
pub fn from_headers(headers: &http::HeaderMap) -> Option<String> {
    crate::staff::session::cookie(headers, SCREEN_COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The screen cookie of the request being handled.
pub fn of_request() -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    from_headers(&parts.headers)
}

/// Gives the browser of the current request the cookie `token` for `seconds`.
pub fn give(token: &str, seconds: i64, secure: bool) {
    crate::staff::session::set_cookie(SCREEN_COOKIE, token, Some(seconds), secure);
}
