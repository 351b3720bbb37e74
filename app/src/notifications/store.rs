//! The message journal as stored.

use super::model::MessageRow;
use crate::store::entities::notification;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder, QuerySelect};

/// How many messages the journal shows, newest first.
pub const JOURNAL_LENGTH: u64 = 200;

pub async fn journal(db: &DatabaseConnection) -> Result<Vec<MessageRow>, DbErr> {
    Ok(notification::Entity::find()
        .order_by_desc(notification::Column::Id)
        .limit(JOURNAL_LENGTH)
        .all(db)
        .await?
        .into_iter()
        .map(|n| MessageRow {
            created: crate::i18n::dates::paris_stamp(n.created_at),
            channel: n.channel,
            recipient: n.recipient,
            language: n.language,
            subject: n.subject,
            body: n.body,
            status: n.status,
            attempts: n.attempts,
            last_error: n.last_error,
        })
        .collect())
}
