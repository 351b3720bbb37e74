//! The outbox table: enqueue inside the caller's transaction, claim due rows without two
//! workers taking the same one, record the outcome.

use super::backoff::{delay_after, should_retry};
use crate::store::begin_write;
use crate::store::entities::notification;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{LockBehavior, LockType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// A worker that stops mid-send leaves its rows "sending"; after this long another worker
/// may take them again.
pub const LEASE: Duration = Duration::minutes(5);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Sms,
    Email,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
        }
    }
}

/// A message already rendered in the resident's language.
#[derive(Clone, Debug)]
pub struct Outgoing {
    pub channel: Channel,
    pub recipient: String,
    pub language: String,
    /// Which message it is, e.g. `appointment-confirmed`.
    pub template: String,
    pub subject: Option<String>,
    pub body: String,
    /// The same key twice sends once, e.g. `appointment-confirmed:42:sms`.
    pub idempotency_key: String,
}

/// Writes the message in the caller's transaction: if the change is rolled back, so is the
/// message. Returns false when a message with the same key already exists.
pub async fn enqueue<C: ConnectionTrait>(
    db: &C,
    message: &Outgoing,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    enqueue_at(db, message, now, now).await
}

/// As [`enqueue`], but the message waits until `not_before` (a sensible hour to send a
/// survey, say); it shows in the journal as pending until then.
pub async fn enqueue_at<C: ConnectionTrait>(
    db: &C,
    message: &Outgoing,
    not_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let exists = notification::Entity::find()
        .filter(notification::Column::IdempotencyKey.eq(message.idempotency_key.clone()))
        .one(db)
        .await?
        .is_some();
    if exists {
        return Ok(false);
    }
    notification::ActiveModel {
        channel: Set(message.channel.as_str().into()),
        recipient: Set(message.recipient.clone()),
        language: Set(message.language.clone()),
        template: Set(message.template.clone()),
        subject: Set(message.subject.clone()),
        body: Set(message.body.clone()),
        status: Set("pending".into()),
        attempts: Set(0),
        next_attempt_at: Set(not_before.max(now)),
        last_error: Set(None),
        idempotency_key: Set(message.idempotency_key.clone()),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(true)
}

/// Takes up to `limit` due messages for this worker. On PostgreSQL rows another worker is
/// claiming are skipped (`FOR UPDATE SKIP LOCKED`); on SQLite the write transaction
/// serialises workers. Claimed rows are "sending" until the lease runs out.
pub async fn claim_due(
    db: &DatabaseConnection,
    limit: u64,
    now: DateTime<Utc>,
) -> Result<Vec<notification::Model>, DbErr> {
    let txn = begin_write(db).await?;
    let due = notification::Entity::find()
        .filter(notification::Column::Status.is_in(["pending", "sending"]))
        .filter(notification::Column::NextAttemptAt.lte(now))
        .order_by_asc(notification::Column::NextAttemptAt)
        .order_by_asc(notification::Column::Id)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .all(&txn)
        .await?;
    let mut claimed = Vec::with_capacity(due.len());
    for row in due {
        let mut active = row.into_active_model();
        active.status = Set("sending".into());
        active.next_attempt_at = Set(now + LEASE);
        claimed.push(active.update(&txn).await?);
    }
    txn.commit().await?;
    Ok(claimed)
}

/// Records a successful send.
/// Records a message as sent. `delivered`: a provider took it to the resident, and the
/// stored text loses its links' secrets (`redact`); the demo journal keeps them, as it is
/// the only place the message goes.
pub async fn mark_sent(
    db: &DatabaseConnection,
    id: i32,
    delivered: bool,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if let Some(row) = notification::Entity::find_by_id(id).one(db).await? {
        let attempts = row.attempts + 1;
        let masked = delivered.then(|| super::redact::without_link_secrets(&row.body));
        let mut active = row.into_active_model();
        if let Some(body) = masked {
            active.body = Set(body);
        }
        active.status = Set("sent".into());
        active.attempts = Set(attempts);
        active.sent_at = Set(Some(now));
        active.last_error = Set(None);
        active.update(db).await?;
    }
    Ok(())
}

/// Records a failed send: try again later, or give up after the last attempt (admins see
/// failed messages with their error).
pub async fn mark_failed(
    db: &DatabaseConnection,
    id: i32,
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if let Some(row) = notification::Entity::find_by_id(id).one(db).await? {
        let attempts = row.attempts + 1;
        let mut active = row.into_active_model();
        active.attempts = Set(attempts);
        active.last_error = Set(Some(error.chars().take(2000).collect()));
        if should_retry(attempts) {
            active.status = Set("pending".into());
            active.next_attempt_at = Set(now + delay_after(attempts));
        } else {
            active.status = Set("failed".into());
        }
        active.update(db).await?;
    }
    Ok(())
}
