//! `guichet-load probe --base URL`: what an attacker or a broken client sends to a public
//! Guichet, against the release server (scripts/security-probe.sh, issue 18). Fails on any
//! answer of 500 or more, any connection the server drops (a panic in a handler), any
//! missing security header, a page script without the page's nonce, a token page that may
//! be stored, a cross-site write that is not refused, a client (named by this machine's
//! proxy in `X-Forwarded-For`) that bookings, enrolment codes, requests or wrong `/suivi`
//! references do not stop, or this machine limited with it. Prints every finding, not only the
//! first. The in-process fuzzing of every public server function is
//! `server/tests/suite/hostile_input.rs`; this checks the real binary behind its real
//! layers.

use reqwest::header::{self, HeaderMap};
use reqwest::{Client, Method, StatusCode, redirect};

struct Probe {
    base: String,
    client: Client,
    findings: Vec<String>,
    requests: usize,
}

/// Values no form sends: control characters, CR LF, invalid escapes, huge numbers.
const NASTY: &[&str] = &[
    "a%01b",
    "%00",
    "%0D%0ASet-Cookie:%20x=y",
    "%ZZ",
    "%",
    "%FF%FE",
    "%E2%80%AE",
    "18446744073709551616",
    "2026-02-30T25:61:00",
    "..%2F..%2Fetc%2Fpasswd",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
];

/// Public form endpoints, with the field each value goes into (and the rest of a form).
const FORMS: &[(&str, &str)] = &[
    (
        "/api/public/file/ticket",
        "lieu=hotel-de-ville&priorite=none&motif=",
    ),
    ("/api/public/file/ticket", "motif=1&priorite=none&lieu="),
    (
        "/api/public/file/ticket",
        "lieu=hotel-de-ville&motif=1&telephone=",
    ),
    (
        "/api/public/rendez-vous/etape",
        "motif=acte-naissance&lieu=",
    ),
    (
        "/api/public/rendez-vous/coordonnees",
        "nom=A&telephone=0612345678&creneau=",
    ),
    ("/api/public/rendez-vous/confirmer", "jeton="),
    ("/api/public/rendez-vous/annuler", "token="),
    ("/api/public/file/renoncer", "token="),
    ("/api/public/suivi", "reference=D-2026-00001&code="),
    ("/api/public/avis/reponse", "token="),
];

/// Public pages, with the query or path part each value goes into.
const PAGES: &[&str] = &[
    "/rendez-vous?motif=",
    "/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville&semaine=",
    "/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville&creneau=",
    "/file/",
    "/ticket/",
    "/rendez-vous/",
    "/avis/",
    "/suivi?reference=D-2026-00001&code=",
    "/demarches/",
    "/statistiques?du=",
    "/?lang=",
];

fn args(mut it: impl Iterator<Item = String>) -> String {
    let mut base = "http://127.0.0.1:3000".to_owned();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--base" => base = it.next().expect("a value after --base"),
            other => panic!("unknown argument {other}"),
        }
    }
    base.trim_end_matches('/').to_owned()
}

impl Probe {
    async fn send(
        &mut self,
        method: Method,
        path: &str,
        headers: &[(header::HeaderName, &str)],
        body: Option<Vec<u8>>,
    ) -> Option<(StatusCode, HeaderMap, String)> {
        self.requests += 1;
        let mut req = self
            .client
            .request(method.clone(), format!("{}{path}", self.base));
        for (name, value) in headers {
            req = req.header(name.clone(), *value);
        }
        if let Some(body) = body {
            req = req.body(body);
        }
        match req.send().await {
            Ok(res) => {
                let status = res.status();
                let headers = res.headers().clone();
                let text = res.text().await.unwrap_or_default();
                if status.is_server_error() {
                    self.findings
                        .push(format!("{method} {path}: {status} {}", clip(&text)));
                }
                Some((status, headers, text))
            }
            Err(e) => {
                self.findings.push(format!(
                    "{method} {path}: no answer ({e}): the connection was dropped"
                ));
                None
            }
        }
    }

    fn expect_header(&mut self, what: &str, headers: &HeaderMap, name: &str, want: &str) {
        let got = headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !got.contains(want) {
            self.findings
                .push(format!("{what}: {name} is {got:?}, should hold {want:?}"));
        }
    }

