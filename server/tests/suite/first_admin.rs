//! A town set up from nothing: the first administrator made at the terminal, who can then
//! sign in and open the administration, served without the app's wasm.

use crate::common::web::{get_as, send, signed_in_cookies};
use crate::common::{PEPPER, TestDb, audit_actions, both};
use app::staff::store::{self, CreateAdminRefusal};
use app::store::entities::agent;
use http::StatusCode;
use sea_orm::EntityTrait;
use std::io::Write;
use std::process::{Command, Stdio};

#[tokio::test]
async fn the_first_administrator_is_created_once_with_a_valid_pin() {
    for t in both().await {
        let now = chrono::Utc::now();
        assert!(
            !store::has_active_admin(&t.db).await.unwrap(),
            "{}",
            t.label()
        );
        for (name, pin, refusal) in [
            ("  ", "2468", CreateAdminRefusal::EmptyName),
            ("Claire Dupont", "12", CreateAdminRefusal::InvalidPin),
            ("Claire Dupont", "12ab", CreateAdminRefusal::InvalidPin),
        ] {
            let refused = store::create_admin(&t.db, PEPPER, name, pin, now).await;
            assert_eq!(refused.unwrap().unwrap_err(), refusal, "{}", t.label());
        }
        assert!(agent::Entity::find().all(&t.db).await.unwrap().is_empty());

        let admin = store::create_admin(&t.db, PEPPER, " Claire Dupont ", "2468", now)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(admin.display_name, "Claire Dupont");
        assert_eq!(admin.role, "admin");
        assert!(store::has_active_admin(&t.db).await.unwrap());
        assert!(
            audit_actions(&t.db)
                .await
                .contains(&"agent.created".to_owned())
        );
        // The login screen shows names: a second "Claire Dupont" would be ambiguous.
        let again = store::create_admin(&t.db, PEPPER, "Claire Dupont", "1357", now).await;
        assert_eq!(again.unwrap().unwrap_err(), CreateAdminRefusal::NameTaken);
        assert_eq!(agent::Entity::find().all(&t.db).await.unwrap().len(), 1);
        t.drop_db().await;
    }
}

/// Runs the real binary as a town's technician would, the PIN piped twice.
fn guichet(t: &TestDb, secret: &std::path::Path, args: &[&str], stdin: &str) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(args)
        .env("DATABASE_URL", &t.url)
        .env("GUICHET_SECRET_KEY_FILE", secret)
        .env("GUICHET_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[tokio::test]
async fn create_admin_at_the_terminal_then_sign_in_and_open_the_administration() {
    for t in both().await {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret.key");
        let (ok, said) = guichet(
            &t,
            &secret,
            &["create-admin", "Claire Dupont"],
            "2468\n1357\n",
        );
        assert!(!ok, "{said}");
        assert!(said.contains("differ"), "{said}");
        assert!(agent::Entity::find().all(&t.db).await.unwrap().is_empty());

        let (ok, said) = guichet(
            &t,
            &secret,
            &["create-admin", "Claire Dupont"],
            "2468\n2468\n",
        );
        assert!(ok, "{said}");
        assert!(said.contains("Claire Dupont"), "{said}");
        let admin = agent::Entity::find().all(&t.db).await.unwrap().remove(0);

        // The server's pepper is the secret the command used: the PIN works on the web.
        let pepper = std::fs::read(&secret).unwrap();
        assert_ne!(pepper.as_slice(), PEPPER);
        let staff = app::state::StaffConfig {
            pin_pepper: std::sync::Arc::from(pepper),
            inactivity: std::time::Duration::from_secs(300),
            secure_cookies: false,
        };
        let stop = tokio_util::sync::CancellationToken::new();
        let services = server::services::Services::start(
            t.db.clone(),
            staff,
            crate::common::PUBLIC_URL,
            crate::common::policy(),
            stop,
        );
        let web = crate::common::web::router(services);
        let cookies = signed_in_cookies(&web, &t, admin.id, "2468").await;
        let (status, _, html) = send(&web, get_as("/agent/admin", &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{}", t.label());
        for page in [
            "/agent/admin/lieux",
            "/agent/admin/motifs",
            "/agent/admin/postes",
        ] {
            assert!(
                html.contains(&format!("href=\"{page}\"")),
                "{page} in {html}"
            );
        }
        // Served without the wasm: no hydration script, but the inactivity lock.
        assert!(
            !html.contains("guichet.wasm") && !html.contains("hydrate"),
            "{html}"
        );
        assert!(html.contains("lock-form") && html.contains("setInterval"));
        // Other staff pages still hydrate.
        let (_, _, home) = send(&web, get_as("/agent/accueil", &cookies)).await;
        assert!(home.contains("hydrate"), "{home}");
        t.drop_db().await;
    }
}
