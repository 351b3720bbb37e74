//! Who a request comes from, and the per-client limits on anonymous forms.
//!
//! The client is the peer of the connection, unless that peer is one of the town's own
//! reverse proxies (`GUICHET_TRUSTED_PROXIES`, by default this machine): then it is the
//! nearest address in `X-Forwarded-For` that is not a trusted proxy. A request from this
//! machine without a forwarded address is the machine itself (health checks, scripts, a
//! developer's browser) and gets no [`ClientAddress`], so no limit.
//!
//! Every anonymous form post spends from its bucket here, before the server function
//! runs; past the allowance the answer is 429 with the wait, in the reader's language.
//! Limits that need to know more than the address (the kiosk is not limited, a code page
//! is opened by GET) are spent inside the server functions (`app::limits::spend`).

use app::i18n::{Locale, args, text, text_with};
use app::limits::{Bucket, ClientAddress, RateLimits, TooMany};
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, RETRY_AFTER};
use http::{HeaderMap, Method, StatusCode};
use leptos::server_fn::ServerFn;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

/// The addresses of the town's reverse proxies, whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug)]
pub struct TrustedProxies(Arc<[IpAddr]>);

impl TrustedProxies {
    pub fn new(addresses: Vec<IpAddr>) -> TrustedProxies {
        TrustedProxies(addresses.into())
    }

    /// This machine only, which is where a town's reverse proxy usually runs.
    #[cfg(test)]
    pub fn loopback() -> TrustedProxies {
        TrustedProxies::new(vec![
            IpAddr::from([127, 0, 0, 1]),
            IpAddr::from(std::net::Ipv6Addr::LOCALHOST),
        ])
    }

    /// The proxy's own address, not its /64 (which `ClientAddress` counts clients by): a
    /// client next to the proxy is not the proxy. A v4-mapped address is its v4 one.
    fn trusts(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|p| p.to_canonical() == ip)
    }

    /// The client of a connection from `peer` with these headers; `None` for this machine.
    pub fn client(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> Option<ClientAddress> {
        let peer = peer?;
        if !self.trusts(peer) {
            return Some(ClientAddress::new(peer));
        }
        // Read from the right: each proxy appends the address it received from; the
        // first one no proxy of ours added is the client. What a client wrote itself is
        // further left and never reached.
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect::<Vec<_>>();
        for hop in forwarded.iter().rev() {
            let Ok(ip) = hop.parse::<IpAddr>() else {
                // An address our proxy would not write: the client cannot be known; count
                // the garbage itself rather than let it pass unlimited.
                return Some(ClientAddress::new(IpAddr::from([0, 0, 0, 0])));
            };
            if !self.trusts(ip) {
                return Some(ClientAddress::new(ip));
            }
        }
        None
    }
}

/// Puts the request's [`ClientAddress`] in its extensions, for the limits below and for
/// server functions.
pub async fn resolve_client(
    State(proxies): State<TrustedProxies>,
    mut req: Request,
    next: Next,
) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    match proxies.client(peer, req.headers()) {
        Some(client) => {
            req.extensions_mut().insert(client);
        }
        None => {
            req.extensions_mut().remove::<ClientAddress>();
        }
    }
    next.run(req).await
}

/// Holds a place among the live streams for as long as the answer's body is open:
/// 429 when this client holds its share, 503 when the server is full.
pub async fn cap_streams(
    State(caps): State<app::limits::streams::StreamCaps>,
    req: Request,
    next: Next,
) -> Response {
    use app::limits::streams::StreamRefused;
    let client = req.extensions().get::<ClientAddress>().copied();
    let permit = match caps.open(client) {
        Ok(permit) => permit,
        Err(refused) => {
            tracing::warn!(?client, ?refused, "live stream refused");
            let status = match refused {
                StreamRefused::ClientFull => StatusCode::TOO_MANY_REQUESTS,
                StreamRefused::ServerFull => StatusCode::SERVICE_UNAVAILABLE,
            };
            return (status, [(RETRY_AFTER, "30")]).into_response();
        }
    };
    let response = next.run(req).await;
    let (parts, body) = response.into_parts();
    // The permit goes with the body: dropped when the connection ends.
    let body = futures_util::StreamExt::map(body.into_data_stream(), move |chunk| {
        let _held = &permit;
        chunk
    });
    Response::from_parts(parts, axum::body::Body::from_stream(body))
}

