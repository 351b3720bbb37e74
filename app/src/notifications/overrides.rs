//! The town's message wordings in force, cached. Messages are rendered in the transaction
//! of the change they announce, in bursts (a morning's reminders): reading every override
//! for each would be waste. Each save writes a fresh version token (a `setting` row) in its
//! own transaction; a render reads that one row and reloads the overrides only when the
//! token changed. Every server instance thus uses a change from its next message on, and
//! two databases in one process (the tests) never share a cache entry.

use super::wording::{Overrides, Wording};
use crate::store::entities::{message_template, setting};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};
use std::sync::{Arc, LazyLock, Mutex};

const VERSION_KEY: &str = "notifications.templates.version";

/// Overrides with the version token they were loaded at.
type Versioned = (String, Arc<Overrides>);

/// The last overrides loaded.
static CACHE: LazyLock<Mutex<Option<Versioned>>> = LazyLock::new(|| Mutex::new(None));

/// The overrides in force in `db`.
pub async fn current<C: ConnectionTrait>(db: &C) -> Result<Arc<Overrides>, DbErr> {
    let Some(version) = setting::Entity::find_by_id(VERSION_KEY.to_owned())
        .one(db)
        .await?
        .map(|row| row.value)
    else {
        // Never saved any: every message has its default text.
        return Ok(Arc::default());
    };
    if let Some((cached, overrides)) = CACHE.lock().unwrap_or_else(|e| e.into_inner()).as_ref()
        && *cached == version
    {
        return Ok(overrides.clone());
    }
    let mut overrides = Overrides::default();
    for row in message_template::Entity::find().all(db).await? {
        overrides.insert(
            &row.kind,
            &row.channel,
            &row.language,
            Wording {
                subject: row.subject,
                body: row.body,
            },
        );
    }
    let overrides = Arc::new(overrides);
    *CACHE.lock().unwrap_or_else(|e| e.into_inner()) = Some((version, overrides.clone()));
    Ok(overrides)
}

/// Marks the overrides changed, in the transaction that changes them.
pub async fn changed<C: ConnectionTrait>(txn: &C) -> Result<(), DbErr> {
    setting::Entity::insert(setting::ActiveModel {
        key: Set(VERSION_KEY.to_owned()),
        value: Set(crate::staff::tokens::new_token()),
    })
    .on_conflict(
        OnConflict::column(setting::Column::Key)
            .update_column(setting::Column::Value)
            .to_owned(),
    )
    .exec(txn)
    .await?;
    Ok(())
}