    /// Headers every answer carries.
    fn expect_common(&mut self, what: &str, headers: &HeaderMap) {
        self.expect_header(what, headers, "x-content-type-options", "nosniff");
        self.expect_header(what, headers, "x-frame-options", "DENY");
        self.expect_header(
            what,
            headers,
            "content-security-policy",
            "frame-ancestors 'none'",
        );
        if headers.get("referrer-policy").is_none() {
            self.findings.push(format!("{what}: no referrer-policy"));
        }
    }

    /// Every inline or loaded script of a page carries the nonce its policy allows.
    fn expect_nonces(&mut self, what: &str, headers: &HeaderMap, html: &str) {
        let policy = headers
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let Some(start) = policy.find("'nonce-") else {
            self.findings.push(format!(
                "{what}: the page's policy names no nonce: {policy:?}"
            ));
            return;
        };
        let nonce = policy[start + 7..].split('\'').next().unwrap_or("");
        for script in html.split("<script").skip(1) {
            let tag = &script[..script.find('>').unwrap_or(0)];
            if !tag.contains(&format!("nonce=\"{nonce}\"")) {
                self.findings
                    .push(format!("{what}: <script{tag}> lacks the page's nonce"));
            }
        }
    }
}

fn clip(s: &str) -> String {
    s.chars().take(200).collect()
}

