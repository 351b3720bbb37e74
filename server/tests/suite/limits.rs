//! Limits on what one client, one phone number or one e-mail address may ask of the
//! public side, as a resident or a script would meet them: the 429 page in the reader's
//! language, the forms' messages beside the field, and counts that hold when two requests
//! come at once.

use crate::common::town::{one_slot_a_day, queue_town, target_day};
use crate::common::web::{form, form_post, get, get_as, location, router, send, state};
use crate::common::{TestDb, site_device};
use app::booking::model::{ChosenSlot, ContactDraft};
use app::booking::store::{BookedBy, BookingError, Reservation, book_chosen};
use app::contact_details::Contact;
use app::limits::rate::Rate;
use app::limits::{Bucket, RateLimits};
use app::staff::devices::DeviceKind;
use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use chrono::{TimeZone, Utc};
use http::{Request, StatusCode, header};
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

fn clean(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// The router with two of everything per client, and an hour to get one back.
fn strict_app(t: &TestDb) -> Router {
    strict_app_for(t, |_| true)
}

/// The same, strict for the buckets `strict` picks only.
fn strict_app_for(t: &TestDb, strict: impl Fn(Bucket) -> bool) -> Router {
    let limits = RateLimits::with(|b| match strict(b) {
        true => Rate {
            burst: 2,
            every: Duration::from_secs(3600),
        },
        false => b.rate(),
    });
    let loopback = vec![IpAddr::from([127, 0, 0, 1])];
    router(state(&t.db, tokio_util::sync::CancellationToken::new()).with_limits(limits, loopback))
}

/// `req` as it arrives on a connection from `peer`.
fn from(peer: &str, mut req: Request<Body>) -> Request<Body> {
    let ip: IpAddr = peer.parse().unwrap();
    req.extensions_mut()
        .insert(ConnectInfo(SocketAddr::new(ip, 40_000)));
    req
}

fn confirm_post() -> http::request::Builder {
    let body = form(&[("motif", "acte"), ("lieu", "test"), ("creneau", "x")]);
    form_post("/api/public/rendez-vous/confirmer", &body)
}

fn confirm(builder: http::request::Builder) -> Request<Body> {
    let body = form(&[("motif", "acte"), ("lieu", "test"), ("creneau", "x")]);
    builder.body(Body::from(body)).unwrap()
}

#[tokio::test]
async fn a_client_past_its_allowance_is_told_in_its_language_how_long_to_wait() {
    let t = TestDb::sqlite().await;
    one_slot_a_day(&t.db, 1).await;
    let app = strict_app(&t);
    let referer = "http://mairie.test/rendez-vous?motif=acte&lieu=test&creneau=x";
    let booking = |peer: &str| {
        from(
            peer,
            confirm(
                confirm_post()
                    .header(header::ACCEPT_LANGUAGE, "ar")
                    .header(header::REFERER, referer),
            ),
        )
    };
    for _ in 0..2 {
        let (status, _, _) = send(&app, booking("203.0.113.5")).await;
        assert_ne!(status, StatusCode::TOO_MANY_REQUESTS);
    }
    let (status, headers, page) = send(&app, booking("203.0.113.5")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((3000..=3600).contains(&wait), "Retry-After {wait}");
    let page = clean(&page);
    assert!(page.contains("lang=\"ar\" dir=\"rtl\""), "{page}");
    assert!(
        page.contains("طلبات كثيرة جدًا"),
        "the title, in Arabic: {page}"
    );
    assert!(page.contains("60 دقيقة"), "the wait, in minutes: {page}");
    assert!(
        page.contains("href=\"/rendez-vous?motif=acte&amp;lieu=test&amp;creneau=x\""),
        "a way back to the form, on this site: {page}"
    );
    assert!(
        headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("default-src 'none'; style-src 'self'"),
        "the page runs nothing, and has the site's look"
    );
    assert!(
        page.contains("<link rel=\"stylesheet\" href=\"/pkg/guichet"),
        "{page}"
    );

    // A script (no HTML asked): the sentence alone, in French by default.
    let (status, _, text) = send(
        &app,
        from(
            "203.0.113.5",
            confirm(confirm_post().header(header::ACCEPT, "*/*")),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(clean(&text).contains("Réessayez dans 60 minutes"), "{text}");

    // Someone else is not affected; nor is another kind of form from the same client.
    let (status, _, _) = send(&app, booking("198.51.100.7")).await;
    assert_ne!(status, StatusCode::TOO_MANY_REQUESTS);
    let enrol = form(&[("code", "000000")]);
    let (status, _, _) = send(
        &app,
        from(
            "203.0.113.5",
            form_post("/api/poste/enregistrer", &enrol)
                .body(Body::from(enrol.clone()))
                .unwrap(),
        ),
    )
    .await;
    assert_ne!(status, StatusCode::TOO_MANY_REQUESTS);

    // Behind the town's proxy, the client is the address the proxy added, whatever the
    // client wrote before it: the same client as above, still refused.
    let proxied = from(
        "127.0.0.1",
        confirm(confirm_post().header("x-forwarded-for", "10.9.9.9, 203.0.113.5")),
    );
    let (status, _, _) = send(&app, proxied).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // This machine itself (no forwarded address) is never limited.
    for _ in 0..4 {
        let (status, _, _) = send(&app, from("127.0.0.1", confirm(confirm_post()))).await;
        assert_ne!(status, StatusCode::TOO_MANY_REQUESTS);
    }
    t.drop_db().await;
}

#[tokio::test]
async fn a_home_gets_a_few_tickets_and_the_kiosk_serves_the_whole_hall() {
    let today = app::calendar::paris_today(Utc::now());
    if app::calendar::holidays::holiday_on(today, false).is_some() {
        return;
    }
    let t = TestDb::sqlite().await;
    let town = queue_town(&t.db, 1).await;
    let app = strict_app_for(&t, |b| b == Bucket::HomeTicket);
    let (_, kiosk) = site_device(&t.db, DeviceKind::Kiosk, "mairie", "Entrée").await;
    let ticket = |from_where: &str, cookie: &str| {
        let body = form(&[
            ("lieu", "mairie"),
            ("motif", &town.front_motif.to_string()),
            ("priorite", "none"),
            ("telephone", ""),
            ("depuis", from_where),
        ]);
        from(
            "192.0.2.44",
            form_post("/api/public/file/ticket", &body)
                .header(header::COOKIE, cookie)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
    };
    for _ in 0..2 {
        let (_, headers, _) = send(&app, ticket("maison", "")).await;
        assert!(location(&headers).starts_with("/ticket/"));
    }
    let (_, headers, _) = send(&app, ticket("maison", "")).await;
    let back = location(&headers);
    assert!(
        back.contains("erreur=queue-error-too-many-tickets"),
        "{back}"
    );
    let (_, _, page) = send(&app, get(&back).body(Body::empty()).unwrap()).await;
    assert!(
        clean(&page).contains("Trop de tickets ont été pris depuis votre connexion"),
        "the form says why"
    );
    // The kiosk shares the town hall's address with the hall's Wi-Fi: not limited.
    for _ in 0..3 {
        let (_, headers, _) = send(&app, ticket("borne", &kiosk)).await;
        assert!(location(&headers).starts_with("/borne/mairie/ticket/"));
    }
    t.drop_db().await;
}

#[tokio::test]
async fn a_phone_number_holds_two_waiting_tickets_and_texts_go_to_french_numbers_only() {
    let today = app::calendar::paris_today(Utc::now());
    if app::calendar::holidays::holiday_on(today, false).is_some() {
        return;
    }
    for t in crate::common::both().await {
        let label = t.label();
        let town = queue_town(&t.db, 1).await;
        let app = crate::common::web::app(&t);
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
        let mut pages = vec![];
        for _ in 0..2 {
            let (_, headers, _) = send(&app, post("06 12 34 56 78")).await;
            pages.push(location(&headers));
            assert!(pages.last().unwrap().starts_with("/ticket/"), "{label}");
        }
        let (_, headers, _) = send(&app, post("+33 6 12 34 56 78")).await;
        let back = location(&headers);
        assert!(
            back.contains("telephone-erreur=contact-error-phone-has-tickets"),
            "{label}: {back}"
        );
        let (_, _, page) = send(&app, get(&back).body(Body::empty()).unwrap()).await;
        assert!(
            clean(&page).contains("Ce numéro a déjà des tickets en attente"),
            "{label}: beside the phone field"
        );
        // A number abroad: no text at the town's cost.
        let (_, headers, _) = send(&app, post("+44 7700 900123")).await;
        let back = location(&headers);
        assert!(
            back.contains("telephone-erreur=contact-error-phone-country"),
            "{label}"
        );
        let (_, _, page) = send(&app, get(&back).body(Body::empty()).unwrap()).await;
        assert!(
            clean(&page).contains("uniquement aux numéros de France"),
            "{label}"
        );
        // An overseas number is France.
        let (_, headers, _) = send(&app, post("+262 692 12 34 56")).await;
        assert!(location(&headers).starts_with("/ticket/"), "{label}");
        // Giving one up frees the place for a new ticket.
        let token = pages[0].trim_start_matches("/ticket/").to_owned();
        let body = form(&[("token", &token)]);
        let (status, _, _) = send(
            &app,
            form_post("/api/public/file/renoncer", &body)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        assert!(status.is_redirection(), "{label}: {status}");
        let (_, headers, _) = send(&app, post("06 12 34 56 78")).await;
        assert!(location(&headers).starts_with("/ticket/"), "{label}");
        t.drop_db().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_contact_holds_three_upcoming_appointments_even_when_booking_at_once() {
    for t in crate::common::both().await {
        let label = t.label();
        // Six counsellors: six 09:00 slots on the day.
        one_slot_a_day(&t.db, 6).await;
        // 09:00 on three working days: bookings that share no slot, so nothing but the
        // contact's own count can make them wait for each other.
        let mut days = vec![];
        let mut day = target_day();
        while days.len() < 3 {
            if app::calendar::holidays::holiday_on(day, false).is_none() {
                days.push(
                    chrono_tz::Europe::Paris
                        .from_local_datetime(&day.and_hms_opt(9, 0, 0).unwrap())
                        .unwrap()
                        .with_timezone(&Utc),
                );
            }
            day += chrono::Duration::days(1);
        }
        let draft = ContactDraft {
            language: "fr".into(),
            ..Default::default()
        };
        let policy = crate::common::policy();
        let book = |phone: &'static str, email: &'static str, day: usize| {
            let starts_at = days[day];
            let chosen = ChosenSlot {
                motif: "acte".into(),
                site: "test".into(),
                slot: app::booking::model::instant_param(starts_at),
            };
            let (db, policy, draft) = (t.db.clone(), policy.clone(), draft.clone());
            async move {
                let contact = Contact::parse("Awa Traoré", phone, email).unwrap();
                let reservation = Reservation {
                    chosen: &chosen,
                    starts_at,
                    contact,
                    draft: &draft,
                    by: BookedBy::Resident,
                };
                book_chosen(&db, &policy, reservation, Utc::now()).await
            }
        };
        let first = book("06 12 34 56 78", "", 0).await;
        assert!(first.is_ok(), "{label}: {first:?}");
        assert!(
            book("06 12 34 56 78", "awa@example.org", 0).await.is_ok(),
            "{label}"
        );
        // Six at once for the third place, on three different days: one gets it.
        let attempts = (0..6).map(|i| tokio::spawn(book("06 12 34 56 78", "", i % 3)));
        let mut outcomes = vec![];
        for attempt in attempts.collect::<Vec<_>>() {
            outcomes.push(attempt.await.unwrap());
        }
        let booked = outcomes.iter().filter(|o| o.is_ok()).count();
        let capped = outcomes
            .iter()
            .filter(|o| matches!(o, Err(BookingError::TooManyActive)))
            .count();
        assert_eq!((booked, capped), (1, 5), "{label}: {outcomes:?}");
        // The same phone with another e-mail is the same person.
        assert!(
            matches!(
                book("06 12 34 56 78", "autre@example.org", 1).await,
                Err(BookingError::TooManyActive)
            ),
            "{label}"
        );
        // Someone else books the free times left.
        assert!(book("07 11 22 33 44", "", 1).await.is_ok(), "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_fourth_booking_goes_back_to_the_contact_form_which_says_why() {
    let t = TestDb::sqlite().await;
    one_slot_a_day(&t.db, 4).await;
    let app = crate::common::web::app(&t);
    let (_, _, slots) = send(
        &app,
        get("/rendez-vous?motif=acte&lieu=test")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let slots = clean(&slots);
    let at = slots.find("creneau=").unwrap() + "creneau=".len();
    let creneau: String = slots[at..]
        .chars()
        .take_while(|c| !matches!(c, '"' | '&'))
        .collect::<String>()
        .replace("%3A", ":");
    let mut refused = None;
    for i in 0..4 {
        let body = form(&[
            ("motif", "acte"),
            ("lieu", "test"),
            ("creneau", &creneau),
            ("name", "Awa Traoré"),
            ("phone", "06 12 34 56 78"),
            ("email", ""),
            ("language", "fr"),
            ("interpreter", ""),
            ("accessibility", ""),
            ("note", ""),
        ]);
        let (_, headers, _) = send(
            &app,
            form_post("/api/public/rendez-vous/coordonnees", &body)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        let draft = crate::common::web::set_cookie(&headers, "guichet_rdv").unwrap();
        let body = form(&[("motif", "acte"), ("lieu", "test"), ("creneau", &creneau)]);
        let (_, headers, _) = send(
            &app,
            form_post("/api/public/rendez-vous/confirmer", &body)
                .header(header::COOKIE, &draft)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        let to = location(&headers);
        if i < 3 {
            assert!(to.ends_with("?nouveau=1"), "booking {i}: {to}");
        } else {
            let draft = crate::common::web::set_cookie(&headers, "guichet_rdv").unwrap();
            refused = Some((to, draft));
        }
    }
    let (to, draft) = refused.unwrap();
    assert!(
        !to.contains("etape=verifier"),
        "back to the contact form: {to}"
    );
    let (_, _, page) = send(&app, get_as(&to, &draft)).await;
    let page = clean(&page);
    assert!(page.contains("a déjà 3 rendez-vous à venir"), "{page}");
    assert!(
        page.contains("value=\"Awa Traoré\""),
        "what was typed stays"
    );
    t.drop_db().await;
}

#[tokio::test]
async fn wrong_codes_from_one_client_stop_it_but_not_the_resident_with_the_right_one() {
    let t = TestDb::sqlite().await;
    crate::requests::town_hall(&t.db).await;
    let submitted = app::requests::model::SubmitForm {
        kind: "information".into(),
        subject: "Horaires de la piscine".into(),
        message: "Quels sont les horaires pendant les vacances ?".into(),
        name: "Lina Petit".into(),
        email: "lina@example.org".into(),
        ..Default::default()
    };
    let (reference, code) = app::requests::store::submit(
        &t.db,
        &submitted,
        app::i18n::Locale::Fr,
        &crate::common::public_url(),
        Utc::now(),
    )
    .await
    .unwrap();
    let app = strict_app(&t);
    let follow = |peer: &str, reference: &str, code: &str| {
        let uri = app::requests::model::follow_link(reference, code);
        from(peer, get(&uri).body(Body::empty()).unwrap())
    };
    // The resident may open their page as often as they like.
    for _ in 0..4 {
        let (_, _, page) = send(&app, follow("192.0.2.9", &reference, &code)).await;
        assert!(clean(&page).contains("Horaires de la piscine"));
    }
    // A script guessing references: two wrong ones, then refused even a right one.
    for n in 0..2 {
        let (_, _, page) = send(
            &app,
            follow("203.0.113.66", &format!("D-2026-00{n}"), "AAAA"),
        )
        .await;
        assert!(!clean(&page).contains("Horaires de la piscine"));
    }
    let (_, _, page) = send(&app, follow("203.0.113.66", &reference, &code)).await;
    let page = clean(&page);
    assert!(!page.contains("Horaires de la piscine"), "no more tries");
    assert!(
        page.contains("trop de demandes sont venues de votre connexion"),
        "{page}"
    );
    // The resident, elsewhere, still reads their request.
    let (_, _, page) = send(&app, follow("192.0.2.9", &reference, &code)).await;
    assert!(clean(&page).contains("Horaires de la piscine"));
    t.drop_db().await;
}

#[tokio::test]
async fn live_streams_are_capped_per_client_and_in_all_and_places_come_back() {
    use tower::ServiceExt;
    let t = TestDb::sqlite().await;
    queue_town(&t.db, 1).await;
    let services = state(&t.db, tokio_util::sync::CancellationToken::new())
        .with_stream_caps(app::limits::streams::StreamCaps::new(3, 2));
    let app = router(services);
    let open = |peer: &str| {
        let req = from(
            peer,
            get("/direct/file/mairie").body(Body::empty()).unwrap(),
        );
        app.clone().oneshot(req)
    };
    let a1 = open("203.0.113.1").await.unwrap();
    let a2 = open("203.0.113.1").await.unwrap();
    assert_eq!((a1.status(), a2.status()), (StatusCode::OK, StatusCode::OK));
    let a3 = open("203.0.113.1").await.unwrap();
    assert_eq!(
        a3.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the client's share"
    );
    assert!(a3.headers().contains_key(header::RETRY_AFTER));
    let b1 = open("198.51.100.2").await.unwrap();
    assert_eq!(b1.status(), StatusCode::OK);
    let b2 = open("198.51.100.2").await.unwrap();
    assert_eq!(
        b2.status(),
        StatusCode::SERVICE_UNAVAILABLE,
        "the server's total"
    );
    // A phone closes its page: its place is free again.
    drop(a1);
    let b3 = open("198.51.100.2").await.unwrap();
    assert_eq!(b3.status(), StatusCode::OK);
    drop((a2, b1, b3));
    t.drop_db().await;
}
