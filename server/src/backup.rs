//! `guichet backup <file>`: a copy of a SQLite database taken while the server runs.
//!
//! `VACUUM INTO` writes one consistent snapshot (a read transaction: writers go on, in WAL
//! mode) into a new file, compacted, that is itself a working database: to restore, stop
//! the server and point `DATABASE_URL` at the copy (or put it in the original's place).
//! The copy is checked (`PRAGMA integrity_check`) before the command says it is done.
//! PostgreSQL is backed up with its own tools (`pg_dump`/`pg_restore`; see the README).

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use std::path::{Path, PathBuf};

/// What a backup wrote.
#[derive(Debug)]
pub struct Backup {
    pub path: PathBuf,
    pub bytes: u64,
}

pub async fn sqlite_backup(db: &DatabaseConnection, to: &Path) -> Result<Backup, String> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return Err("backup: this database is PostgreSQL; use pg_dump (see the README)".into());
    }
    if to.exists() {
        return Err(format!(
            "backup: {} exists already; choose a new file, nothing is overwritten",
            to.display()
        ));
    }
    let target = to
        .to_str()
        .ok_or_else(|| format!("backup: {} is not a UTF-8 path", to.display()))?;
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("backup: {}: {e}", dir.display()))?;
    }
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Sqlite,
        "VACUUM INTO ?",
        [target.into()],
    ))
    .await
    .map_err(|e| format!("backup: {e}"))?;
    check(to).await?;
    let bytes = std::fs::metadata(to)
        .map(|m| m.len())
        .map_err(|e| format!("backup: {}: {e}", to.display()))?;
    Ok(Backup {
        path: to.to_owned(),
        bytes,
    })
}

/// The copy opens and SQLite finds it whole.
async fn check(path: &Path) -> Result<(), String> {
    let url = format!("sqlite://{}?mode=ro", path.display());
    let copy = sea_orm::Database::connect(&url)
        .await
        .map_err(|e| format!("backup: the copy does not open: {e}"))?;
    let row = copy
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA integrity_check",
        ))
        .await
        .map_err(|e| format!("backup: the copy cannot be checked: {e}"))?;
    let verdict: String = row
        .map(|r| r.try_get_by_index(0))
        .transpose()
        .map_err(|e| format!("backup: {e}"))?
        .unwrap_or_default();
    copy.close().await.ok();
    match verdict.as_str() {
        "ok" => Ok(()),
        other => Err(format!("backup: the copy is damaged: {other}")),
    }
}
