//! Interpreters through the real router: a counsellor asks for an interpreter from the
//! language panel, the interpreters on duty for that language see it (live, on their
//! page's stream), the first to answer "J'y vais" gets it and the counsellor reads who is
//! coming; appointments needing a language get an interpreter who speaks it and is free,
//! never two at once, and the interpreter sees them. On a SQLite file and PostgreSQL.

use crate::common::web::{app, get_as, location, post_as as post, send, signed_in_cookies};
use app::errors::FeatureError;
use app::interpretation::interpreters::model::{PATH, STREAM};
use app::interpretation::interpreters::{
    AcceptRequest, AssignInterpreter, RequestInterpreter, store,
};
use app::interpretation::live::hub::Hub;
use app::interpretation::store::InterpretationError;
use app::staff::identity::StaffIdentity;
use app::staff::roles::Role;
use app::store::entities::{
    agent_language, agent_schedule, appointment, interpreter_assignment, interpreter_request,
};
use chrono::{Duration, NaiveTime, Utc};
use http::{StatusCode, header};
use leptos::server_fn::ServerFn;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};
use tokio_util::sync::CancellationToken;

const REQUEST_URL: &str = RequestInterpreter::PATH;
const ACCEPT_URL: &str = AcceptRequest::PATH;
const ASSIGN_URL: &str = AssignInterpreter::PATH;

/// A store's refusal as the message id the page shows; a failure of ours fails the test.
fn refused(e: InterpretationError) -> &'static str {
    e.refusal()
        .map(|r| r.message_id())
        .unwrap_or_else(|| panic!("{e}"))
}

const PANEL_UK: &str = "/agent/interpretation?langue=uk";

fn fr(id: &str) -> String {
    app::i18n::text(app::i18n::Locale::Fr, id)
}

/// An interpreter speaking `langs`, on duty all week all day at `site_id` when `on_duty`.
async fn interpreter(
    db: &DatabaseConnection,
    name: &str,
    langs: &[&str],
    site_id: i32,
    on_duty: bool,
) -> i32 {
    let id = crate::common::agent(db, name, "interpreter", "4826").await;
    for l in langs {
        agent_language::ActiveModel {
            agent_id: Set(id),
            lang: Set((*l).into()),
        }
        .insert(db)
        .await
        .unwrap();
    }
    if on_duty {
        for weekday in 0..7 {
            agent_schedule::ActiveModel {
                agent_id: Set(id),
                site_id: Set(site_id),
                weekday: Set(weekday),
                starts: Set(NaiveTime::from_hms_opt(0, 0, 0).unwrap()),
                ends: Set(NaiveTime::from_hms_opt(23, 59, 59).unwrap()),
                ..Default::default()
            }
            .insert(db)
            .await
            .unwrap();
        }
    }
    id
}

