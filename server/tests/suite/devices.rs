//! Kiosks and waiting-room screens as enrolled devices of one site, against SQLite and
//! PostgreSQL: kiosk tickets only from the site's enrolled kiosk, a screen without its
//! device shows the enrolment prompt, an enrolment code works once and only on its kind
//! and site, the administration makes them, and a revoked screen's live stream ends.

use crate::common::live::{instance, wait_for};
use crate::common::town::queue_town;
use crate::common::web::{
    app, form, get_as, location, post_as, send, set_cookie, signed_in_cookies,
};
use crate::common::{TestDb, agent, audit_actions, site_device, workstation};
use app::staff::devices::DeviceKind;
use app::staff::session::{DEVICE_COOKIE, KIOSK_COOKIE, SCREEN_COOKIE};
use app::staff::{CreateDevice, EnrolDevice, RevokeDevice};
use app::store::entities::{device, site, ticket};
use http::StatusCode;
use leptos::server_fn::ServerFn;
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

const TICKET: &str = "/api/public/file/ticket";

/// A French text as a page shows it (isolation marks and escaped apostrophes aside).
fn fr(id: &str) -> String {
    app::i18n::text(app::i18n::Locale::Fr, id).replace(['\u{2068}', '\u{2069}'], "")
}

fn page_text(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

/// Today is a public holiday: every site is closed and no ticket can be issued.
fn holiday() -> bool {
    let today = app::calendar::paris_today(chrono::Utc::now());
    app::calendar::holidays::holiday_on(today, false).is_some()
}

/// A second site, whose devices are no devices of the town's `mairie`.
async fn annexe(db: &sea_orm::DatabaseConnection) {
    site::ActiveModel {
        slug: Set("annexe".into()),
        name: Set("Annexe test".into()),
        address: Set("2 rue du Test".into()),
        postal_code: Set("99999".into()),
        city: Set("Testville".into()),
        alsace_moselle: Set(false),
        tickets_from_home: Set(true),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
}

async fn tickets(db: &sea_orm::DatabaseConnection) -> u64 {
    ticket::Entity::find().count(db).await.unwrap()
}

#[tokio::test]
async fn kiosk_tickets_come_only_from_the_site_s_enrolled_kiosk() {
    if holiday() {
        return;
    }
    for t in crate::common::both().await {
        let label = t.label();
        let town = queue_town(&t.db, 1).await;
        annexe(&t.db).await;
        let router = app(&t);
        let motif = town.front_motif.to_string();
        let kiosk_ticket = |priority: &'static str| {
            let motif = motif.clone();
            move |cookies: &str| {
                post_as(
                    TICKET,
                    &[
                        ("lieu", "mairie"),
                        ("motif", &motif),
                        ("priorite", priority),
                        ("telephone", ""),
                        ("depuis", "borne"),
                    ],
                    cookies,
                )
            }
        };
        let take = kiosk_ticket("disability");

        // No device, the annexe's kiosk, the site's screen, a workstation's token in the
        // kiosk's cookie: refused, said in words, nothing saved.
        let (_, other_kiosk) = site_device(&t.db, DeviceKind::Kiosk, "annexe", "Annexe").await;
        let (_, screen) = site_device(&t.db, DeviceKind::Screen, "mairie", "Salle").await;
        let (_, desk_token) = workstation(&t.db, "Accueil").await;
        let posing = format!("{KIOSK_COOKIE}={desk_token}");
        for cookies in ["", other_kiosk.as_str(), screen.as_str(), posing.as_str()] {
            let (status, headers, _) = send(&router, take(cookies)).await;
            assert!(status.is_redirection(), "{label}: {status}");
            let back = location(&headers);
            assert!(
                back.starts_with("/borne/mairie?")
                    && back.contains("erreur=devices-error-not-kiosk"),
                "{label}: {back}"
            );
            assert_eq!(
                tickets(&t.db).await,
                0,
                "{label}: refused, yet saved ({cookies})"
            );
            // Where it is sent back: the enrolment prompt, saying why.
            let (_, _, html) = send(&router, get_as(&back, cookies)).await;
            let html = page_text(&html);
            assert!(html.contains(&fr("devices-error-not-kiosk")), "{label}");
            assert!(html.contains(&fr("devices-enrol-kiosk-title")), "{label}");
            assert!(!html.contains("name=\"priorite\""), "{label}");
        }

        // The site's kiosk: the kiosk's pages, and the ticket with its declared priority.
        let (kiosk_device, kiosk) = site_device(&t.db, DeviceKind::Kiosk, "mairie", "Entrée").await;
        let (status, _, html) = send(&router, get_as("/borne/mairie", &kiosk)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(html.contains("/borne/mairie?service=urbanisme"), "{label}");
        let (status, headers, _) = send(&router, take(&kiosk)).await;
        assert!(status.is_redirection(), "{label}: {status}");
        assert!(
            location(&headers).starts_with("/borne/mairie/ticket/"),
            "{label}: {}",
            location(&headers)
        );
        let issued = ticket::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(issued.len(), 1, "{label}");
        assert_eq!(issued[0].priority, "disability", "{label}");
        let seen = device::Entity::find_by_id(kiosk_device.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert!(seen.last_seen_at.is_some(), "{label}: the kiosk was seen");

        // From home: no priority (declared at the kiosk or to a counsellor), nothing saved.
        let from_home = |priority: &str| {
            post_as(
                TICKET,
                &[
                    ("lieu", "mairie"),
                    ("motif", &town.front_motif.to_string()),
                    ("priorite", priority),
                    ("telephone", ""),
                    ("depuis", "maison"),
                ],
                "",
            )
        };
        let (_, headers, _) = send(&router, from_home("pregnancy")).await;
        assert!(
            location(&headers).contains("erreur=devices-error-priority-from-home"),
            "{label}: {}",
            location(&headers)
        );
        assert_eq!(tickets(&t.db).await, 1, "{label}");
        let (_, _, html) = send(&router, get_as(&location(&headers), "")).await;
        assert!(
            page_text(&html).contains(&fr("devices-error-priority-from-home")),
            "{label}"
        );
        assert!(
            !html.contains("name=\"priorite\""),
            "{label}: no priority offered"
        );
        // The home form, as it is now, posts no priority at all.
        let body = form(&[
            ("lieu", "mairie"),
            ("motif", &town.front_motif.to_string()),
            ("telephone", ""),
            ("depuis", "maison"),
        ]);
        let (_, headers, _) = send(
            &router,
            crate::common::web::form_post(TICKET, &body)
                .body(axum::body::Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        assert!(location(&headers).starts_with("/ticket/"), "{label}");
        assert_eq!(tickets(&t.db).await, 2, "{label}");

        // Revoked: refused at once.
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let now = chrono::Utc::now();
        app::staff::store::revoke_device(&t.db, kiosk_device.id, admin, now)
            .await
            .unwrap();
        let (_, headers, _) = send(&router, kiosk_ticket("none")(&kiosk)).await;
        assert!(
            location(&headers).contains("erreur=devices-error-not-kiosk"),
            "{label}"
        );
        assert_eq!(tickets(&t.db).await, 2, "{label}");
        let (_, _, html) = send(&router, get_as("/borne/mairie", &kiosk)).await;
        assert!(
            page_text(&html).contains(&fr("devices-enrol-kiosk-title")),
            "{label}"
        );
        let actions = audit_actions(&t.db).await;
        for expected in [
            "device.enrolment_created",
            "device.enrolled",
            "device.revoked",
        ] {
            assert!(actions.iter().any(|a| a == expected), "{label}: {expected}");
        }
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_screen_is_enrolled_with_its_code_once_on_its_own_page() {
    for t in crate::common::both().await {
        let label = t.label();
        queue_town(&t.db, 1).await;
        annexe(&t.db).await;
        let router = app(&t);
        let now = chrono::Utc::now();
        let new = app::staff::model::NewDevice {
            name: "Salle d'attente".into(),
            kind: DeviceKind::Screen,
            site: Some("mairie".into()),
        };
        let (_, code) = app::staff::store::create_device(&t.db, &new, None, now)
            .await
            .unwrap()
            .unwrap();

        // No device: the prompt, not the queue.
        let (status, _, html) = send(&router, get_as("/ecran/mairie", "")).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let html = page_text(&html);
        assert!(html.contains(&fr("devices-enrol-screen-title")), "{label}");
        assert!(html.contains(EnrolDevice::PATH), "{label}");
        assert!(!html.contains(&fr("queue-screen-calls")), "{label}");

        // The code of this screen typed on the kiosk, or on the annexe's screen, or a wrong
        // one: nothing enrolled, and the code still works where it belongs.
        let enrol = |kind: &str, site: &str, code: &str| {
            post_as(
                EnrolDevice::PATH,
                &[("type", kind), ("lieu", site), ("code", code)],
                "",
            )
        };
        for (kind, site, typed, page) in [
            ("borne", "mairie", code.as_str(), "/borne/mairie"),
            ("ecran", "annexe", code.as_str(), "/ecran/annexe"),
            ("ecran", "mairie", "ABCD-EFGH", "/ecran/mairie"),
        ] {
            let (status, headers, _) = send(&router, enrol(kind, site, typed)).await;
            assert!(status.is_redirection(), "{label}");
            assert_eq!(
                location(&headers),
                format!("{page}?erreur=devices-error-code"),
                "{label}"
            );
            assert!(headers.get(http::header::SET_COOKIE).is_none(), "{label}");
        }
        let (_, _, html) = send(
            &router,
            get_as("/ecran/mairie?erreur=devices-error-code", ""),
        )
        .await;
        assert!(
            page_text(&html).contains(&fr("devices-error-code")),
            "{label}"
        );

        // Typed as people do, on the screen's own page: enrolled, a long-lived cookie of its
        // own, and the waiting room's board.
        let typed = code.to_lowercase().replace('-', " ");
        let (status, headers, _) = send(&router, enrol("ecran", "mairie", &typed)).await;
        assert!(status.is_redirection(), "{label}");
        assert_eq!(location(&headers), "/ecran/mairie", "{label}");
        let cookie = set_cookie(&headers, SCREEN_COOKIE).expect("the screen's cookie");
        let raw = headers[http::header::SET_COOKIE].to_str().unwrap();
        assert!(
            raw.contains("HttpOnly") && raw.contains("Max-Age="),
            "{raw}"
        );
        let (_, _, html) = send(&router, get_as("/ecran/mairie", &cookie)).await;
        let html = page_text(&html);
        assert!(html.contains(&fr("queue-screen-calls")), "{label}");
        assert!(!html.contains(&fr("devices-enrol-screen-title")), "{label}");
        // Once only.
        let (_, headers, _) = send(&router, enrol("ecran", "mairie", &code)).await;
        assert_eq!(
            location(&headers),
            "/ecran/mairie?erreur=devices-error-code",
            "{label}: reused"
        );
        // Another site's screen page, and the staff's login, see no device in it.
        let (_, _, html) = send(&router, get_as("/ecran/annexe", &cookie)).await;
        assert!(
            page_text(&html).contains(&fr("devices-enrol-screen-title")),
            "{label}"
        );
        let token = cookie.split_once('=').unwrap().1;
        let posing = format!("{DEVICE_COOKIE}={token}");
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::COOKIE, posing.parse().unwrap());
        let access = app::staff::session::resolve(&t.db, &headers, Duration::from_secs(300))
            .await
            .unwrap();
        assert_eq!(
            access,
            app::staff::session::Access::NoDevice,
            "{label}: a screen is no workstation"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn administrators_make_kiosks_and_screens_for_a_chosen_site() {
    for t in crate::common::both().await {
        let label = t.label();
        queue_town(&t.db, 1).await;
        let router = app(&t);
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let cookies = signed_in_cookies(&router, &t, admin, "9052").await;
        let create = |pairs: &[(&str, &str)]| post_as(CreateDevice::PATH, pairs, &cookies);

        // No site chosen: told why, the name kept, nothing made.
        let before = app::staff::store::list_devices(&t.db).await.unwrap().len();
        let (status, headers, _) = send(
            &router,
            create(&[("type", "borne"), ("lieu", ""), ("name", "Entrée nord")]),
        )
        .await;
        assert!(status.is_redirection(), "{label}");
        let back = location(&headers);
        assert!(
            back.contains("erreur=devices-error-site"),
            "{label}: {back}"
        );
        assert_eq!(
            app::staff::store::list_devices(&t.db).await.unwrap().len(),
            before,
            "{label}"
        );
        let (_, _, html) = send(&router, get_as(&back, &cookies)).await;
        let html = page_text(&html);
        assert!(html.contains(&fr("devices-error-site")), "{label}");
        assert!(
            html.contains("value=\"Entrée nord\""),
            "{label}: the name kept"
        );

        // A kiosk of the town hall: its code, once, and the list says what and where.
        let (_, headers, _) = send(
            &router,
            create(&[
                ("type", "borne"),
                ("lieu", "mairie"),
                ("name", "Entrée nord"),
            ]),
        )
        .await;
        let made = location(&headers);
        assert!(
            made.starts_with("/agent/admin/postes?poste="),
            "{label}: {made}"
        );
        let code = made.split("code=").nth(1).unwrap().to_owned();
        let (_, _, html) = send(&router, get_as(&made, &cookies)).await;
        let html = page_text(&html);
        assert!(html.contains(&code), "{label}");
        assert!(
            html.contains(&fr("devices-kind-kiosk")) && html.contains("Mairie test"),
            "{label}"
        );
        let kiosk = app::staff::store::list_devices(&t.db)
            .await
            .unwrap()
            .into_iter()
            .find(|d| d.name == "Entrée nord")
            .unwrap();
        assert_eq!(kiosk.kind, "kiosk", "{label}");

        // The code works on the kiosk's page; revoking from the list stops it.
        let (_, headers, _) = send(
            &router,
            post_as(
                EnrolDevice::PATH,
                &[("type", "borne"), ("lieu", "mairie"), ("code", &code)],
                "",
            ),
        )
        .await;
        assert_eq!(location(&headers), "/borne/mairie", "{label}");
        let kiosk_cookie = set_cookie(&headers, KIOSK_COOKIE).unwrap();
        let (_, _, html) = send(&router, get_as("/borne/mairie", &kiosk_cookie)).await;
        assert!(html.contains("/borne/mairie?service="), "{label}");
        let id = kiosk.id.to_string();
        let (status, headers, body) = send(
            &router,
            post_as(RevokeDevice::PATH, &[("device_id", &id)], &cookies),
        )
        .await;
        // Back to the devices page, not to the form with an error.
        assert!(status.is_redirection(), "{label}: {status} {body}");
        assert_eq!(
            location(&headers),
            app::staff::model::DEVICES_PAGE,
            "{label}"
        );
        let revoked = device::Entity::find_by_id(kiosk.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert!(
            revoked.revoked_at.is_some(),
            "{label}: the kiosk is revoked"
        );
        let (_, _, html) = send(&router, get_as("/borne/mairie", &kiosk_cookie)).await;
        assert!(!html.contains("/borne/mairie?service="), "{label}");
        assert!(
            page_text(&html).contains(&fr("devices-enrol-kiosk-title")),
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_revoked_screen_s_stream_ends_and_stays_shut() {
    for t in crate::common::both().await {
        let label = t.label();
        queue_town(&t.db, 1).await;
        annexe(&t.db).await;
        let stop = CancellationToken::new();
        let base = instance(&t.db, stop.clone()).await;
        let (screen, cookie) = site_device(&t.db, DeviceKind::Screen, "mairie", "Salle").await;
        let (_, other) = site_device(&t.db, DeviceKind::Screen, "annexe", "Annexe").await;
        let (_, kiosk) = site_device(&t.db, DeviceKind::Kiosk, "mairie", "Entrée").await;
        let client = reqwest::Client::new();
        let open = |cookies: &str| {
            client
                .get(format!("{base}/direct/ecran/mairie"))
                .header(http::header::COOKIE, cookies.to_owned())
                .send()
        };

        // Only the site's screen.
        for cookies in ["", other.as_str(), kiosk.as_str()] {
            assert_eq!(open(cookies).await.unwrap().status(), 403, "{label}");
        }
        let mut stream = open(&cookie).await.unwrap();
        assert_eq!(stream.status(), 200, "{label}");
        let mut buffer = String::new();
        assert!(
            wait_for(&mut stream, &mut buffer, "\"site\":\"mairie\"").await,
            "{label}"
        );
        // The public stream of phones and desks is not the screens' one.
        let mut public = reqwest::get(format!("{base}/direct/file/mairie"))
            .await
            .unwrap();
        assert_eq!(public.status(), 200, "{label}");

        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        app::staff::store::revoke_device(&t.db, screen.id, admin, chrono::Utc::now())
            .await
            .unwrap();
        let ended = tokio::time::timeout(Duration::from_secs(6), async {
            while let Ok(Some(_)) = stream.chunk().await {}
        })
        .await;
        assert!(
            ended.is_ok(),
            "{label}: the revoked screen's stream stayed open"
        );
        assert_eq!(open(&cookie).await.unwrap().status(), 403, "{label}");
        // The phones' stream goes on.
        let still = tokio::time::timeout(Duration::from_millis(300), public.chunk()).await;
        assert!(
            still.is_err() || matches!(still, Ok(Ok(Some(_)))),
            "{label}: the public stream ended with the screen"
        );
        stop.cancel();
        t.drop_db().await;
    }
}

#[tokio::test]
async fn no_device_is_made_for_an_unknown_site() {
    let t = TestDb::sqlite().await;
    queue_town(&t.db, 1).await;
    let now = chrono::Utc::now();
    let unknown = app::staff::model::NewDevice {
        name: "Borne".into(),
        kind: DeviceKind::Kiosk,
        site: Some("nulle-part".into()),
    };
    assert!(
        app::staff::store::create_device(&t.db, &unknown, None, now)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        app::staff::store::list_devices(&t.db)
            .await
            .unwrap()
            .is_empty()
    );
    t.drop_db().await;
}
