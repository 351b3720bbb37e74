//! Flash satisfaction surveys on a SQLite file and PostgreSQL: while a campaign runs, a
//! finished desk visit with a phone gets one survey and one text, waiting for a sensible
//! hour, however often and on however many instances the job runs; nobody who said no and
//! nothing without a campaign; a reply by e-mail; the answer over the plain form (no
//! JavaScript) tied to the visit, the agent, the site and the channel; bad input refused
//! with nothing saved; the optional questions; the kiosk receipt's code and the kiosk's
//! smileys; campaigns opened and closed, with their refusals.

use crate::common::town::{QueueTown, queue_town};
use crate::common::web::{app, get_as, location, post_as, send, signed_in_cookies};
use crate::common::{PUBLIC_URL, public_url, site_device};
use app::staff::devices::DeviceKind;
use app::staff::identity::StaffIdentity;
use app::staff::roles::Role;
use app::store::entities::{
    contact, notification, request, survey_campaign, survey_opt_out, survey_response, ticket,
};
use app::surveys::model::CampaignForm;
use app::surveys::store::{self as surveys, SurveysError};
use app::surveys::timing;
use app::surveys::{AnswerQuestions, AnswerSurvey};
use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike, Utc, Weekday};
use chrono_tz::Europe::Paris;
use http::StatusCode;
use leptos::server_fn::ServerFn;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

async fn supervisor(db: &DatabaseConnection, name: &str) -> StaffIdentity {
    let agent_id = crate::common::agent(db, name, "supervisor", "1357").await;
    let (device, _) = crate::common::workstation(db, &format!("Poste {name}")).await;
    StaffIdentity {
        agent_id,
        agent_name: name.into(),
        role: Role::Supervisor,
        device_id: device.id,
        device_name: device.name,
    }
}

/// A campaign opened at `at`, running for ten days.
async fn campaign(db: &DatabaseConnection, at: DateTime<Utc>) -> i32 {
    let who = supervisor(db, &format!("Qualité {}", at.timestamp())).await;
    let form = CampaignForm {
        name: "Enquête annuelle".into(),
        closes_on: (at + Duration::days(10)).format("%Y-%m-%d").to_string(),
    };
    surveys::open_campaign(db, &who, &form, at).await.unwrap()
}

