//! How many database statements a site's week of free times costs, on SQLite and
//! PostgreSQL (issue 19): each statement is a round trip (on SQLite, a hop to sqlx's worker
//! thread and one more per row), so the page must not grow new ones unnoticed.

use crate::common::town::one_slot_a_day;
use app::booking::wizard::model::StepParams;
use app::booking::wizard::store::load_step;
use app::i18n::Locale;
use chrono::Utc;
use std::sync::{Arc, Mutex};

/// The statements the week page issues, at most: the motifs (1) and the motif's service
/// (1); the site (1) and its hours today (2: weekly hours, closures not over); the free
/// times' calendar, which also serves the days shown (2: weekly hours, closures touching
/// the horizon); the active agents who handle the motif (1); their schedules, absences,
/// appointments and held offers (4). Twelve; it was sixteen before issue 19 (the site and
/// every other site read again for today's hours, the calendar read a third time for the
/// week shown, the agents in two steps).
const WEEK_PAGE_STATEMENTS: usize = 12;

#[tokio::test]
async fn a_week_of_free_times_costs_a_fixed_number_of_statements() {
    for t in crate::common::both().await {
        let label = t.label();
        one_slot_a_day(&t.db, 2).await;
        let mut db = server::db::connect(&t.url).await.unwrap();
        let seen: Arc<Mutex<Vec<String>>> = Arc::default();
        let keep = seen.clone();
        db.set_metric_callback(move |info| {
            keep.lock().unwrap().push(info.statement.sql.clone());
        });
        let params = StepParams {
            motif: Some("acte".into()),
            lieu: Some("test".into()),
            ..Default::default()
        };
        let step = load_step(&db, &params, None, Locale::Fr, Utc::now()).await;
        assert!(step.is_ok(), "{label}: {step:?}");
        let statements = seen.lock().unwrap().clone();
        for s in &statements {
            eprintln!("{label}: {}", s.chars().take(140).collect::<String>());
        }
        assert!(
            statements.len() <= WEEK_PAGE_STATEMENTS,
            "{label}: {} statements",
            statements.len()
        );
        t.drop_db().await;
    }
}
