//! How long browsers keep the files the pages load. The app's built files carry their
//! content's hash in their names (`app::components::assets`): kept for a year and never
//! asked for again, so a resident's second visit downloads the page alone. Files without a
//! hash (a build without `hash-files`) are asked for again each time (a 304 when unchanged);
//! the icon, a few hundred bytes that rarely change, is kept for a day. Pages themselves
//! get nothing here: they are always fetched fresh.

use app::components::assets::is_content_hashed;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use http::header::CACHE_CONTROL;

const FOREVER: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";
const A_DAY: &str = "public, max-age=86400";

pub async fn cache_static_files(req: Request, next: Next) -> Response {
    let policy = policy(req.uri().path());
    let mut response = next.run(req).await;
    if let Some(policy) = policy
        && response.status().is_success()
        && !response.headers().contains_key(CACHE_CONTROL)
    {
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

fn policy(path: &str) -> Option<&'static str> {
    if let Some(file) = path.strip_prefix("/pkg/") {
        Some(if is_content_hashed(file) {
            FOREVER
        } else {
            REVALIDATE
        })
    } else if path == "/favicon.svg" {
        Some(A_DAY)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_kept_a_year_plain_ones_revalidated_pages_left_alone() {
        assert_eq!(
            policy("/pkg/guichet.Xy3_-abcdefghijklmnopq.css"),
            Some(FOREVER)
        );
        assert_eq!(policy("/pkg/guichet.css"), Some(REVALIDATE));
        assert_eq!(policy("/favicon.svg"), Some(A_DAY));
        assert_eq!(policy("/"), None);
        assert_eq!(policy("/ticket/guichet.Xy3_-abcdefghijklmnopq.css"), None);
    }
}
