//! The counsellors' agenda through the real router: who is coming with what needs, check-in,
//! cancelling with a reason (the resident is told), booking for a resident on the phone;
//! only for roles that serve residents, and audited.

use crate::common::town::one_slot_a_day;
use crate::common::web::{app, form, form_post, get_as, location, send, signed_in_cookies};
use crate::common::{agent, audit_actions};
use app::store::entities::{appointment, notification};
use axum::body::Body;
use chrono::{Duration, Utc};
use http::{StatusCode, header};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};

/// An appointment later today, in Arabic with an Arabic interpreter.
async fn today(db: &DatabaseConnection, site_id: i32, motif_id: i32, name: &str) -> i32 {
    let now = Utc::now();
    let start = (now + Duration::hours(1)).with_timezone(&chrono_tz::Europe::Paris);
    // Keep it today in Paris even late in the evening.
    let start = if start.date_naive() != now.with_timezone(&chrono_tz::Europe::Paris).date_naive() {
        now + Duration::minutes(1)
    } else {
        start.with_timezone(&Utc)
    };
    appointment::ActiveModel {
        reference: Set(format!("RT{}", &app::staff::tokens::new_token()[..6])),
        token_hash: Set(app::staff::tokens::new_token()),
        motif_id: Set(motif_id),
        site_id: Set(site_id),
        agent_id: Set(None),
        starts_at: Set(start),
        ends_at: Set(start + Duration::minutes(30)),
        contact_name: Set(name.into()),
        phone: Set(Some("+33612345678".into())),
        email: Set(None),
        language: Set("ar".into()),
        interpreter_language: Set(Some("ar".into())),
        accessibility_need: Set(Some("Fauteuil roulant".into())),
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

fn post(uri: &str, cookies: &str, body: String) -> http::Request<Body> {
    form_post(uri, &body)
        .header(header::COOKIE, cookies)
        .body(Body::from(body))
        .unwrap()
}

#[tokio::test]
async fn counsellors_run_the_day_from_the_agenda() {
    for t in crate::common::both().await {
        let label = t.label();
        let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
        let first = today(&t.db, site_id, motif_id, "Amina Haddad").await;
        let second = today(&t.db, site_id, motif_id, "Yusuf Demir").await;
        let app = app(&t);
        let day = app::calendar::paris_today(Utc::now())
            .format("%Y-%m-%d")
            .to_string();
        let page = format!("/agent/rendez-vous?lieu=test&jour={day}");

        // Not signed in: nothing of the day shows.
        let (status, _, body) = send(&app, get_as(&page, "")).await;
        assert_ne!(status, StatusCode::OK, "{label}");
        assert!(!body.contains("Amina"));

        let counsellor = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        let cookies = signed_in_cookies(&app, &t, counsellor, "2468").await;
        let (status, _, body) = send(&app, get_as(&page, &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let body = body.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            body.contains("Amina Haddad") && body.contains("Yusuf Demir"),
            "{label}"
        );
        assert!(
            body.contains("Interprète : العربية"),
            "{label}: the interpreter need shows"
        );
        assert!(body.contains("Fauteuil roulant"));

        // Check-in.
        let (status, headers, _) = send(
            &app,
            post(
                "/api/agent/rendez-vous/arrivee",
                &cookies,
                form(&[("id", &first.to_string()), ("retour", &page)]),
            ),
        )
        .await;
        assert!(status.is_redirection(), "{label}: {status}");
        assert_eq!(location(&headers), page);
        let arrived = appointment::Entity::find_by_id(first)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(arrived.status, "checked_in");
        assert!(arrived.checked_in_at.is_some());

        // A cancel reason that is not in the list changes nothing.
        let (status, _, _) = send(
            &app,
            post(
                "/api/agent/rendez-vous/annuler",
                &cookies,
                form(&[
                    ("id", &second.to_string()),
                    ("raison", "parce que"),
                    ("retour", &page),
                ]),
            ),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{label}");
        let (status, _, _) = send(
            &app,
            post(
                "/api/agent/rendez-vous/annuler",
                &cookies,
                form(&[
                    ("id", &second.to_string()),
                    ("raison", "agent-unavailable"),
                    ("retour", "https://evil.example/"),
                ]),
            ),
        )
        .await;
        assert!(status.is_redirection());
        let cancelled = appointment::Entity::find_by_id(second)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(cancelled.status, "cancelled");
        assert_eq!(
            cancelled.cancel_reason.as_deref(),
            Some("agent-unavailable")
        );
        assert_eq!(
            notification::Entity::find().count(&t.db).await.unwrap(),
            1,
            "{label}: the resident is told"
        );

        // Booking for a resident on the phone, in Ukrainian.
        let target = crate::common::town::target_day();
        let slots =
            app::booking::store::availability(&t.db, site_id, motif_id, target, target, Utc::now())
                .await
                .unwrap();
        let creneau = app::booking::model::instant_param(slots[0].start);
        let (status, headers, _) = send(
            &app,
            post(
                "/api/agent/rendez-vous/reserver",
                &cookies,
                form(&[
                    ("motif", "acte"),
                    ("lieu", "test"),
                    ("creneau", &creneau),
                    ("name", "Olena Petrenko"),
                    ("phone", "07 11 22 33 44"),
                    ("email", ""),
                    ("language", "uk"),
                    ("interpreter", ""),
                    ("accessibility", ""),
                    ("note", ""),
                ]),
            ),
        )
        .await;
        assert!(status.is_redirection(), "{label}: {status}");
        assert!(
            location(&headers).contains("reserve=R"),
            "{}",
            location(&headers)
        );
        let sms = notification::Entity::find().all(&t.db).await.unwrap();
        assert!(
            sms.iter()
                .any(|m| m.recipient == "+33711223344" && m.language == "uk"),
            "{label}"
        );

        let actions = audit_actions(&t.db).await;
        for expected in [
            "appointments.read_agenda",
            "appointment.check_in",
            "appointment.cancel",
            "appointment.book_for_resident",
        ] {
            assert!(
                actions.iter().any(|a| a == expected),
                "{label}: {expected} in {actions:?}"
            );
        }

        // A supervisor-only role check: an interpreter may not open the agenda.
        let interpreter = agent(&t.db, "Nadia Rahimi", "interpreter", "7315").await;
        let theirs = signed_in_cookies(&app, &t, interpreter, "7315").await;
        let (status, _, body) = send(&app, get_as(&page, &theirs)).await;
        assert!(
            status == StatusCode::FORBIDDEN || !body.contains("Amina"),
            "{label}: {status}"
        );
        t.drop_db().await;
    }
}
