//! The language panel's paired resident screen, through the real router and over real
//! HTTP: a counsellor pairs a screen, the screen opens with the code, a phrase sent from
//! the panel appears there in Ukrainian, the resident's tap comes back in French; nothing
//! of the exchange is written; the pairing ends with "Terminer", with the visit closed at
//! the desk, and the code then opens nothing. Twenty counsellors pairing at once get twenty
//! codes; on PostgreSQL a phrase sent on one instance reaches a screen on another.

use crate::common::web::{
    app, get_as, location, post_as as post, send, set_cookie, signed_in_cookies,
};
use app::i18n::Locale;
use app::interpretation::pairing::model::SCREEN_COOKIE;
use app::interpretation::pairing::{
    AnswerOnScreen, PairingEnd, PairingSend, PairingStart, code::PairingCode,
};
use app::interpretation::phrasebook;
use app::store::entities::{contact, pairing};
use http::{StatusCode, header};
use leptos::server_fn::ServerFn;
use sea_orm::{EntityTrait, PaginatorTrait};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

const START_URL: &str = PairingStart::PATH;
const SEND_URL: &str = PairingSend::PATH;
const END_URL: &str = PairingEnd::PATH;
const ANSWER_URL: &str = AnswerOnScreen::PATH;

const PANEL: &str = "/agent/interpretation?langue=uk&situation=appointments\
                     &phrase=phrase-appointments-date-time-place\
                     &date=2026-12-07&heure=14%3A30&lieu=Mairie";

