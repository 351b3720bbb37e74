//! Database access shared by every feature: the entities and the write-transaction helper.
//! Feature-specific queries live beside their feature (e.g. `staff::store`).

pub mod entities;

use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};

/// Begins a transaction that will write. On SQLite it is `BEGIN IMMEDIATE`: a deferred
/// transaction that reads and then writes fails with SQLITE_BUSY instead of waiting for the
/// busy timeout, which turns two simultaneous clicks into an error.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
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
