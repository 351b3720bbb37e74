//! Database connection and migrations, for SQLite (default) and PostgreSQL alike.

use crate::migrations::Migrator;
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

/// Connects and brings the schema up to date.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    Migrator::up(&db, None).await?;
    if url.starts_with("sqlite:") {
        // A SQLite connection that ran `ALTER TABLE … ADD COLUMN … DEFAULT` as the last
        // migration answered NULL for those columns in an INSERT's RETURNING (seen with
        // the PIN lockout columns): start the pool again, each connection reading the
        // finished schema.
        db.close().await?;
        return connect(url).await;
    }
    Ok(db)
}

pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    if url.starts_with("sqlite:") {
        ensure_sqlite_dir(url);
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(if url.starts_with("sqlite:") { 8 } else { 16 })
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        // WAL lets readers go on while one writer writes; the busy timeout makes a second
        // writer wait instead of failing; SQLite leaves foreign keys off unless asked.
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                // Reads of a year of events (the indicators) go through the page cache:
                // a bigger cache per connection and memory-mapped reads spare most of the
                // copies, and sorts stay in memory.
                .pragma("cache_size", "-32000")
                .pragma("mmap_size", "268435456")
                .pragma("temp_store", "memory")
        });
    Database::connect(options).await
}

/// `sqlite://data/guichet.db` needs `data/` to exist before SQLite can create the file.
fn ensure_sqlite_dir(url: &str) {
    let path = url
        .trim_start_matches("sqlite:")
        .trim_start_matches("//")
        .split('?')
        .next()
        .unwrap_or("");
    if path.is_empty() || path == ":memory:" {
        return;
    }
    if let Some(dir) = std::path::Path::new(path)
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
    {
        let _ = std::fs::create_dir_all(dir);
    }
}
