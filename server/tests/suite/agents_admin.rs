//! Administration of agents, on SQLite and PostgreSQL: create (with a PIN the new agent
//! signs in with), edit skills and languages, refusals that save nothing, PIN reset, unlock
//! after a lockout, deactivate (off the login screen, sessions ended) and reactivate; the
//! last administrator kept; a spreadsheet import saved whole or not at all. Then the pages
//! through the real router without JavaScript.

use crate::common::town::one_slot_a_day;
use crate::common::web::{app, get_as, location, post_as, send, signed_in_cookies};
use crate::common::{PEPPER, TestDb, agent, audit_actions, workstation};
use app::agents::model::{AgentForm, PinForm, Problem, agent_page};
use app::agents::store::{self, AgentsError};
use app::agents::{ImportAgents, SaveAgent};
use app::i18n::Locale;
use app::staff::Role;
use app::staff::identity::StaffIdentity;
use app::staff::store::{
    MAX_FAILED_ATTEMPTS, SessionState, SignInOutcome, login_tiles, session_state, sign_in,
};
use app::store::entities::{agent as agent_entity, agent_skill, device};
use chrono::Utc;
use http::StatusCode;
use leptos::server_fn::ServerFn;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::time::Duration as StdDuration;

const IDLE: StdDuration = StdDuration::from_secs(300);

/// An administrator signed in on a workstation, as the store sees them.
async fn administrator(t: &TestDb) -> (StaffIdentity, device::Model) {
    let id = agent(&t.db, "Julien Moreau", "admin", "9052").await;
    let (device, _) = workstation(&t.db, "Accueil admin").await;
    let identity = StaffIdentity {
        agent_id: id,
        agent_name: "Julien Moreau".into(),
        role: Role::Admin,
        device_id: device.id,
        device_name: device.name.clone(),
    };
    (identity, device)
}

fn form(name: &str, role: &str, services: &[&str], languages: &[&str], pin: &str) -> AgentForm {
    AgentForm {
        agent: None,
        name: name.into(),
        role: role.into(),
        services: services.iter().map(|s| s.to_string()).collect(),
        languages: languages.iter().map(|s| s.to_string()).collect(),
        pin: pin.into(),
        confirmation: pin.into(),
    }
}

async fn agent_count(t: &TestDb) -> u64 {
    agent_entity::Entity::find().count(&t.db).await.unwrap()
}

async fn row(t: &TestDb, id: i32) -> app::agents::model::AgentRow {
    store::list(&t.db, Locale::Fr, Utc::now())
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.id == id)
        .expect("the agent is listed")
}