pub async fn run(args_in: impl Iterator<Item = String>) -> i32 {
    let base = args(args_in);
    let client = Client::builder()
        .redirect(redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("an HTTP client");
    let mut p = Probe {
        base,
        client,
        findings: Vec::new(),
        requests: 0,
    };
    let html = [(header::ACCEPT, "text/html")];

    // Headers on pages, files and other answers.
    let mut stylesheet = None;
    for path in [
        "/",
        "/rendez-vous",
        "/file",
        "/suivi",
        "/demarches",
        "/statistiques",
        "/agent",
        "/nope",
    ] {
        if let Some((_, headers, body)) = p.send(Method::GET, path, &html, None).await {
            p.expect_common(path, &headers);
            p.expect_nonces(path, &headers, &body);
            if stylesheet.is_none() {
                stylesheet = body
                    .split("href=\"")
                    .skip(1)
                    .filter_map(|s| s.split('"').next())
                    .find(|s| s.starts_with("/pkg/") && s.ends_with(".css"))
                    .map(str::to_owned);
            }
        }
    }
    for path in ["/healthz", "/favicon.svg"] {
        if let Some((_, headers, _)) = p.send(Method::GET, path, &[], None).await {
            p.expect_common(path, &headers);
        }
    }
    match stylesheet {
        Some(css) => {
            if let Some((_, headers, _)) = p.send(Method::GET, &css, &[], None).await {
                p.expect_common(&css, &headers);
                p.expect_header(&css, &headers, "cache-control", "immutable");
            }
        }
        None => p.findings.push("no stylesheet named on /".into()),
    }

    // Pages behind a token: never stored, no Referer to other sites.
    let token = "0".repeat(32);
    for path in [
        format!("/ticket/{token}"),
        format!("/rendez-vous/{token}"),
        format!("/avis/{token}"),
        "/suivi?reference=D-2026-00001&code=000000".to_owned(),
    ] {
        if let Some((_, headers, _)) = p.send(Method::GET, &path, &html, None).await {
            p.expect_header(&path, &headers, "cache-control", "no-store");
            p.expect_header(&path, &headers, "referrer-policy", "same-origin");
        }
    }

    // Malformed values in forms (with and without JavaScript) and in addresses.
    let origin = p.base.clone();
    for (path, form) in FORMS {
        for value in NASTY {
            for accept in ["text/html", "*/*"] {
                let body = format!("{form}{value}").into_bytes();
                p.send(
                    Method::POST,
                    path,
                    &[
                        (header::ORIGIN, origin.as_str()),
                        (header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
                        (header::ACCEPT, accept),
                    ],
                    Some(body),
                )
                .await;
            }
        }
        // Bytes that are not a form at all.
        p.send(
            Method::POST,
            path,
            &[
                (header::ORIGIN, origin.as_str()),
                (header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
            ],
            Some(b"\xff\xfe%%&&==\x00\r\n".to_vec()),
        )
        .await;
    }
    for page in PAGES {
        for value in NASTY {
            p.send(Method::GET, &format!("{page}{value}"), &html, None)
                .await;
        }
    }

    // Writes from another site are refused, whatever the Host says.
    for headers in [
        vec![(header::ORIGIN, "https://evil.example")],
        vec![
            (header::ORIGIN, origin.as_str()),
            (
                header::HeaderName::from_static("sec-fetch-site"),
                "cross-site",
            ),
        ],
    ] {
        let mut all = headers.clone();
        all.push((header::CONTENT_TYPE, "application/x-www-form-urlencoded"));
        if let Some((status, _, _)) = p
            .send(
                Method::POST,
                "/api/public/file/ticket",
                &all,
                Some(b"lieu=hotel-de-ville&motif=1".to_vec()),
            )
            .await
            && status != StatusCode::FORBIDDEN
        {
            p.findings.push(format!(
                "a cross-site write ({headers:?}) answered {status}"
            ));
        }
    }

    // Abuse: one client, as the town's proxy on this machine names it, past each
    // allowance is told to wait; this machine itself is not limited.
    let xff = header::HeaderName::from_static("x-forwarded-for");
    let form_type = (header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let limited: [(&str, &str, &[u8], &str); 3] = [
        (
            "booking",
            "/api/public/rendez-vous/confirmer",
            b"motif=acte-naissance&lieu=hotel-de-ville&creneau=x",
            "203.0.113.10",
        ),
        (
            "enrolment codes",
            "/api/poste/enregistrer",
            b"code=000000",
            "203.0.113.11",
        ),
        (
            "requests",
            "/api/public/demande",
            b"type=information&sujet=x&message=x&nom=x&courriel=x%40example.org",
            "203.0.113.12",
        ),
    ];
    for (what, path, body, client) in limited {
        let headers = [
            (xff.clone(), client),
            form_type.clone(),
            (header::ORIGIN, origin.as_str()),
            (header::ACCEPT, "text/html"),
        ];
        let mut refused = None;
        for _ in 0..12 {
            let answer = p
                .send(Method::POST, path, &headers, Some(body.to_vec()))
                .await;
            if let Some((StatusCode::TOO_MANY_REQUESTS, h, page)) = answer {
                refused = Some((h, page));
                break;
            }
        }
        match refused {
            None => p
                .findings
                .push(format!("{what}: 12 posts from one client, no limit")),
            Some((h, page)) => {
                if !h.contains_key(header::RETRY_AFTER) || !page.contains("Réessayez dans") {
                    p.findings
                        .push(format!("{what}: 429 without Retry-After or its message"));
                }
            }
        }
        let mine = [form_type.clone(), (header::ORIGIN, origin.as_str())];
        if let Some((StatusCode::TOO_MANY_REQUESTS, _, _)) =
            p.send(Method::POST, path, &mine, Some(body.to_vec())).await
        {
            p.findings
                .push(format!("{what}: this machine was limited with the client"));
        }
    }
    // Guessing references at /suivi: wrong ones count, then even the form says to wait.
    let mut told = false;
    for n in 0..12 {
        let path = format!("/suivi?reference=D-2026-9{n:04}&code=ABCD");
        let headers = [(xff.clone(), "203.0.113.13")];
        if let Some((_, _, page)) = p.send(Method::GET, &path, &headers, None).await
            && page.contains("trop de demandes sont venues de votre connexion")
        {
            told = true;
            break;
        }
    }
    if !told {
        p.findings
            .push("/suivi: 12 wrong references from one client, no limit".into());
    }

    // Still standing.
    match p.send(Method::GET, "/readyz", &[], None).await {
        Some((StatusCode::OK, _, _)) => {}
        other => p
            .findings
            .push(format!("/readyz after the probe: {:?}", other.map(|o| o.0))),
    }

    println!(
        "probe: {} requests, {} findings",
        p.requests,
        p.findings.len()
    );
    for f in &p.findings {
        println!("  {f}");
    }
    i32::from(!p.findings.is_empty())
}
