//! The queue's pages through the real router, as a browser without JavaScript uses them:
//! a ticket at the kiosk in Arabic, the receipt with its QR code, the resident's ticket
//! page, the counsellor calling it from the desk, and the screen showing the call.

use crate::common::site_device;
use crate::common::town::queue_town;
use crate::common::web::{app, form, form_post, get, get_as, location, send, signed_in_cookies};
use app::staff::devices::DeviceKind;
use axum::body::Body;
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
    for t in crate::common::both().await {
        let town = queue_town(&t.db, 1).await;
        let router = app(&t);
        // The site's enrolled kiosk and screen (tests/suite/devices.rs: without them).
        let (_, kiosk) = site_device(&t.db, DeviceKind::Kiosk, "mairie", "Entrée").await;
        let (_, screen) = site_device(&t.db, DeviceKind::Screen, "mairie", "Salle").await;

        let (status, _, html) = send(&router, get_as("/borne/mairie?lang=ar", &kiosk)).await;
        assert_eq!(status, StatusCode::OK, "{}", t.label());
        assert!(html.contains("dir=\"rtl\""), "{}", t.label());
        assert!(
            html.contains("/borne/mairie?service=urbanisme"),
            "{}",
            t.label()
        );

        let (_, _, html) = send(
            &router,
            get_as(
                &format!("/borne/mairie?motif={}&lang=ar", town.front_motif),
                &kiosk,
            ),
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
                .header(http::header::COOKIE, &kiosk)
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
        let (status, headers, html) =
            send(&router, get(&ticket_page).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK);
        // Its address opens it: never stored, never sent to another site as a Referer.
        assert_eq!(headers[http::header::CACHE_CONTROL], "no-store");
        assert_eq!(headers[http::header::REFERRER_POLICY], "same-origin");
        let html = strip(&html);
        assert!(html.contains("A001"));
        assert!(html.contains("Personne avant vous"), "{}", t.label());
        assert!(
            html.contains("http-equiv=\"refresh\""),
            "reloads itself without JavaScript"
        );
        // A phone downloads no wasm for it: a few lines follow the site's stream and
        // refresh the ticket's card and its actions.
        assert!(!html.contains(".wasm"), "no wasm on a resident's ticket");
        assert!(html.contains("EventSource") && html.contains("\"/direct/file/mairie\""));
        assert!(html.contains("id=\"ticket-card\" data-live-part"));
        assert!(html.contains("id=\"ticket-actions\" data-live-part"));

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
        let (status, _, html) = send(&router, get_as("/ecran/mairie", &screen)).await;
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
    let t = crate::common::TestDb::sqlite().await;
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

#[tokio::test]
async fn admins_set_a_site_s_queue_and_bad_numbers_change_nothing() {
    use app::queue::model::QueueSettings;
    use app::queue::order::Weights;
    use app::store::entities::site;
    use sea_orm::EntityTrait;
    for t in crate::common::both().await {
        let label = t.label();
        let town = queue_town(&t.db, 1).await;
        let router = app(&t);
        let admin = crate::common::agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let admin_cookies = signed_in_cookies(&router, &t, admin, "9052").await;
        let counsellor_cookies = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;
        let post = |cookies: &str, weights: [&str; 4], calls: &str, from_home: bool| {
            let mut pairs = vec![
                ("lieu", "mairie"),
                ("disability", weights[0]),
                ("pregnancy", weights[1]),
                ("elderly", weights[2]),
                ("young_child", weights[3]),
                ("max_calls", calls),
            ];
            if from_home {
                pairs.push(("from_home", "1"));
            }
            let body = form(&pairs);
            form_post("/api/agent/admin/file/lieu", &body)
                .header(http::header::COOKIE, cookies)
                .body(Body::from(body.clone()))
                .unwrap()
        };
        let stored = || async {
            let s = site::Entity::find_by_id(town.site_id)
                .one(&t.db)
                .await
                .unwrap()
                .unwrap();
            (
                s.tickets_from_home,
                app::queue::store::settings(&t.db, town.site_id)
                    .await
                    .unwrap(),
            )
        };

        // The page shows the defaults; counsellors cannot change them.
        let (status, _, html) = send(&router, get_as("/agent/admin/file", &admin_cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            html.contains("name=\"disability\"") && html.contains("value=\"20\""),
            "{label}"
        );
        let (status, _, _) = send(
            &router,
            post(&counsellor_cookies, ["1", "1", "1", "1"], "1", false),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{label}");

        // Out of bounds: told why, nothing saved (not even the checkbox).
        for (weights, calls, error) in [
            (["90", "0", "0", "0"], "3", "admin-error-queue-weight"),
            (["10", "10", "10", "10"], "0", "admin-error-queue-calls"),
        ] {
            let (status, headers, _) =
                send(&router, post(&admin_cookies, weights, calls, false)).await;
            assert!(status.is_redirection(), "{label}");
            let back = location(&headers);
            assert!(back.contains(&format!("erreur={error}")), "{label}: {back}");
            // A browser keeps the fragment (#mairie) to itself.
            let page = back.split('#').next().unwrap();
            let (_, _, html) = send(&router, get_as(page, &admin_cookies)).await;
            let message = if error.ends_with("weight") {
                "Chaque avance doit être un nombre entier de minutes"
            } else {
                "Le nombre d'appels doit être un nombre entier"
            };
            assert!(strip(&html).contains(message), "{label}: translated");
            assert_eq!(stored().await, (true, QueueSettings::default()), "{label}");
        }

        // Saved: the weights, two calls before "absent", and no more tickets from home.
        let (_, headers, _) = send(
            &router,
            post(&admin_cookies, ["30", "0", "10", "5"], "2", false),
        )
        .await;
        assert!(location(&headers).contains("enregistre=1"), "{label}");
        let expected = QueueSettings {
            weights: Weights {
                disability: 30,
                pregnancy: 0,
                elderly: 10,
                young_child: 5,
            },
            max_calls: 2,
        };
        assert_eq!(stored().await, (false, expected), "{label}");
        let (_, _, html) = send(&router, get("/file/mairie").body(Body::empty()).unwrap()).await;
        assert!(
            strip(&html).contains("Ce lieu ne propose pas de ticket depuis chez soi"),
            "{label}: residents see it at once"
        );
        assert!(
            crate::common::audit_actions(&t.db)
                .await
                .iter()
                .any(|a| a == "admin.queue.save"),
            "{label}"
        );
        t.drop_db().await;
    }
}
