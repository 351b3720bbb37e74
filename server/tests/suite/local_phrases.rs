//! The town's own phrases through the real router: an administrator adds one with its
//! translations (all saved or nothing, bad input said); a translation joins the language
//! panel only once an agent who speaks that language approved it; it is then listed,
//! searched, shown side by side and sent to the paired screen like the phrasebook's; a
//! retired phrase leaves the panel. On a SQLite file and PostgreSQL.

use crate::common::web::{app, get_as, location, post_as as post, send, signed_in_cookies};
use app::interpretation::local_phrases::model::PATH;
use app::interpretation::local_phrases::{AddLocalPhrase, RetireLocalPhrase, VerifyTranslation};
use app::interpretation::pairing::{PairingSend, PairingStart};
use app::store::entities::{agent_language, local_phrase, local_phrase_translation, pairing};
use http::StatusCode;
use leptos::server_fn::ServerFn;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};

const ADD_URL: &str = AddLocalPhrase::PATH;
const VERIFY_URL: &str = VerifyTranslation::PATH;
const RETIRE_URL: &str = RetireLocalPhrase::PATH;
const START_URL: &str = PairingStart::PATH;
const SEND_URL: &str = PairingSend::PATH;

const FRENCH: &str = "Le marché couvert est fermé le lundi.";
const UKRAINIAN: &str = "Критий ринок зачинений у понеділок.";
const ARABIC: &str = "السوق المغطى مغلق يوم الاثنين.";

async fn speaks(db: &DatabaseConnection, agent_id: i32, lang: &str) {
    agent_language::ActiveModel {
        agent_id: Set(agent_id),
        lang: Set(lang.into()),
    }
    .insert(db)
    .await
    .unwrap();
}

fn new_phrase<'a>(french: &'a str, uk: &'a str, ar: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut pairs = vec![
        ("situation", "welcome"),
        ("francais", french),
        ("uk", uk),
        ("ar", ar),
    ];
    for lang in ["en", "fa", "es", "pt", "tr", "ro", "ru", "zh"] {
        pairs.push((lang, ""));
    }
    pairs
}