#[tokio::test]
async fn an_agent_is_created_signs_in_and_is_edited_unlocked_reset_and_retired() {
    for t in crate::common::both().await {
        let label = t.label();
        let (_, motif_id) = one_slot_a_day(&t.db, 0).await;
        let (admin, desk) = administrator(&t).await;
        let now = Utc::now();

        // Created with a skill, two languages and a PIN: listed as such, and signs in.
        let new = form(
            "  Camille   Martin ",
            "counsellor",
            &["etat-civil"],
            &["fr", "ar"],
            "2468",
        );
        let id = store::save(&t.db, PEPPER, &admin, &new, now).await.unwrap();
        let listed = row(&t, id).await;
        assert_eq!(listed.name, "Camille Martin", "{label}: spaces tidied");
        assert_eq!(listed.role, Role::Counsellor);
        assert_eq!(listed.services, vec!["État civil".to_owned()], "{label}");
        assert_eq!(listed.languages, vec!["ar".to_owned(), "fr".to_owned()]);
        assert!(listed.active && listed.has_pin && listed.locked_until.is_none());
        let skills = agent_skill::Entity::find()
            .filter(agent_skill::Column::AgentId.eq(id))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(skills.len(), 1);
        assert_eq!(skills[0].motif_id, motif_id, "{label}: the service's motif");
        let signed = sign_in(&t.db, PEPPER, &desk, id, "2468", now)
            .await
            .unwrap();
        assert!(
            matches!(signed, SignInOutcome::SignedIn { .. }),
            "{label}: {signed:?}"
        );

        // Mistakes: refused, nothing saved.
        let before = agent_count(&t).await;
        let refusals = [
            (
                form("camille MARTIN", "counsellor", &[], &[], ""),
                "name-taken",
            ),
            (form("  ", "counsellor", &[], &[], ""), "name"),
            (form("Zoé Roy", "mayor", &[], &[], ""), "role"),
            (
                form("Zoé Roy", "counsellor", &["piscine"], &[], ""),
                "service",
            ),
            (form("Zoé Roy", "counsellor", &[], &["xx"], ""), "language"),
            (form("Zoé Roy", "counsellor", &[], &[], "12"), "pin-format"),
        ];
        for (bad, what) in refusals {
            let refused = store::save(&t.db, PEPPER, &admin, &bad, now).await;
            assert!(refused.is_err(), "{label}: {what} accepted");
        }
        let mut mismatch = form("Zoé Roy", "counsellor", &[], &[], "1357");
        mismatch.confirmation = "1358".into();
        assert!(matches!(
            store::save(&t.db, PEPPER, &admin, &mismatch, now).await,
            Err(AgentsError::PinMismatch)
        ));
        assert!(matches!(
            store::save(
                &t.db,
                PEPPER,
                &admin,
                &form("camille martin", "expert", &[], &[], ""),
                now
            )
            .await,
            Err(AgentsError::NameTaken)
        ));
        assert_eq!(agent_count(&t).await, before, "{label}: nothing saved");

        // Edited: another role, no skill, another language; the PIN kept.
        let mut edit = form("Camille Martin-Roy", "expert", &[], &["uk"], "");
        edit.agent = Some(id);
        store::save(&t.db, PEPPER, &admin, &edit, now)
            .await
            .unwrap();
        let edited = row(&t, id).await;
        assert_eq!(edited.name, "Camille Martin-Roy");
        assert_eq!(edited.role, Role::Expert);
        assert!(edited.services.is_empty(), "{label}: skills removed");
        assert_eq!(edited.languages, vec!["uk".to_owned()]);
        assert!(edited.has_pin);

        // Locked out after wrong PINs, then unlocked: the right PIN works again.
        for _ in 0..MAX_FAILED_ATTEMPTS {
            sign_in(&t.db, PEPPER, &desk, id, "0000", now)
                .await
                .unwrap();
        }
        assert!(matches!(
            sign_in(&t.db, PEPPER, &desk, id, "2468", now)
                .await
                .unwrap(),
            SignInOutcome::LockedOut { .. }
        ));
        assert!(row(&t, id).await.locked_until.is_some(), "{label}: shown");
        store::unlock(&t.db, &admin, id).await.unwrap();
        assert!(row(&t, id).await.locked_until.is_none());
        assert!(matches!(
            sign_in(&t.db, PEPPER, &desk, id, "2468", now)
                .await
                .unwrap(),
            SignInOutcome::SignedIn { .. }
        ));

        // A PIN reset: the old one fails, the new one works.
        let reset = PinForm {
            agent: id,
            pin: "1357".into(),
            confirmation: "1357".into(),
        };
        store::set_pin(&t.db, PEPPER, &admin, &reset).await.unwrap();
        assert!(matches!(
            sign_in(&t.db, PEPPER, &desk, id, "2468", now)
                .await
                .unwrap(),
            SignInOutcome::WrongPin { .. }
        ));
        let SignInOutcome::SignedIn { token, .. } = sign_in(&t.db, PEPPER, &desk, id, "1357", now)
            .await
            .unwrap()
        else {
            panic!("{label}: the new PIN signs in");
        };
        let typo = PinForm {
            confirmation: "1358".into(),
            ..reset.clone()
        };
        assert!(matches!(
            store::set_pin(&t.db, PEPPER, &admin, &typo).await,
            Err(AgentsError::PinMismatch)
        ));

        // Deactivated: off the login screen, the open session ended, no more sign-in.
        store::set_active(&t.db, &admin, id, false).await.unwrap();
        let tiles = login_tiles(&t.db).await.unwrap();
        assert!(!tiles.iter().any(|a| a.id == id), "{label}: tile gone");
        assert_eq!(
            session_state(&t.db, &token, &desk, IDLE, true, Utc::now())
                .await
                .unwrap(),
            SessionState::None,
            "{label}: session ended"
        );
        assert_eq!(
            sign_in(&t.db, PEPPER, &desk, id, "1357", now)
                .await
                .unwrap(),
            SignInOutcome::UnknownAgent
        );
        assert!(!row(&t, id).await.active, "{label}: still listed");
        store::set_active(&t.db, &admin, id, true).await.unwrap();
        let tiles = login_tiles(&t.db).await.unwrap();
        assert!(tiles.iter().any(|a| a.id == id), "{label}: back");

        let actions = audit_actions(&t.db).await;
        for expected in [
            "agent.created",
            "agent.pin_reset",
            "agent.updated",
            "agent.unlocked",
            "agent.deactivated",
            "agent.reactivated",
        ] {
            assert!(
                actions.iter().any(|a| a == expected),
                "{label}: {expected} audited"
            );
        }
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_last_active_administrator_stays_one() {
    for t in crate::common::both().await {
        let label = t.label();
        let (admin, _) = administrator(&t).await;
        let me = admin.agent_id;
        assert!(matches!(
            store::set_active(&t.db, &admin, me, false).await,
            Err(AgentsError::LastAdmin)
        ));
        let mut demote = form("Julien Moreau", "counsellor", &[], &["fr"], "");
        demote.agent = Some(me);
        assert!(matches!(
            store::save(&t.db, PEPPER, &admin, &demote, Utc::now()).await,
            Err(AgentsError::LastAdmin)
        ));
        let unchanged = row(&t, me).await;
        assert!(
            unchanged.active && unchanged.role == Role::Admin,
            "{label}: nothing changed"
        );
        assert!(unchanged.languages.is_empty(), "{label}: not half-saved");

        // With a second administrator, the first may step down.
        agent(&t.db, "Léa Bernard", "admin", "1111").await;
        store::save(&t.db, PEPPER, &admin, &demote, Utc::now())
            .await
            .unwrap();
        assert_eq!(row(&t, me).await.role, Role::Counsellor, "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_import_with_one_bad_row_saves_nothing_and_a_good_one_saves_every_row() {
    for t in crate::common::both().await {
        let label = t.label();
        one_slot_a_day(&t.db, 0).await;
        let (admin, desk) = administrator(&t).await;
        let now = Utc::now();
        let before = agent_count(&t).await;

        let bad = "nom;rôle;compétences;langues\n\
                   Camille Martin;Conseiller;etat-civil;fr, en\n\
                   Paul Durand;Conseiller;Piscine;fr\n\
                   Inès Roy;Agent expert;;fr\n";
        let preview = store::preview(&t.db, Locale::Fr, bad).await.unwrap();
        assert!(!preview.is_valid(), "{label}");
        let wrong: Vec<_> = preview
            .rows
            .iter()
            .filter(|r| !r.problems.is_empty())
            .map(|r| (r.line, r.name.as_str(), r.problems.clone()))
            .collect();
        assert_eq!(
            wrong,
            vec![(
                3,
                "Paul Durand",
                vec![Problem::UnknownService("Piscine".into())]
            )],
            "{label}"
        );
        assert!(matches!(
            store::import(&t.db, &admin, Locale::Fr, bad, now).await,
            Err(AgentsError::Import)
        ));
        assert_eq!(agent_count(&t).await, before, "{label}: nothing saved");
        assert!(
            !audit_actions(&t.db)
                .await
                .contains(&"agent.imported".into())
        );

        // The same file corrected, saved from Excel with its byte order mark.
        let good = "\u{feff}nom;rôle;compétences;langues\r\n\
                    Camille Martin;Conseiller;etat-civil;fr, en\r\n\
                    Paul Durand;counsellor;État civil;fr\r\n\
                    Inès Roy;Agent expert;;fr\r\n";
        assert!(
            store::preview(&t.db, Locale::Fr, good)
                .await
                .unwrap()
                .is_valid()
        );
        let count = store::import(&t.db, &admin, Locale::Fr, good, now)
            .await
            .unwrap();
        assert_eq!(count, 3, "{label}");
        let agents = store::list(&t.db, Locale::Fr, now).await.unwrap();
        let camille = agents.iter().find(|a| a.name == "Camille Martin").unwrap();
        assert_eq!(camille.services, vec!["État civil".to_owned()]);
        assert_eq!(camille.languages, vec!["en".to_owned(), "fr".to_owned()]);
        assert!(!camille.has_pin, "{label}: imported without a PIN");
        let ines = agents.iter().find(|a| a.name == "Inès Roy").unwrap();
        assert_eq!(ines.role, Role::Expert);
        // Without a PIN nobody can sign in, whatever they type, and no guess counts
        // towards a lockout; the login screen does not offer them yet.
        assert_eq!(
            sign_in(&t.db, PEPPER, &desk, camille.id, "0000", now)
                .await
                .unwrap(),
            SignInOutcome::UnknownAgent
        );
        let tiles = app::staff::store::login_tiles(&t.db).await.unwrap();
        assert!(tiles.iter().all(|tile| tile.id != camille.id), "{label}");
        let imported = audit_actions(&t.db)
            .await
            .iter()
            .filter(|a| *a == "agent.imported")
            .count();
        assert_eq!(imported, 3, "{label}: one audit row per agent");

        // The same file again: every name is taken now, and nothing is saved.
        assert!(matches!(
            store::import(&t.db, &admin, Locale::Fr, good, now).await,
            Err(AgentsError::Import)
        ));
        assert_eq!(agent_count(&t).await, before + 3);
        t.drop_db().await;
    }
}

fn clean(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
        .replace("&#x27;", "'")
        .replace("<!>", "")
}

#[tokio::test]
async fn an_administrator_creates_an_agent_and_imports_without_javascript() {
    for t in crate::common::both().await {
        let label = t.label();
        one_slot_a_day(&t.db, 0).await;
        let app = app(&t);
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let cookies = signed_in_cookies(&app, &t, admin, "9052").await;
        let counsellor = agent(&t.db, "Sofia Rossi", "counsellor", "1111").await;
        let theirs = signed_in_cookies(&app, &t, counsellor, "1111").await;

        let fields = [
            ("agent", ""),
            ("nom", "Camille Martin"),
            ("role", "counsellor"),
            ("services[]", "etat-civil"),
            ("langues[]", "fr"),
            ("langues[]", "ar"),
            ("pin", "2468"),
            ("confirmation", "2468"),
        ];
        // Not for a counsellor.
        let (status, _, _) = send(&app, post_as(SaveAgent::PATH, &fields, &theirs)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{label}");
        assert_eq!(agent_count(&t).await, 2, "{label}: nothing saved");

        let (status, headers, _) = send(&app, post_as(SaveAgent::PATH, &fields, &cookies)).await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        let created = agent_entity::Entity::find()
            .filter(agent_entity::Column::DisplayName.eq("Camille Martin"))
            .one(&t.db)
            .await
            .unwrap()
            .expect("created");
        assert_eq!(
            location(&headers),
            format!("{}?enregistre=1", agent_page(created.id))
        );
        let (status, _, list) = send(&app, get_as("/agent/admin/agents", &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let list = clean(&list);
        assert!(list.contains("Camille Martin"), "{label}: listed");
        assert!(list.contains("État civil") && list.contains("العربية"));
        let (_, _, editor) = send(&app, get_as(&agent_page(created.id), &cookies)).await;
        assert!(
            clean(&editor).contains("value=\"Camille Martin\""),
            "{label}"
        );

        // The same name again: told why, with what was typed, and nothing saved.
        let again: Vec<(&str, &str)> = fields
            .iter()
            .map(|&(k, v)| {
                if k == "nom" {
                    (k, "camille martin")
                } else {
                    (k, v)
                }
            })
            .collect();
        let (_, headers, _) = send(&app, post_as(SaveAgent::PATH, &again, &cookies)).await;
        let back = location(&headers);
        assert!(
            back.starts_with("/agent/admin/agents?erreur=admin-error-agent-name-taken"),
            "{label}: {back}"
        );
        assert!(!back.contains("2468"), "{label}: no PIN in addresses");
        let (_, _, page) = send(&app, get_as(&back, &cookies)).await;
        let page = clean(&page);
        assert!(
            page.contains("Un autre agent porte déjà ce nom"),
            "{label}: the reason"
        );
        assert!(page.contains("value=\"camille martin\""), "{label}: kept");
        assert_eq!(agent_count(&t).await, 3);

        // An import whose second row is wrong: the preview names line 3 and the problem,
        // and confirming it anyway saves nothing.
        let csv = "nom;rôle;compétences\nLéa Bernard;Conseiller;etat-civil\nInès Roy;Maire;\n";
        let preview = format!(
            "/agent/admin/agents/import?csv={}",
            app::components::url::escape(csv)
        );
        let (status, _, page) = send(&app, get_as(&preview, &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let page = clean(&page);
        assert!(page.contains("Rôle inconnu : « Maire »"), "{label}: {page}");
        assert!(
            page.contains("<tr><td>3</td><th scope=\"row\"><bdi>Inès Roy</bdi></th>"),
            "{label}: the row is named by its line"
        );
        assert!(
            !page.contains(ImportAgents::PATH),
            "{label}: no confirm button"
        );
        let (_, headers, _) =
            send(&app, post_as(ImportAgents::PATH, &[("csv", csv)], &cookies)).await;
        assert!(
            location(&headers).contains("erreur=admin-error-agent-import"),
            "{label}"
        );
        assert_eq!(agent_count(&t).await, 3, "{label}: nothing imported");
        t.drop_db().await;
    }
}
