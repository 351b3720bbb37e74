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

/// A town with one desk, and its counsellor signed in at the residents' workstation.
async fn counsellor(
    db: &sea_orm::DatabaseConnection,
) -> (
    crate::common::town::QueueTown,
    StaffIdentity,
    app::staff::Me,
) {
    let town = crate::common::town::queue_town(db, 1).await;
    let (device, _) = crate::common::workstation(db, "Accueil usagers").await;
    let identity = StaffIdentity {
        agent_id: town.counsellors[0],
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
        alerts: Vec::new(),
    };
    (town, identity, me)
}

#[tokio::test]
async fn a_person_is_found_by_phone_e_mail_or_name_with_all_their_records() {
    for t in crate::common::both().await {
        let label = t.label();
        let (town, identity, me) = counsellor(&t.db).await;
        let agent_id = identity.agent_id;
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

#[tokio::test]
async fn two_records_of_one_person_are_merged_then_separated_again() {
    use crate::common::web::{app, location, post_as, send, signed_in_cookies};
    use app::residents::model::{MergeForm, SeparateForm};
    use app::residents::store::{ResidentsError, merge, separate};
    use app::store::entities::resident_link;
    for t in crate::common::both().await {
        let label = t.label();
        let (town, identity, me) = counsellor(&t.db).await;
        let agent_id = identity.agent_id;
        let now = Utc::now();
        // Booked online with an e-mail address; phoned later from a number.
        appointment::ActiveModel {
            reference: Set("R-JD01".into()),
            token_hash: Set("hash-jean".into()),
            motif_id: Set(town.front_motif),
            site_id: Set(town.site_id),
            agent_id: Set(Some(agent_id)),
            starts_at: Set(now + Duration::days(2)),
            ends_at: Set(now + Duration::days(2) + Duration::minutes(15)),
            contact_name: Set("Jean Dupont".into()),
            email: Set(Some("jean.dupont@example.org".into())),
            language: Set("fr".into()),
            status: Set(AppointmentStatus::Booked),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&t.db)
        .await
        .unwrap();
        let reference = app::requests::store::log_contact(
            &t.db,
            &identity,
            &crate::common::public_url(),
            &ContactForm {
                channel: "phone".into(),
                outcome: ContactForm::FOLLOW_UP.into(),
                kind: "information".into(),
                subject: "Inscription sur les listes électorales".into(),
                name: "Jean Dupont".into(),
                phone: "06 11 22 33 44".into(),
                ..Default::default()
            },
            now,
        )
        .await
        .unwrap()
        .unwrap();
        let look = |typed: &'static str| {
            let (db, identity, me) = (&t.db, &identity, me.clone());
            async move { search(db, identity, me, typed, Locale::Fr).await.unwrap() }
        };
        let found = look("dupont").await;
        assert_eq!(found.people.len(), 2, "{label}: two people before");
        let by_mail = found.people[0].key.clone();
        let by_phone = found.people[1].key.clone();
        assert_eq!(
            (by_mail.as_str(), by_phone.as_str()),
            ("e:jean.dupont@example.org", "p:+33611223344"),
            "{label}"
        );
        let counts = |p: &app::residents::model::Person| (p.appointments.len(), p.requests.len());
        assert_eq!(
            counts(&look("jean.dupont@example.org").await.people[0]),
            (1, 0)
        );

        // Merged from the page (no script), and by a second counsellor at the same time.
        let router = app(&t);
        let cookies = signed_in_cookies(&router, &t, agent_id, "2468").await;
        let form = MergeForm {
            q: "dupont".into(),
            person: by_mail.clone(),
            with: by_phone.clone(),
        };
        let post = post_as(
            "/api/agent/usagers/regrouper",
            &[("q", "dupont"), ("personne", &by_phone), ("avec", &by_mail)],
            &cookies,
        );
        let ((status, headers, _), direct) =
            tokio::join!(send(&router, post), merge(&t.db, &identity, &form, now));
        direct.unwrap();
        assert!(status.is_redirection(), "{label}: {status}");
        assert_eq!(
            location(&headers),
            "/agent/usagers?q=dupont&regroupe=1",
            "{label}"
        );
        let links = resident_link::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(links.len(), 1, "{label}: one link for two clicks");

        // Whatever is typed, one person with everything.
        for typed in ["jean.dupont@example.org", "0611223344", "dupont"] {
            let found = look(typed).await;
            assert_eq!(found.people.len(), 1, "{label}: {typed}");
            let jean = &found.people[0];
            assert_eq!(counts(jean), (1, 1), "{label}: {typed}");
            assert_eq!(jean.requests[0].reference, reference, "{label}");
            assert_eq!(
                (jean.email.as_deref(), jean.phone.as_deref()),
                (Some("jean.dupont@example.org"), Some("+33611223344")),
                "{label}: {typed}"
            );
            assert_eq!(jean.links.len(), 1, "{label}: {typed}");
            assert_eq!(jean.links[0].by, "Conseiller 0", "{label}");
        }

        // Nonsense is refused and saves nothing.
        for (person, with) in [(&by_mail, &by_mail), (&by_mail, &"x:42".to_owned())] {
            let bad = MergeForm {
                q: String::new(),
                person: person.clone(),
                with: with.clone(),
            };
            assert!(
                matches!(
                    merge(&t.db, &identity, &bad, now).await,
                    Err(ResidentsError::CannotMerge)
                ),
                "{label}"
            );
        }
        assert_eq!(
            resident_link::Entity::find()
                .all(&t.db)
                .await
                .unwrap()
                .len(),
            1
        );

        // Separated: apart again.
        let link = SeparateForm {
            q: "dupont".into(),
            link: links[0].id,
        };
        let (status, headers, _) = send(
            &router,
            post_as(
                "/api/agent/usagers/separer",
                &[("q", "dupont"), ("lien", &links[0].id.to_string())],
                &cookies,
            ),
        )
        .await;
        assert!(status.is_redirection(), "{label}: {status}");
        assert_eq!(location(&headers), "/agent/usagers?q=dupont&separe=1");
        // Separated twice (two tabs): nothing more happens.
        separate(&t.db, &identity, &link).await.unwrap();
        assert_eq!(look("dupont").await.people.len(), 2, "{label}");
        assert_eq!(
            counts(&look("0611223344").await.people[0]),
            (0, 1),
            "{label}"
        );

        let actions = crate::common::audit_actions(&t.db).await;
        let count = |a: &str| actions.iter().filter(|x| x.as_str() == a).count();
        assert_eq!(
            (count("residents.merge"), count("residents.separate")),
            (2, 1),
            "{label}: each merge and the separation are audited"
        );
        t.drop_db().await;
    }
}
