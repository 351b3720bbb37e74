//! Appointments in the database: what is free, and booking a slot so that two residents
//! clicking at once never get the same agent at the same time.

use super::policy::BookingPolicy;
use super::slots::{AgentAvailability, Interval, Slot, SlotQuery, free_slots, nearest};
use crate::calendar::hours::WeeklyHours;
use crate::calendar::store::site_calendar;
use crate::notifications::templates::Kind;
use crate::statuses::AppointmentStatus;
use crate::store::begin_write;
use crate::store::entities::{
    agent, agent_absence, agent_schedule, agent_skill, appointment, motif, site, waitlist_entry,
};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, QueryFilter, QuerySelect, Set,
};
use std::collections::HashMap;

/// Who books, for which slot.
#[derive(Clone, Debug)]
pub struct NewAppointment {
    pub site_id: i32,
    pub motif_id: i32,
    pub starts_at: DateTime<Utc>,
    pub contact_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub interpreter_language: Option<String>,
    pub accessibility_need: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug)]
pub enum Booking {
    /// Booked: the appointment and the secret token of its management link.
    Booked {
        appointment: Box<appointment::Model>,
        token: String,
    },
    /// Someone else took it first (or it never was free): the nearest free slots.
    SlotTaken { nearest: Vec<Slot> },
    /// Unknown site or motif, or a motif that cannot be booked.
    Unavailable,
}

/// The free slots of `motif_id` at `site_id` between two Paris dates, both included.
pub async fn availability<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    motif_id: i32,
    from: NaiveDate,
    to: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Vec<Slot>, DbErr> {
    let times = motif_times(db).await?;
    availability_with(db, site_id, motif_id, from, to, now, &times, None).await
}

/// Every motif's (duration, buffer) in minutes: an appointment keeps its agent busy for
/// its own buffer after it.
pub(crate) type MotifTimes = HashMap<i32, (i32, i32)>;

pub(crate) async fn motif_times<C: ConnectionTrait>(db: &C) -> Result<MotifTimes, DbErr> {
    Ok(motif::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, (m.duration_minutes, m.buffer_minutes)))
        .collect())
}

/// [`availability`] with the motif times already loaded, optionally as if appointment
/// `ignoring` did not exist (moving an appointment may land on or next to its own time).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn availability_with<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    motif_id: i32,
    from: NaiveDate,
    to: NaiveDate,
    now: DateTime<Utc>,
    times: &MotifTimes,
    ignoring: Option<i32>,
) -> Result<Vec<Slot>, DbErr> {
    let Some(site) = site::Entity::find_by_id(site_id).one(db).await? else {
        return Ok(Vec::new());
    };
    let Some(motif) = motif::Entity::find_by_id(motif_id).one(db).await? else {
        return Ok(Vec::new());
    };
    if !motif.active {
        return Ok(Vec::new());
    }
    let (site_hours, closures) = site_calendar(db, site_id, from, to).await?;
    let range = AgentRange {
        site_id,
        from,
        to,
        now,
        ignoring,
    };
    let agents = agents_for(db, &motif, &range, times).await?;
    let query = SlotQuery {
        site_hours: &site_hours,
        closures: &closures,
        alsace_moselle: site.alsace_moselle,
        duration: Duration::minutes(motif.duration_minutes.into()),
        buffer: Duration::minutes(motif.buffer_minutes.into()),
        min_delay: Duration::hours(motif.min_delay_hours.into()),
        max_delay_days: motif.max_delay_days.into(),
        now,
        from,
        to,
    };
    Ok(free_slots(&query, &agents))
}

/// Where and when to look at agents' time.
struct AgentRange {
    site_id: i32,
    from: NaiveDate,
    to: NaiveDate,
    now: DateTime<Utc>,
    ignoring: Option<i32>,
}

