//! Changes to a booked appointment: the resident's link (move, cancel before the
//! deadline) and the counsellor's actions share these, so the same rules and messages
//! apply whoever makes the change.

use super::messages::announce;
use super::policy::BookingPolicy;
use super::slots::Slot;
use super::store::{nearest_from, take_slot};
use crate::notifications::templates::Kind;
use crate::statuses::AppointmentStatus;
use crate::store::begin_write;
use crate::store::entities::{appointment, motif};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, QuerySelect, Set,
};

/// Who asks for the change: residents are held to the deadline, staff are not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangedBy {
    Resident { deadline: Duration },
    Staff,
}

#[derive(Debug)]
pub enum Change {
    Done(Box<appointment::Model>),
    /// The new time is not free (any more): the nearest free ones.
    SlotTaken(Vec<Slot>),
    /// Too close to the appointment for the resident to change it online.
    TooLate,
    /// Cancelled already, or over.
    NotChangeable,
}

/// The appointment behind a management link.
pub async fn by_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<appointment::Model>, DbErr> {
    if token.len() != 32 || !token.chars().all(|c| c.is_ascii_hexdigit()) {
        return Ok(None);
    }
    appointment::Entity::find()
        .filter(appointment::Column::TokenHash.eq(crate::staff::tokens::digest(token)))
        .one(db)
        .await
}

/// Whether the resident may still change it online.
pub fn changeable_online(
    appointment: &appointment::Model,
    deadline: Duration,
    now: DateTime<Utc>,
) -> bool {
    appointment.status == AppointmentStatus::Booked && now + deadline <= appointment.starts_at
}

fn allowed(a: &appointment::Model, by: ChangedBy, now: DateTime<Utc>) -> Option<Change> {
    if a.status != AppointmentStatus::Booked {
        return Some(Change::NotChangeable);
    }
    match by {
        ChangedBy::Resident { deadline } if !changeable_online(a, deadline, now) => {
            Some(Change::TooLate)
        }
        _ => None,
    }
}

/// The appointment, locked for this transaction, if `by` may change it now; else why not.
async fn locked_for_change(
    txn: &DatabaseTransaction,
    id: i32,
    by: ChangedBy,
    now: DateTime<Utc>,
) -> Result<Result<appointment::Model, Change>, DbErr> {
    let Some(current) = appointment::Entity::find_by_id(id)
        .lock_exclusive()
        .one(txn)
        .await?
    else {
        return Ok(Err(Change::NotChangeable));
    };
    Ok(match allowed(&current, by, now) {
        Some(refusal) => Err(refusal),
        None => Ok(current),
    })
}

/// Cancels, tells the resident, and offers the freed time to the waitlist.
pub async fn cancel(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    id: i32,
    reason: Option<String>,
    by: ChangedBy,
    now: DateTime<Utc>,
) -> Result<Change, DbErr> {
    let txn = begin_write(db).await?;
    let current = match locked_for_change(&txn, id, by, now).await? {
        Ok(current) => current,
        Err(refusal) => {
            txn.rollback().await?;
            return Ok(refusal);
        }
    };
    let mut active = current.into_active_model();
    active.status = Set(AppointmentStatus::Cancelled);
    active.cancel_reason = Set(reason);
    active.updated_at = Set(now);
    let saved = active.update(&txn).await?;
    announce(&txn, &policy.links, &saved, Kind::Cancelled, now).await?;
    super::waitlist::offer_freed(&txn, policy, saved.site_id, saved.starts_at, now).await?;
    txn.commit().await?;
    Ok(Change::Done(Box::new(saved)))
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
) -> Result<Change, DbErr> {
    let txn = begin_write(db).await?;
    let current = match locked_for_change(&txn, id, by, now).await? {
        Ok(current) => current,
        Err(refusal) => {
            txn.rollback().await?;
            return Ok(refusal);
        }
    };
    let Some(motif) = motif::Entity::find_by_id(current.motif_id)
        .one(&txn)
        .await?
    else {
        txn.rollback().await?;
        return Ok(Change::NotChangeable);
    };
    let site_id = current.site_id;
    let Some(agent_id) = take_slot(&txn, site_id, &motif, starts_at, now, Some(id)).await? else {
        txn.rollback().await?;
        return Ok(Change::SlotTaken(
            nearest_from(db, site_id, motif.id, starts_at, now).await?,
        ));
    };
    let old_start = current.starts_at;
    let mut active = current.into_active_model();
    active.starts_at = Set(starts_at);
    active.ends_at = Set(starts_at + Duration::minutes(motif.duration_minutes.into()));
    active.agent_id = Set(Some(agent_id));
    active.updated_at = Set(now);
    let saved = active.update(&txn).await?;
    announce(&txn, &policy.links, &saved, Kind::Moved, now).await?;
    super::waitlist::offer_freed(&txn, policy, site_id, old_start, now).await?;
    txn.commit().await?;
    Ok(Change::Done(Box::new(saved)))
}
