//! The queue's live streams over real HTTP: a call made on one server instance reaches a
//! screen connected to another instance of the same PostgreSQL within a second; the first
//! board arrives at once; streams end when the server shuts down.

use crate::common::live::{instance, next_with, wait_for};
use crate::common::town::queue_town;
use app::queue::order::Priority;
use app::queue::store::{NewTicket, Origin, QueueChoice, call_next, issue};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// Now, unless today is a public holiday (the site is closed then and nothing is issued).
fn open_now() -> Option<chrono::DateTime<chrono::Utc>> {
    let now = chrono::Utc::now();
    let today = app::calendar::paris_today(now);
    app::calendar::holidays::holiday_on(today, false)
        .is_none()
        .then_some(now)
}

#[tokio::test]
async fn a_call_on_one_instance_reaches_a_screen_on_the_other_within_a_second() {
    let Some(now) = open_now() else { return };
    let t = crate::common::TestDb::postgres().await;
    let town = queue_town(&t.db, 1).await;
    let stop = CancellationToken::new();
    // Two instances, each with its own pool, hub and listener, on one database.
    let db_a = sea_orm::Database::connect(&t.url).await.unwrap();
    let db_b = sea_orm::Database::connect(&t.url).await.unwrap();
    let _a = instance(&db_a, stop.clone()).await;
    let b = instance(&db_b, stop.clone()).await;
    let client = reqwest::Client::new();
    let mut screen = client
        .get(format!("{b}/direct/file/mairie"))
        .send()
        .await
        .unwrap();
    assert_eq!(screen.status(), 200);
    assert!(
        screen.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let mut buffer = String::new();
    // The first board comes at once, before anything happens.
    assert!(
        tokio::time::timeout(
            Duration::from_secs(2),
            wait_for(&mut screen, &mut buffer, "\"site\":\"mairie\"")
        )
        .await
        .unwrap()
    );
    let new = NewTicket {
        site_id: town.site_id,
        motif_id: town.front_motif,
        language: "ar".into(),
        priority: Priority::None,
        phone: None,
        origin: Origin::Kiosk,
    };
    let tk = issue(&db_a, &new, now).await.unwrap();
    let started = Instant::now();
    call_next(
        &db_a,
        town.site_id,
        town.desks[0],
        town.counsellors[0],
        QueueChoice::Common,
        now,
    )
    .await
    .unwrap()
    .unwrap();
    // Instance A never tells B directly: only PostgreSQL's NOTIFY can carry the call.
    let needle = format!("\"code\":\"{}\"", tk.code);
    let arrived = tokio::time::timeout(
        Duration::from_secs(1),
        next_with(&mut screen, &mut buffer, &needle),
    )
    .await;
    let Ok(Some(event)) = arrived else {
        panic!("no call on the other instance within a second");
    };
    println!(
        "call → event on the other instance: {:?}",
        started.elapsed()
    );
    // The screen will say it in French and in the visitor's language.
    assert!(
        event.contains("\"lang\":\"fr\"") && event.contains("\"lang\":\"ar\""),
        "{event}"
    );
    assert!(event.contains("Guichet 1"), "{event}");
    stop.cancel();
    db_a.close().await.ok();
    db_b.close().await.ok();
    t.drop_db().await;
}

#[tokio::test]
async fn streams_end_when_the_server_shuts_down() {
    for t in crate::common::both().await {
        queue_town(&t.db, 1).await;
        let stop = CancellationToken::new();
        let base = instance(&t.db, stop.clone()).await;
        let mut screen = reqwest::get(format!("{base}/direct/file/mairie"))
            .await
            .unwrap();
        let mut buffer = String::new();
        assert!(wait_for(&mut screen, &mut buffer, "data:").await);
        stop.cancel();
        let ended = tokio::time::timeout(Duration::from_secs(3), async {
            while let Ok(Some(_)) = screen.chunk().await {}
        })
        .await;
        assert!(
            ended.is_ok(),
            "the stream stayed open after shutdown on {}",
            t.label()
        );
        let unknown = reqwest::get(format!("{base}/direct/file/nulle-part")).await;
        // The server is gone or, if still closing, answers 404 for an unknown site.
        if let Ok(r) = unknown {
            assert_ne!(r.status(), 200);
        }
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_unknown_site_has_no_stream() {
    let t = crate::common::TestDb::sqlite().await;
    let base = instance(&t.db, CancellationToken::new()).await;
    let r = reqwest::get(format!("{base}/direct/file/nulle-part"))
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    t.drop_db().await;
}
