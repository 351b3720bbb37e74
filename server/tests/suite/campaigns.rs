//! "Aller vers" campaigns on a SQLite file and PostgreSQL: a supervisor builds a list from
//! pasted CSV (a bad line refuses it all, saying which) or from the records (nobody heard
//! of for a year); counsellors take people one at a time and never the same one, even when
//! ten click at once; each call is an outbound contact with its outcome; three calls
//! without an answer set a person aside; a closed campaign calls nobody. The pages work
//! as plain forms.

use crate::common::web::{app, get_as, location, post_as, send, signed_in_cookies};
use crate::requests::{identity, town_hall};
use app::campaigns::calls::CallStatus;
use app::campaigns::model::{CallForm, CampaignForm};
use app::campaigns::store::{self as campaigns, CampaignsError};
use app::staff::identity::StaffIdentity;
use app::staff::roles::Role;
use app::store::entities::{appointment, campaign, campaign_call, contact, request};
use chrono::{Duration, Months, Utc};
use http::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use std::collections::HashSet;

async fn supervisor(db: &sea_orm::DatabaseConnection) -> StaffIdentity {
    let agent_id = crate::common::agent(db, "Sophie Bernard", "supervisor", "1357").await;
    let (device, _) = crate::common::workstation(db, "Poste superviseur").await;
    StaffIdentity {
        agent_id,
        agent_name: "Sophie Bernard".into(),
        role: Role::Supervisor,
        device_id: device.id,
        device_name: device.name,
    }
}

fn from_list(list: &str) -> CampaignForm {
    CampaignForm {
        title: "Canicule : personnes isolées".into(),
        purpose: "Prendre des nouvelles, rappeler le numéro du CCAS.".into(),
        service: None,
        source: CampaignForm::FROM_LIST.into(),
        list: list.into(),
        months: None,
    }
}

fn outcome(campaign: i32, call: i32, outcome: &str) -> CallForm {
    CallForm {
        campaign,
        call,
        outcome: outcome.into(),
        note: "Rappel du numéro du CCAS".into(),
        then_next: String::new(),
    }
}

async fn status_of(db: &sea_orm::DatabaseConnection, call: i32) -> (String, i32) {
    let c = campaign_call::Entity::find_by_id(call)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    (c.status, c.attempts)
}

