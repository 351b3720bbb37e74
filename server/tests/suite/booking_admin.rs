//! Booking administration through the real router: opening hours typed as text (the late
//! Wednesday), refused when wrong with nothing changed, and more time open offered to the
//! waitlist at once. Administrators only.

use crate::common::town::{one_slot_a_day, request, target_day};
use crate::common::web::{app, form, form_post, location, send, signed_in_cookies};
use crate::common::{agent, audit_actions};
use app::booking::store::{availability, book};
use app::booking::waitlist::{NewEntry, join};
use app::store::entities::{opening_hour, waitlist_entry};
use axum::body::Body;
use chrono::{NaiveTime, Utc};
use http::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

fn post(uri: &str, cookies: &str, body: String) -> http::Request<Body> {
    form_post(uri, &body)
        .header(header::COOKIE, cookies)
        .body(Body::from(body))
        .unwrap()
}

fn week(hours: &str, wednesday: &str) -> Vec<(String, String)> {
    (0..7)
        .map(|d| {
            (
                format!("h{d}"),
                if d == 2 { wednesday } else { hours }.to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn admins_open_more_time_and_the_waitlist_hears_of_it() {
    for t in crate::common::both().await {
        let label = t.label();
        let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
        let policy = crate::common::policy();
        let day = target_day();
        let now = Utc::now();
        // The day's only slot is taken; someone waits for that day.
        let start = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap()[0]
            .start;
        book(&t.db, &policy, &request(site_id, motif_id, start, 1), now)
            .await
            .unwrap();
        let waiting = join(
            &t.db,
            &NewEntry {
                site_id,
                motif_id,
                from: day,
                to: day,
                contact_name: "Olena".into(),
                phone: Some("+33611111111".into()),
                email: None,
                language: "uk".into(),
            },
            now,
        )
        .await
        .unwrap();

        let app = app(&t);
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let cookies = signed_in_cookies(&app, &t, admin, "9052").await;
        let counsellor = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        let theirs = signed_in_cookies(&app, &t, counsellor, "2468").await;

        let site_form = |hours: &str, wednesday: &str| {
            let mut pairs: Vec<(String, String)> = vec![
                ("slug".into(), "test".into()),
                ("name".into(), "Mairie test".into()),
                ("address".into(), "1 rue du Test".into()),
                ("postal_code".into(), "99999".into()),
                ("city".into(), "Testville".into()),
                ("phone".into(), "01 23 45 67 89".into()),
                ("access_info".into(), "".into()),
                // The version the page showed: a save from an older one is refused.
                ("version".into(), "0".into()),
            ];
            pairs.extend(week(hours, wednesday));
            let refs: Vec<(&str, &str)> = pairs
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            form(&refs)
        };

        // A counsellor may not change the hours.
        let (status, _, _) = send(
            &app,
            post("/api/agent/admin/lieu", &theirs, site_form("9-10", "9-10")),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{label}");

        // Wrong hours: refused, nothing changed.
        let before = opening_hour::Entity::find().all(&t.db).await.unwrap().len();
        let (status, headers, _) = send(
            &app,
            post(
                "/api/agent/admin/lieu",
                &cookies,
                site_form("9-10", "19-13"),
            ),
        )
        .await;
        assert!(status.is_redirection());
        assert!(
            location(&headers).contains("erreur=admin-error-hours"),
            "{label}"
        );
        assert_eq!(
            opening_hour::Entity::find().all(&t.db).await.unwrap().len(),
            before
        );

        // The late Wednesday, typed the French way.
        let (_, headers, _) = send(
            &app,
            post(
                "/api/agent/admin/lieu",
                &cookies,
                site_form("9h-10h", "9h-12h, 13h30-19h"),
            ),
        )
        .await;
        assert!(
            location(&headers).contains("enregistre=1"),
            "{label}: {}",
            location(&headers)
        );
        let wednesday = opening_hour::Entity::find()
            .filter(opening_hour::Column::SiteId.eq(site_id))
            .filter(opening_hour::Column::Weekday.eq(2))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(wednesday.len(), 2, "{label}");
        assert!(
            wednesday
                .iter()
                .any(|h| h.closes == NaiveTime::from_hms_opt(19, 0, 0).unwrap())
        );

        // The agent now works 9–10 too: a new slot opens and goes to the person waiting.
        let agent_id = app::store::entities::agent_schedule::Entity::find()
            .one(&t.db)
            .await
            .unwrap()
            .unwrap()
            .agent_id;
        let mut pairs: Vec<(String, String)> = vec![
            ("agent".into(), agent_id.to_string()),
            ("lieu".into(), "test".into()),
        ];
        pairs.extend(week("09:00-10:00", "09:00-10:00"));
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let (_, headers, _) = send(
            &app,
            post("/api/agent/admin/planning", &cookies, form(&refs)),
        )
        .await;
        assert!(location(&headers).contains("enregistre=1"), "{label}");
        let offered = waitlist_entry::Entity::find_by_id(waiting.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            offered.status, "offered",
            "{label}: the new time is offered"
        );
        assert_eq!(
            app::calendar::paris_today(offered.offer_starts_at.unwrap()),
            day
        );

        let actions = audit_actions(&t.db).await;
        assert!(
            actions.iter().any(|a| a == "admin.site.save")
                && actions.iter().any(|a| a == "admin.schedule.save")
        );
        t.drop_db().await;
    }
}
