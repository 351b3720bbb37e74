//! Behind a reverse proxy, as a town runs it: the real server binary, whose public address
//! is `https://accueil.villebourg.test`, is reached only through a proxy on loopback that
//! rewrites Host to the server's own address (nginx's default `proxy_set_header Host
//! $proxy_host`), appends the client's address to X-Forwarded-For and says https. Residents'
//! browsers come from two addresses (127.0.0.2 and 127.0.0.3). Their forms from the public
//! origin are accepted, whatever Host the server sees; a form from another origin, or from the
//! rewritten Host's, is refused; the limits count each resident apart; every answer carries
//! the security headers of an https site.

use crate::common::TestDb;
use crate::common::processes::{free_port, start_server, wait_ready};
use crate::common::town::slots_a_day;
use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::response::Response;
use chrono::NaiveTime;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

const PUBLIC: &str = "https://accueil.villebourg.test";

/// The proxy: every request goes to `upstream` with Host rewritten, the peer appended to
/// X-Forwarded-For and X-Forwarded-Proto https; the answer comes back as it is.
async fn start_proxy(upstream: String) -> u16 {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let forward = move |ConnectInfo(peer): ConnectInfo<SocketAddr>, req: Request| {
        let (client, upstream) = (client.clone(), upstream.clone());
        async move {
            let (parts, body) = req.into_parts();
            let body = axum::body::to_bytes(body, 1 << 20).await.unwrap();
            let path = parts
                .uri
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/");
            let mut headers = parts.headers.clone();
            headers.remove(http::header::HOST);
            let forwarded = match headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()) {
                Some(before) => format!("{before}, {}", peer.ip()),
                None => peer.ip().to_string(),
            };
            headers.insert("x-forwarded-for", forwarded.parse().unwrap());
            headers.insert("x-forwarded-proto", "https".parse().unwrap());
            // reqwest writes Host from the URL: the upstream's own address.
            let answer = client
                .request(parts.method, format!("{upstream}{path}"))
                .headers(headers)
                .body(body)
                .send()
                .await
                .unwrap();
            let mut response = Response::builder().status(answer.status());
            for (name, value) in answer.headers() {
                response = response.header(name, value);
            }
            response
                .body(Body::from(answer.bytes().await.unwrap()))
                .unwrap()
        }
    };
    let app = Router::new().fallback(forward);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
    });
    port
}

/// A resident's browser on its own address.
fn browser(from: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .local_address(IpAddr::from(from))
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

#[tokio::test]
async fn behind_a_proxy_that_rewrites_host_forms_limits_and_headers_hold() {
    let t = TestDb::sqlite().await;
    let (_, motif) = slots_a_day(
        &t.db,
        1,
        NaiveTime::from_hms_opt(0, 0, 0).unwrap(),
        NaiveTime::from_hms_opt(23, 59, 0).unwrap(),
        true,
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let upstream = format!("http://127.0.0.1:{port}");
    let _server = start_server(
        &t.url,
        dir.path(),
        port,
        &[("GUICHET_PUBLIC_URL", PUBLIC)],
        "server.log",
    );
    wait_ready(&upstream).await;
    let proxy = format!("http://127.0.0.1:{}", start_proxy(upstream.clone()).await);

    let motif = motif.to_string();
    let ticket = |client: reqwest::Client, origin: &'static str| {
        let (proxy, motif) = (proxy.clone(), motif.clone());
        async move {
            client
                .post(format!("{proxy}/api/public/file/ticket"))
                .header("origin", origin)
                .header("accept", "text/html")
                .form(&[
                    ("lieu", "test"),
                    ("motif", motif.as_str()),
                    ("priorite", "none"),
                    ("telephone", ""),
                    ("depuis", "maison"),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    let location = |r: &reqwest::Response| {
        r.headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let amina = browser([127, 0, 0, 2]);
    let lucas = browser([127, 0, 0, 3]);

    // From the public origin: taken, though the server saw Host 127.0.0.1:<port>.
    let taken = ticket(amina.clone(), PUBLIC).await;
    assert!(taken.status().is_redirection(), "{}", taken.status());
    assert!(
        location(&taken).starts_with("/ticket/"),
        "{}",
        location(&taken)
    );
    // Another site's form, and one claiming the Host the proxy wrote: refused.
    for origin in ["https://evil.example", "http://127.0.0.1"] {
        let refused = ticket(lucas.clone(), origin).await;
        assert_eq!(refused.status(), 403, "{origin}");
    }
    let upstream_origin: &'static str = Box::leak(upstream.clone().into_boxed_str());
    let refused = ticket(lucas.clone(), upstream_origin).await;
    assert_eq!(refused.status(), 403, "the rewritten Host's origin");

    // Amina's address has four tickets from home at once: the fifth waits; Lucas's
    // address is another client.
    for n in 2..=4 {
        let again = ticket(amina.clone(), PUBLIC).await;
        assert!(
            location(&again).starts_with("/ticket/"),
            "ticket {n}: {}",
            location(&again)
        );
    }
    let fifth = ticket(amina.clone(), PUBLIC).await;
    let back = location(&fifth);
    assert!(
        back.contains("erreur=queue-error-too-many-tickets"),
        "the fifth: {} {back}",
        fifth.status()
    );
    let other = ticket(lucas.clone(), PUBLIC).await;
    assert!(
        location(&other).starts_with("/ticket/"),
        "{}",
        location(&other)
    );

    // An https site's headers, through the proxy.
    let page = amina
        .get(format!("{proxy}/rendez-vous"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let headers = page.headers();
    assert!(
        headers
            .get("strict-transport-security")
            .is_some_and(|v| v.to_str().unwrap().contains("max-age=")),
        "{headers:?}"
    );
    assert!(
        headers
            .get("content-security-policy")
            .is_some_and(|v| v.to_str().unwrap().contains("frame-ancestors 'none'")),
        "{headers:?}"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    t.drop_db().await;
}
