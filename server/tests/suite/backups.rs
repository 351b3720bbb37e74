//! Backups, tested by restoring them: a SQLite copy taken with `guichet backup` while
//! tickets are being issued, and a PostgreSQL dump (`pg_dump -Fc`, as the README says)
//! restored into a new database; each serves the town again with everything that was
//! acknowledged before the copy began.

use crate::common::TestDb;
use crate::common::town::queue_town;
use crate::common::web::{get, router, send, state};
use app::queue::order::Priority;
use app::queue::store::{NewTicket, Origin, issue};
use app::store::entities::ticket;
use axum::body::Body;
use chrono::Utc;
use http::StatusCode;
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

fn walk_in(site_id: i32, motif_id: i32) -> NewTicket {
    NewTicket {
        site_id,
        motif_id,
        language: "fr".into(),
        priority: Priority::None,
        phone: None,
        origin: Origin::Desk,
    }
}

async fn tickets(db: &DatabaseConnection) -> u64 {
    ticket::Entity::find().count(db).await.unwrap()
}

/// The restored town answers its pages.
async fn serves(db: &DatabaseConnection) {
    let app = router(state(db, tokio_util::sync::CancellationToken::new()));
    let (status, _, _) = send(&app, get("/rendez-vous").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_sqlite_copy_taken_while_tickets_are_issued_restores_the_town() {
    let today = app::calendar::paris_today(Utc::now());
    if app::calendar::holidays::holiday_on(today, false).is_some() {
        return;
    }
    let t = TestDb::sqlite().await;
    let town = queue_town(&t.db, 1).await;
    for _ in 0..20 {
        issue(&t.db, &walk_in(town.site_id, town.front_motif), Utc::now())
            .await
            .unwrap();
    }
    let before = tickets(&t.db).await;
    // A desk keeps issuing tickets during the copy.
    let writer = {
        let db = t.db.clone();
        let (site, motif) = (town.site_id, town.front_motif);
        tokio::spawn(async move {
            for _ in 0..50 {
                issue(&db, &walk_in(site, motif), Utc::now()).await.unwrap();
            }
        })
    };
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("sauvegardes/guichet-copie.db");
    let done = server::backup::sqlite_backup(&t.db, &copy).await.unwrap();
    writer.await.unwrap();
    assert!(done.bytes > 0);
    // Nothing is overwritten.
    let again = server::backup::sqlite_backup(&t.db, &copy)
        .await
        .unwrap_err();
    assert!(again.contains("exists already"), "{again}");

    let restored = server::db::connect_and_migrate(&format!("sqlite://{}", copy.display()))
        .await
        .unwrap();
    let kept = tickets(&restored).await;
    assert!(
        (before..=before + 50).contains(&kept),
        "every ticket acknowledged before the copy is in it: {before} ≤ {kept}"
    );
    // Numbers go on from the copy without a twin.
    let next = issue(
        &restored,
        &walk_in(town.site_id, town.front_motif),
        Utc::now(),
    )
    .await
    .unwrap();
    assert!(next.id as u64 > kept);
    serves(&restored).await;
    restored.close().await.unwrap();
    t.drop_db().await;
}

#[tokio::test]
async fn a_postgresql_dump_restores_into_a_new_database() {
    let today = app::calendar::paris_today(Utc::now());
    if app::calendar::holidays::holiday_on(today, false).is_some() {
        return;
    }
    let t = TestDb::postgres().await;
    let town = queue_town(&t.db, 1).await;
    for _ in 0..20 {
        issue(&t.db, &walk_in(town.site_id, town.front_motif), Utc::now())
            .await
            .unwrap();
    }
    // The SQLite command refuses, and says what to use.
    let refused = server::backup::sqlite_backup(&t.db, std::path::Path::new("/tmp/x.db"))
        .await
        .unwrap_err();
    assert!(refused.contains("pg_dump"), "{refused}");
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("guichet.dump");
    let ran = std::process::Command::new("pg_dump")
        .args(["--format=custom", "--no-owner", "--file"])
        .arg(&dump)
        .arg(&t.url)
        .status()
        .expect("pg_dump is installed beside PostgreSQL");
    assert!(ran.success());
    // A fresh database, as on a new server.
    let fresh = TestDb::empty_postgres().await;
    let ran = std::process::Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error", "--dbname"])
        .arg(&fresh.url)
        .arg(&dump)
        .status()
        .unwrap();
    assert!(ran.success());
    let restored = server::db::connect_and_migrate(&fresh.url).await.unwrap();
    assert_eq!(tickets(&restored).await, 20);
    let next = issue(
        &restored,
        &walk_in(town.site_id, town.front_motif),
        Utc::now(),
    )
    .await
    .unwrap();
    assert_eq!(next.id, 21, "the sequences came with the dump");
    serves(&restored).await;
    restored.close().await.unwrap();
    fresh.drop_db().await;
    t.drop_db().await;
}
