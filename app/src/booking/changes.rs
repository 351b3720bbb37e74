//! Changes to a booked appointment: the resident's link (move, cancel before the
//! deadline) and the counsellor's actions share these, so the same rules and messages
//! apply whoever makes the change.

use super::messages::{announce, facts_from, send};
use super::policy::BookingPolicy;
use super::store::{BookingError, Motifs, by_token_hash, settle};
use super::waitlist::offer_freed;
use crate::notifications::templates::Kind;
use crate::statuses::AppointmentStatus;
use crate::store::begin_write;
use crate::store::entities::{appointment, site};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait, IntoActiveModel,
    QuerySelect, Set,
};

/// Who asks for the change: residents are held to the deadline, staff are not. A
/// counsellor's change is audited in its own transaction; `Staff` is the town's own
/// processes (and tests), which audit nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangedBy {
    Resident { deadline: Duration },
    Staff,
    Counsellor { agent_id: i32, device_id: i32 },
}

impl ChangedBy {
    /// The resident, held to the town's deadline.
    pub fn resident(policy: &BookingPolicy) -> ChangedBy {
        ChangedBy::Resident {
            deadline: policy.cancel_deadline,
        }
    }
}

/// The appointment behind a management link.
pub async fn by_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<appointment::Model>, DbErr> {
    by_token_hash::<appointment::Entity>(db, appointment::Column::TokenHash, token).await
}

/// Whether the resident may still change it online.
pub fn changeable_online(
    appointment: &appointment::Model,
    deadline: Duration,
    now: DateTime<Utc>,
) -> bool {
    appointment.status == AppointmentStatus::Booked && now + deadline <= appointment.starts_at
}

/// The appointment, locked for this transaction, if `by` may change it now.
async fn locked_for_change(
    txn: &DatabaseTransaction,
    id: i32,
    by: ChangedBy,
    now: DateTime<Utc>,
) -> Result<appointment::Model, BookingError> {
    let current = appointment::Entity::find_by_id(id)
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(BookingError::NotChangeable)?;
    if current.status != AppointmentStatus::Booked {
        return Err(BookingError::NotChangeable);
    }
    match by {
        ChangedBy::Resident { deadline } if !changeable_online(&current, deadline, now) => {
            Err(BookingError::TooLate)
        }
        _ => Ok(current),
    }
}

/// Cancels, tells the resident, and offers the freed time to the waitlist.
pub async fn cancel(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    id: i32,
    reason: Option<String>,
    by: ChangedBy,
    now: DateTime<Utc>,
) -> Result<appointment::Model, BookingError> {
    let txn = begin_write(db).await?;
    let outcome = async {
        let mut active = locked_for_change(&txn, id, by, now)
            .await?
            .into_active_model();
        active.status = Set(AppointmentStatus::Cancelled);
        active.cancel_reason = Set(reason);
        active.updated_at = Set(now);
        let saved = active.update(&txn).await?;
        announce(&txn, &policy.links, &saved, Kind::Cancelled, now).await?;
        offer_freed(&txn, policy, saved.site_id, saved.starts_at, now).await?;
        if let ChangedBy::Counsellor {
            agent_id,
            device_id,
        } = by
        {
            let entry = crate::audit::AuditEntry {
                action: "appointment.cancel",
                agent_id: Some(agent_id),
                device_id: Some(device_id),
                subject_kind: Some("appointment"),
                subject_id: Some(id.to_string()),
                detail: None,
            };
            crate::audit::record(&txn, entry).await?;
        }
        Ok::<_, BookingError>(saved)
    }
    .await;
    settle(txn, outcome).await
}

/// Moves to `starts_at`. The new time is taken before the old one is given up, in one
/// transaction: either the resident has the new slot, or they keep the old one.
pub async fn move_to(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    id: i32,
    starts_at: DateTime<Utc>,
    by: ChangedBy,
    now: DateTime<Utc>,
) -> Result<appointment::Model, BookingError> {
    let motifs = Motifs::load(db).await?;
    let txn = begin_write(db).await?;
    let found = async {
        let current = locked_for_change(&txn, id, by, now).await?;
        let site = site::Entity::find_by_id(current.site_id)
            .one(&txn)
            .await?
            .ok_or(BookingError::NotChangeable)?;
        Ok::<_, BookingError>((current, site))
    }
    .await;
    let (current, site) = match found {
        Ok(found) => found,
        Err(refusal) => return settle(txn, Err(refusal)).await,
    };
    let Some(free) = motifs.free_times_of(&site, current.motif_id, now) else {
        return settle(txn, Err(BookingError::NotChangeable)).await;
    };
    let Some(agent_id) = free.ignoring(Some(id)).take(&txn, starts_at).await? else {
        txn.rollback().await?;
        // The nearest free times as anyone else sees them: this appointment's own included.
        return Err(BookingError::SlotTaken(free.nearest(db, starts_at).await?));
    };
    let motif = free.motif;
    let outcome = async {
        let old_start = current.starts_at;
        let mut active = current.into_active_model();
        active.starts_at = Set(starts_at);
        active.ends_at = Set(starts_at + Duration::minutes(motif.duration_minutes.into()));
        active.agent_id = Set(Some(agent_id));
        active.updated_at = Set(now);
        let saved = active.update(&txn).await?;
        let facts = facts_from(&policy.links, &saved, Some(motif), Some(&site));
        send(&txn, &saved, Kind::Moved, &facts, now).await?;
        offer_freed(&txn, policy, site.id, old_start, now).await?;
        Ok::<_, BookingError>(saved)
    }
    .await;
    settle(txn, outcome).await
}
