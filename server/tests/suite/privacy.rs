//! Personal data on a SQLite file and PostgreSQL: the retention job anonymises what is
//! past its period (and only that, once, audited), and an administrator gives a person a
//! copy of their data or erases it on their request, while a counsellor cannot.

use crate::common::town::queue_town;
use crate::common::web::{app, get_as, location, post_as, send, signed_in_cookies};
use app::queue::order::Priority;
use app::queue::store::{NewTicket, Origin};
use app::requests::model::ContactForm;
use app::retention::store::{ACTION, run};
use app::retention::{Kind, Periods};
use app::statuses::AppointmentStatus;
use app::store::entities::{
    appointment, audit_event, notification, request, request_event, request_file, resident_link,
    survey_response, ticket, waitlist_entry,
};
use chrono::{DateTime, Duration, Months, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};

const AMINA_PHONE: &str = "+33639980042";
const AMINA_MAIL: &str = "amina.benali@example.org";

#[allow(clippy::too_many_arguments)]
async fn appointment_of(
    db: &DatabaseConnection,
    town: &crate::common::town::QueueTown,
    reference: &str,
    name: &str,
    phone: Option<&str>,
    email: Option<&str>,
    starts_at: DateTime<Utc>,
    status: AppointmentStatus,
) -> appointment::Model {
    appointment::ActiveModel {
        reference: Set(reference.into()),
        token_hash: Set(format!("hash-{reference}")),
        motif_id: Set(town.front_motif),
        site_id: Set(town.site_id),
        agent_id: Set(Some(town.counsellors[0])),
        starts_at: Set(starts_at),
        ends_at: Set(starts_at + Duration::minutes(15)),
        contact_name: Set(name.into()),
        phone: Set(phone.map(str::to_owned)),
        email: Set(email.map(str::to_owned)),
        language: Set("ar".into()),
        accessibility_need: Set(Some("Fauteuil roulant".into())),
        note: Set(Some("Vient avec sa fille".into())),
        status: Set(status),
        created_at: Set(starts_at - Duration::days(10)),
        updated_at: Set(starts_at),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
}

async fn message_to(
    db: &DatabaseConnection,
    recipient: &str,
    status: &str,
    at: DateTime<Utc>,
) -> notification::Model {
    notification::ActiveModel {
        channel: Set(if recipient.contains('@') {
            "email"
        } else {
            "sms"
        }
        .into()),
        recipient: Set(recipient.into()),
        language: Set("fr".into()),
        template: Set("confirmed".into()),
        subject: Set(Some("Votre rendez-vous".into())),
        body: Set(format!("Bonjour, votre rendez-vous ({recipient})")),
        status: Set(status.into()),
        attempts: Set(0),
        next_attempt_at: Set(at),
        idempotency_key: Set(format!("{recipient}-{status}-{}", at.timestamp())),
        created_at: Set(at),
        sent_at: Set((status == "sent").then_some(at)),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
}

async fn ticket_with_phone(
    db: &DatabaseConnection,
    town: &crate::common::town::QueueTown,
    phone: &str,
    at: DateTime<Utc>,
) -> ticket::Model {
    let new = NewTicket {
        site_id: town.site_id,
        motif_id: town.front_motif,
        language: "fr".into(),
        priority: Priority::None,
        phone: Some(phone.into()),
        origin: Origin::Kiosk,
    };
    app::queue::store::issue(db, &new, at).await.unwrap()
}

async fn audit_row(db: &DatabaseConnection, action: &str, detail: &str, at: DateTime<Utc>) {
    audit_event::ActiveModel {
        at: Set(at),
        action: Set(action.into()),
        detail: Set(Some(detail.into())),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
}

#[tokio::test]
async fn personal_data_past_its_period_is_anonymised_once_and_the_pass_is_audited() {
    for t in crate::common::both().await {
        let label = t.label();
        let db = &t.db;
        let town = queue_town(db, 1).await;
        let now = Utc::now();
        let long_ago = now - Months::new(25);
        let lately = now - Months::new(2);
        let old = appointment_of(
            db,
            &town,
            "R-OLD1",
            "Amina Benali",
            Some(AMINA_PHONE),
            Some(AMINA_MAIL),
            long_ago,
            AppointmentStatus::Done,
        )
        .await;
        let recent = appointment_of(
            db,
            &town,
            "R-NEW1",
            "Amina Benali",
            Some(AMINA_PHONE),
            None,
            lately,
            AppointmentStatus::Done,
        )
        .await;
        let old_ticket = ticket_with_phone(db, &town, AMINA_PHONE, long_ago).await;
        let new_ticket = ticket_with_phone(db, &town, "+33639980043", lately).await;
        // Two requests received long ago: one closed long ago, one still open.
        let identity = app::staff::identity::StaffIdentity {
            agent_id: town.counsellors[0],
            agent_name: "Conseiller 0".into(),
            role: app::staff::roles::Role::Counsellor,
            device_id: crate::common::workstation(db, "Accueil").await.0.id,
            device_name: "Accueil".into(),
        };
        let mut requests = Vec::new();
        for subject in ["Acte de naissance de Mme Benali", "Carte d'identité"] {
            let form = ContactForm {
                channel: "phone".into(),
                outcome: ContactForm::FOLLOW_UP.into(),
                kind: "certificate".into(),
                subject: subject.into(),
                name: "Amina Benali".into(),
                phone: "06 39 98 00 42".into(),
                ..Default::default()
            };
            let reference = app::requests::store::log_contact(
                db,
                &identity,
                &crate::common::public_url(),
                &form,
                long_ago,
            )
            .await
            .unwrap()
            .unwrap();
            requests.push(
                request::Entity::find()
                    .filter(request::Column::Reference.eq(reference))
                    .one(db)
                    .await
                    .unwrap()
                    .unwrap(),
            );
        }
        let mut closed = requests[0].clone().into_active_model();
        closed.status = Set(app::statuses::RequestStatus::Closed);
        closed.closed_at = Set(Some(long_ago + Duration::days(3)));
        closed.description = Set("Née le 3 mars 1988 à Oran".into());
        let closed = closed.update(db).await.unwrap();
        request_file::ActiveModel {
            request_id: Set(closed.id),
            file_name: Set("passeport.pdf".into()),
            content_type: Set("application/pdf".into()),
            size: Set(4),
            content: Set(b"%PDF".to_vec()),
            created_at: Set(long_ago),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        let old_message = message_to(db, AMINA_PHONE, "sent", long_ago).await;
        let new_message = message_to(db, AMINA_PHONE, "sent", lately).await;
        survey_response::ActiveModel {
            token_hash: Set("survey-old".into()),
            channel: Set("sms".into()),
            language: Set("fr".into()),
            score: Set(Some(4)),
            comment: Set(Some("Merci à Mme Martin, très patiente".into())),
            created_at: Set(long_ago),
            source: Set("visit".into()),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        audit_row(db, "residents.search", "R-OLD1 amina", long_ago).await;
        audit_row(db, "residents.search", "R-NEW1", lately).await;
        resident_link::ActiveModel {
            key_a: Set(format!("e:{AMINA_MAIL}")),
            key_b: Set(format!("p:{AMINA_PHONE}")),
            agent_id: Set(town.counsellors[0]),
            created_at: Set(long_ago),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();

        let done = run(db, &Periods::default(), now).await.unwrap();
        assert_eq!(done.of(Kind::Appointments), 1, "{label}");
        assert_eq!(done.of(Kind::Tickets), 1, "{label}");
        assert_eq!(done.of(Kind::Requests), 1, "{label}: the open one stays");
        assert_eq!(done.of(Kind::Messages), 1, "{label}");
        assert_eq!(done.of(Kind::Surveys), 1, "{label}");
        assert_eq!(done.of(Kind::Links), 1, "{label}");
        assert!(done.of(Kind::Audit) >= 1, "{label}");

        let a = appointment::Entity::find_by_id(old.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (
                a.contact_name.as_str(),
                a.phone.as_deref(),
                a.email.as_deref(),
                a.note.as_deref(),
                a.accessibility_need.as_deref()
            ),
            ("", None, None, None, None),
            "{label}"
        );
        // What the indicators count is kept.
        assert_eq!(
            (a.status, a.starts_at, a.motif_id, a.language.as_str()),
            (AppointmentStatus::Done, old.starts_at, old.motif_id, "ar"),
            "{label}"
        );
        let r = appointment::Entity::find_by_id(recent.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(r.contact_name, "Amina Benali", "{label}: recent kept");
        let phone_of = |id| async move {
            ticket::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap()
                .phone
        };
        assert_eq!(phone_of(old_ticket.id).await, None, "{label}");
        assert_eq!(
            phone_of(new_ticket.id).await.as_deref(),
            Some("+33639980043"),
            "{label}"
        );
        let c = request::Entity::find_by_id(closed.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (
                c.contact_name.as_str(),
                c.subject.as_str(),
                c.description.as_str(),
                c.phone.as_deref()
            ),
            ("", "", "", None),
            "{label}"
        );
        assert_eq!(c.status, app::statuses::RequestStatus::Closed, "{label}");
        let open = request::Entity::find_by_id(requests[1].id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            open.contact_name, "Amina Benali",
            "{label}: still to answer"
        );
        assert!(
            request_file::Entity::find()
                .filter(request_file::Column::RequestId.eq(closed.id))
                .all(db)
                .await
                .unwrap()
                .is_empty(),
            "{label}: the files sent are deleted"
        );
        assert!(
            request_event::Entity::find()
                .filter(request_event::Column::RequestId.eq(closed.id))
                .all(db)
                .await
                .unwrap()
                .iter()
                .all(|e| e.body.is_empty()),
            "{label}"
        );
        let m = notification::Entity::find_by_id(old_message.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (m.recipient.as_str(), m.body.as_str(), m.status.as_str()),
            ("", "", "sent"),
            "{label}"
        );
        let m = notification::Entity::find_by_id(new_message.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(m.recipient, AMINA_PHONE, "{label}");
        let survey = survey_response::Entity::find()
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((survey.comment, survey.score), (None, Some(4)), "{label}");
        assert!(
            resident_link::Entity::find()
                .all(db)
                .await
                .unwrap()
                .is_empty(),
            "{label}"
        );
        let searches = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("residents.search"))
            .order_by_asc(audit_event::Column::Id)
            .all(db)
            .await
            .unwrap();
        let details: Vec<Option<&str>> = searches.iter().map(|e| e.detail.as_deref()).collect();
        assert_eq!(details, vec![None, Some("R-NEW1")], "{label}");

        // The pass is audited once, with its counts and the periods in force, by nobody.
        let passes = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq(ACTION))
            .all(db)
            .await
            .unwrap();
        assert_eq!(passes.len(), 1, "{label}");
        let detail = passes[0].detail.clone().unwrap();
        assert!(
            detail.contains("appointments=1") && detail.contains("tickets=1"),
            "{label}: {detail}"
        );
        assert!(
            detail.contains("months: appointments=24"),
            "{label}: {detail}"
        );
        assert_eq!(passes[0].agent_id, None, "{label}");

        // Again: nothing left to do, nothing audited.
        let again = run(db, &Periods::default(), now).await.unwrap();
        assert_eq!(again.total(), 0, "{label}: {again:?}");
        let passes = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq(ACTION))
            .all(db)
            .await
            .unwrap();
        assert_eq!(passes.len(), 1, "{label}");

        // A town keeping messages one month only: the recent message goes, nothing else.
        let short = Periods::default().with(Kind::Messages, 1);
        let done = run(db, &short, now).await.unwrap();
        assert_eq!(
            (done.of(Kind::Messages), done.total()),
            (1, 1),
            "{label}: {done:?}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_administrator_gives_a_person_their_data_then_erases_it_on_request() {
    for t in crate::common::both().await {
        let label = t.label();
        let db = &t.db;
        let town = queue_town(db, 1).await;
        let admin = crate::common::agent(db, "Julien Moreau", "admin", "9052").await;
        let now = Utc::now();
        let upcoming = appointment_of(
            db,
            &town,
            "R-AMI1",
            "Amina Benali",
            Some(AMINA_PHONE),
            Some(AMINA_MAIL),
            now + Duration::days(3),
            AppointmentStatus::Booked,
        )
        .await;
        let past = appointment_of(
            db,
            &town,
            "R-AMI0",
            "Amina Benali",
            None,
            Some(AMINA_MAIL),
            now - Duration::days(30),
            AppointmentStatus::Done,
        )
        .await;
        let lucas = appointment_of(
            db,
            &town,
            "R-LUC1",
            "Lucas Bernard",
            Some("+33639980077"),
            None,
            now + Duration::days(3),
            AppointmentStatus::Booked,
        )
        .await;
        let identity = app::staff::identity::StaffIdentity {
            agent_id: town.counsellors[0],
            agent_name: "Conseiller 0".into(),
            role: app::staff::roles::Role::Counsellor,
            device_id: crate::common::workstation(db, "Accueil").await.0.id,
            device_name: "Accueil".into(),
        };
        let reference = app::requests::store::log_contact(
            db,
            &identity,
            &crate::common::public_url(),
            &ContactForm {
                channel: "phone".into(),
                outcome: ContactForm::FOLLOW_UP.into(),
                kind: "certificate".into(),
                subject: "Copie d'acte de naissance".into(),
                name: "Amina Benali".into(),
                phone: "06 39 98 00 42".into(),
                ..Default::default()
            },
            now,
        )
        .await
        .unwrap()
        .unwrap();
        let pending = message_to(db, AMINA_PHONE, "pending", now).await;
        let sent = message_to(db, AMINA_MAIL, "sent", now).await;
        let other = message_to(db, "+33639980077", "pending", now).await;
        let waiting = waitlist_entry::ActiveModel {
            motif_id: Set(town.front_motif),
            site_id: Set(town.site_id),
            from_date: Set(now.date_naive()),
            to_date: Set(now.date_naive() + Duration::days(20)),
            contact_name: Set("Amina Benali".into()),
            phone: Set(Some(AMINA_PHONE.into())),
            language: Set("ar".into()),
            status: Set("waiting".into()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        let at_desk = ticket_with_phone(db, &town, AMINA_PHONE, now).await;
        audit_row(
            db,
            "residents.merge",
            &format!("e:{AMINA_MAIL} = p:{AMINA_PHONE}"),
            now,
        )
        .await;

        let router = app(&t);
        let counsellor = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;
        let cookies = signed_in_cookies(&router, &t, admin, "9052").await;
        let q = "06 39 98 00 42";
        let key = format!("e:{AMINA_MAIL}");
        let export = app::residents::model::export_href(q, &key);

        // A counsellor sees no rights section and may not take the file.
        let (status, _, page) = send(
            &router,
            get_as("/agent/usagers?q=06+39+98+00+42", &counsellor),
        )
        .await;
        assert_eq!(status, 200, "{label}");
        assert!(page.contains("Amina Benali"), "{label}");
        assert!(!page.contains("export.json"), "{label}");
        let (status, _, _) = send(&router, get_as(&export, &counsellor)).await;
        assert_eq!(status, 403, "{label}");

        // The administrator's page offers both; the file holds everything of hers only.
        let (_, _, page) = send(&router, get_as("/agent/usagers?q=06+39+98+00+42", &cookies)).await;
        assert!(page.contains("export.json"), "{label}");
        assert!(page.contains("Effacer ses données"), "{label}");
        let (status, headers, body) = send(&router, get_as(&export, &cookies)).await;
        assert_eq!(status, 200, "{label}: {body}");
        assert!(
            headers[http::header::CONTENT_DISPOSITION]
                .to_str()
                .unwrap()
                .starts_with("attachment;"),
            "{label}"
        );
        assert_eq!(headers[http::header::CACHE_CONTROL], "no-store", "{label}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            json["names"],
            serde_json::json!(["Amina Benali"]),
            "{label}"
        );
        let references: Vec<&str> = json["appointments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["reference"].as_str().unwrap())
            .collect();
        assert_eq!(references.len(), 2, "{label}: {references:?}");
        assert!(
            references.contains(&"R-AMI1") && references.contains(&"R-AMI0"),
            "{label}"
        );
        assert_eq!(
            json["requests"][0]["reference"],
            reference.as_str(),
            "{label}"
        );
        assert_eq!(json["messages"].as_array().unwrap().len(), 2, "{label}");
        assert_eq!(json["tickets"].as_array().unwrap().len(), 1, "{label}");
        assert_eq!(
            json["waiting_lists"].as_array().unwrap().len(),
            1,
            "{label}"
        );
        assert_eq!(
            json["appointments"][0]["accessibility_need"],
            "Fauteuil roulant"
        );
        assert!(
            !body.contains("Lucas") && !body.contains("R-LUC1"),
            "{label}"
        );
        let exported = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("residents.export"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(exported.agent_id, Some(admin), "{label}");

        // Without the confirmation box: sent back, nothing erased.
        let form = |confirmed: bool| {
            let mut pairs = vec![("q", q), ("personne", key.as_str())];
            if confirmed {
                pairs.push(("confirme", "1"));
            }
            pairs
        };
        let (status, headers, _) = send(
            &router,
            post_as("/api/agent/usagers/effacer", &form(false), &cookies),
        )
        .await;
        assert!(status.is_redirection(), "{label}: {status}");
        assert!(
            location(&headers).ends_with("erreur=residents-erase-unconfirmed"),
            "{label}: {}",
            location(&headers)
        );
        let still = |id| async move {
            appointment::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap()
        };
        assert_eq!(
            still(upcoming.id).await.contact_name,
            "Amina Benali",
            "{label}"
        );
        // A counsellor's erasure is refused.
        let (status, _, _) = send(
            &router,
            post_as("/api/agent/usagers/effacer", &form(true), &counsellor),
        )
        .await;
        assert!(!status.is_redirection(), "{label}: {status}");
        assert_eq!(
            still(upcoming.id).await.contact_name,
            "Amina Benali",
            "{label}"
        );

        // Confirmed by the administrator.
        let (status, headers, _) = send(
            &router,
            post_as("/api/agent/usagers/effacer", &form(true), &cookies),
        )
        .await;
        assert!(status.is_redirection(), "{label}: {status}");
        let back = location(&headers);
        assert!(back.contains("efface="), "{label}: {back}");
        let (_, _, page) = send(&router, get_as(&back, &cookies)).await;
        assert!(page.contains("Données effacées"), "{label}");
        assert!(
            !page.contains("Amina"),
            "{label}: the search finds her no more"
        );

        let a = still(upcoming.id).await;
        assert_eq!(
            (
                a.status,
                a.contact_name.as_str(),
                a.phone.as_deref(),
                a.email.as_deref()
            ),
            (AppointmentStatus::Cancelled, "", None, None),
            "{label}: her coming time is free again"
        );
        let p = still(past.id).await;
        assert_eq!(
            (p.status, p.contact_name.as_str()),
            (AppointmentStatus::Done, "")
        );
        let l = still(lucas.id).await;
        assert_eq!(
            (l.status, l.contact_name.as_str()),
            (AppointmentStatus::Booked, "Lucas Bernard"),
            "{label}: someone else is untouched"
        );
        let r = request::Entity::find()
            .filter(request::Column::Reference.eq(reference.clone()))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((r.contact_name.as_str(), r.phone.as_deref()), ("", None));
        let message = |id| async move {
            notification::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap()
        };
        let m = message(pending.id).await;
        assert_eq!(
            (m.recipient.as_str(), m.body.as_str(), m.status.as_str()),
            ("", "", "failed"),
            "{label}: nothing more is sent to her"
        );
        assert_eq!(message(sent.id).await.recipient, "", "{label}");
        let o = message(other.id).await;
        assert_eq!(
            (o.recipient.as_str(), o.status.as_str()),
            ("+33639980077", "pending")
        );
        let w = waitlist_entry::Entity::find_by_id(waiting.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (w.status.as_str(), w.contact_name.as_str(), w.phone),
            ("expired", "", None),
            "{label}"
        );
        let tk = ticket::Entity::find_by_id(at_desk.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(tk.phone, None, "{label}");
        let merge = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("residents.merge"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(merge.detail, None, "{label}: the merge no longer names her");
        let erased = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("residents.erase"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let detail = erased.detail.unwrap();
        assert_eq!(erased.agent_id, Some(admin), "{label}");
        assert!(detail.contains("cancelled=1"), "{label}: {detail}");
        assert!(
            !detail.contains("Amina") && !detail.contains("0042") && !detail.contains('@'),
            "{label}: {detail}"
        );
        // Erasing again finds nobody, and says so.
        let (_, headers, _) = send(
            &router,
            post_as("/api/agent/usagers/effacer", &form(true), &cookies),
        )
        .await;
        assert!(
            location(&headers).ends_with("erreur=residents-erase-nobody"),
            "{label}"
        );
        t.drop_db().await;
    }
}
