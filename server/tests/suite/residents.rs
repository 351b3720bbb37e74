//! Residents on a SQLite file and PostgreSQL: a counsellor finds one person by phone number
//! (as people type it), by e-mail (any case) or by part of the name, with their
//! appointments and requests together; a search too short finds nobody; each search is
//! audited with the records it showed.

use app::i18n::Locale;
use app::requests::model::ContactForm;
use app::residents::store::search;
use app::staff::identity::StaffIdentity;
use app::staff::roles::Role;
use app::statuses::AppointmentStatus;
use app::store::entities::{appointment, audit_event};
use chrono::{Duration, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

#[tokio::test]
async fn a_person_is_found_by_phone_e_mail_or_name_with_all_their_records() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = crate::common::town::queue_town(&t.db, 1).await;
        let agent_id = town.counsellors[0];
        let (device, _) = crate::common::workstation(&t.db, "Accueil usagers").await;
        let identity = StaffIdentity {
            agent_id,
            agent_name: "Conseiller 0".into(),
            role: Role::Counsellor,
            device_id: device.id,
            device_name: device.name,
        };
        let me = app::staff::Me {
            name: identity.agent_name.clone(),
            role: Role::Counsellor,
            workstation: identity.device_name.clone(),
            inactivity_secs: 300,
        };
        let now = chrono_tz::Europe::Paris
            .with_ymd_and_hms(2026, 12, 7, 10, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        appointment::ActiveModel {
            reference: Set("R-7K2M".into()),
            token_hash: Set("hash-amina".into()),
            motif_id: Set(town.front_motif),
            site_id: Set(town.site_id),
            agent_id: Set(Some(agent_id)),
            starts_at: Set(now + Duration::days(3)),
            ends_at: Set(now + Duration::days(3) + Duration::minutes(15)),
            contact_name: Set("Amina Benali".into()),
            phone: Set(Some("+33639980042".into())),
            email: Set(Some("Amina.Benali@example.org".into())),
            language: Set("ar".into()),
            accessibility_need: Set(Some("Fauteuil roulant".into())),
            status: Set(AppointmentStatus::Booked),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&t.db)
        .await
        .unwrap();
        let form = ContactForm {
            channel: "phone".into(),
            outcome: ContactForm::FOLLOW_UP.into(),
            kind: "certificate".into(),
            subject: "Copie d'acte de naissance".into(),
            name: "Amina Benali".into(),
            phone: "06 39 98 00 42".into(),
            ..Default::default()
        };
        let reference = app::requests::store::log_contact(
            &t.db,
            &identity,
            &crate::common::public_url(),
            &form,
            now,
        )
        .await
        .unwrap()
        .unwrap();
        // Somebody else, who must not show.
        let other = ContactForm {
            name: "Lucas Bernard".into(),
            phone: "06 39 98 00 77".into(),
            ..form.clone()
        };
        app::requests::store::log_contact(
            &t.db,
            &identity,
            &crate::common::public_url(),
            &other,
            now,
        )
        .await
        .unwrap();

        for typed in [
            "06 39 98 00 42",
            "+33 6 39 98 00 42",
            "AMINA.BENALI@EXAMPLE.ORG",
            "benal",
        ] {
            let found = search(&t.db, &identity, me.clone(), typed, Locale::Fr)
                .await
                .unwrap();
            assert_eq!(found.searched, Some(true), "{label}: {typed}");
            let people: Vec<_> = found
                .people
                .iter()
                .filter(|p| p.name == "Amina Benali")
                .collect();
            assert!(!people.is_empty(), "{label}: {typed}");
            assert!(
                found.people.iter().all(|p| p.name != "Lucas Bernard"),
                "{label}: {typed}"
            );
            let appointments: usize = people.iter().map(|p| p.appointments.len()).sum();
            let requests: usize = people.iter().map(|p| p.requests.len()).sum();
            // The e-mail finds the appointment (the request has none); the others find both.
            if typed.contains('@') {
                assert_eq!((appointments, requests), (1, 0), "{label}: {typed}");
            } else {
                assert_eq!((appointments, requests), (1, 1), "{label}: {typed}");
            }
        }
        // By phone: one person, both records, the needs and the language.
        let found = search(&t.db, &identity, me.clone(), "0639980042", Locale::Fr)
            .await
            .unwrap();
        assert_eq!(found.people.len(), 1, "{label}");
        let amina = &found.people[0];
        assert_eq!(amina.needs, vec!["Fauteuil roulant".to_owned()], "{label}");
        assert_eq!(amina.requests[0].reference, reference, "{label}");
        assert_eq!(amina.appointments[0].reference, "R-7K2M", "{label}");

        let short = search(&t.db, &identity, me.clone(), "a", Locale::Fr)
            .await
            .unwrap();
        assert_eq!(
            (short.searched, short.people.len()),
            (Some(false), 0),
            "{label}"
        );

        // Each search that ran is in the audit log, with the records it showed.
        let audits = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("residents.search"))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(audits.len(), 5, "{label}");
        let last = audits.last().unwrap().detail.clone().unwrap();
        assert!(
            last.contains("R-7K2M") && last.contains(&reference),
            "{label}: {last}"
        );
        t.drop_db().await;
    }
}
