//! The queue's pages through the real router, as a browser without JavaScript uses them:
//! a ticket at the kiosk in Arabic, the receipt with its QR code, the resident's ticket
//! page, the counsellor calling it from the desk, and the screen showing the call.

mod common;

use axum::body::Body;
use common::town::queue_town;
use common::web::{app, form, form_post, get, get_as, location, send, signed_in_cookies};
use http::StatusCode;

fn strip(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn a_kiosk_ticket_is_called_at_the_desk_and_shown_on_the_screen() {
    // Public holidays close the site: nothing to issue then.
    let today = app::calendar::paris_today(chrono::Utc::now());
    if app::calendar::holidays::holiday_on(today, false).is_some() {
        return;
    }
    for t in common::both().await {
        let town = queue_town(&t.db, 1).await;
        let router = app(&t);

        let (status, _, html) = send(
            &router,
            get("/borne/mairie?lang=ar").body(Body::empty()).unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{}", t.label());
        assert!(html.contains("dir=\"rtl\""), "{}", t.label());
        assert!(
            html.contains("/borne/mairie?service=urbanisme"),
            "{}",
            t.label()
        );

        let (_, _, html) = send(
            &router,
            get(&format!("/borne/mairie?motif={}&lang=ar", town.front_motif))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert!(
            html.contains("name=\"priorite\""),
            "the priority step: {}",
            t.label()
        );

        let body = form(&[
            ("lieu", "mairie"),
            ("motif", &town.front_motif.to_string()),
            ("priorite", "none"),
            ("telephone", ""),
            ("depuis", "borne"),
        ]);
        let (status, headers, _) = send(
            &router,
            form_post("/api/public/file/ticket?lang=ar", &body)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        assert!(status.is_redirection(), "{status} on {}", t.label());
        let receipt = location(&headers);
        assert!(receipt.starts_with("/borne/mairie/ticket/"), "{receipt}");
        let token = receipt
            .trim_start_matches("/borne/mairie/ticket/")
            .split('?')
            .next()
            .unwrap()
            .to_owned();

        let (status, _, html) = send(&router, get(&receipt).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("A001"), "{}", t.label());
        assert!(html.contains("<svg"), "a QR code: {}", t.label());

        let ticket_page = format!("/ticket/{token}");
        let (status, _, html) = send(&router, get(&ticket_page).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK);
        let html = strip(&html);
        assert!(html.contains("A001"));
        assert!(html.contains("Personne avant vous"), "{}", t.label());
        assert!(
            html.contains("http-equiv=\"refresh\""),
            "reloads itself without JavaScript"
        );

        // The desk: only for signed-in staff.
        let (status, _, _) = send(&router, get("/agent/file").body(Body::empty()).unwrap()).await;
        assert!(status.is_redirection());
        let cookies = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;
        let desk_url = format!(
            "/agent/file?lieu=mairie&file=commune&guichet={}",
            town.desks[0]
        );
        let (status, _, html) = send(&router, get_as(&desk_url, &cookies)).await;
        assert_eq!(status, StatusCode::OK);
        let html = strip(&html);
        assert!(
            html.contains("A001") && html.contains("Appeler le suivant"),
            "{}",
            t.label()
        );

        let body = form(&[
            ("lieu", "mairie"),
            ("guichet", &town.desks[0].to_string()),
            ("file", "commune"),
            ("retour", &desk_url),
        ]);
        let (status, headers, _) = send(
            &router,
            form_post("/api/agent/file/appeler", &body)
                .header(http::header::COOKIE, &cookies)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        assert!(status.is_redirection(), "{status}");
        assert_eq!(location(&headers), desk_url);
        let (_, _, html) = send(&router, get_as(&desk_url, &cookies)).await;
        let html = strip(&html);
        assert!(
            html.contains("Commencer") && html.contains("Rappeler"),
            "{}",
            t.label()
        );
        assert!(
            html.contains("arabe") || html.contains("العربية"),
            "the visitor's language is shown"
        );

        // The resident's phone and the screen know.
        let (_, _, html) = send(&router, get(&ticket_page).body(Body::empty()).unwrap()).await;
        assert!(strip(&html).contains("Guichet 1"), "{}", t.label());
        let (status, _, html) =
            send(&router, get("/ecran/mairie").body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            html.contains("A001") && html.contains("Guichet 1"),
            "{}",
            t.label()
        );

        // Calling again with nobody waiting says so.
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_ticket_from_home_checks_the_phone_number() {
    let today = app::calendar::paris_today(chrono::Utc::now());
    if app::calendar::holidays::holiday_on(today, false).is_some() {
        return;
    }
    let t = common::TestDb::sqlite().await;
    let town = queue_town(&t.db, 1).await;
    let router = app(&t);
    let (status, _, html) = send(&router, get("/file/mairie").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("name=\"telephone\""));
    let post = |phone: &str| {
        let body = form(&[
            ("lieu", "mairie"),
            ("motif", &town.front_motif.to_string()),
            ("priorite", "none"),
            ("telephone", phone),
            ("depuis", "maison"),
        ]);
        form_post("/api/public/file/ticket", &body)
            .body(Body::from(body.clone()))
            .unwrap()
    };
    let (_, headers, _) = send(&router, post("12")).await;
    assert!(location(&headers).contains("telephone-erreur=contact-error-phone"));
    use sea_orm::{EntityTrait, PaginatorTrait};
    let issued = app::store::entities::ticket::Entity::find()
        .count(&t.db)
        .await
        .unwrap();
    assert_eq!(issued, 0, "nothing issued with a bad number");
    let (_, headers, _) = send(&router, post("06 12 34 56 78")).await;
    let page = location(&headers);
    assert!(page.starts_with("/ticket/"), "{page}");
    let (_, _, html) = send(&router, get(&page).body(Body::empty()).unwrap()).await;
    let html = strip(&html);
    assert!(
        html.contains("78") && !html.contains("12 34 56"),
        "the number, masked"
    );
    t.drop_db().await;
}
