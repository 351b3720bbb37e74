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
        active.next_attempt_at = Set(lease_end(now));
        claimed.push(active.update(&txn).await?);
    }
    txn.commit().await?;
    Ok(claimed)
}

/// Records a successful send.
/// When a lease taken at `now` ends, to the microsecond: PostgreSQL keeps no more, and the
/// value must compare equal once stored and read back.
fn lease_end(now: DateTime<Utc>) -> DateTime<Utc> {
    chrono::SubsecRound::trunc_subsecs(now + LEASE, 6)
}

/// Makes sure `claimed` is still this worker's, just before sending it, and renews its
/// lease: `None` when another worker took it meanwhile (this one's lease ran out during a
/// slow batch), which must then not send it. The lease's end is the claim's mark: each
/// claim sets a new one, and every later write requires it unchanged.
pub async fn hold(
    db: &DatabaseConnection,
    claimed: &notification::Model,
    now: DateTime<Utc>,
) -> Result<Option<notification::Model>, DbErr> {
    let lease = lease_end(now);
    let held = notification::Entity::update_many()
        .col_expr(notification::Column::NextAttemptAt, lease.into())
        .filter(notification::Column::Id.eq(claimed.id))
        .filter(notification::Column::Status.eq("sending"))
        .filter(notification::Column::NextAttemptAt.eq(claimed.next_attempt_at))
        .exec(db)
        .await?
        .rows_affected
        == 1;
    Ok(held.then(|| notification::Model {
        next_attempt_at: lease,
        ..claimed.clone()
    }))
}

/// Records `held` (as [`hold`] returned it) as sent. `delivered`: a provider took it to
/// the resident, and the stored text loses its links' secrets (`redact`); the demo journal
/// keeps them, as it is the only place the message goes. Nothing is written if another
/// worker has taken the message since: false then.
pub async fn mark_sent(
    db: &DatabaseConnection,
    held: &notification::Model,
    delivered: bool,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::Status, "sent".into())
        .col_expr(notification::Column::Attempts, (held.attempts + 1).into())
        .col_expr(notification::Column::SentAt, Some(now).into())
        .col_expr(
            notification::Column::LastError,
            Option::<String>::None.into(),
        );
    if delivered {
        let masked = super::redact::without_link_secrets(&held.body);
        update = update.col_expr(notification::Column::Body, masked.into());
    }
    Ok(still_held(update, held).exec(db).await?.rows_affected == 1)
}

/// Records a failed send of `held`: try again later, or give up after the last attempt
/// (admins see failed messages with their error). Nothing is written if another worker
/// has taken the message since.
pub async fn mark_failed(
    db: &DatabaseConnection,
    held: &notification::Model,
    error: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let attempts = held.attempts + 1;
    let error: String = error.chars().take(2000).collect();
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::Attempts, attempts.into())
        .col_expr(notification::Column::LastError, Some(error).into());
    update = match should_retry(attempts) {
        true => update
            .col_expr(notification::Column::Status, "pending".into())
            .col_expr(
                notification::Column::NextAttemptAt,
                (now + delay_after(attempts)).into(),
            ),
        false => update.col_expr(notification::Column::Status, "failed".into()),
    };
    Ok(still_held(update, held).exec(db).await?.rows_affected == 1)
}

fn still_held(
    update: sea_orm::UpdateMany<notification::Entity>,
    held: &notification::Model,
) -> sea_orm::UpdateMany<notification::Entity> {
    update
        .filter(notification::Column::Id.eq(held.id))
        .filter(notification::Column::Status.eq("sending"))
        .filter(notification::Column::NextAttemptAt.eq(held.next_attempt_at))
}
