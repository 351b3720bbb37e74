//! The HTTP application as a browser meets it: languages, staff guard, cross-site refusal,
//! roles, probes. Runs the real router over a real SQLite file and PostgreSQL database.

use crate::common::web::{app, form_post, get, send, signed_in_cookies};
use crate::common::{TestDb, agent};
use app::staff::session::SESSION_COOKIE;
use axum::body::Body;
use http::{StatusCode, header};

fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn home_speaks_the_negotiated_language() {
    let t = TestDb::sqlite().await;
    let app = app(&t);
    let (status, _, body) = send(&app, get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains(r#"<html lang="fr" dir="ltr""#),
        "{}",
        &body[..300.min(body.len())]
    );
    assert!(body.contains("Bienvenue à la mairie"));

    let (_, _, body) = send(
        &app,
        get("/")
            .header(header::ACCEPT_LANGUAGE, "ar")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(body.contains(r#"<html lang="ar" dir="rtl""#));
    let arabic_title = app::i18n::text(app::i18n::Locale::Ar, "home-title");
    assert!(strip_isolation(&body).contains(&strip_isolation(&arabic_title)));

    // A shared link wins over the browser and is kept in a cookie.
    let (_, headers, body) = send(
        &app,
        get("/?lang=uk")
            .header(header::ACCEPT_LANGUAGE, "ar")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(body.contains(r#"<html lang="uk" dir="ltr""#));
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("guichet_lang=uk"), "{cookie}");
    let (status, _, body) = send(
        &app,
        get("/")
            .header(header::COOKIE, "guichet_lang=fa")
            .header(header::ACCEPT_LANGUAGE, "en")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    // CI once saw this page without `lang="fa"`: say what came instead if it happens again.
    assert!(
        body.contains(r#"<html lang="fa" dir="rtl""#),
        "{status}: {}",
        body.chars().take(300).collect::<String>()
    );
    t.drop_db().await;
}

/// The built files carry their content's hash in their names, the pages name them so, and
/// browsers keep them a year; pages themselves are never kept.
#[tokio::test]
async fn built_files_are_named_by_their_hash_and_kept_a_year() {
    const HASH: &str = "q0Zr8mU3-PEa_x7B2cLkVw";
    let t = TestDb::sqlite().await;
    let site = tempfile::tempdir().unwrap();
    let pkg = site.path().join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    for ext in ["js", "wasm", "css"] {
        std::fs::write(pkg.join(format!("guichet.{HASH}.{ext}")), b"/* built */").unwrap();
    }
    std::fs::write(
        pkg.join("guichet.css"),
        b"/* an older build without hashes */",
    )
    .unwrap();
    let app = server::web::router(
        crate::common::web::state(&t.db, tokio_util::sync::CancellationToken::new()),
        server::web::leptos_options(
            site.path().to_str().unwrap(),
            "127.0.0.1:3000".parse().unwrap(),
        ),
    );

    // A resident's page the server renders alone: the stylesheet, no script.
    let (status, headers, html) =
        send(&app, get("/rendez-vous").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(&format!("href=\"/pkg/guichet.{HASH}.css\"")),
        "{html}"
    );
    assert!(
        !html.contains(".wasm") && !html.contains("guichet.css"),
        "{html}"
    );
    assert!(
        headers.get(header::CACHE_CONTROL).is_none(),
        "a page is always fetched fresh"
    );
    // A page with the app: its script and wasm, by their hashed names.
    let (_, _, html) = send(&app, get("/agent").body(Body::empty()).unwrap()).await;
    assert!(
        html.contains(&format!("href=\"/pkg/guichet.{HASH}.js\"")),
        "{html}"
    );
    assert!(
        html.contains(&format!("import(\"/pkg/guichet.{HASH}.js\")")),
        "{html}"
    );
    assert!(
        html.contains(&format!("\"/pkg/guichet.{HASH}.wasm\"")),
        "{html}"
    );

    for ext in ["js", "wasm", "css"] {
        let (status, headers, body) = send(
            &app,
            get(&format!("/pkg/guichet.{HASH}.{ext}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!((status, body.as_str()), (StatusCode::OK, "/* built */"));
        assert_eq!(
            headers[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable",
            "{ext}"
        );
    }
    let (status, headers, _) =
        send(&app, get("/pkg/guichet.css").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "no-cache",
        "a name without a hash"
    );
    let (status, headers, _) = send(
        &app,
        get(&format!("/pkg/guichet.{HASH}x.css"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        headers.get(header::CACHE_CONTROL).is_none(),
        "a 404 is not kept"
    );
    t.drop_db().await;
}

/// The nonce a page's Content-Security-Policy allows.
fn policy_nonce(headers: &http::HeaderMap) -> String {
    let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    let start = policy.find("'nonce-").expect(policy) + "'nonce-".len();
    policy[start..].split('\'').next().unwrap().to_owned()
}

/// Every answer says what a browser may do with it; a page's inline scripts all carry the
/// nonce its policy allows, cached pages included; pages behind a token are never stored.
#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let t = TestDb::sqlite().await;
    let app = app(&t);
    for uri in [
        "/",
        "/",
        "/agent",
        "/rendez-vous",
        "/healthz",
        "/nope",
        "/favicon.svg",
    ] {
        let (_, headers, html) = send(&app, get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{uri}");
        assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY", "{uri}");
        assert_eq!(headers[header::REFERRER_POLICY], "same-origin", "{uri}");
        assert!(
            headers.get(header::STRICT_TRANSPORT_SECURITY).is_none(),
            "http only"
        );
        let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(policy.contains("frame-ancestors 'none'"), "{uri}: {policy}");
        assert!(!policy.contains("unsafe-inline"), "{uri}: {policy}");
        if uri == "/healthz" {
            assert!(policy.starts_with("default-src 'none'"), "{policy}");
            continue;
        }
        if !html.contains("<html") {
            continue;
        }
        let nonce = policy_nonce(&headers);
        let scripts: Vec<&str> = html.split("<script").skip(1).collect();
        if uri == "/agent" {
            assert!(!scripts.is_empty(), "the app's start: {html}");
        }
        for script in scripts {
            let tag = &script[..script.find('>').unwrap()];
            assert!(
                tag.contains(&format!("nonce=\"{nonce}\"")),
                "{uri}: a script without the page's nonce {nonce}: <script{tag}>"
            );
        }
    }
    // A fresh nonce for each answer.
    let (_, first, _) = send(&app, get("/agent").body(Body::empty()).unwrap()).await;
    let (_, second, _) = send(&app, get("/agent").body(Body::empty()).unwrap()).await;
    assert_ne!(policy_nonce(&first), policy_nonce(&second));
    t.drop_db().await;
}

#[tokio::test]
async fn unknown_pages_are_translated_404s_and_probes_answer() {
    let t = TestDb::sqlite().await;
    let app = app(&t);
    let (status, _, body) = send(&app, get("/nexiste-pas").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page introuvable"));
    let (status, _, body) = send(
        &app,
        get("/nexiste-pas")
            .header(header::ACCEPT_LANGUAGE, "en")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains(&app::i18n::text(app::i18n::Locale::En, "not-found-title")));
    let (status, _, _) = send(&app, get("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = send(&app, get("/readyz").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    t.drop_db().await;
}

#[tokio::test]
async fn anonymous_staff_requests_are_refused_and_change_nothing() {
    for t in crate::common::both().await {
        let app = app(&t);
        let (status, headers, _) =
            send(&app, get("/agent/accueil").body(Body::empty()).unwrap()).await;
        assert!(status.is_redirection(), "{}: {status}", t.label());
        assert_eq!(headers[header::LOCATION], "/agent");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");

        let body = "name=Pirate";
        let (status, _, _) = send(
            &app,
            form_post("/api/agent/postes/nouveau", body)
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{}", t.label());
        let devices = app::staff::store::list_devices(&t.db).await.unwrap();
        assert!(devices.iter().all(|d| d.name != "Pirate"), "{}", t.label());

        // Signing in from a browser that is not an enrolled workstation is refused too.
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let body = format!("agent_id={admin}&pin=9052");
        let (status, headers, _) = send(
            &app,
            form_post("/api/poste/connexion", &body)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{}", t.label());
        assert!(headers.get(header::SET_COOKIE).is_none());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn cross_site_posts_are_refused_before_anything_runs() {
    let t = TestDb::sqlite().await;
    let app = app(&t);
    let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
    let cookies = signed_in_cookies(&app, &t, admin, "9052").await;
    let body = "name=Pirate";
    let (status, _, _) = send(
        &app,
        form_post("/api/agent/postes/nouveau", body)
            .header(header::ORIGIN, "https://evil.example")
            .header("sec-fetch-site", "cross-site")
            .header(header::COOKIE, &cookies)
            .body(Body::from(body))
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Behind a reverse proxy the Host is the proxy's choice: an Origin equal to it but not
    // to the public address (here http://mairie.test) is another site.
    let (status, _, _) = send(
        &app,
        http::Request::builder()
            .method("POST")
            .uri("/api/agent/postes/nouveau")
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, "http://127.0.0.1:3000")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &cookies)
            .body(Body::from(body))
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let devices = app::staff::store::list_devices(&t.db).await.unwrap();
    assert!(devices.iter().all(|d| d.name != "Pirate"));
    t.drop_db().await;
}

#[tokio::test]
async fn roles_are_checked_on_pages_and_server_functions() {
    for t in crate::common::both().await {
        let app = app(&t);
        let camille = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        let cookies = signed_in_cookies(&app, &t, camille, "2468").await;

        let (status, _, body) = send(
            &app,
            get("/agent/accueil")
                .header(header::COOKIE, &cookies)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{}", t.label());
        assert!(strip_isolation(&body).contains("Bonjour, Camille Martin"));
        assert!(
            !body.contains("/agent/pilotage"),
            "a counsellor's menu has no indicators"
        );

        let (status, _, body) = send(
            &app,
            get("/agent/admin/postes")
                .header(header::COOKIE, &cookies)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{}", t.label());
        assert!(body.contains("Votre rôle ne permet pas"));

        let body = "name=Poste%20pirate";
        let (status, _, _) = send(
            &app,
            form_post("/api/agent/postes/nouveau", body)
                .header(header::COOKIE, &cookies)
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{}", t.label());
        let devices = app::staff::store::list_devices(&t.db).await.unwrap();
        assert!(devices.iter().all(|d| d.name != "Poste pirate"));

        // An administrator may.
        let julien = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let cookies = signed_in_cookies(&app, &t, julien, "9052").await;
        let body = "name=Accueil%202";
        let (status, headers, _) = send(
            &app,
            form_post("/api/agent/postes/nouveau", body)
                .header(header::COOKIE, &cookies)
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::FOUND, "{}", t.label());
        let location = headers[header::LOCATION].to_str().unwrap();
        assert!(
            location.starts_with("/agent/admin/postes?poste="),
            "{location}"
        );
        let devices = app::staff::store::list_devices(&t.db).await.unwrap();
        assert!(
            devices
                .iter()
                .any(|d| d.name == "Accueil 2" && d.enrolled_at.is_none())
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn switching_agent_ends_the_session_and_the_old_cookie_opens_nothing() {
    let t = TestDb::sqlite().await;
    let app = app(&t);
    let camille = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
    let cookies = signed_in_cookies(&app, &t, camille, "2468").await;
    let (status, headers, _) = send(
        &app,
        form_post("/api/poste/changer", "")
            .header(header::COOKIE, &cookies)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(headers[header::LOCATION], "/agent");
    let cleared = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cleared.starts_with(&format!("{SESSION_COOKIE}=;")) && cleared.contains("Max-Age=0"));
    let (status, headers, _) = send(
        &app,
        get("/agent/accueil")
            .header(header::COOKIE, &cookies)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(status.is_redirection());
    assert_eq!(headers[header::LOCATION], "/agent");
    assert!(
        crate::common::audit_actions(&t.db)
            .await
            .contains(&"session.switch".to_string())
    );
    t.drop_db().await;
}

#[tokio::test]
async fn the_journal_shows_admins_what_residents_would_receive() {
    for t in crate::common::both().await {
        let app = app(&t);
        let message = app::notifications::outbox::Outgoing {
            channel: app::notifications::outbox::Channel::Sms,
            recipient: "+33612345678".into(),
            language: "ar".into(),
            template: "appointment-confirmed".into(),
            subject: None,
            body: "تم تأكيد موعدك يوم الإثنين".into(),
            idempotency_key: "journal-test".into(),
        };
        app::notifications::outbox::enqueue(&t.db, &message, chrono::Utc::now())
            .await
            .unwrap();
        let sent = server::notifier::run_once(&t.db, &server::notifier::Journal)
            .await
            .unwrap();
        assert_eq!(sent, 1, "{}", t.label());
        {
            use sea_orm::EntityTrait;
            let rows = app::store::entities::notification::Entity::find()
                .all(&t.db)
                .await
                .unwrap();
            // Marked sent once the journal has it (the claim's lease compared to the
            // microsecond on PostgreSQL).
            assert_eq!(rows[0].status, "sent", "{}", t.label());
        }

        let camille = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        let cookies = signed_in_cookies(&app, &t, camille, "2468").await;
        let (status, _, body) = send(
            &app,
            get("/agent/admin/messages")
                .header(header::COOKIE, &cookies)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{}", t.label());
        assert!(
            !body.contains("تم تأكيد موعدك"),
            "residents' messages stay hidden from non-admins"
        );

        let julien = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let cookies = signed_in_cookies(&app, &t, julien, "9052").await;
        let (status, _, body) = send(
            &app,
            get("/agent/admin/messages")
                .header(header::COOKIE, &cookies)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{}", t.label());
        assert!(body.contains("تم تأكيد موعدك يوم الإثنين"));
        assert!(body.contains(r#"lang="ar""#));
        assert!(body.contains("Envoyé"));
        assert!(
            crate::common::audit_actions(&t.db)
                .await
                .contains(&"notifications.read_journal".to_string())
        );
        t.drop_db().await;
    }
}

/// The page cache keys on what changes the page: a crawler's extra parameters get the
/// cached page (and never show in it); an ambiguous address is not cached.
#[tokio::test]
async fn extra_parameters_get_the_cached_page_and_never_show_in_it() {
    let t = TestDb::sqlite().await;
    let app = app(&t);
    let page = |uri: &str| get(uri).body(Body::empty()).unwrap();
    // Other tests write meanwhile (each write ends every cached page): one pair of
    // answers in a row from the cache is the proof sought.
    let mut hit = false;
    for n in 0..50 {
        let (_, first, html) = send(&app, page(&format!("/rendez-vous?utm_source=a{n}"))).await;
        let (_, second, _) = send(&app, page(&format!("/rendez-vous?fbclid=b{n}"))).await;
        assert!(
            !html.contains("utm_source"),
            "the page never sees the extra parameter"
        );
        if policy_nonce(&first) == policy_nonce(&second) {
            hit = true;
            break;
        }
    }
    assert!(
        hit,
        "two addresses differing in extra parameters only share the cached page"
    );
    let (_, first, _) = send(&app, page("/rendez-vous?motif=acte&motif=autre")).await;
    let (_, second, _) = send(&app, page("/rendez-vous?motif=acte&motif=autre")).await;
    assert_ne!(
        policy_nonce(&first),
        policy_nonce(&second),
        "a parameter twice: not cached"
    );
    t.drop_db().await;
}
