//! SQLite only: a snapshot of each UTC day's quality events (`quality_day`), and triggers
//! that count every change to the rows those events are read from, so that a snapshot is
//! used only while no change came after it (`app::quality::store::days`). A day is
//! SQLite's `date()` of the event's instant: a ticket's arrival (its desk contacts count
//! for it), a ticketless contact's start (and the day before: an appointment checked in
//! late in the evening is a visit of the day it arrived), an appointment's start, a
//! request's receipt, a waitlist hold's end, a survey's creation. A motif moved to another
//! service changes every day. PostgreSQL reads its tables directly and gets none of this.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables whose rows make events, with the days a row's change touches (`{r}` is
/// `NEW` or `OLD`).
const WATCHED: [(&str, &[&str]); 6] = [
    ("ticket", &["date({r}.arrival_at)"]),
    (
        "contact",
        &[
            "CASE WHEN {r}.ticket_id IS NULL THEN date({r}.started_at) \
             ELSE (SELECT date(t.arrival_at) FROM ticket t WHERE t.id = {r}.ticket_id) END",
            "CASE WHEN {r}.ticket_id IS NULL THEN date({r}.started_at, '-1 day') END",
        ],
    ),
    ("appointment", &["date({r}.starts_at)"]),
    ("request", &["date({r}.received_at)"]),
    ("waitlist_entry", &["date({r}.hold_until)"]),
    ("survey_response", &["date({r}.created_at)"]),
];

/// Counts one change to the day `day` (an SQL expression; nothing when it is NULL).
fn touch(day: &str) -> String {
    // A SELECT with a WHERE clause: SQLite's upsert needs one after INSERT … SELECT.
    format!(
        "INSERT INTO quality_day (day, changes) SELECT d, 1 FROM (SELECT {day} AS d) WHERE d IS NOT NULL \
         ON CONFLICT (day) DO UPDATE SET changes = changes + 1;"
    )
}

fn triggers() -> Vec<String> {
    let mut sql = Vec::new();
    for (table, days) in WATCHED {
        for (event, rows) in [
            ("INSERT", &["NEW"][..]),
            ("UPDATE", &["OLD", "NEW"][..]),
            ("DELETE", &["OLD"][..]),
        ] {
            let body: String = rows
                .iter()
                .flat_map(|r| days.iter().map(move |d| touch(&d.replace("{r}", r))))
                .collect::<Vec<_>>()
                .join(" ");
            sql.push(format!(
                "CREATE TRIGGER quality_day_{table}_{} AFTER {event} ON {table} BEGIN {body} END",
                event.to_lowercase()
            ));
        }
    }
    sql.push(
        "CREATE TRIGGER quality_day_motif_service AFTER UPDATE OF service_id ON motif \
         BEGIN UPDATE quality_day SET changes = changes + 1; END"
            .into(),
    );
    sql
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        let db = manager.get_connection();
        // `changes` counts the changes to the day's rows; `built` is the count its
        // snapshot `events` (postcard) was made at.
        db.execute_unprepared(
            "CREATE TABLE quality_day (
                day TEXT NOT NULL PRIMARY KEY,
                changes INTEGER NOT NULL DEFAULT 0,
                built INTEGER,
                events BLOB
            )",
        )
        .await?;
        for trigger in triggers() {
            db.execute_unprepared(&trigger).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        let db = manager.get_connection();
        for (table, _) in WATCHED {
            for event in ["insert", "update", "delete"] {
                db.execute_unprepared(&format!(
                    "DROP TRIGGER IF EXISTS quality_day_{table}_{event}"
                ))
                .await?;
            }
        }
        db.execute_unprepared("DROP TRIGGER IF EXISTS quality_day_motif_service")
            .await?;
        db.execute_unprepared("DROP TABLE IF EXISTS quality_day")
            .await?;
        Ok(())
    }
}