/// The skilled agents of a site with their hours, absences and busy times in the range.
async fn agents_for<C: ConnectionTrait>(
    db: &C,
    motif: &motif::Model,
    range: &AgentRange,
    times: &MotifTimes,
) -> Result<Vec<AgentAvailability>, DbErr> {
    let skilled: Vec<i32> = agent_skill::Entity::find()
        .filter(agent_skill::Column::MotifId.eq(motif.id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.agent_id)
        .collect();
    let active: Vec<i32> = agent::Entity::find()
        .filter(agent::Column::Id.is_in(skilled))
        .filter(agent::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    // A day of margin on each side: Paris dates and UTC instants do not line up.
    let window_start = range
        .from
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc()
        - Duration::days(1);
    let window_end =
        range.to.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc() + Duration::days(2);
    let schedules = agent_schedule::Entity::find()
        .filter(agent_schedule::Column::SiteId.eq(range.site_id))
        .filter(agent_schedule::Column::AgentId.is_in(active.clone()))
        .all(db)
        .await?;
    let absences = agent_absence::Entity::find()
        .filter(agent_absence::Column::AgentId.is_in(active.clone()))
        .filter(agent_absence::Column::EndsAt.gt(window_start))
        .filter(agent_absence::Column::StartsAt.lt(window_end))
        .all(db)
        .await?;
    let booked = appointment::Entity::find()
        .filter(appointment::Column::AgentId.is_in(active.clone()))
        .filter(appointment::Column::Status.is_in(AppointmentStatus::ACTIVE))
        .filter(appointment::Column::EndsAt.gt(window_start))
        .filter(appointment::Column::StartsAt.lt(window_end))
        .all(db)
        .await?;
    // Slots held for someone on the waitlist are not bookable by others.
    let held = waitlist_entry::Entity::find()
        .filter(waitlist_entry::Column::Status.eq("offered"))
        .filter(waitlist_entry::Column::OfferAgentId.is_in(active.clone()))
        .filter(waitlist_entry::Column::HoldUntil.gt(range.now))
        .all(db)
        .await?;
    Ok(active
        .into_iter()
        .map(|id| {
            let weekly = WeeklyHours::from_rows(
                schedules
                    .iter()
                    .filter(|s| s.agent_id == id)
                    .map(|s| (s.weekday, s.starts, s.ends)),
            );
            let mut busy: Vec<Interval> = booked
                .iter()
                .filter(|a| a.agent_id == Some(id) && Some(a.id) != range.ignoring)
                .map(|a| busy_interval(a, times))
                .collect();
            busy.extend(
                held.iter()
                    .filter(|w| w.offer_agent_id == Some(id))
                    .filter_map(|w| {
                        let (length, buffer) = times.get(&w.motif_id).copied().unwrap_or_default();
                        w.offer_starts_at.map(|s| {
                            Interval::new(s, s + Duration::minutes((length + buffer).into()))
                        })
                    }),
            );
            AgentAvailability {
                agent_id: id,
                weekly,
                absences: absences
                    .iter()
                    .filter(|a| a.agent_id == id)
                    .map(|a| Interval::new(a.starts_at, a.ends_at))
                    .collect(),
                busy,
                skilled: true,
            }
        })
        .collect())
}

/// The time an appointment keeps its agent busy: itself and its motif's buffer.
fn busy_interval(a: &appointment::Model, times: &MotifTimes) -> Interval {
    let (_, buffer) = times.get(&a.motif_id).copied().unwrap_or_default();
    Interval::new(a.starts_at, a.ends_at + Duration::minutes(buffer.into()))
}

/// Finds an agent for `starts_at` inside the caller's write transaction: the slot must be
/// free now, and the chosen agent's row is locked (`FOR UPDATE` on PostgreSQL; SQLite's
/// IMMEDIATE transaction already serialises writers) and their time checked again, so of
/// many residents clicking the last slot at once exactly one gets it.
pub(crate) async fn take_slot(
    txn: &DatabaseTransaction,
    site_id: i32,
    motif: &motif::Model,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
    ignoring: Option<i32>,
) -> Result<Option<i32>, DbErr> {
    let times = motif_times(txn).await?;
    let day = crate::calendar::paris_today(starts_at);
    let slots = availability_with(txn, site_id, motif.id, day, day, now, &times, ignoring).await?;
    let Some(slot) = slots.iter().find(|s| s.start == starts_at) else {
        return Ok(None);
    };
    let ends_at = starts_at + Duration::minutes(motif.duration_minutes.into());
    let wanted = Interval::new(
        starts_at,
        ends_at + Duration::minutes(motif.buffer_minutes.into()),
    );
    for agent_id in slot.agents.clone() {
        // Wait for anyone else booking this agent, then look again at their time.
        agent::Entity::find_by_id(agent_id)
            .lock_exclusive()
            .one(txn)
            .await?;
        let clash = appointment::Entity::find()
            .filter(appointment::Column::AgentId.eq(agent_id))
            .filter(appointment::Column::Status.is_in(AppointmentStatus::ACTIVE))
            .filter(appointment::Column::StartsAt.lt(wanted.end))
            .filter(appointment::Column::EndsAt.gt(starts_at - Duration::days(1)))
            .all(txn)
            .await?
            .into_iter()
            .filter(|a| Some(a.id) != ignoring)
            .any(|a| busy_interval(&a, &times).overlaps(&wanted));
        if !clash {
            return Ok(Some(agent_id));
        }
    }
    Ok(None)
}

/// Books `new.starts_at` if it is still free, and queues the confirmation messages in the
/// same transaction.
pub async fn book(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    new: &NewAppointment,
    now: DateTime<Utc>,
) -> Result<Booking, DbErr> {
    let Some(motif) = motif::Entity::find_by_id(new.motif_id).one(db).await? else {
        return Ok(Booking::Unavailable);
    };
    if !motif.active {
        return Ok(Booking::Unavailable);
    }
    let txn = begin_write(db).await?;
    let Some(agent_id) = take_slot(&txn, new.site_id, &motif, new.starts_at, now, None).await?
    else {
        txn.rollback().await?;
        return Ok(Booking::SlotTaken {
            nearest: nearest_from(db, new.site_id, new.motif_id, new.starts_at, now).await?,
        });
    };
    let (saved, token) = insert_appointment(&txn, policy, new, &motif, agent_id, now).await?;
    txn.commit().await?;
    Ok(Booking::Booked {
        appointment: Box::new(saved),
        token,
    })
}

/// Writes a booked appointment for `agent_id` (whose time the caller has taken) and
/// queues its confirmation. Returns it with the token of its management link.
pub(crate) async fn insert_appointment(
    txn: &DatabaseTransaction,
    policy: &BookingPolicy,
    new: &NewAppointment,
    motif: &motif::Model,
    agent_id: i32,
    now: DateTime<Utc>,
) -> Result<(appointment::Model, String), DbErr> {
    let reference = new_reference();
    let token = policy.links.token(&reference);
    let saved = appointment::ActiveModel {
        reference: Set(reference),
        token_hash: Set(crate::staff::tokens::digest(&token)),
        motif_id: Set(new.motif_id),
        site_id: Set(new.site_id),
        agent_id: Set(Some(agent_id)),
        starts_at: Set(new.starts_at),
        ends_at: Set(new.starts_at + Duration::minutes(motif.duration_minutes.into())),
        contact_name: Set(new.contact_name.clone()),
        phone: Set(new.phone.clone()),
        email: Set(new.email.clone()),
        language: Set(new.language.clone()),
        interpreter_language: Set(new.interpreter_language.clone()),
        accessibility_need: Set(new.accessibility_need.clone()),
        note: Set(new.note.clone()),
        status: Set(AppointmentStatus::Booked),
        cancel_reason: Set(None),
        checked_in_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    super::messages::announce(txn, &policy.links, &saved, Kind::Confirmed, now).await?;
    Ok((saved, token))
}

/// The free slots nearest to the one asked for, within a week either side.
pub async fn nearest_from<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    motif_id: i32,
    wanted: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Slot>, DbErr> {
    let day = crate::calendar::paris_today(wanted);
    let slots = availability(
        db,
        site_id,
        motif_id,
        day - Duration::days(7),
        day + Duration::days(7),
        now,
    )
    .await?;
    Ok(nearest(&slots, wanted, 5))
}

/// A reference residents can read out on the phone: `R` and seven unambiguous characters.
fn new_reference() -> String {
    let code = crate::staff::tokens::new_enrolment_code().replace('-', "");
    format!("R{}", &code[..7])
}