async fn appointment_needing(
    db: &DatabaseConnection,
    site_id: i32,
    motif_id: i32,
    lang: &str,
    in_hours: i64,
    minutes: i64,
) -> i32 {
    let now = Utc::now();
    let start = now + Duration::hours(in_hours);
    appointment::ActiveModel {
        reference: Set(format!("RI{}", &app::staff::tokens::new_token()[..6])),
        token_hash: Set(app::staff::tokens::new_token()),
        motif_id: Set(motif_id),
        site_id: Set(site_id),
        agent_id: Set(None),
        starts_at: Set(start),
        ends_at: Set(start + Duration::minutes(minutes)),
        contact_name: Set("Oksana Test".into()),
        phone: Set(Some("+33612345678".into())),
        email: Set(None),
        language: Set(lang.into()),
        interpreter_language: Set(Some(lang.into())),
        accessibility_need: Set(None),
        note: Set(None),
        status: Set(app::statuses::AppointmentStatus::Booked),
        cancel_reason: Set(None),
        checked_in_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id
}

/// The identity of `agent_id` signed in on a workstation of its own.
async fn identity(db: &DatabaseConnection, agent_id: i32, role: Role) -> StaffIdentity {
    let (device, _) = crate::common::workstation(db, &format!("Poste {agent_id}")).await;
    StaffIdentity {
        agent_id,
        agent_name: format!("Agent {agent_id}"),
        role,
        device_id: device.id,
        device_name: device.name,
    }
}

#[tokio::test]
async fn the_first_interpreter_on_duty_to_answer_gets_the_request() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = crate::common::town::queue_town(&t.db, 1).await;
        let daria = interpreter(&t.db, "Daria Kovalenko", &["uk", "ru"], town.site_id, true).await;
        let olena = interpreter(&t.db, "Olena Shevchenko", &["uk"], town.site_id, false).await;
        let ahmed = interpreter(&t.db, "Ahmed Benali", &["ar"], town.site_id, true).await;
        let router = app(&t);
        let camille = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;

        // The counsellor asks from the panel: the page says who is on duty for Ukrainian.
        let (status, headers, _) = send(
            &router,
            post(REQUEST_URL, &[("retour", PANEL_UK)], &camille),
        )
        .await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        assert_eq!(location(&headers), PANEL_UK, "{label}");
        send(
            &router,
            post(REQUEST_URL, &[("retour", PANEL_UK)], &camille),
        )
        .await;
        assert_eq!(
            interpreter_request::Entity::find()
                .count(&t.db)
                .await
                .unwrap(),
            1,
            "{label}: asked once"
        );
        let (_, _, html) = send(&router, get_as(PANEL_UK, &camille)).await;
        let at = html.find("panel-interpreter").unwrap_or(0);
        let rest = &html[at..];
        let box_html = &rest[..rest.find("</section>").unwrap_or(rest.len())];
        assert!(
            box_html.contains("Daria Kovalenko") && !box_html.contains("Olena"),
            "{label}: on duty, Daria only: {box_html}"
        );

        // Interpreters of Ukrainian see it with "J'y vais"; the Arabic interpreter does not.
        let daria_cookies = signed_in_cookies(&router, &t, daria, "4826").await;
        let (status, _, html) = send(&router, get_as(PATH, &daria_cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(html.contains(&fr("interpreters-accept")), "{label}");
        let ahmed_cookies = signed_in_cookies(&router, &t, ahmed, "4826").await;
        let (_, _, html) = send(&router, get_as(PATH, &ahmed_cookies)).await;
        assert!(html.contains(&fr("interpreters-no-request")), "{label}");

        // Daria and Olena answer at the same instant: one gets it, the other is told.
        let id = interpreter_request::Entity::find()
            .one(&t.db)
            .await
            .unwrap()
            .unwrap()
            .id;
        let hub = Hub::start(t.db.clone(), CancellationToken::new());
        let now = Utc::now();
        let mut answers = Vec::new();
        for who in [daria, olena] {
            let (db, hub) = (t.db.clone(), hub.clone());
            let by = identity(&t.db, who, Role::Interpreter).await;
            answers.push(tokio::spawn(async move {
                store::accept(&db, &hub, &by, id, now)
                    .await
                    .map_err(refused)
            }));
        }
        let mut outcomes = Vec::new();
        for a in answers {
            outcomes.push(a.await.unwrap());
        }
        assert_eq!(
            outcomes.iter().filter(|o| o.is_ok()).count(),
            1,
            "{label}: {outcomes:?}"
        );
        assert!(
            outcomes.contains(&Err("interpreters-error-taken")),
            "{label}"
        );
        let taken = interpreter_request::Entity::find_by_id(id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        let winner = if taken.accepted_by == Some(daria) {
            "Daria Kovalenko"
        } else {
            "Olena Shevchenko"
        };

        // The counsellor reads who is coming; the Arabic interpreter may not take it.
        let (_, _, html) = send(&router, get_as(PANEL_UK, &camille)).await;
        let coming = format!("{winner}\u{2069} arrive.");
        assert!(html.contains(&coming), "{label}: {coming}");
        let (_, headers, _) = send(
            &router,
            post(ACCEPT_URL, &[("id", &id.to_string())], &ahmed_cookies),
        )
        .await;
        assert!(
            location(&headers).contains("interpreters-error-"),
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_appointment_gets_an_interpreter_who_speaks_its_language_and_is_free() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = crate::common::town::queue_town(&t.db, 1).await;
        let daria = interpreter(&t.db, "Daria Kovalenko", &["uk"], town.site_id, true).await;
        let olena = interpreter(&t.db, "Olena Shevchenko", &["uk"], town.site_id, true).await;
        let first = appointment_needing(&t.db, town.site_id, town.front_motif, "uk", 26, 30).await;
        let overlapping =
            appointment_needing(&t.db, town.site_id, town.front_motif, "uk", 26, 45).await;
        let arabic = appointment_needing(&t.db, town.site_id, town.front_motif, "ar", 30, 30).await;
        let router = app(&t);
        let camille = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;
        let assign = |rdv: i32, who: i32| {
            post(
                ASSIGN_URL,
                &[
                    ("rendez_vous", &rdv.to_string()),
                    ("interprete", &who.to_string()),
                ],
                &camille,
            )
        };

        let (status, headers, _) = send(&router, assign(first, daria)).await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        assert!(
            location(&headers).contains("enregistre"),
            "{label}: {}",
            location(&headers)
        );
        let (_, headers, _) = send(&router, assign(overlapping, daria)).await;
        assert!(
            location(&headers).contains("interpreters-error-busy"),
            "{label}"
        );
        let (_, headers, _) = send(&router, assign(arabic, daria)).await;
        assert!(
            location(&headers).contains("interpreters-error-language"),
            "{label}"
        );
        let given = interpreter_assignment::Entity::find()
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(given.len(), 1, "{label}");
        assert_eq!(
            (given[0].appointment_id, given[0].agent_id),
            (first, daria),
            "{label}"
        );
        assert!(
            crate::common::audit_actions(&t.db)
                .await
                .contains(&"appointment.interpreter".to_owned()),
            "{label}"
        );

        // Daria sees her appointment; she cannot give herself others.
        let daria_cookies = signed_in_cookies(&router, &t, daria, "4826").await;
        let (_, _, html) = send(&router, get_as(PATH, &daria_cookies)).await;
        assert!(
            html.contains(&fr("interpreters-my-appointments")) && html.contains("Mairie test"),
            "{label}"
        );
        let body = [
            ("rendez_vous", overlapping.to_string()),
            ("interprete", daria.to_string()),
        ];
        let pairs: Vec<(&str, &str)> = body.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (_, headers, _) = send(&router, post(ASSIGN_URL, &pairs, &daria_cookies)).await;
        assert!(
            location(&headers).contains("interpreters-error-not-allowed"),
            "{label}"
        );

        // Two counsellors give Olena two overlapping appointments at the same instant: she
        // gets one.
        let now = Utc::now();
        let mut racing = Vec::new();
        for rdv in [
            overlapping,
            appointment_needing(&t.db, town.site_id, town.front_motif, "uk", 26, 20).await,
        ] {
            let db = t.db.clone();
            let by = identity(&t.db, town.counsellors[0], Role::Counsellor).await;
            racing.push(tokio::spawn(async move {
                store::assign(&db, &by, rdv, Some(olena), now)
                    .await
                    .map_err(refused)
            }));
        }
        let mut outcomes = Vec::new();
        for r in racing {
            outcomes.push(r.await.unwrap());
        }
        assert_eq!(
            outcomes.iter().filter(|o| o.is_ok()).count(),
            1,
            "{label}: {outcomes:?}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn interpreters_pages_hear_of_a_request_at_once() {
    use crate::common::live::{instance, wait_for};
    let t = crate::common::TestDb::sqlite().await;
    let town = crate::common::town::queue_town(&t.db, 1).await;
    let daria = interpreter(&t.db, "Daria Kovalenko", &["uk"], town.site_id, true).await;
    let router = app(&t);
    let camille = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;
    let daria_cookies = signed_in_cookies(&router, &t, daria, "4826").await;
    let base = instance(&t.db, CancellationToken::new()).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let refused = client.get(format!("{base}{STREAM}")).send().await.unwrap();
    assert_eq!(refused.status(), 401, "anonymous");
    let mut stream = client
        .get(format!("{base}{STREAM}"))
        .header(header::COOKIE, &daria_cookies)
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    let r = crate::common::live::post_form(
        &client,
        &base,
        REQUEST_URL,
        &[("retour", PANEL_UK)],
        &camille,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(r.status(), 302);
    let mut buffer = String::new();
    let heard = tokio::time::timeout(
        std::time::Duration::from_secs(1),
        wait_for(&mut stream, &mut buffer, "uk"),
    )
    .await;
    assert!(matches!(heard, Ok(true)), "{buffer:?}");
    t.drop_db().await;
}