/// Which bucket an anonymous form post spends from; `None` for what is not limited here.
fn bucket_of(method: &Method, path: &str) -> Option<Bucket> {
    use app::booking::manage::{AcceptOffer, MoveAppointment};
    use app::booking::wizard::{ConfirmBooking, JoinWaitlist};
    use app::interpretation::pairing::AnswerOnScreen;
    use app::requests::{AnswerRequest, SubmitRequest};
    use app::staff::{EnrolDevice, EnrolWorkstation};
    if *method != Method::POST {
        return None;
    }
    let is = |p: &str| path == p;
    if is(ConfirmBooking::PATH)
        || is(JoinWaitlist::PATH)
        || is(MoveAppointment::PATH)
        || is(AcceptOffer::PATH)
    {
        Some(Bucket::Booking)
    } else if is(SubmitRequest::PATH) || is(AnswerRequest::PATH) {
        Some(Bucket::Request)
    } else if is(EnrolWorkstation::PATH) || is(EnrolDevice::PATH) || is(AnswerOnScreen::PATH) {
        Some(Bucket::Code)
    } else if path.starts_with("/api/public/") {
        Some(Bucket::Form)
    } else {
        None
    }
}

/// The limits of the anonymous forms, and the site's stylesheet for the page that says
/// one was reached.
#[derive(Clone)]
pub struct FormLimits {
    pub limits: RateLimits,
    /// `/pkg/guichet.<hash>.css`.
    pub stylesheet: std::sync::Arc<str>,
}

/// Spends the client's allowance for an anonymous form post; 429 past it.
pub async fn limit_anonymous_forms(
    State(FormLimits { limits, stylesheet }): State<FormLimits>,
    req: Request,
    next: Next,
) -> Response {
    let client = req.extensions().get::<ClientAddress>().copied();
    if let (Some(client), Some(bucket)) = (client, bucket_of(req.method(), req.uri().path()))
        && let Err(too_many) = limits.spend(bucket, client, Instant::now())
    {
        let locale = req
            .extensions()
            .get::<Locale>()
            .copied()
            .unwrap_or_default();
        return too_many_answer(locale, too_many, req.headers(), &stylesheet);
    }
    next.run(req).await
}

/// 429 with `Retry-After`: a small page in the reader's language for a form posted
/// without JavaScript (with a way back to the form), styled as the site, the sentence
/// alone otherwise.
pub fn too_many_answer(
    locale: Locale,
    too_many: TooMany,
    headers: &HeaderMap,
    stylesheet: &str,
) -> Response {
    let minutes = too_many.minutes();
    let message = text_with(
        locale,
        "error-too-many",
        &args([("minutes", (minutes as i64).into())]),
    );
    let retry_after = too_many.wait.as_secs().max(1).to_string();
    let wants_page = headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"));
    if !wants_page {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [
                (CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
                (RETRY_AFTER, retry_after),
            ],
            message,
        )
            .into_response();
    }
    let title = text(locale, "error-too-many-title");
    // Back to the form the person came from: only its path, so the link stays on the site.
    let back = headers
        .get(http::header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(referer_path)
        .map(|path| {
            format!(
                "<a href=\"{}\">{}</a> ",
                escape_html(&path),
                escape_html(&text(locale, "error-too-many-back"))
            )
        })
        .unwrap_or_default();
    let page = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"stylesheet\" href=\"{stylesheet}\">\
         <title>{title}</title></head><body><main id=\"main\">\
         <h1>{title}</h1><p role=\"alert\">{message}</p>\
         <p>{back}<a href=\"/\">{home}</a></p></main></body></html>",
        lang = locale.code(),
        dir = locale.dir(),
        title = escape_html(&title),
        message = escape_html(&message),
        home = escape_html(&text(locale, "back-home")),
        stylesheet = escape_html(stylesheet),
    );
    (
        StatusCode::TOO_MANY_REQUESTS,
        [
            (CONTENT_TYPE, "text/html; charset=utf-8".to_owned()),
            (RETRY_AFTER, retry_after),
            // The site's stylesheet and nothing else: no script, no form.
            (
                http::header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'self'; frame-ancestors 'none'; \
                 form-action 'none'; base-uri 'none'"
                    .to_owned(),
            ),
        ],
        page,
    )
        .into_response()
}

