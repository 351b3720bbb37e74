//! Requests on a SQLite file and PostgreSQL: a request written on the public form is
//! followed on `/suivi` with its reference and check code (and a wrong code tells nothing
//! and is slowed down); deadlines run on the town hall's calendar through a pause and a
//! holiday and are counted again when the kind changes; a contact answered on the spot
//! opens nothing, one that needs a follow-up opens a request; a desk visit closed as
//! follow-up becomes a request with its deadline; twenty agents adding events to one
//! request at once lose none.

use crate::common::TestDb;
use crate::common::web::{app, get, location, post_as, send, signed_in_cookies};
use app::requests::model::{ActionForm, ContactForm, FollowView, RequestFilter, Standing};
use app::requests::store::{self as requests, LOOKUP_PAUSE_MINUTES, LOOKUP_TRIES};
use app::requests::{SubmitRequest, store::RequestsError};
use app::staff::identity::StaffIdentity;
use app::staff::roles::Role;
use app::statuses::RequestStatus;
use app::store::entities::{contact, opening_hour, request, request_event, service, site};
use axum::body::Body;
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use http::StatusCode;
use leptos::server_fn::ServerFn;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

/// A Paris wall-clock time as an instant.
fn paris(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Paris
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

pub(crate) struct TownHall {
    pub site_id: i32,
    pub civil_status: i32,
    pub planning: i32,
}

/// The demo town hall's hours: 08:30–12:00 and 13:30–17:00, Wednesday 10:30–19:00, closed
/// at weekends; two services.
pub(crate) async fn town_hall(db: &DatabaseConnection) -> TownHall {
    let site = site::ActiveModel {
        slug: Set("hotel-de-ville".into()),
        name: Set("Hôtel de ville".into()),
        address: Set("1 place de la Mairie".into()),
        postal_code: Set("99999".into()),
        city: Set("Testville".into()),
        phone: Set(Some("01 23 45 67 89".into())),
        email: Set(Some("accueil@testville.fr".into())),
        alsace_moselle: Set(false),
        tickets_from_home: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    let mut ranges = Vec::new();
    for day in [0, 1, 3, 4] {
        ranges.push((day, t(8, 30), t(12, 0)));
        ranges.push((day, t(13, 30), t(17, 0)));
    }
    ranges.push((2, t(10, 30), t(19, 0)));
    for (weekday, opens, closes) in ranges {
        opening_hour::ActiveModel {
            site_id: Set(site.id),
            weekday: Set(weekday),
            opens: Set(opens),
            closes: Set(closes),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
    let mut ids = Vec::new();
    for (slug, name, letter) in [
        ("etat-civil", "État civil", "E"),
        ("urbanisme", "Urbanisme", "U"),
    ] {
        let s = service::ActiveModel {
            slug: Set(slug.into()),
            name: Set(name.into()),
            ticket_letter: Set(letter.into()),
            handled_by_experts: Set(false),
            position: Set(ids.len() as i32),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        ids.push(s.id);
    }
    TownHall {
        site_id: site.id,
        civil_status: ids[0],
        planning: ids[1],
    }
}

/// The identity of a new agent signed in on a workstation of its own.
pub(crate) async fn identity(db: &DatabaseConnection, name: &str) -> StaffIdentity {
    let agent_id = crate::common::agent(db, name, "counsellor", "2468").await;
    let (device, _) = crate::common::workstation(db, &format!("Poste {name}")).await;
    StaffIdentity {
        agent_id,
        agent_name: name.into(),
        role: Role::Counsellor,
        device_id: device.id,
        device_name: device.name,
    }
}

fn follow_up(channel: &str, service: i32, subject: &str) -> ContactForm {
    ContactForm {
        channel: channel.into(),
        service: Some(service),
        outcome: ContactForm::FOLLOW_UP.into(),
        kind: "information".into(),
        subject: subject.into(),
        name: "Amina Benali".into(),
        email: "amina.benali@example.org".into(),
        ..Default::default()
    }
}

pub(crate) fn action(reference: &str, action: &str, text: &str) -> ActionForm {
    ActionForm {
        reference: reference.into(),
        action: action.into(),
        text: text.into(),
        ..Default::default()
    }
}

pub(crate) async fn by_reference(db: &DatabaseConnection, reference: &str) -> request::Model {
    request::Entity::find()
        .filter(request::Column::Reference.eq(reference))
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn an_e_mail_deadline_runs_on_working_time_through_a_holiday_and_a_pause() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = town_hall(&t.db).await;
        let agent = identity(&t.db, "Camille Martin").await;
        // Thursday 24 December 2026, 10:00. Five working days, the day of receipt not
        // counted: Mon 28, Tue 29, Wed 30, Thu 31, (Fri 1 January is a holiday) Mon 4.
        let received = paris(2026, 12, 24, 10, 0);
        let reference = requests::log_contact(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &follow_up("email", town.planning, "Hauteur d'une clôture"),
            received,
        )
        .await
        .unwrap()
        .expect("a follow-up opens a request");
        let r = by_reference(&t.db, &reference).await;
        assert!(reference.starts_with("D-2026-"), "{label}: {reference}");
        assert_eq!(r.status, RequestStatus::Received, "{label}");
        assert_eq!(
            r.site_id,
            Some(town.site_id),
            "{label}: the workstation has no site: the town hall"
        );
        assert_eq!(r.due_at, Some(paris(2027, 1, 4, 17, 0)), "{label}");
        assert_eq!(r.check_code.len(), 8, "{label}");

        // Waiting for the resident from Monday 28, 10:00 to Wednesday 30, 10:30: 12 h 30
        // of opening time stopped (2 + 3.5 on Monday, 7 on Tuesday, none on Wednesday
        // before 10:30). While it waits, no deadline.
        requests::act(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &action(
                &reference,
                "attente",
                "Merci de joindre le plan de la parcelle.",
            ),
            app::i18n::Locale::Fr,
            paris(2026, 12, 28, 10, 0),
        )
        .await
        .unwrap();
        let waiting = by_reference(&t.db, &reference).await;
        assert_eq!(waiting.status, RequestStatus::WaitingResident, "{label}");
        assert_eq!(
            waiting.due_at,
            Some(paris(2027, 1, 4, 17, 0)),
            "{label}: stopped, it keeps the instant it was due"
        );
        assert_eq!(
            waiting.warn_at, None,
            "{label}: nothing is due soon while it waits"
        );
        requests::act(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &action(&reference, "reprise", ""),
            app::i18n::Locale::Fr,
            paris(2026, 12, 30, 10, 30),
        )
        .await
        .unwrap();
        // 12 h 30 after Monday 4 January 17:00 in opening time: Tuesday's 7 h, then 5 h 30
        // of Wednesday from 10:30: Wednesday 6 January, 16:00.
        let resumed = by_reference(&t.db, &reference).await;
        assert_eq!(resumed.status, RequestStatus::InProgress, "{label}");
        assert_eq!(resumed.due_at, Some(paris(2027, 1, 6, 16, 0)), "{label}");

        // A notary's question gets 7 days from reception instead (ending on Thursday
        // 31 December), plus the same pause.
        let mut kind = action(&reference, "type", "");
        kind.kind = "notary".into();
        requests::act(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &kind,
            app::i18n::Locale::Fr,
            paris(2026, 12, 30, 11, 0),
        )
        .await
        .unwrap();
        let notary = by_reference(&t.db, &reference).await;
        assert!(
            notary.due_at.unwrap() < resumed.due_at.unwrap(),
            "{label}: 7 calendar days end before 5 working days over the holidays"
        );

        // The list: late once past the deadline, and only then.
        let me = app::staff::Me {
            name: agent.agent_name.clone(),
            role: Role::Counsellor,
            workstation: agent.device_name.clone(),
            inactivity_secs: 300,
            alerts: Vec::new(),
        };
        let late = RequestFilter {
            due: Some(Standing::Late),
            ..Default::default()
        };
        let before = requests::list(
            &t.db,
            me.clone(),
            agent.agent_id,
            late.clone(),
            app::i18n::Locale::Fr,
            notary.due_at.unwrap() - Duration::minutes(1),
        )
        .await
        .unwrap();
        assert_eq!((before.total, before.late), (0, 0), "{label}");
        assert_eq!(
            (before.my_late, before.my_due_soon),
            (0, 1),
            "{label}: the owner is warned"
        );
        assert_eq!(
            before.due_soon, 1,
            "{label}: two working days before, it is due soon"
        );
        let after = requests::list(
            &t.db,
            me.clone(),
            agent.agent_id,
            late,
            app::i18n::Locale::Fr,
            notary.due_at.unwrap() + Duration::minutes(1),
        )
        .await
        .unwrap();
        assert_eq!((after.total, after.late), (1, 1), "{label}");
        assert_eq!(after.rows[0].reference, reference, "{label}");
        assert_eq!(after.rows[0].standing, Standing::Late, "{label}");
        assert_eq!((after.my_late, after.my_due_soon), (1, 0), "{label}");
        // Another agent is not warned of it, and does not find it among theirs.
        let other = identity(&t.db, "Sofia Almeida").await;
        let theirs = requests::list(
            &t.db,
            me,
            other.agent_id,
            RequestFilter {
                mine: true,
                ..Default::default()
            },
            app::i18n::Locale::Fr,
            notary.due_at.unwrap() + Duration::minutes(1),
        )
        .await
        .unwrap();
        assert_eq!((theirs.total, theirs.my_late), (0, 0), "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_instant_answer_opens_nothing_and_a_bad_follow_up_saves_nothing() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = town_hall(&t.db).await;
        let agent = identity(&t.db, "Karim Haddad").await;
        let now = paris(2026, 12, 7, 9, 0);
        let answered = ContactForm {
            channel: "phone".into(),
            service: Some(town.civil_status),
            outcome: ContactForm::ANSWERED.into(),
            ..Default::default()
        };
        let opened =
            requests::log_contact(&t.db, &agent, &crate::common::public_url(), &answered, now)
                .await
                .unwrap();
        assert_eq!(opened, None, "{label}");
        let contacts = contact::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(contacts.len(), 1, "{label}");
        assert_eq!(
            (contacts[0].channel.as_str(), contacts[0].outcome.as_str()),
            ("phone", "handled"),
            "{label}"
        );

        // A follow-up without any way to answer, or without a subject: refused, and
        // neither the contact nor a request is saved.
        let mut nobody = follow_up("phone", town.civil_status, "Copie d'acte");
        nobody.email.clear();
        let refused =
            requests::log_contact(&t.db, &agent, &crate::common::public_url(), &nobody, now).await;
        assert!(
            matches!(refused, Err(RequestsError::Invalid("contact-error-none"))),
            "{label}: {refused:?}"
        );
        let refused = requests::log_contact(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &follow_up("phone", town.civil_status, "  "),
            now,
        )
        .await;
        assert!(
            matches!(
                refused,
                Err(RequestsError::Invalid("requests-error-subject"))
            ),
            "{label}"
        );
        let refused = requests::log_contact(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &follow_up("pigeon", town.civil_status, "x"),
            now,
        )
        .await;
        assert!(
            matches!(
                refused,
                Err(RequestsError::Invalid("requests-error-channel"))
            ),
            "{label}"
        );
        assert_eq!(
            contact::Entity::find().count(&t.db).await.unwrap(),
            1,
            "{label}"
        );
        assert_eq!(
            request::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_wrong_check_code_tells_nothing_and_is_slowed_down() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = town_hall(&t.db).await;
        let agent = identity(&t.db, "Léa Petit").await;
        let now = paris(2026, 12, 7, 9, 0);
        let reference = requests::log_contact(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &follow_up(
                "letter",
                town.civil_status,
                "Copie intégrale d'acte de mariage",
            ),
            now,
        )
        .await
        .unwrap()
        .unwrap();
        let code = by_reference(&t.db, &reference).await.check_code;
        let look = |reference: String, code: String, at| {
            let db = t.db.clone();
            async move {
                requests::follow(&db, &reference, &code, app::i18n::Locale::Ar, at)
                    .await
                    .unwrap()
            }
        };
        let wrong = if code == "AAAAAAAA" {
            "BBBBBBBB"
        } else {
            "AAAAAAAA"
        };
        assert_eq!(
            look(reference.clone(), wrong.into(), now).await,
            FollowView::NoMatch,
            "{label}"
        );
        assert_eq!(
            look("D-2026-99999".into(), code.clone(), now).await,
            FollowView::NoMatch,
            "{label}: same answer"
        );
        for _ in 1..LOOKUP_TRIES - 1 {
            assert_eq!(
                look(reference.clone(), wrong.into(), now).await,
                FollowView::NoMatch,
                "{label}"
            );
        }
        assert_eq!(
            look(reference.clone(), wrong.into(), now).await,
            FollowView::Blocked {
                minutes: LOOKUP_PAUSE_MINUTES
            },
            "{label}: the fifth wrong code in a row"
        );
        assert!(
            matches!(
                look(reference.clone(), code.clone(), now + Duration::minutes(5)).await,
                FollowView::Blocked { .. }
            ),
            "{label}: even the right code waits"
        );
        // Later, the right code typed as people type it (small letters, a dash) opens it,
        // in the resident's language.
        let typed = format!("{}-{}", code[..3].to_lowercase(), &code[3..]);
        let FollowView::Found(found) = look(
            reference.to_lowercase(),
            typed,
            now + Duration::minutes(LOOKUP_PAUSE_MINUTES + 1),
        )
        .await
        else {
            panic!("{label}: the right code opens the request");
        };
        assert_eq!(found.reference, reference, "{label}");
        assert_eq!(found.status, RequestStatus::Received, "{label}");
        let service = found.service.expect("the service in charge");
        assert!(
            service.address.unwrap().contains("1 place de la Mairie"),
            "{label}"
        );
        assert_eq!(service.phone.as_deref(), Some("01 23 45 67 89"), "{label}");
        assert!(found.due.is_some(), "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn twenty_agents_adding_events_to_one_request_at_once_lose_none() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = town_hall(&t.db).await;
        let first = identity(&t.db, "Agent 0").await;
        let now = paris(2026, 12, 7, 9, 0);
        let reference = requests::log_contact(
            &t.db,
            &first,
            &crate::common::public_url(),
            &follow_up("email", town.planning, "Permis de construire"),
            now,
        )
        .await
        .unwrap()
        .unwrap();
        let mut agents = vec![first];
        for i in 1..20 {
            agents.push(identity(&t.db, &format!("Agent {i}")).await);
        }
        let mut tasks = Vec::new();
        for (i, agent) in agents.into_iter().enumerate() {
            let (db, reference) = (t.db.clone(), reference.clone());
            tasks.push(tokio::spawn(async move {
                let form = ActionForm {
                    reference,
                    action: if i % 2 == 0 { "note" } else { "prendre" }.into(),
                    text: format!("Note {i}"),
                    ..Default::default()
                };
                requests::act(
                    &db,
                    &agent,
                    &crate::common::public_url(),
                    &form,
                    app::i18n::Locale::Fr,
                    now + Duration::minutes(i as i64 + 1),
                )
                .await
            }));
        }
        let mut refused = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(_) => {}
                // Once one took it in hand, the others' "take" is refused, said, not lost.
                Err(RequestsError::NotNow) => refused += 1,
                Err(e) => panic!("{label}: {e}"),
            }
        }
        let r = by_reference(&t.db, &reference).await;
        let events = request_event::Entity::find()
            .filter(request_event::Column::RequestId.eq(r.id))
            .count(&t.db)
            .await
            .unwrap();
        assert_eq!(refused, 9, "{label}: ten takes, one succeeds");
        assert_eq!(events, 1 + 10 + 1, "{label}: created, ten notes, one take");
        assert_eq!(r.status, RequestStatus::InProgress, "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_desk_visit_closed_as_follow_up_becomes_a_request_with_its_deadline() {
    use app::queue::model::Outcome;
    use app::queue::order::Priority;
    use app::queue::store::{DeskAction, NewTicket, Origin, QueueChoice, act, call_next, issue};
    for t in crate::common::both().await {
        let label = t.label();
        let town = crate::common::town::queue_town(&t.db, 1).await;
        let services = crate::common::web::state(&t.db, tokio_util::sync::CancellationToken::new());
        let now = paris(2026, 12, 7, 10, 0);
        let ticket = NewTicket {
            site_id: town.site_id,
            motif_id: town.front_motif,
            language: "uk".into(),
            priority: Priority::None,
            phone: Some("+33639980001".into()),
            origin: Origin::Kiosk,
        };
        issue(&t.db, &ticket, now).await.unwrap();
        let (desk, agent) = (town.desks[0], town.counsellors[0]);
        let called = call_next(&t.db, town.site_id, desk, agent, QueueChoice::Common, now)
            .await
            .unwrap()
            .unwrap();
        let close = DeskAction::Close {
            outcome: Outcome::FollowUp,
            note: Some("Rappeler pour le dossier de carte d'identité incomplet".into()),
        };
        act(
            &t.db,
            &services.app.hooks,
            called.id,
            agent,
            close,
            now + Duration::minutes(10),
        )
        .await
        .unwrap();
        let opened = request::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(opened.len(), 1, "{label}");
        let r = &opened[0];
        assert_eq!(r.channel, app::statuses::Channel::Desk, "{label}");
        assert_eq!(
            r.subject, "Rappeler pour le dossier de carte d'identité incomplet",
            "{label}"
        );
        assert_eq!(r.language, "uk", "{label}");
        assert_eq!(r.phone.as_deref(), Some("+33639980001"), "{label}");
        assert_eq!(r.owner_agent_id, Some(agent), "{label}");
        let desk_contact = contact::Entity::find_by_id(r.contact_id.unwrap())
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(desk_contact.outcome, "follow_up", "{label}");
        // 15 days on a site open every day: the 22nd at its last closing time.
        assert_eq!(
            r.due_on,
            chrono::NaiveDate::from_ymd_opt(2026, 12, 22).unwrap(),
            "{label}"
        );
        assert_eq!(r.due_at, Some(paris(2026, 12, 22, 23, 59)), "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_resident_writes_from_home_and_follows_the_request_in_arabic() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = town_hall(&t.db).await;
        let router = app(&t);
        let url = SubmitRequest::PATH;
        let pairs = |subject: &'static str| {
            vec![
                ("type", "certificate"),
                ("service", ""),
                ("sujet", subject),
                ("message", "أحتاج إلى نسخة من عقد الميلاد."),
                ("nom", "Yasmine Haddad"),
                ("courriel", "yasmine@example.org"),
                ("telephone", ""),
            ]
        };
        // Without a subject: back to the form with the reason and what was typed; nothing
        // saved.
        let (status, headers, _) = send(&router, post_as(url, &pairs("  "), "")).await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        let back = location(&headers);
        assert!(
            back.starts_with("/demande?erreur=requests-error-subject"),
            "{label}: {back}"
        );
        assert!(back.contains("nom=Yasmine%20Haddad"), "{label}: {back}");
        assert_eq!(
            request::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );

        let (status, headers, _) = send(
            &router,
            post_as(url, &pairs("Copie d'acte de naissance"), ""),
        )
        .await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        let follow = location(&headers);
        assert!(
            follow.starts_with("/suivi?reference=D-"),
            "{label}: {follow}"
        );
        let r = request::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert_eq!(r.channel, app::statuses::Channel::Web, "{label}");
        assert_eq!(r.site_id, Some(town.site_id), "{label}");
        assert!(
            follow.contains(&format!("code={}", r.check_code)),
            "{label}"
        );

        // The follow-up page in Arabic: the status in plain words, the deadline.
        let (status, _, body) = send(
            &router,
            get(&format!("{follow}&lang=ar"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let plain = body.replace(['\u{2068}', '\u{2069}'], "");
        assert!(plain.contains(&r.reference), "{label}");
        assert!(
            plain.contains(&app::i18n::text(
                app::i18n::Locale::Ar,
                "request-status-received"
            )),
            "{label}"
        );
        assert!(
            plain.contains(&app::i18n::text(app::i18n::Locale::Ar, "follow-registered")),
            "{label}"
        );

        // A wrong code on the page: the same words as an unknown reference.
        let (_, _, wrong) = send(
            &router,
            get(&format!("/suivi?reference={}&code=ZZZZZZZZ", r.reference))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        let no_match = app::i18n::text(app::i18n::Locale::Fr, "follow-no-match");
        assert!(
            wrong
                .replace(['\u{2068}', '\u{2069}'], "")
                .contains(no_match.as_str()),
            "{label}"
        );
        assert!(
            !wrong.contains("Copie d&#x27;acte") && !wrong.contains("Copie d'acte"),
            "{label}: nothing told"
        );

        // An agent answers; the page says so and shows the reply.
        let agent = crate::common::agent(&t.db, "Nadia Roux", "counsellor", "2468").await;
        let cookies = signed_in_cookies(&router, &t, agent, "2468").await;
        let (status, headers, _) = send(
            &router,
            post_as(
                app::requests::ActOnRequest::PATH,
                &[
                    ("reference", r.reference.as_str()),
                    ("action", "reponse"),
                    ("texte", "La copie vous est envoyée par courrier."),
                ],
                &cookies,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        assert!(
            location(&headers).ends_with("?enregistre=1"),
            "{label}: {}",
            location(&headers)
        );
        let (_, _, answered) = send(
            &router,
            get(&format!(
                "/suivi?reference={}&code={}",
                r.reference, r.check_code
            ))
            .body(Body::empty())
            .unwrap(),
        )
        .await;
        let answered = answered.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            answered.contains(&app::i18n::text(
                app::i18n::Locale::Fr,
                "request-status-answered"
            )),
            "{label}"
        );
        assert!(
            answered.contains("La copie vous est envoyée par courrier."),
            "{label}"
        );
        let _: &TestDb = &t;
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_acknowledgement_of_receipt_is_e_mailed_and_printed_with_what_the_law_requires() {
    use app::requests::model::SubmitForm;
    use app::store::entities::notification;
    for t in crate::common::both().await {
        let label = t.label();
        town_hall(&t.db).await;
        let form = SubmitForm {
            kind: "complaint".into(),
            subject: "Trottoir encombré rue des Lilas".into(),
            message: "Le trottoir est bloqué par des travaux depuis un mois.".into(),
            name: "Yasmine Haddad".into(),
            email: "yasmine@example.org".into(),
            postal_address: "12 rue des Lilas\n89000 Testville".into(),
            ..Default::default()
        };
        // Too long an address is refused, and nothing is saved or sent.
        let long = SubmitForm {
            postal_address: "ligne\n".repeat(7),
            ..form.clone()
        };
        let refused = requests::submit(
            &t.db,
            &long,
            app::i18n::Locale::Ar,
            &crate::common::public_url(),
            paris(2026, 12, 7, 9, 0),
        )
        .await;
        assert!(
            matches!(
                refused,
                Err(RequestsError::Invalid("requests-error-address"))
            ),
            "{label}"
        );
        assert_eq!(
            notification::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );

        let (reference, code) = requests::submit(
            &t.db,
            &form,
            app::i18n::Locale::Ar,
            &crate::common::public_url(),
            paris(2026, 12, 7, 9, 0),
        )
        .await
        .unwrap();
        // The e-mail, in Arabic with the French text after it.
        let mails = notification::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(mails.len(), 1, "{label}");
        let mail = &mails[0];
        assert_eq!(
            (
                mail.channel.as_str(),
                mail.recipient.as_str(),
                mail.language.as_str()
            ),
            ("email", "yasmine@example.org", "ar"),
            "{label}"
        );
        assert!(
            mail.subject.as_deref().unwrap().contains(&reference),
            "{label}"
        );
        let body = mail.body.replace(['\u{2068}', '\u{2069}'], "");
        for needed in [
            "7 décembre 2026", // received
            "7 février 2027",  // the implicit rejection two months later
            "R421-2",          // the means of appeal
            "Hôtel de ville",  // the service in charge (no service chosen: the site)
            "1 place de la Mairie",
            "01 23 45 67 89",
            "accueil@testville.fr",
        ] {
            assert!(body.contains(needed), "{label}: {needed} in\n{body}");
        }
        let readable = format!("{}-{}", &code[..4], &code[4..]);
        assert!(body.contains(&readable), "{label}: the code as printed");
        assert!(
            body.contains(&format!(
                "http://mairie.test/suivi?reference={reference}&code={code}"
            )),
            "{label}"
        );
        assert!(
            body.find("R421-2") != body.rfind("R421-2"),
            "{label}: in Arabic and in French"
        );

        // The page to print: the address in the window, both texts.
        let router = app(&t);
        let agent = crate::common::agent(&t.db, "Nadia Roux", "counsellor", "2468").await;
        let cookies = signed_in_cookies(&router, &t, agent, "2468").await;
        let (status, _, page) = send(
            &router,
            crate::common::web::get_as(&format!("/agent/demandes/{reference}/accuse"), &cookies),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let page = page.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            page.contains("12 rue des Lilas") && page.contains("89000 Testville"),
            "{label}"
        );
        assert!(page.contains("lang=\"ar\""), "{label}");
        assert!(page.contains("R421-2"), "{label}");
        assert!(
            page.contains(&app::i18n::text(app::i18n::Locale::Fr, "ack-title")),
            "{label}"
        );
        // An agent's read of it is audited.
        assert!(
            crate::common::audit_actions(&t.db)
                .await
                .contains(&"request.acknowledgement".to_owned()),
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_resident_answers_on_suivi_and_the_clock_starts_again() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = town_hall(&t.db).await;
        let agent = identity(&t.db, "Élise Bernard").await;
        let now = Utc::now();
        let reference = requests::log_contact(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &follow_up("letter", town.civil_status, "Changement de prénom"),
            now,
        )
        .await
        .unwrap()
        .unwrap();
        requests::act(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &action(
                &reference,
                "attente",
                "Merci de joindre votre acte de naissance.",
            ),
            app::i18n::Locale::Fr,
            now,
        )
        .await
        .unwrap();
        let code = by_reference(&t.db, &reference).await.check_code;
        let router = app(&t);
        let url = app::requests::AnswerRequest::PATH;
        // A wrong code opens nothing: back to the page, nothing written, the try counted.
        let (status, headers, _) = send(
            &router,
            post_as(
                url,
                &[
                    ("reference", reference.as_str()),
                    ("code", "ZZZZZZZZ"),
                    ("texte", "Voici l'acte."),
                ],
                "",
            ),
        )
        .await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        assert!(!location(&headers).contains("repondu"), "{label}");
        let r = by_reference(&t.db, &reference).await;
        assert_eq!(
            (r.status, r.lookup_failures),
            (RequestStatus::WaitingResident, 1),
            "{label}"
        );
        // Nothing typed: said, nothing written.
        let (_, headers, _) = send(
            &router,
            post_as(
                url,
                &[
                    ("reference", reference.as_str()),
                    ("code", code.as_str()),
                    ("texte", "  "),
                ],
                "",
            ),
        )
        .await;
        assert!(
            location(&headers).ends_with("&erreur=requests-error-text"),
            "{label}: {}",
            location(&headers)
        );
        // The answer: in the history, in progress again, the clock running.
        let (_, headers, _) = send(
            &router,
            post_as(
                url,
                &[
                    ("reference", reference.as_str()),
                    ("code", code.as_str()),
                    ("texte", "Voici l'acte, en pièce jointe au courrier."),
                ],
                "",
            ),
        )
        .await;
        assert!(
            location(&headers).ends_with("&repondu=1"),
            "{label}: {}",
            location(&headers)
        );
        let r = by_reference(&t.db, &reference).await;
        assert_eq!(r.status, RequestStatus::InProgress, "{label}");
        assert!(r.warn_at.is_some(), "{label}: the clock runs again");
        assert_eq!(r.lookup_failures, 0, "{label}");
        let answers = request_event::Entity::find()
            .filter(request_event::Column::RequestId.eq(r.id))
            .filter(request_event::Column::Kind.eq("resident"))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(answers.len(), 1, "{label}");
        assert_eq!(
            answers[0].body, "Voici l'acte, en pièce jointe au courrier.",
            "{label}"
        );
        // Once answered, the form is gone: a second answer is refused.
        let (_, headers, _) = send(
            &router,
            post_as(
                url,
                &[
                    ("reference", reference.as_str()),
                    ("code", code.as_str()),
                    ("texte", "Encore"),
                ],
                "",
            ),
        )
        .await;
        assert!(
            location(&headers).ends_with("&erreur=requests-error-not-now"),
            "{label}: {}",
            location(&headers)
        );
        t.drop_db().await;
    }
}
