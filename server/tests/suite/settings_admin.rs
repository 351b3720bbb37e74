//! The booking settings and the message templates through the real router, as an
//! administrator without JavaScript uses them: a saved waitlist hold is in force for the
//! next offer without restart and the default comes back on reset; a French wording of the
//! confirmation is sent from the next confirmation on, in French only; bad input is refused
//! on the form, as typed, with nothing saved; the preview shows a made-up appointment.

use crate::common::town::{one_slot_a_day, request, target_day};
use crate::common::web::{get_as, location, post_as, router, send, signed_in_cookies, state};
use crate::common::{agent, audit_actions};
use app::booking::changes::{ChangedBy, cancel};
use app::booking::policy::LivePolicy;
use app::booking::store::{availability, book};
use app::booking::waitlist::{NewEntry, join};
use app::store::entities::{message_template, notification, setting, waitlist_entry};
use chrono::{Duration, Utc};
use http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

fn strip(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

const SAVE_SETTING: &str = "/api/agent/admin/reglage";
const RESET_SETTING: &str = "/api/agent/admin/reglage/defaut";
const SAVE_TEMPLATE: &str = "/api/agent/admin/modele";
const RESET_TEMPLATE: &str = "/api/agent/admin/modele/defaut";

#[tokio::test]
async fn a_saved_waitlist_hold_is_used_by_the_next_offer_and_reset_brings_the_default_back() {
    for t in crate::common::both().await {
        let label = t.label();
        let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
        let services = state(&t.db, tokio_util::sync::CancellationToken::new());
        let app = router(services.clone());
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let cookies = signed_in_cookies(&app, &t, admin, "9052").await;
        let counsellor = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        let theirs = signed_in_cookies(&app, &t, counsellor, "2468").await;

        // The page: each value with where it comes from, and the queue's settings linked.
        let (status, _, html) = send(&app, get_as("/agent/admin/reglages", &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(html.contains("GUICHET_WAITLIST_HOLD_MINUTES"), "{label}");
        assert!(html.contains("href=\"/agent/admin/file\""), "{label}");
        let (_, _, denied) = send(&app, get_as("/agent/admin/reglages", &theirs)).await;
        assert!(!denied.contains("GUICHET_WAITLIST_HOLD_MINUTES"), "{label}");

        // A counsellor may not change it.
        let hold = |value: &str, who: &str| {
            post_as(
                SAVE_SETTING,
                &[("reglage", "garde-liste-attente"), ("valeur", value)],
                who,
            )
        };
        let (status, _, _) = send(&app, hold("45", &theirs)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{label}");

        // Out of bounds: back to the form with the reason and the value typed, nothing saved.
        let audits = audit_actions(&t.db).await.len();
        let (status, headers, _) = send(&app, hold("2000", &cookies)).await;
        assert!(status.is_redirection(), "{label}");
        let back = location(&headers);
        assert!(
            back.contains("erreur=admin-error-settings-waitlist-hold")
                && back.contains("valeur=2000"),
            "{back}"
        );
        let (_, _, html) = send(&app, get_as(&back, &cookies)).await;
        assert!(
            html.contains("value=\"2000\""),
            "{label}: the value as typed"
        );
        assert!(html.contains("entre 0 et 1440"), "{label}: the reason");
        assert_eq!(
            setting::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        assert_eq!(audit_actions(&t.db).await.len(), audits, "{label}");
        assert_eq!(
            services.booking.snapshot().offer_hold,
            Duration::minutes(30)
        );

        // 45 minutes: in force at once, audited.
        let (status, headers, _) = send(&app, hold("45", &cookies)).await;
        assert!(status.is_redirection(), "{label}");
        assert!(location(&headers).contains("enregistre=1"), "{label}");
        assert!(
            audit_actions(&t.db)
                .await
                .contains(&"admin.settings.save".to_owned()),
            "{label}"
        );
        let (_, _, html) = send(&app, get_as("/agent/admin/reglages", &cookies)).await;
        assert!(html.contains("value=\"45\""), "{label}");

        // The day's only slot is taken; someone waits; it is cancelled: the offer is held
        // 45 minutes, with the rules the running server now has.
        let day = target_day();
        let now = Utc::now();
        let policy = services.booking.snapshot();
        let start = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap()[0]
            .start;
        let taken = book(&t.db, &policy, &request(site_id, motif_id, start, 1), now)
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
        cancel(
            &t.db,
            &policy,
            taken.appointment.id,
            None,
            ChangedBy::Staff,
            now,
        )
        .await
        .unwrap();
        let offered = waitlist_entry::Entity::find_by_id(waiting.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(offered.status, "offered", "{label}");
        let held = offered.hold_until.unwrap() - now;
        assert!(
            (held - Duration::minutes(45)).num_seconds().abs() <= 1,
            "{label}: held {held}"
        );

        // Another instance of the server reads it from the database.
        let other = LivePolicy::from(crate::common::policy());
        assert_eq!(other.snapshot().offer_hold, Duration::minutes(30));
        app::booking::settings::store::refresh(&t.db, &other)
            .await
            .unwrap();
        assert_eq!(
            other.snapshot().offer_hold,
            Duration::minutes(45),
            "{label}"
        );

        // Back to the environment's default.
        let reset = post_as(
            RESET_SETTING,
            &[("reglage", "garde-liste-attente")],
            &cookies,
        );
        let (status, _, _) = send(&app, reset).await;
        assert!(status.is_redirection(), "{label}");
        assert_eq!(
            services.booking.snapshot().offer_hold,
            Duration::minutes(30)
        );
        assert_eq!(
            setting::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        assert!(
            audit_actions(&t.db)
                .await
                .contains(&"admin.settings.reset".to_owned()),
            "{label}"
        );
        let (_, _, html) = send(&app, get_as("/agent/admin/reglages", &cookies)).await;
        assert!(html.contains("value=\"30\""), "{label}");
        t.drop_db().await;
    }
}

/// The French confirmation SMS as a town words it: the default plus one sentence.
const CONVOCATION: &str = "Mairie : RDV confirmé { $date } à { $time }, { $site }. Réf. { $reference }. Apportez votre convocation. { $link }";

async fn last_sms(db: &sea_orm::DatabaseConnection) -> notification::Model {
    notification::Entity::find()
        .filter(notification::Column::Channel.eq("sms"))
        .order_by_desc(notification::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_french_confirmation_wording_is_sent_from_the_next_confirmation_in_french_only() {
    for t in crate::common::both().await {
        let label = t.label();
        let (site_id, motif_id) = one_slot_a_day(&t.db, 3).await;
        let services = state(&t.db, tokio_util::sync::CancellationToken::new());
        let app = router(services.clone());
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let cookies = signed_in_cookies(&app, &t, admin, "9052").await;
        let policy = services.booking.snapshot();
        let day = target_day();
        let now = Utc::now();
        let start = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap()[0]
            .start;

        let (status, headers, _) = send(
            &app,
            post_as(
                SAVE_TEMPLATE,
                &[
                    ("type", "confirmed"),
                    ("canal", "sms"),
                    ("langue", "fr"),
                    ("texte", CONVOCATION),
                ],
                &cookies,
            ),
        )
        .await;
        assert!(status.is_redirection(), "{label}");
        assert!(location(&headers).contains("enregistre=1"), "{label}");
        assert!(
            audit_actions(&t.db)
                .await
                .contains(&"admin.templates.save".to_owned()),
            "{label}"
        );

        // The next French confirmation says it.
        book(&t.db, &policy, &request(site_id, motif_id, start, 1), now)
            .await
            .unwrap();
        let sms = last_sms(&t.db).await;
        assert_eq!(sms.language, "fr");
        assert!(
            sms.body.contains("Apportez votre convocation."),
            "{label}: {}",
            sms.body
        );
        assert!(sms.body.contains("/rendez-vous/"), "{label}: {}", sms.body);

        // An English one keeps the default.
        let mut english = request(site_id, motif_id, start, 2);
        english.language = "en".into();
        book(&t.db, &policy, &english, now).await.unwrap();
        let sms = last_sms(&t.db).await;
        assert_eq!(sms.language, "en");
        assert!(!sms.body.contains("convocation"), "{label}: {}", sms.body);

        // Back to the default: the next French confirmation no longer says it.
        let (status, _, _) = send(
            &app,
            post_as(
                RESET_TEMPLATE,
                &[("type", "confirmed"), ("canal", "sms"), ("langue", "fr")],
                &cookies,
            ),
        )
        .await;
        assert!(status.is_redirection(), "{label}");
        assert_eq!(
            message_template::Entity::find().count(&t.db).await.unwrap(),
            0
        );
        book(&t.db, &policy, &request(site_id, motif_id, start, 3), now)
            .await
            .unwrap();
        let sms = last_sms(&t.db).await;
        assert_eq!(sms.language, "fr");
        assert!(!sms.body.contains("convocation"), "{label}: {}", sms.body);
        assert!(
            audit_actions(&t.db)
                .await
                .contains(&"admin.templates.reset".to_owned()),
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_wording_with_an_unknown_placeable_or_a_syntax_error_is_refused_as_typed() {
    for t in crate::common::both().await {
        let label = t.label();
        let services = state(&t.db, tokio_util::sync::CancellationToken::new());
        let app = router(services);
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let cookies = signed_in_cookies(&app, &t, admin, "9052").await;
        let audits = audit_actions(&t.db).await.len();

        let cases = [
            (
                "RDV le { $dat } à { $time }. Réf. { $reference }. { $link }",
                "admin-error-template-unknown",
                "« $dat » n’existe pas",
            ),
            (
                "RDV le { $date à { $time }. Réf. { $reference }. { $link }",
                "admin-error-template-syntax",
                "Ligne 1",
            ),
            (
                "RDV confirmé le { $date } à { $time }.",
                "admin-error-template-missing",
                "ne peut pas se passer de : { $link }, { $reference }",
            ),
        ];
        for (text, error, said) in cases {
            let (status, headers, _) = send(
                &app,
                post_as(
                    SAVE_TEMPLATE,
                    &[
                        ("type", "confirmed"),
                        ("canal", "sms"),
                        ("langue", "fr"),
                        ("texte", text),
                    ],
                    &cookies,
                ),
            )
            .await;
            assert!(status.is_redirection(), "{label}");
            let back = location(&headers);
            assert!(back.contains(&format!("erreur={error}")), "{label}: {back}");
            let (status, _, html) = send(&app, get_as(&back, &cookies)).await;
            assert_eq!(status, StatusCode::OK, "{label}");
            let html = strip(&html).replace("&#x27;", "’").replace("'", "’");
            assert!(html.contains(said), "{label}: {said} in the page");
            // The text comes back as typed, in the editor.
            let typed = text.replace('<', "&lt;");
            assert!(html.contains(&typed), "{label}: {text} kept");
        }
        assert_eq!(
            message_template::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        assert_eq!(audit_actions(&t.db).await.len(), audits, "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_preview_renders_the_wording_with_a_made_up_appointment_and_sends_nothing() {
    for t in crate::common::both().await {
        let label = t.label();
        let services = state(&t.db, tokio_util::sync::CancellationToken::new());
        let app = router(services);
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let cookies = signed_in_cookies(&app, &t, admin, "9052").await;

        // "Preview" is a GET of the page with the text typed.
        let text = "Rappel : RDV { $date } à { $time }. Réf. { $reference }. Venez 10 minutes avant. { $link }";
        let uri = format!(
            "/agent/admin/modeles?type=reminder&canal=sms&langue=fr&texte={}",
            app::components::url::escape(text)
        );
        let (status, _, html) = send(&app, get_as(&uri, &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let html = strip(&html);
        assert!(
            html.contains("rendez-vous inventé"),
            "{label}: marked as an example"
        );
        assert!(
            html.contains(
                "Réf. EXEMPLE1. Venez 10 minutes avant. http://mairie.test/rendez-vous/000"
            ),
            "{label}"
        );
        assert!(html.contains("caractères, 1 SMS (alphabet GSM"), "{label}");
        // The default text is shown beside it, placeables and all.
        assert!(html.contains("Réf. { $reference }"), "{label}");

        // An e-mail's preview has its subject and the made-up facts.
        let (_, _, html) = send(
            &app,
            get_as(
                "/agent/admin/modeles?type=cancelled&canal=email&langue=en",
                &cookies,
            ),
        )
        .await;
        let html = strip(&html);
        assert!(
            html.contains("Camille,"),
            "{label}: greeting by the sample's first name"
        );
        assert!(
            html.contains("EXEMPLE1") && html.contains("Exampleton"),
            "{label}"
        );

        assert_eq!(
            notification::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        assert_eq!(
            message_template::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        t.drop_db().await;
    }
}
