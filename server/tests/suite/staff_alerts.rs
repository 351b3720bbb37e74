//! The staff frame's alerts on a SQLite file and PostgreSQL: the owner of a request is told
//! on every staff page when its deadline is two working days away or past; a supervisor is
//! told of the late requests of their services, and of the whole town when they belong to
//! none.

use crate::common::web::{app, get_as, send, signed_in_cookies};
use crate::requests::{by_reference, identity, town_hall};
use app::alerts::AlertsFor;
use app::requests::model::ContactForm;
use app::requests::store::alerts::staff_alerts;
use app::store::entities::agent_skill;
use chrono::{Duration, Utc};
use http::StatusCode;
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

/// A follow-up request of `service` owned by `owner`, due at `due`, warned from `warn`.
async fn request_due(
    db: &sea_orm::DatabaseConnection,
    agent: &app::staff::identity::StaffIdentity,
    service: i32,
    subject: &str,
    warn: chrono::DateTime<Utc>,
    due: chrono::DateTime<Utc>,
) -> String {
    let form = ContactForm {
        channel: "phone".into(),
        service: Some(service),
        outcome: ContactForm::FOLLOW_UP.into(),
        kind: "information".into(),
        subject: subject.into(),
        name: "Amina Benali".into(),
        phone: "06 39 98 00 42".into(),
        ..Default::default()
    };
    let reference = app::requests::store::log_contact(
        db,
        agent,
        &crate::common::public_url(),
        &form,
        Utc::now(),
    )
    .await
    .unwrap()
    .unwrap();
    let mut r = by_reference(db, &reference).await.into_active_model();
    r.owner_agent_id = Set(Some(agent.agent_id));
    r.warn_at = Set(Some(warn));
    r.due_at = Set(Some(due));
    r.update(db).await.unwrap();
    reference
}

#[tokio::test]
async fn owners_and_supervisors_are_told_of_deadlines_on_every_staff_page() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = town_hall(&t.db).await;
        let owner = identity(&t.db, "Claire Martin").await;
        let now = Utc::now();
        request_due(
            &t.db,
            &owner,
            town.civil_status,
            "Copie d'acte",
            now - Duration::hours(1),
            now + Duration::days(1),
        )
        .await;
        let late = request_due(
            &t.db,
            &owner,
            town.civil_status,
            "Livret de famille",
            now - Duration::days(3),
            now - Duration::hours(2),
        )
        .await;
        // Not yet in its last two working days: no alert.
        request_due(
            &t.db,
            &owner,
            town.planning,
            "Déclaration préalable",
            now + Duration::days(2),
            now + Duration::days(6),
        )
        .await;

        let alerts = staff_alerts(
            &t.db,
            AlertsFor {
                agent_id: owner.agent_id,
                supervisor: false,
            },
            now,
        )
        .await
        .unwrap();
        let told: Vec<(&str, u64, bool)> = alerts
            .iter()
            .map(|a| (a.message.as_str(), a.count, a.urgent))
            .collect();
        assert_eq!(
            told,
            [
                ("alert-my-requests-late", 1, true),
                ("alert-my-requests-due-soon", 1, false)
            ],
            "{label}"
        );
        assert_eq!(
            alerts[0].href, "/agent/demandes?echeance=retard&miennes=1",
            "{label}"
        );

        // A supervisor of no service watches the town; one of town planning sees nothing
        // late there.
        let boss = crate::common::agent(&t.db, "Sophie Bernard", "supervisor", "1357").await;
        let as_boss = |agent_id| AlertsFor {
            agent_id,
            supervisor: true,
        };
        let alerts = staff_alerts(&t.db, as_boss(boss), now).await.unwrap();
        assert_eq!(alerts.len(), 1, "{label}: {alerts:?}");
        assert_eq!(
            (alerts[0].message.as_str(), alerts[0].count),
            ("alert-service-requests-late", 1),
            "{label}"
        );
        let planning_motif = crate::common::motif(&t.db, town.planning, "permis").await;
        agent_skill::ActiveModel {
            agent_id: Set(boss),
            motif_id: Set(planning_motif),
        }
        .insert(&t.db)
        .await
        .unwrap();
        let alerts = staff_alerts(&t.db, as_boss(boss), now).await.unwrap();
        assert!(alerts.is_empty(), "{label}: {alerts:?}");

        // On a page of another section, in the owner's frame, in French.
        let router = app(&t);
        let cookies = signed_in_cookies(&router, &t, owner.agent_id, "2468").await;
        let (status, _, body) = send(&router, get_as("/agent/usagers", &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            body.contains("1 de vos demandes a dépassé son délai de réponse")
                && body.contains("1 de vos demandes arrive à échéance dans 2 jours ouvrés"),
            "{label}: the frame tells the owner"
        );
        assert!(
            body.contains("href=\"/agent/demandes?echeance=bientot&amp;miennes=1\""),
            "{label}: the alert links to the list"
        );
        // Once answered, its alert is gone.
        let mut answered = by_reference(&t.db, &late).await.into_active_model();
        answered.status = Set(app::statuses::RequestStatus::Answered);
        answered.update(&t.db).await.unwrap();
        let (_, _, body) = send(&router, get_as("/agent/usagers", &cookies)).await;
        assert!(
            !body.contains("a dépassé son délai") && body.contains("arrive à échéance"),
            "{label}: only what is still due is told"
        );
        t.drop_db().await;
    }
}