/// A desk visit that ended at `ended`: its ticket (done, with `phone`) and its contact.
async fn visit(
    db: &DatabaseConnection,
    town: &QueueTown,
    number: i32,
    phone: Option<&str>,
    language: &str,
    outcome: &str,
    ended: DateTime<Utc>,
) -> (ticket::Model, contact::Model) {
    let issued = ended - Duration::minutes(40);
    let t = ticket::ActiveModel {
        site_id: Set(town.site_id),
        service_id: Set(1),
        motif_id: Set(Some(town.front_motif)),
        day: Set(ended.with_timezone(&Paris).date_naive()),
        number: Set(number),
        code: Set(format!("A{number:03}")),
        public_token: Set(app::staff::tokens::new_token()[..32].to_owned()),
        language: Set(language.into()),
        priority: Set("none".into()),
        status: Set(ticket::TicketStatus::Done),
        phone: Set(phone.map(str::to_owned)),
        issued_at: Set(issued),
        arrival_at: Set(issued),
        called_at: Set(Some(ended - Duration::minutes(15))),
        started_at: Set(Some(ended - Duration::minutes(14))),
        ended_at: Set(Some(ended)),
        call_count: Set(1),
        desk_id: Set(Some(town.desks[0])),
        agent_id: Set(Some(town.counsellors[0])),
        target_agent_id: Set(None),
        transfer_note: Set(None),
        appointment_id: Set(None),
        outcome: Set(Some(outcome.into())),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let c = contact::ActiveModel {
        channel: Set("desk".into()),
        site_id: Set(Some(town.site_id)),
        service_id: Set(Some(1)),
        motif_id: Set(Some(town.front_motif)),
        agent_id: Set(Some(town.counsellors[0])),
        ticket_id: Set(Some(t.id)),
        appointment_id: Set(None),
        started_at: Set(ended - Duration::minutes(14)),
        ended_at: Set(Some(ended)),
        waited_seconds: Set(Some(1500)),
        outcome: Set(outcome.into()),
        transferred_to_service_id: Set(None),
        note: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    (t, c)
}

/// A request answered at `answered`, from a resident who left only an e-mail address.
async fn answered_request(
    db: &DatabaseConnection,
    town: &QueueTown,
    owner: i32,
    answered: DateTime<Utc>,
) -> request::Model {
    request::ActiveModel {
        reference: Set(format!("D-{}", answered.timestamp())),
        check_code: Set("ABCD".into()),
        channel: Set(request::Channel::Letter),
        kind: Set(request::RequestKind::Information),
        subject: Set("Question".into()),
        status: Set(request::RequestStatus::Answered),
        site_id: Set(Some(town.site_id)),
        service_id: Set(Some(1)),
        owner_agent_id: Set(Some(owner)),
        contact_id: Set(None),
        received_at: Set(answered - Duration::days(3)),
        due_at: Set(None),
        warn_at: Set(None),
        due_on: Set((answered + Duration::days(10)).date_naive()),
        contact_name: Set("Camille Martin".into()),
        phone: Set(None),
        email: Set(Some("camille@exemple.fr".into())),
        postal_address: Set(String::new()),
        language: Set("es".into()),
        description: Set("Une question".into()),
        created_at: Set(answered - Duration::days(3)),
        answered_at: Set(Some(answered)),
        closed_at: Set(None),
        lookup_failures: Set(0),
        lookup_blocked_until: Set(None),
        merged_into_id: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
}

async fn messages(db: &DatabaseConnection) -> Vec<notification::Model> {
    notification::Entity::find()
        .filter(notification::Column::Template.eq("survey"))
        .all(db)
        .await
        .unwrap()
}

async fn rows(db: &DatabaseConnection) -> Vec<survey_response::Model> {
    survey_response::Entity::find().all(db).await.unwrap()
}

/// The survey token in a message's link.
fn token_in(body: &str) -> String {
    let start = body.find("/avis/").expect("a survey link") + "/avis/".len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect()
}

async fn survey_of(db: DatabaseConnection, contact_id: i32) -> survey_response::Model {
    survey_response::Entity::find()
        .filter(survey_response::Column::ContactId.eq(contact_id))
        .one(&db)
        .await
        .unwrap()
        .unwrap()
}

fn strip(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn a_finished_visit_with_a_phone_gets_one_survey_at_a_sensible_hour() {
    for t in crate::common::both().await {
        let db = &t.db;
        let town = queue_town(db, 1).await;
        // Saturday 12 December 2026, 18:45 in Paris; the visit ended ten minutes ago.
        let now = Utc.with_ymd_and_hms(2026, 12, 12, 17, 45, 0).unwrap();
        let campaign_id = campaign(db, now - Duration::hours(3)).await;
        let (ticket, visit_) = visit(
            db,
            &town,
            1,
            Some("06 12 34 56 78"),
            "fr",
            "handled",
            now - Duration::minutes(10),
        )
        .await;
        // Not asked: a transfer (the visit goes on), a visit without a number, a visit
        // before the campaign opened.
        visit(
            db,
            &town,
            2,
            Some("+33611111111"),
            "fr",
            "transferred",
            now - Duration::hours(1),
        )
        .await;
        visit(
            db,
            &town,
            3,
            None,
            "fr",
            "handled",
            now - Duration::hours(1),
        )
        .await;
        visit(
            db,
            &town,
            4,
            Some("+33622222222"),
            "fr",
            "handled",
            now - Duration::hours(4),
        )
        .await;

        let url = public_url();
        assert_eq!(
            surveys::queue_due(db, &url, now).await.unwrap(),
            1,
            "{}",
            t.label()
        );
        let sent = messages(db).await;
        assert_eq!(sent.len(), 1, "{}", t.label());
        let sms = &sent[0];
        assert_eq!(sms.channel, "sms");
        assert_eq!(sms.recipient, "+33612345678");
        assert_eq!(sms.idempotency_key, format!("survey:contact:{}", visit_.id));
        assert!(
            sms.body.contains(&format!("{PUBLIC_URL}/avis/")),
            "{}",
            sms.body
        );
        assert!(sms.body.chars().count() <= 160, "{}", sms.body);
        // Not before 30 minutes after the visit, and at a sensible hour: not on Saturday
        // evening nor on Sunday, Monday at 09:30.
        let at = sms.next_attempt_at;
        assert_eq!(
            at,
            Utc.with_ymd_and_hms(2026, 12, 14, 8, 30, 0).unwrap(),
            "{}",
            t.label()
        );
        assert_eq!(at, timing::send_at(visit_.ended_at.unwrap()));
        let local = at.with_timezone(&Paris);
        assert_eq!(
            (local.weekday(), local.hour(), local.minute()),
            (Weekday::Mon, 9, 30)
        );
        // The administrators' journal says when it will go; once that hour is past, no more.
        let journal = app::notifications::store::journal(db, now).await.unwrap();
        assert_eq!(journal[0].planned.as_deref(), Some("2026-12-14 09:30"));
        let later = app::notifications::store::journal(db, at).await.unwrap();
        assert_eq!(later[0].planned, None, "{}", t.label());

        // The row is tied to the visit, and only a digest of its token is kept.
        let all = rows(db).await;
        assert_eq!(all.len(), 1);
        let row = &all[0];
        let token = token_in(&sms.body);
        assert_eq!(row.token_hash, app::staff::tokens::digest(&token));
        assert_ne!(row.token_hash, token);
        assert_eq!(row.contact_id, Some(visit_.id));
        assert_eq!(row.ticket_id, Some(ticket.id));
        assert_eq!(row.agent_id, Some(town.counsellors[0]));
        assert_eq!(row.site_id, Some(town.site_id));
        assert_eq!(row.channel, "desk");
        assert_eq!(row.source, "sms");
        assert_eq!(row.campaign_id, Some(campaign_id));
        assert_eq!((row.score, row.answered_at), (None, None));

        // Again, and on two instances at once: still one each.
        assert_eq!(surveys::queue_due(db, &url, now).await.unwrap(), 0);
        let (_, other) = visit(
            db,
            &town,
            5,
            Some("+33633333333"),
            "ar",
            "handled",
            now - Duration::minutes(10),
        )
        .await;
        let (a, b) = tokio::join!(
            surveys::queue_due(db, &url, now),
            surveys::queue_due(db, &url, now)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 1, "{}", t.label());
        assert_eq!(rows(db).await.len(), 2);
        let sent = messages(db).await;
        assert_eq!(sent.len(), 2);
        let arabic = sent
            .iter()
            .find(|m| m.idempotency_key == format!("survey:contact:{}", other.id))
            .unwrap();
        assert_eq!(arabic.language, "ar");

        // A reply to a request, to a resident with only an e-mail: asked by e-mail, in
        // their language, about the reply and its owner.
        let r = answered_request(db, &town, town.expert, now - Duration::hours(2)).await;
        assert_eq!(surveys::queue_due(db, &url, now).await.unwrap(), 1);
        let mail = messages(db)
            .await
            .into_iter()
            .find(|m| m.idempotency_key == format!("survey:request:{}", r.id))
            .expect("the reply's survey");
        assert_eq!(
            (mail.channel.as_str(), mail.recipient.as_str()),
            ("email", "camille@exemple.fr")
        );
        assert_eq!(mail.language, "es");
        assert!(mail.subject.is_some());
        assert!(mail.body.contains(&format!("{PUBLIC_URL}/avis/")));
        let row = survey_response::Entity::find()
            .filter(survey_response::Column::RequestId.eq(r.id))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (row.source.as_str(), row.channel.as_str()),
            ("email", "letter")
        );
        assert_eq!(row.agent_id, Some(town.expert));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn nobody_is_asked_without_a_campaign_nor_after_saying_no() {
    for t in crate::common::both().await {
        let db = &t.db;
        let town = queue_town(db, 1).await;
        let now = Utc::now();
        let url = public_url();
        visit(
            db,
            &town,
            1,
            Some("+33612345678"),
            "fr",
            "handled",
            now - Duration::hours(1),
        )
        .await;
        // No campaign: nothing.
        assert_eq!(surveys::queue_due(db, &url, now).await.unwrap(), 0);
        assert!(messages(db).await.is_empty());

        // A number that said no, however it was typed then: nothing either.
        campaign(db, now - Duration::hours(3)).await;
        survey_opt_out::ActiveModel {
            recipient_hash: Set(surveys::recipient_digest("06 12 34 56 78")),
            created_at: Set(now - Duration::days(200)),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        assert_eq!(
            surveys::queue_due(db, &url, now).await.unwrap(),
            0,
            "{}",
            t.label()
        );
        assert!(messages(db).await.is_empty());
        assert!(rows(db).await.is_empty());

        // A closed campaign asks nobody.
        visit(
            db,
            &town,
            2,
            Some("+33698765432"),
            "fr",
            "handled",
            now - Duration::hours(1),
        )
        .await;
        let who = supervisor(db, "Clôture").await;
        surveys::close_campaign(db, &who, now - Duration::minutes(1))
            .await
            .unwrap();
        assert_eq!(surveys::queue_due(db, &url, now).await.unwrap(), 0);
        assert!(messages(db).await.is_empty());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_resident_answers_with_the_plain_form_and_can_say_never_again() {
    for t in crate::common::both().await {
        let db = &t.db;
        let town = queue_town(db, 1).await;
        let now = Utc::now();
        campaign(db, now - Duration::hours(3)).await;
        let (_, visit_) = visit(
            db,
            &town,
            1,
            Some("+33612345678"),
            "fr",
            "handled",
            now - Duration::hours(1),
        )
        .await;
        visit(
            db,
            &town,
            2,
            Some("+33698765432"),
            "ar",
            "handled",
            now - Duration::hours(1),
        )
        .await;
        surveys::queue_due(db, &public_url(), now).await.unwrap();
        let sent = messages(db).await;
        let token_of =
            |phone: &str| token_in(&sent.iter().find(|m| m.recipient == phone).unwrap().body);
        let (token, arabic) = (token_of("+33612345678"), token_of("+33698765432"));
        let app = app(&t);

        // The page, in French: three buttons named in words.
        let (status, _, html) = send(&app, get_as(&format!("/avis/{token}"), "")).await;
        assert_eq!(status, StatusCode::OK, "{}", t.label());
        let html = strip(&html);
        for name in ["Pas satisfait", "Moyennement", "Satisfait"] {
            assert!(html.contains(name), "{name}");
        }
        assert!(html.contains(&format!("action=\"{}\"", AnswerSurvey::PATH)));
        // The Arabic survey opens in Arabic, right to left, unless asked otherwise.
        let browser = crate::common::web::get(&format!("/avis/{arabic}"))
            .header(http::header::ACCEPT, "text/html")
            .body(axum::body::Body::empty())
            .unwrap();
        let (status, headers, _) = send(&app, browser).await;
        assert!(status.is_redirection(), "{status}");
        assert_eq!(location(&headers), format!("/avis/{arabic}?lang=ar"));
        let (_, _, html) = send(&app, get_as(&format!("/avis/{arabic}?lang=ar"), "")).await;
        assert!(html.contains("dir=\"rtl\""));
        let (status, _, html) = send(&app, get_as(&format!("/avis/{arabic}?lang=en"), "")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(strip(&html).contains("Not satisfied"));

        // A bad score is refused and nothing is saved.
        let answer = |note: &'static str| {
            post_as(
                AnswerSurvey::PATH,
                &[("jeton", token.as_str()), ("note", note), ("lang", "fr")],
                "",
            )
        };
        let (status, headers, _) = send(&app, answer("7")).await;
        assert!(status.is_redirection());
        assert_eq!(
            location(&headers),
            format!("/avis/{token}?lang=fr&erreur=surveys-error-score")
        );
        let (_, _, html) = send(&app, get_as(&location(&headers), "")).await;
        assert!(strip(&html).contains("Touchez l'un des trois visages"));
        let row = |db: &DatabaseConnection| survey_of(db.clone(), visit_.id);
        assert_eq!(
            (row(db).await.score, row(db).await.answered_at),
            (None, None)
        );

        // One tap: the score counts at once, tied to the visit, its agent, site and channel.
        let (status, headers, _) = send(&app, answer("3")).await;
        assert!(status.is_redirection(), "{status}");
        assert_eq!(
            location(&headers),
            format!("/avis/{token}?lang=fr&etape=questions")
        );
        let saved = row(db).await;
        assert_eq!(saved.score, Some(3));
        assert!(saved.answered_at.is_some());
        assert_eq!(saved.agent_id, Some(town.counsellors[0]));
        assert_eq!(
            (saved.site_id, saved.channel.as_str()),
            (Some(town.site_id), "desk")
        );
        let (_, _, html) = send(&app, get_as(&location(&headers), "")).await;
        let html = strip(&html);
        assert!(html.contains("La réponse était-elle claire ?"));
        assert!(html.contains("Avant de venir, avez-vous essayé"));

        // The optional questions: a comment too long is refused, nothing saved.
        let long = "x".repeat(1_001);
        let questions = |comment: &str| {
            post_as(
                AnswerQuestions::PATH,
                &[
                    ("jeton", token.as_str()),
                    ("clarte", "2"),
                    ("essaye-site", "on"),
                    ("essaye-telephone", "on"),
                    ("commentaire", comment),
                    ("lang", "fr"),
                ],
                "",
            )
        };
        let (_, headers, _) = send(&app, questions(&long)).await;
        assert!(location(&headers).ends_with("&etape=questions&erreur=surveys-error-comment-long"));
        assert_eq!(row(db).await.clarity, None);
        let (_, headers, _) = send(&app, questions("Accueil très aimable")).await;
        assert_eq!(
            location(&headers),
            format!("/avis/{token}?lang=fr&etape=merci")
        );
        let saved = row(db).await;
        assert_eq!(saved.clarity, Some(2));
        assert_eq!(saved.channels_tried.as_deref(), Some("web,phone"));
        assert_eq!(saved.comment.as_deref(), Some("Accueil très aimable"));
        assert_eq!(saved.score, Some(3));

        // More than 24 hours later, the first answer stays, and the page says so.
        survey_response::ActiveModel {
            id: Set(saved.id),
            answered_at: Set(Some(now - Duration::hours(25))),
            ..Default::default()
        }
        .update(db)
        .await
        .unwrap();
        let (_, headers, _) = send(&app, answer("1")).await;
        assert_eq!(
            location(&headers),
            format!("/avis/{token}?lang=fr&etape=merci&garde=1")
        );
        assert_eq!(row(db).await.score, Some(3));
        let (_, _, html) = send(&app, get_as(&location(&headers), "")).await;
        assert!(strip(&html).contains("plus de 24 heures"));

        // Never again: the number goes on the list (as a digest), and no new visit of
        // theirs is surveyed.
        let (_, headers, _) = send(
            &app,
            post_as(
                app::surveys::OptOut::PATH,
                &[("jeton", token.as_str()), ("lang", "fr")],
                "",
            ),
        )
        .await;
        assert_eq!(
            location(&headers),
            format!("/avis/{token}?lang=fr&etape=desinscrit")
        );
        let listed = survey_opt_out::Entity::find().all(db).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(
            listed[0].recipient_hash,
            surveys::recipient_digest("+33612345678")
        );
        visit(
            db,
            &town,
            3,
            Some("+33612345678"),
            "fr",
            "handled",
            now - Duration::minutes(5),
        )
        .await;
        assert_eq!(surveys::queue_due(db, &public_url(), now).await.unwrap(), 0);

        // An unknown link: a clear page, not found.
        let (status, _, html) = send(&app, get_as("/avis/0123456789abcdef", "")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(strip(&html).contains("Ce lien ne mène à aucune enquête"));
        let (status, _, _) = send(
            &app,
            post_as(AnswerSurvey::PATH, &[("jeton", "nope"), ("note", "3")], ""),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_receipt_code_of_a_finished_visit_leads_to_its_survey() {
    for t in crate::common::both().await {
        let db = &t.db;
        let town = queue_town(db, 1).await;
        let now = Utc::now();
        let app = app(&t);
        let (ticket, visit_) = visit(
            db,
            &town,
            1,
            None,
            "fr",
            "handled",
            now - Duration::minutes(20),
        )
        .await;
        let path = format!("/avis/{}", ticket.public_token);
        // No campaign: the code leads nowhere.
        let (status, _, _) = send(&app, get_as(&path, "")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{}", t.label());
        campaign(db, now - Duration::hours(3)).await;
        let (status, _, html) = send(&app, get_as(&path, "")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(strip(&html).contains("Comment s'est passée votre visite ?"));
        // The ticket page links to it once the visit is done.
        let (_, _, html) = send(
            &app,
            get_as(&format!("/ticket/{}", ticket.public_token), ""),
        )
        .await;
        assert!(
            html.contains(&format!("href=\"{path}\"")),
            "{}: {html}",
            t.label()
        );
        assert!(strip(&html).contains("Donner mon avis"));

        let tap = post_as(
            AnswerSurvey::PATH,
            &[
                ("jeton", ticket.public_token.as_str()),
                ("note", "2"),
                ("lang", "fr"),
            ],
            "",
        );
        let (status, _, _) = send(&app, tap).await;
        assert!(status.is_redirection());
        let all = rows(db).await;
        assert_eq!(all.len(), 1);
        let row = &all[0];
        assert_eq!((row.source.as_str(), row.score), ("qr", Some(2)));
        assert_eq!(row.contact_id, Some(visit_.id));
        assert_eq!(row.ticket_id, Some(ticket.id));
        assert_eq!(
            row.token_hash,
            app::staff::tokens::digest(&ticket.public_token)
        );
        // Once: a second tap changes the same survey.
        let tap = post_as(
            AnswerSurvey::PATH,
            &[
                ("jeton", ticket.public_token.as_str()),
                ("note", "3"),
                ("lang", "fr"),
            ],
            "",
        );
        send(&app, tap).await;
        let all = rows(db).await;
        assert_eq!((all.len(), all[0].score), (1, Some(3)));
        // The job does not ask this visit again.
        assert_eq!(surveys::queue_due(db, &public_url(), now).await.unwrap(), 0);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_kiosk_records_a_smiley_for_its_site() {
    for t in crate::common::both().await {
        let db = &t.db;
        let town = queue_town(db, 1).await;
        let app = app(&t);
        let (_, kiosk) = site_device(db, DeviceKind::Kiosk, "mairie", "Entrée").await;
        let tap = |note: &'static str, cookie: &str| {
            post_as(
                "/api/public/avis-borne",
                &[("lieu", "mairie"), ("note", note), ("lang", "fr")],
                cookie,
            )
        };
        // No campaign: no smileys, and a tap says it was not recorded.
        let (_, _, html) = send(&app, get_as("/borne/mairie", &kiosk)).await;
        assert!(!html.contains("/api/public/avis-borne"));
        let (_, headers, _) = send(&app, tap("3", &kiosk)).await;
        assert_eq!(
            location(&headers),
            "/borne/mairie?lang=fr&erreur=queue-error-survey"
        );
        assert!(rows(db).await.is_empty());

        campaign(db, Utc::now() - Duration::hours(1)).await;
        let (_, _, html) = send(&app, get_as("/borne/mairie", &kiosk)).await;
        assert!(
            html.contains("action=\"/api/public/avis-borne\""),
            "{}",
            t.label()
        );
        assert!(strip(&html).contains("Votre visite s'est bien passée ?"));
        let (status, headers, _) = send(&app, tap("3", &kiosk)).await;
        assert!(status.is_redirection(), "{status}");
        assert_eq!(location(&headers), "/borne/mairie?lang=fr&avis=merci");
        let (_, _, html) = send(&app, get_as(&location(&headers), &kiosk)).await;
        assert!(strip(&html).contains("Merci pour votre avis"));
        let all = rows(db).await;
        assert_eq!(all.len(), 1);
        let row = &all[0];
        assert_eq!(
            (row.source.as_str(), row.channel.as_str()),
            ("kiosk", "desk")
        );
        assert_eq!((row.site_id, row.score), (Some(town.site_id), Some(3)));
        assert!(row.answered_at.is_some());

        // A bad score, or a browser that is not the kiosk: nothing saved.
        let (_, headers, _) = send(&app, tap("9", &kiosk)).await;
        assert!(location(&headers).ends_with("erreur=queue-error-survey"));
        let (status, _, _) = send(&app, tap("3", "")).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(rows(db).await.len(), 1);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn campaigns_open_and_close_with_their_refusals() {
    for t in crate::common::both().await {
        let db = &t.db;
        let now = Utc::now();
        let who = supervisor(db, "Claire Qualité").await;
        let today = now.with_timezone(&Paris).date_naive();
        let form = |name: &str, days: i64| CampaignForm {
            name: name.into(),
            closes_on: (today + Duration::days(days))
                .format("%Y-%m-%d")
                .to_string(),
        };
        let refused = |r: Result<i32, SurveysError>| match r {
            Err(SurveysError::Invalid(id)) => id,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            refused(surveys::open_campaign(db, &who, &form("  ", 5), now).await),
            "surveys-error-name"
        );
        assert_eq!(
            refused(surveys::open_campaign(db, &who, &form("Printemps", -1), now).await),
            "surveys-error-date-past"
        );
        let bad_date = CampaignForm {
            name: "Printemps".into(),
            closes_on: "demain".into(),
        };
        assert_eq!(
            refused(surveys::open_campaign(db, &who, &bad_date, now).await),
            "surveys-error-date"
        );
        assert!(
            survey_campaign::Entity::find()
                .all(db)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(!surveys::is_open(db, now).await.unwrap());

        // Today as last day is fine; a second one is refused while it runs.
        surveys::open_campaign(db, &who, &form("Printemps", 0), now)
            .await
            .unwrap();
        assert!(surveys::is_open(db, now).await.unwrap());
        assert_eq!(
            refused(surveys::open_campaign(db, &who, &form("Été", 30), now).await),
            "surveys-error-already-open"
        );
        surveys::close_campaign(db, &who, now).await.unwrap();
        assert!(!surveys::is_open(db, now).await.unwrap());
        assert_eq!(
            refused(surveys::close_campaign(db, &who, now).await),
            "surveys-error-none-open"
        );
        let actions = crate::common::audit_actions(db).await;
        assert!(actions.contains(&"surveys.campaign_open".to_string()));
        assert!(actions.contains(&"surveys.campaign_close".to_string()));

        // Over HTTP, for a supervisor: the page, a refusal in words, an opening.
        let app = app(&t);
        let boss = crate::common::agent(db, "Sam Superviseur", "supervisor", "2468").await;
        let cookies = signed_in_cookies(&app, &t, boss, "2468").await;
        let (status, _, html) = send(&app, get_as("/agent/pilotage/enquetes", &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{}", t.label());
        assert!(html.contains("Printemps"));
        let past = (today - Duration::days(2)).format("%Y-%m-%d").to_string();
        let post = |name: &str, day: &str| {
            post_as(
                app::surveys::OpenCampaign::PATH,
                &[("nom", name), ("fin", day)],
                &cookies,
            )
        };
        let (_, headers, _) = send(&app, post("Automne", &past)).await;
        assert_eq!(
            location(&headers),
            "/agent/pilotage/enquetes?erreur=surveys-error-date-past"
        );
        let (_, _, html) = send(&app, get_as(&location(&headers), &cookies)).await;
        assert!(strip(&html).contains("Le dernier jour ne peut pas être déjà passé."));
        let next = (today + Duration::days(7)).format("%Y-%m-%d").to_string();
        let (_, headers, _) = send(&app, post("Automne", &next)).await;
        assert_eq!(location(&headers), "/agent/pilotage/enquetes?ouverte=1");
        assert!(surveys::is_open(db, now).await.unwrap());
        let (_, headers, _) = send(
            &app,
            post_as(app::surveys::CloseCampaign::PATH, &[], &cookies),
        )
        .await;
        assert_eq!(location(&headers), "/agent/pilotage/enquetes?fermee=1");
        assert!(!surveys::is_open(db, now).await.unwrap());

        // A counsellor may not.
        let counsellor = crate::common::agent(db, "Camille Conseil", "counsellor", "1357").await;
        let theirs = signed_in_cookies(&app, &t, counsellor, "1357").await;
        let (status, _, _) = send(
            &app,
            post_as(
                app::surveys::OpenCampaign::PATH,
                &[("nom", "X"), ("fin", next.as_str())],
                &theirs,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(survey_campaign::Entity::find().count(db).await.unwrap(), 2);
        t.drop_db().await;
    }
}
