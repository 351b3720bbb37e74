//! Database access shared by every feature: the entities and the write-transaction helper.
//! Feature-specific queries live beside their feature (e.g. `staff::store`).

pub mod anonymise;
pub mod entities;
pub mod listen;
pub mod names;
pub mod visits;

use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};

/// Begins a transaction that will write. On SQLite it is `BEGIN IMMEDIATE`: a deferred
/// transaction that reads and then writes fails with SQLITE_BUSY instead of waiting for the
/// busy timeout, which turns two simultaneous clicks into an error.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    data_changed();
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            db.begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await
        }
        _ => db.begin().await,
    }
}

/// Serialises the write transactions about one thing (a phone number's quota, say) until
/// `txn` ends: on PostgreSQL with an advisory lock on `key`; SQLite's write transactions
/// already run one at a time.
pub async fn lock_key(txn: &DatabaseTransaction, key: &str) -> Result<(), DbErr> {
    use sea_orm::{ConnectionTrait, Statement};
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtext($1))",
            [key.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Counts the writes of this process, so that pages cached from the database (the server's
/// page cache) know they are out of date. Every write transaction bumps it through
/// [`begin_write`]; writes outside one call [`data_changed`] themselves.
static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub fn data_changed() {
    GENERATION.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
}

pub fn generation() -> u64 {
    GENERATION.load(std::sync::atomic::Ordering::SeqCst)
}