/// `/rendez-vous?…` of `https://host/rendez-vous?…`: a path on this site, never elsewhere.
fn referer_path(referer: &str) -> Option<String> {
    let after_scheme = referer.split_once("://")?.1;
    let path = &after_scheme[after_scheme.find('/')?..];
    (!path.starts_with("//")).then(|| path.to_owned())
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in xff {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn a_direct_client_is_its_peer_and_cannot_claim_another_address() {
        let proxies = TrustedProxies::loopback();
        let client = proxies.client(Some(ip("203.0.113.9")), &headers(&["198.51.100.1"]));
        assert_eq!(client, Some(ClientAddress::new(ip("203.0.113.9"))));
    }

    #[test]
    fn behind_our_proxy_the_client_is_the_last_address_it_added() {
        let proxies = TrustedProxies::loopback();
        // The client wrote a false address itself; our proxy appended the real one.
        let h = headers(&["10.9.9.9, 203.0.113.9"]);
        assert_eq!(
            proxies.client(Some(ip("127.0.0.1")), &h),
            Some(ClientAddress::new(ip("203.0.113.9")))
        );
        // Two proxies of ours in a row.
        let two = TrustedProxies::new(vec![ip("127.0.0.1"), ip("10.0.0.2")]);
        let h = headers(&["203.0.113.9", "10.0.0.2"]);
        assert_eq!(
            two.client(Some(ip("127.0.0.1")), &h),
            Some(ClientAddress::new(ip("203.0.113.9")))
        );
    }

    #[test]
    fn only_the_proxys_own_address_is_trusted_not_its_block() {
        let proxies = TrustedProxies::new(vec![ip("2001:db8::1")]);
        let neighbour = ip("2001:db8::2");
        assert_eq!(
            proxies.client(Some(neighbour), &headers(&["203.0.113.9"])),
            Some(ClientAddress::new(neighbour)),
            "what a neighbour writes in X-Forwarded-For is not believed"
        );
        assert_eq!(
            proxies.client(Some(ip("2001:db8::1")), &headers(&["203.0.113.9"])),
            Some(ClientAddress::new(ip("203.0.113.9")))
        );
        let v4 = TrustedProxies::new(vec![ip("127.0.0.1")]);
        assert_eq!(v4.client(Some(ip("::ffff:127.0.0.1")), &headers(&[])), None);
    }

    #[test]
    fn this_machine_without_a_forwarded_address_is_not_a_client() {
        let proxies = TrustedProxies::loopback();
        assert_eq!(proxies.client(Some(ip("127.0.0.1")), &headers(&[])), None);
        assert_eq!(proxies.client(Some(ip("::1")), &headers(&[])), None);
        assert_eq!(proxies.client(None, &headers(&["203.0.113.9"])), None);
        // Garbage from the proxy's side is counted, not let through.
        assert!(
            proxies
                .client(Some(ip("127.0.0.1")), &headers(&["not-an-ip"]))
                .is_some()
        );
    }

    #[test]
    fn the_way_back_stays_on_the_site() {
        assert_eq!(
            referer_path("https://rdv.ville.fr/rendez-vous?motif=a&lieu=b").as_deref(),
            Some("/rendez-vous?motif=a&lieu=b")
        );
        assert_eq!(referer_path("https://rdv.ville.fr"), None);
        assert_eq!(referer_path("https://rdv.ville.fr//evil.example/x"), None);
        assert_eq!(referer_path("/relative"), None);
    }

    #[test]
    fn form_posts_go_to_their_buckets() {
        use app::booking::wizard::ConfirmBooking;
        use app::requests::FollowRequest;
        use app::staff::{EnrolWorkstation, SignIn};
        assert_eq!(
            bucket_of(&Method::POST, ConfirmBooking::PATH),
            Some(Bucket::Booking)
        );
        assert_eq!(
            bucket_of(&Method::POST, EnrolWorkstation::PATH),
            Some(Bucket::Code)
        );
        assert_eq!(
            bucket_of(&Method::POST, FollowRequest::PATH),
            Some(Bucket::Form)
        );
        assert_eq!(bucket_of(&Method::GET, ConfirmBooking::PATH), None);
        // PINs are limited per workstation, in the database: a town hall's desks share
        // one address.
        assert_eq!(bucket_of(&Method::POST, SignIn::PATH), None);
    }
}