fn strip(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// The code the panel shows, as typed ("482913").
fn shown_code(html: &str) -> String {
    let at = html
        .find("class=\"pairing-code\"")
        .expect("the panel shows a code");
    let rest = &html[at..];
    let start = rest.find('>').unwrap() + 1;
    let end = rest.find('<').unwrap();
    rest[start..end].replace(' ', "")
}

#[tokio::test]
async fn a_paired_screen_shows_the_phrase_and_sends_the_answer_back_in_french() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = crate::common::town::queue_town(&t.db, 1).await;
        let router = app(&t);
        let cookies = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;
        let fr = |id: &str| app::i18n::text(Locale::Fr, id);
        let uk = |id: &str| app::i18n::text(Locale::Uk, id);

        let (_, _, html) = send(&router, get_as(PANEL, &cookies)).await;
        assert!(
            html.contains(&fr("pairing-start")),
            "{label}: not paired yet"
        );

        // "Associer un écran": back to the same panel, which shows a six-digit code.
        let (status, headers, _) =
            send(&router, post(START_URL, &[("retour", PANEL)], &cookies)).await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        assert_eq!(location(&headers), PANEL, "{label}");
        let (_, _, html) = send(&router, get_as(PANEL, &cookies)).await;
        let code = shown_code(&html);
        assert!(PairingCode::parse(&code).is_some(), "{label}: {code:?}");
        assert!(
            html.contains(&fr("pairing-send")),
            "{label}: the send button"
        );

        // The screen: a wrong code is said; the right one, typed with its space, opens the
        // screen in Ukrainian with the general answers.
        let (_, _, html) = send(&router, get_as("/interpretation?code=12345", "")).await;
        assert!(
            strip(&html).contains(&strip(&fr("pairing-unknown-code"))),
            "{label}"
        );
        let spaced = format!("{}%20{}", &code[..3], &code[3..]);
        let (status, headers, html) = send(
            &router,
            get_as(&format!("/interpretation?code={spaced}"), ""),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{label}");
        // The tablet keeps the code: its cookie, and nobody else's browser, opens it now.
        let tablet = set_cookie(&headers, SCREEN_COOKIE).expect("the screen's cookie");
        let html = strip(&html);
        assert!(
            html.contains("lang=\"uk\" dir=\"ltr\" tabindex=\"-1\" class=\"paired-screen\""),
            "{label}"
        );
        assert!(
            html.contains(&strip(&uk("pairing-screen-waiting"))),
            "{label}"
        );
        assert!(html.contains("value=\"answer-repeat\""), "{label}");

        // The phrase goes to the screen, with its date in Ukrainian words.
        let (status, headers, _) =
            send(&router, post(SEND_URL, &[("retour", PANEL)], &cookies)).await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        assert_eq!(location(&headers), PANEL, "{label}");
        let screen = format!("/interpretation/{code}");
        let (_, _, html) = send(&router, get_as(&screen, &tablet)).await;
        let html = strip(&html);
        assert!(
            html.contains("грудня") && html.contains("14:30") && html.contains("Mairie"),
            "{label}"
        );
        // The panel says a screen is there, after a reload too.
        let (_, _, html) = send(&router, get_as(PANEL, &cookies)).await;
        assert!(html.contains(&fr("pairing-joined")), "{label}");

        // Another browser with the code (read over a shoulder, guessed) sees nothing of it
        // and cannot answer in the resident's name.
        let (_, _, html) = send(&router, get_as(&screen, "")).await;
        let html = strip(&html);
        assert!(
            html.contains(&strip(&fr("pairing-code-taken"))) && !html.contains("грудня"),
            "{label}"
        );
        let other =
            "guichet_ecran=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        let (_, _, html) = send(&router, get_as(&screen, other)).await;
        assert!(!strip(&html).contains("грудня"), "{label}");
        let (_, headers, _) = send(
            &router,
            post(
                ANSWER_URL,
                &[("code", &code), ("reponse", "answer-no")],
                other,
            ),
        )
        .await;
        assert_eq!(location(&headers), screen, "{label}: refused");
        let (_, _, html) = send(&router, get_as(PANEL, &cookies)).await;
        assert!(
            !html.contains(&fr("pairing-resident-tapped")),
            "{label}: a stranger's tap reached the panel"
        );

        // The resident taps "repeat please": the screen confirms in Ukrainian, the panel
        // says it in French.
        let (status, headers, _) = send(
            &router,
            post(
                ANSWER_URL,
                &[("code", &code), ("reponse", "answer-repeat")],
                &tablet,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        assert_eq!(
            location(&headers),
            format!("{screen}?envoye=answer-repeat"),
            "{label}"
        );
        let (_, _, html) = send(&router, get_as(&location(&headers), &tablet)).await;
        assert!(
            strip(&html).contains(&strip(&uk("pairing-screen-sent"))),
            "{label}"
        );
        let (_, _, html) = send(&router, get_as(PANEL, &cookies)).await;
        let html = strip(&html);
        let repeat_fr = strip(&phrasebook::text(Locale::Fr, "answer-repeat").unwrap());
        assert!(
            html.contains(&strip(&fr("pairing-resident-tapped"))),
            "{label}"
        );
        assert!(html.contains(&repeat_fr), "{label}");
        // A phrase is not an answer: refused, nothing sent.
        let (_, headers, _) = send(
            &router,
            post(
                ANSWER_URL,
                &[("code", &code), ("reponse", "phrase-welcome-hello")],
                &tablet,
            ),
        )
        .await;
        assert_eq!(location(&headers), screen, "{label}");

        // Nothing of the exchange was written: one pairing row (who, code, language), no
        // contact.
        let rows = pairing::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(rows.len(), 1, "{label}");
        assert_eq!(
            (rows[0].code.as_str(), rows[0].language.as_str()),
            (code.as_str(), "uk")
        );
        assert_eq!(
            contact::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );

        // Anonymous visitors cannot pair or send.
        let (status, _, _) = send(&router, post(SEND_URL, &[("retour", PANEL)], "")).await;
        assert!(
            status.is_client_error() || status.is_redirection(),
            "{label}: {status}"
        );

        // "Terminer l'échange": the row goes, the code opens nothing.
        let (status, _, _) = send(&router, post(END_URL, &[("retour", PANEL)], &cookies)).await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        assert_eq!(
            pairing::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        let (_, _, html) = send(&router, get_as(&screen, &tablet)).await;
        assert!(
            strip(&html).contains(&strip(&fr("pairing-unknown-code"))),
            "{label}"
        );
        let (_, _, html) = send(&router, get_as(PANEL, &cookies)).await;
        assert!(html.contains(&fr("pairing-start")), "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn closing_the_visit_at_the_desk_ends_the_pairing() {
    use app::queue::order::Priority;
    use app::queue::store::{NewTicket, Origin, QueueChoice, call_next, issue};
    for t in crate::common::both().await {
        let label = t.label();
        let now = chrono::Utc::now();
        if app::calendar::holidays::holiday_on(app::calendar::paris_today(now), false).is_some() {
            return; // the site is closed: no ticket to close
        }
        let town = crate::common::town::queue_town(&t.db, 1).await;
        let router = app(&t);
        let cookies = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;
        send(&router, post(START_URL, &[("retour", PANEL)], &cookies)).await;
        assert_eq!(
            pairing::Entity::find().count(&t.db).await.unwrap(),
            1,
            "{label}"
        );

        let ticket = NewTicket {
            site_id: town.site_id,
            motif_id: town.front_motif,
            language: "uk".into(),
            priority: Priority::None,
            phone: None,
            origin: Origin::Kiosk,
        };
        issue(&t.db, &ticket, now).await.unwrap();
        let called = call_next(
            &t.db,
            town.site_id,
            town.desks[0],
            town.counsellors[0],
            QueueChoice::Common,
            now,
        )
        .await
        .unwrap()
        .unwrap();
        let id = called.id.to_string();
        let (status, headers, _) = send(
            &router,
            post(
                "/api/agent/file/clore",
                &[
                    ("id", &id),
                    ("outcome", "handled"),
                    ("note", ""),
                    ("retour", "/agent/file"),
                ],
                &cookies,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        assert!(
            !location(&headers).contains("erreur"),
            "{label}: {}",
            location(&headers)
        );
        assert_eq!(
            pairing::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn twenty_counsellors_pairing_at_once_get_twenty_codes() {
    use app::interpretation::live::hub::Hub;
    use app::interpretation::pairing::store;
    for t in crate::common::both().await {
        let label = t.label();
        let mut agents = Vec::new();
        for i in 0..20 {
            agents.push(
                crate::common::agent(&t.db, &format!("Conseiller {i}"), "counsellor", "2468").await,
            );
        }
        let hub = Hub::start(t.db.clone(), CancellationToken::new());
        let now = chrono::Utc::now();
        let tasks: Vec<_> = agents
            .iter()
            .map(|&a| {
                let (db, hub) = (t.db.clone(), hub.clone());
                tokio::spawn(async move { store::start(&db, &hub, a, Locale::Ar, now).await })
            })
            .collect();
        let mut codes = std::collections::HashSet::new();
        for task in tasks {
            codes.insert(task.await.unwrap().expect("a pairing").to_string());
        }
        assert_eq!(codes.len(), 20, "{label}");
        // Asking again keeps one's code.
        let again = store::start(&t.db, &hub, agents[0], Locale::Ar, now)
            .await
            .unwrap();
        assert!(codes.contains(again.as_str()), "{label}");
        assert_eq!(
            pairing::Entity::find().count(&t.db).await.unwrap(),
            20,
            "{label}"
        );
        t.drop_db().await;
    }
}

/// A phrase sent on instance A reaches a screen connected to instance B (only PostgreSQL's
/// NOTIFY links them), and the tap on B reaches the counsellor's stream on A.
#[tokio::test]
async fn on_two_instances_the_phrase_and_the_answer_cross_within_a_second() {
    use crate::common::live::{instance, next_with, wait_for};
    let t = crate::common::TestDb::postgres().await;
    let town = crate::common::town::queue_town(&t.db, 1).await;
    let cookies = signed_in_cookies(&app(&t), &t, town.counsellors[0], "2468").await;
    let stop = CancellationToken::new();
    let db_a = sea_orm::Database::connect(&t.url).await.unwrap();
    let db_b = sea_orm::Database::connect(&t.url).await.unwrap();
    let a = instance(&db_a, stop.clone()).await;
    let b = instance(&db_b, stop.clone()).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let post = |base: &str, path: &str, pairs: &[(&str, &str)], cookies: &str| {
        crate::common::live::post_form(&client, base, path, pairs, cookies)
    };
    let r = post(&a, START_URL, &[("retour", PANEL)], &cookies)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);
    let code = pairing::Entity::find()
        .one(&t.db)
        .await
        .unwrap()
        .unwrap()
        .code;

    // The tablet opens the code on B, then follows its stream there with its cookie.
    let opened = client
        .get(format!("{b}/interpretation/{code}"))
        .send()
        .await
        .unwrap();
    assert_eq!(opened.status(), 200);
    let tablet = set_cookie(opened.headers(), SCREEN_COOKIE).expect("the screen's cookie");
    let stranger = client
        .get(format!("{b}/direct/interpretation/ecran/{code}"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        stranger.status(),
        404,
        "a stream without the screen's cookie"
    );
    let mut screen = client
        .get(format!("{b}/direct/interpretation/ecran/{code}"))
        .header(header::COOKIE, &tablet)
        .send()
        .await
        .unwrap();
    assert_eq!(screen.status(), 200);
    let mut screen_buffer = String::new();
    assert!(wait_for(&mut screen, &mut screen_buffer, "\"lang\":\"uk\"").await);
    let mut counsellor = client
        .get(format!("{a}/direct/interpretation/conseiller"))
        .header(header::COOKIE, &cookies)
        .send()
        .await
        .unwrap();
    assert_eq!(counsellor.status(), 200);
    let mut counsellor_buffer = String::new();

    let started = Instant::now();
    let r = post(&a, SEND_URL, &[("retour", PANEL)], &cookies)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);
    let arrived = tokio::time::timeout(
        Duration::from_secs(1),
        next_with(&mut screen, &mut screen_buffer, "грудня"),
    )
    .await;
    assert!(
        matches!(arrived, Ok(Some(_))),
        "no phrase on the other instance within a second"
    );
    println!(
        "phrase → screen on the other instance: {:?}",
        started.elapsed()
    );

    let started = Instant::now();
    let r = post(
        &b,
        ANSWER_URL,
        &[("code", &code), ("reponse", "answer-slower")],
        &tablet,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(r.status(), 302);
    let slower_fr = phrasebook::text(Locale::Fr, "answer-slower").unwrap();
    let arrived = tokio::time::timeout(
        Duration::from_secs(1),
        next_with(&mut counsellor, &mut counsellor_buffer, "answer-slower"),
    )
    .await;
    let Ok(Some(event)) = arrived else {
        panic!("no answer on the counsellor's instance within a second");
    };
    assert!(strip(&event).contains(&strip(&slower_fr)), "{event}");
    println!(
        "tap → counsellor on the other instance: {:?}",
        started.elapsed()
    );

    // Ending on A: the screen on B is told, and its stream ends.
    post(&a, END_URL, &[("retour", PANEL)], &cookies)
        .send()
        .await
        .unwrap();
    let ended = tokio::time::timeout(
        Duration::from_secs(2),
        wait_for(&mut screen, &mut screen_buffer, "\"ended\":true"),
    )
    .await;
    assert!(
        matches!(ended, Ok(true)),
        "the screen was not told the exchange ended"
    );
    stop.cancel();
    db_a.close().await.ok();
    db_b.close().await.ok();
    t.drop_db().await;
}