#[tokio::test]
async fn counsellors_call_a_pasted_list_one_person_each_and_each_call_is_a_contact() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = town_hall(&t.db).await;
        let boss = supervisor(&t.db).await;
        let claire = identity(&t.db, "Claire Martin").await;
        let paul = identity(&t.db, "Paul Durand").await;
        let now = Utc::now();

        // Counsellors work campaigns; they do not build them.
        assert!(
            matches!(
                campaigns::create(&t.db, &claire, &from_list("A;0611223344"), now).await,
                Err(CampaignsError::Forbidden)
            ),
            "{label}"
        );
        // One bad line refuses the whole list, and says which.
        let bad = "Nom;Téléphone\nAmina Benali;06 39 98 00 42;ar\nLucas;12 34\n";
        assert!(
            matches!(
                campaigns::create(&t.db, &boss, &from_list(bad), now).await,
                Err(CampaignsError::BadLines(ref lines)) if lines == &vec![3]
            ),
            "{label}"
        );
        let untitled = CampaignForm {
            title: " ".into(),
            ..from_list("A;0611223344")
        };
        assert!(matches!(
            campaigns::create(&t.db, &boss, &untitled, now).await,
            Err(CampaignsError::Invalid("campaigns-error-title"))
        ));
        assert!(
            campaign::Entity::find()
                .all(&t.db)
                .await
                .unwrap()
                .is_empty(),
            "{label}: nothing half-saved"
        );

        let list = "Nom;Téléphone;Langue;Remarque\n\
                    Amina Benali;06 39 98 00 42;ar;Vit seule\n\
                    Jean Dupont;0611223344;;\n\
                    Marie Curie;06 22 33 44 55;fr;Sourde : parler lentement\n\
                    Doublon;06 11 22 33 44\n";
        let form = CampaignForm {
            service: Some(town.civil_status),
            ..from_list(list)
        };
        let id = campaigns::create(&t.db, &boss, &form, now).await.unwrap();
        let people = campaign_call::Entity::find()
            .filter(campaign_call::Column::CampaignId.eq(id))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(people.len(), 3, "{label}: the number twice is called once");

        // Two counsellors at once never get the same person; asking again gives the one
        // already in hand.
        let (a, b) = tokio::join!(
            campaigns::claim_next(&t.db, &claire, id, now),
            campaigns::claim_next(&t.db, &paul, id, now)
        );
        let (a, b) = (a.unwrap().unwrap(), b.unwrap().unwrap());
        assert_ne!(a, b, "{label}");
        assert_eq!(
            campaigns::claim_next(&t.db, &claire, id, now)
                .await
                .unwrap(),
            Some(a),
            "{label}"
        );
        // Paul cannot record Claire's call.
        assert!(matches!(
            campaigns::record(&t.db, &paul, &outcome(id, a, "reached"), now).await,
            Err(CampaignsError::Invalid("campaigns-error-not-yours"))
        ));
        assert!(matches!(
            campaigns::record(&t.db, &claire, &outcome(id, a, "perhaps"), now).await,
            Err(CampaignsError::Invalid("campaigns-error-outcome"))
        ));
        let done = campaigns::record(&t.db, &claire, &outcome(id, a, "reached"), now)
            .await
            .unwrap();
        assert_eq!(done, CallStatus::Reached, "{label}");
        let logged = contact::Entity::find()
            .filter(contact::Column::Channel.eq("outbound_call"))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(logged.len(), 1, "{label}");
        assert_eq!(
            (
                logged[0].outcome.as_str(),
                logged[0].agent_id,
                logged[0].service_id
            ),
            ("reached", Some(claire.agent_id), Some(town.civil_status)),
            "{label}"
        );
        // Recorded once: a second post of the same form is refused.
        assert!(matches!(
            campaigns::record(&t.db, &claire, &outcome(id, a, "reached"), now).await,
            Err(CampaignsError::Invalid("campaigns-error-not-yours"))
        ));

        // No answer three times: set aside as unreachable, tried after the others.
        for attempt in 1..=3 {
            let later = now + Duration::minutes(attempt);
            let held = campaigns::claim_next(&t.db, &paul, id, later)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(held, b, "{label}: attempt {attempt}");
            campaigns::record(&t.db, &paul, &outcome(id, b, "no_answer"), later)
                .await
                .unwrap();
            if attempt == 1 {
                // The third person, never called, comes before a second try.
                let third = campaigns::claim_next(&t.db, &claire, id, later)
                    .await
                    .unwrap()
                    .unwrap();
                assert!(third != a && third != b, "{label}");
                campaigns::record(&t.db, &claire, &outcome(id, third, "wrong_number"), later)
                    .await
                    .unwrap();
            }
        }
        assert_eq!(
            status_of(&t.db, b).await,
            ("unreachable".to_owned(), 3),
            "{label}"
        );
        assert_eq!(
            campaigns::claim_next(&t.db, &claire, id, now + Duration::hours(1))
                .await
                .unwrap(),
            None,
            "{label}: nobody left"
        );
        let calls = contact::Entity::find()
            .filter(contact::Column::Channel.eq("outbound_call"))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(calls.len(), 5, "{label}: every call is a contact");

        campaigns::close(&t.db, &boss, id, now).await.unwrap();
        assert!(matches!(
            campaigns::claim_next(&t.db, &claire, id, now).await,
            Err(CampaignsError::Invalid("campaigns-error-closed"))
        ));
        let actions = crate::common::audit_actions(&t.db).await;
        assert!(
            actions.contains(&"campaigns.create".to_owned())
                && actions.contains(&"campaigns.close".to_owned()),
            "{label}: {actions:?}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn ten_counsellors_clicking_at_once_call_ten_different_people() {
    for t in crate::common::both().await {
        let label = t.label();
        town_hall(&t.db).await;
        let boss = supervisor(&t.db).await;
        let list: String = (0..10)
            .map(|i| format!("Personne {i};06 00 00 00 {i:02}\n"))
            .collect();
        let now = Utc::now();
        let id = campaigns::create(&t.db, &boss, &from_list(&list), now)
            .await
            .unwrap();
        let mut agents = Vec::new();
        for i in 0..10 {
            agents.push(identity(&t.db, &format!("Conseiller {i}")).await);
        }
        let claims = futures_util::future::join_all(
            agents
                .iter()
                .map(|a| campaigns::claim_next(&t.db, a, id, now)),
        )
        .await;
        let taken: HashSet<i32> = claims.into_iter().map(|c| c.unwrap().unwrap()).collect();
        assert_eq!(taken.len(), 10, "{label}: ten people, one each");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_campaign_from_the_records_calls_those_not_heard_of_for_a_year() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = town_hall(&t.db).await;
        let boss = supervisor(&t.db).await;
        let now = Utc::now();
        let agent = identity(&t.db, "Claire Martin").await;
        let months_ago = |m| now.checked_sub_months(Months::new(m)).unwrap();
        // Last seen fourteen months ago.
        let motif = crate::common::motif(&t.db, town.civil_status, "acte").await;
        appointment::ActiveModel {
            reference: Set("R-OLD1".into()),
            token_hash: Set("hash-old".into()),
            motif_id: Set(motif),
            site_id: Set(town.site_id),
            starts_at: Set(months_ago(14)),
            ends_at: Set(months_ago(14) + Duration::minutes(15)),
            contact_name: Set("Odette Leroy".into()),
            phone: Set(Some("+33655443322".into())),
            language: Set("fr".into()),
            status: Set(app::statuses::AppointmentStatus::Done),
            created_at: Set(months_ago(15)),
            updated_at: Set(months_ago(14)),
            ..Default::default()
        }
        .insert(&t.db)
        .await
        .unwrap();
        // Seen twenty months ago, and again last month: not quiet.
        for (when, subject) in [(20, "Ancienne demande"), (1, "Nouvelle demande")] {
            let reference = app::requests::store::log_contact(
                &t.db,
                &agent,
                &crate::common::public_url(),
                &app::requests::model::ContactForm {
                    channel: "phone".into(),
                    outcome: app::requests::model::ContactForm::FOLLOW_UP.into(),
                    kind: "information".into(),
                    subject: subject.into(),
                    name: "Karim Haddad".into(),
                    phone: "06 77 88 99 00".into(),
                    ..Default::default()
                },
                months_ago(when),
            )
            .await
            .unwrap()
            .unwrap();
            let r = request::Entity::find()
                .filter(request::Column::Reference.eq(reference))
                .one(&t.db)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(r.received_at.timestamp(), months_ago(when).timestamp());
        }
        let form = CampaignForm {
            title: "Nouvelles des habitants".into(),
            purpose: "Prendre des nouvelles.".into(),
            source: CampaignForm::FROM_FILTER.into(),
            months: Some(12),
            ..Default::default()
        };
        let id = campaigns::create(&t.db, &boss, &form, now).await.unwrap();
        let people = campaign_call::Entity::find()
            .filter(campaign_call::Column::CampaignId.eq(id))
            .all(&t.db)
            .await
            .unwrap();
        let named: Vec<(&str, &str)> = people
            .iter()
            .map(|p| (p.name.as_str(), p.phone.as_str()))
            .collect();
        assert_eq!(named, [("Odette Leroy", "+33655443322")], "{label}");
        let odd = CampaignForm {
            months: Some(7),
            ..form.clone()
        };
        assert!(matches!(
            campaigns::create(&t.db, &boss, &odd, now).await,
            Err(CampaignsError::Invalid("campaigns-error-filter"))
        ));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_campaign_pages_work_as_plain_forms() {
    for t in crate::common::both().await {
        let label = t.label();
        town_hall(&t.db).await;
        let boss = crate::common::agent(&t.db, "Sophie Bernard", "supervisor", "1357").await;
        let counsellor = crate::common::agent(&t.db, "Claire Martin", "counsellor", "2468").await;
        let router = app(&t);
        let boss_cookies = signed_in_cookies(&router, &t, boss, "1357").await;
        let (status, headers, _) = send(
            &router,
            post_as(
                "/api/agent/campagnes/creer",
                &[
                    ("titre", "Inscriptions scolaires"),
                    ("objet", "Rappeler la date limite d'inscription."),
                    ("service", ""),
                    ("source", "liste"),
                    (
                        "liste",
                        "Amina Benali;06 39 98 00 42;ar\nJean Dupont;0611223344",
                    ),
                    ("mois", "12"),
                ],
                &boss_cookies,
            ),
        )
        .await;
        assert!(status.is_redirection(), "{label}: {status}");
        let page = location(&headers);
        assert!(
            page.starts_with("/agent/usagers/campagnes/") && page.ends_with("?creee=1"),
            "{label}: {page}"
        );
        let id = page
            .trim_start_matches("/agent/usagers/campagnes/")
            .trim_end_matches("?creee=1")
            .to_owned();
        // A bad list comes back with the line to fix.
        let (_, headers, _) = send(
            &router,
            post_as(
                "/api/agent/campagnes/creer",
                &[
                    ("titre", "Liste fausse"),
                    ("objet", "x"),
                    ("source", "liste"),
                    ("liste", "A;0611223344\nB;99"),
                ],
                &boss_cookies,
            ),
        )
        .await;
        let back = location(&headers);
        assert_eq!(
            back, "/agent/usagers/campagnes?erreur=campaigns-error-lines&lignes=2",
            "{label}"
        );
        let (_, _, body) = send(&router, get_as(&back, &boss_cookies)).await;
        assert!(body.contains("2"), "{label}");
        assert!(body.contains("Inscriptions scolaires"), "{label}");

        let cookies = signed_in_cookies(&router, &t, counsellor, "2468").await;
        let (status, _, body) = send(
            &router,
            get_as(&format!("/agent/usagers/campagnes/{id}"), &cookies),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            body.contains("Rappeler la date limite d&#x27;inscription.")
                || body.contains("Rappeler la date limite d'inscription."),
            "{label}"
        );
        assert!(
            !body.contains("/api/agent/campagnes/terminer"),
            "{label}: counsellors do not close"
        );
        let (_, headers, _) = send(
            &router,
            post_as(
                "/api/agent/campagnes/suivant",
                &[("campagne", &id)],
                &cookies,
            ),
        )
        .await;
        let call_page = location(&headers);
        assert_eq!(
            call_page,
            format!("/agent/usagers/campagnes/{id}/appel"),
            "{label}"
        );
        let (status, _, body) = send(&router, get_as(&call_page, &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            body.contains("Amina Benali") && body.contains("href=\"tel:+33639980042\""),
            "{label}: the first person of the list, with a number to tap"
        );
        let call = campaign_call::Entity::find()
            .filter(campaign_call::Column::Name.eq("Amina Benali"))
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        let (_, headers, _) = send(
            &router,
            post_as(
                "/api/agent/campagnes/issue",
                &[
                    ("campagne", &id),
                    ("appel", &call.id.to_string()),
                    ("issue", "reached"),
                    ("note", "Inscription faite en ligne"),
                    ("ensuite", "suivant"),
                ],
                &cookies,
            ),
        )
        .await;
        assert_eq!(
            location(&headers),
            format!("/agent/usagers/campagnes/{id}/appel?appele=1"),
            "{label}: on to the next person"
        );
        let (_, _, body) = send(&router, get_as(&call_page, &cookies)).await;
        assert!(body.contains("Jean Dupont"), "{label}");

        // The call is among the resident's records, found by the number as people type it.
        let (_, _, body) = send(&router, get_as("/agent/usagers?q=06+39+98+00+42", &cookies)).await;
        assert!(
            body.contains("Appels de la mairie")
                && body.contains("Inscriptions scolaires")
                && body.contains("jointe")
                && body.contains("Inscription faite en ligne")
                && body.contains("Claire Martin"),
            "{label}: the person's view lists the call"
        );
        t.drop_db().await;
    }
}