#[tokio::test]
async fn a_local_phrase_joins_the_panel_once_verified_in_that_language() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = crate::common::town::queue_town(&t.db, 1).await;
        let admin = crate::common::agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let oksana = crate::common::agent(&t.db, "Oksana Melnyk", "counsellor", "1357").await;
        speaks(&t.db, oksana, "uk").await;
        let karim = crate::common::agent(&t.db, "Karim Haddad", "counsellor", "2580").await;
        speaks(&t.db, karim, "ar").await;
        let router = app(&t);
        let admin_cookies = signed_in_cookies(&router, &t, admin, "9052").await;
        let camille = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;

        // Bad input is said and nothing is saved; counsellors cannot add.
        let (_, headers, _) = send(
            &router,
            post(ADD_URL, &new_phrase("  ", UKRAINIAN, ""), &admin_cookies),
        )
        .await;
        assert!(
            location(&headers).contains("local-phrases-error-french"),
            "{label}"
        );
        let long = "م".repeat(301);
        let (_, headers, _) = send(
            &router,
            post(
                ADD_URL,
                &new_phrase(FRENCH, UKRAINIAN, &long),
                &admin_cookies,
            ),
        )
        .await;
        assert!(
            location(&headers).contains("local-phrases-error-long"),
            "{label}"
        );
        let (status, _, _) = send(
            &router,
            post(ADD_URL, &new_phrase(FRENCH, UKRAINIAN, ARABIC), &camille),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{label}");
        assert_eq!(
            local_phrase::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        assert_eq!(
            local_phrase_translation::Entity::find()
                .count(&t.db)
                .await
                .unwrap(),
            0,
            "{label}"
        );
        let (_, _, html) = send(
            &router,
            get_as(
                &format!("{PATH}?erreur=local-phrases-error-long"),
                &admin_cookies,
            ),
        )
        .await;
        assert!(html.contains("300"), "{label}: the message says the limit");

        // Saved with two translations, both not verified yet.
        let (_, headers, _) = send(
            &router,
            post(
                ADD_URL,
                &new_phrase(FRENCH, UKRAINIAN, ARABIC),
                &admin_cookies,
            ),
        )
        .await;
        assert!(location(&headers).contains("enregistre"), "{label}");
        let phrase = local_phrase::Entity::find()
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            local_phrase_translation::Entity::find()
                .count(&t.db)
                .await
                .unwrap(),
            2,
            "{label}"
        );
        let (_, _, html) = send(&router, get_as(PATH, &admin_cookies)).await;
        assert_eq!(html.matches("Non vérifiée").count(), 2, "{label}");
        let panel_uk = "/agent/interpretation?langue=uk&situation=welcome";
        let (_, _, html) = send(&router, get_as(panel_uk, &camille)).await;
        assert!(
            !html.contains(FRENCH),
            "{label}: not on the panel before verification"
        );

        // Karim speaks Arabic, not Ukrainian: he may approve only the Arabic one.
        let karim_cookies = signed_in_cookies(&router, &t, karim, "2580").await;
        let id = phrase.id.to_string();
        let (_, headers, _) = send(
            &router,
            post(
                VERIFY_URL,
                &[("phrase", &id), ("langue", "uk")],
                &karim_cookies,
            ),
        )
        .await;
        assert!(
            location(&headers).contains("local-phrases-error-not-speaker"),
            "{label}"
        );
        let oksana_cookies = signed_in_cookies(&router, &t, oksana, "1357").await;
        let (_, headers, _) = send(
            &router,
            post(
                VERIFY_URL,
                &[("phrase", &id), ("langue", "uk")],
                &oksana_cookies,
            ),
        )
        .await;
        assert!(location(&headers).contains("verifie"), "{label}");
        assert!(
            crate::common::audit_actions(&t.db)
                .await
                .contains(&"phrase.verify".to_owned()),
            "{label}"
        );

        // In Ukrainian it is now listed in its situation, found by a French word, shown
        // side by side; in Arabic it is still not there.
        let (_, _, html) = send(&router, get_as(panel_uk, &camille)).await;
        assert!(html.contains(FRENCH) && html.contains(UKRAINIAN), "{label}");
        let (_, _, html) = send(
            &router,
            get_as(
                "/agent/interpretation?langue=uk&q=march%C3%A9%20couvert",
                &camille,
            ),
        )
        .await;
        assert!(html.contains(UKRAINIAN), "{label}: found by search");
        let chosen = format!("{panel_uk}&phrase=local-{}", phrase.id);
        let (_, _, html) = send(&router, get_as(&chosen, &camille)).await;
        let theirs = &html[html
            .find("id=\"their-phrase\"")
            .expect("the phrase side by side")..];
        assert!(theirs.contains(UKRAINIAN), "{label}");
        let (_, _, html) = send(
            &router,
            get_as(
                "/agent/interpretation?langue=ar&situation=welcome",
                &camille,
            ),
        )
        .await;
        assert!(!html.contains(ARABIC), "{label}: Arabic not verified yet");

        // Sent to the paired screen like any phrase.
        send(&router, post(START_URL, &[("retour", &chosen)], &camille)).await;
        send(&router, post(SEND_URL, &[("retour", &chosen)], &camille)).await;
        let code = pairing::Entity::find()
            .one(&t.db)
            .await
            .unwrap()
            .unwrap()
            .code;
        let (_, _, html) = send(&router, get_as(&format!("/interpretation/{code}"), "")).await;
        assert!(
            html.contains(UKRAINIAN),
            "{label}: on the resident's screen"
        );

        // Retired: gone from the panel.
        send(
            &router,
            post(RETIRE_URL, &[("phrase", &id)], &admin_cookies),
        )
        .await;
        let (_, _, html) = send(&router, get_as(panel_uk, &camille)).await;
        assert!(!html.contains(UKRAINIAN), "{label}");
        t.drop_db().await;
    }
}
