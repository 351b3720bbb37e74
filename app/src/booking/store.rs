//! Appointments in the database: what is free, and booking a slot so that two residents
//! clicking at once never get the same agent at the same time.

use super::slots::{AgentAvailability, Interval, Slot, SlotQuery, free_slots, nearest};
use crate::calendar::hours::{Closure, WeeklyHours};
use crate::store::begin_write;
use crate::store::entities::{
    agent, agent_absence, agent_schedule, agent_skill, appointment, closure, motif, opening_hour,
    site, waitlist_entry,
};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QuerySelect, Set,
};

/// Statuses that hold an agent's time.
pub const ACTIVE_STATUSES: [&str; 3] = ["booked", "checked_in", "in_service"];

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
    let Some(site) = site::Entity::find_by_id(site_id).one(db).await? else {
        return Ok(Vec::new());
    };
    let Some(motif) = motif::Entity::find_by_id(motif_id).one(db).await? else {
        return Ok(Vec::new());
    };
    if !motif.active {
        return Ok(Vec::new());
    }
    let site_hours = WeeklyHours::from_rows(
        opening_hour::Entity::find()
            .filter(opening_hour::Column::SiteId.eq(site_id))
            .all(db)
            .await?
            .into_iter()
            .map(|h| (h.weekday, h.opens, h.closes)),
    );
    let closures: Vec<Closure> = closure::Entity::find()
        .filter(closure::Column::EndsOn.gte(from))
        .filter(closure::Column::StartsOn.lte(to))
        .all(db)
        .await?
        .into_iter()
        .filter(|c| c.site_id.is_none_or(|id| id == site_id))
        .map(|c| Closure {
            starts_on: c.starts_on,
            ends_on: c.ends_on,
        })
        .collect();
    let agents = agents_for(db, site_id, &motif, from, to).await?;
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

/// The skilled agents of a site with their hours, absences and busy times in the range.
async fn agents_for<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    motif: &motif::Model,
    from: NaiveDate,
    to: NaiveDate,
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
    let window_start = from.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc() - Duration::days(1);
    let window_end = to.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc() + Duration::days(2);
    let schedules = agent_schedule::Entity::find()
        .filter(agent_schedule::Column::SiteId.eq(site_id))
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
        .filter(appointment::Column::Status.is_in(ACTIVE_STATUSES))
        .filter(appointment::Column::EndsAt.gt(window_start))
        .filter(appointment::Column::StartsAt.lt(window_end))
        .all(db)
        .await?;
    let buffers: std::collections::HashMap<i32, i32> = motif::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.buffer_minutes))
        .collect();
    // Slots held for someone on the waitlist are not bookable by others.
    let held = waitlist_entry::Entity::find()
        .filter(waitlist_entry::Column::Status.eq("offered"))
        .filter(waitlist_entry::Column::OfferAgentId.is_in(active.clone()))
        .all(db)
        .await?;
    let now = Utc::now();
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
                .filter(|a| a.agent_id == Some(id))
                .map(|a| {
                    let buffer = buffers.get(&a.motif_id).copied().unwrap_or(0);
                    Interval::new(a.starts_at, a.ends_at + Duration::minutes(buffer.into()))
                })
                .collect();
            busy.extend(
                held.iter()
                    .filter(|w| {
                        w.offer_agent_id == Some(id) && w.hold_until.is_some_and(|h| h > now)
                    })
                    .filter_map(|w| {
                        w.offer_starts_at.map(|s| {
                            Interval::new(s, s + Duration::minutes(motif.duration_minutes.into()))
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

/// Books `new.starts_at` if it is still free. Runs in one write transaction; the chosen
/// agent's row is locked (`FOR UPDATE` on PostgreSQL; SQLite's IMMEDIATE transaction
/// already serialises writers) and their time checked again before the insert, so of many
/// residents clicking the last slot at once exactly one gets it.
pub async fn book(
    db: &DatabaseConnection,
    new: &NewAppointment,
    now: DateTime<Utc>,
) -> Result<Booking, DbErr> {
    let Some(motif) = motif::Entity::find_by_id(new.motif_id).one(db).await? else {
        return Ok(Booking::Unavailable);
    };
    if !motif.active {
        return Ok(Booking::Unavailable);
    }
    let day = crate::calendar::paris_today(new.starts_at);
    let duration = Duration::minutes(motif.duration_minutes.into());
    let buffer = Duration::minutes(motif.buffer_minutes.into());
    let ends_at = new.starts_at + duration;
    let txn = begin_write(db).await?;
    let slots = availability(&txn, new.site_id, new.motif_id, day, day, now).await?;
    let Some(slot) = slots.iter().find(|s| s.start == new.starts_at) else {
        txn.rollback().await?;
        return Ok(Booking::SlotTaken {
            nearest: nearest_from(db, new, now).await?,
        });
    };
    let buffers: std::collections::HashMap<i32, i32> = motif::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|m| (m.id, m.buffer_minutes))
        .collect();
    for agent_id in slot.agents.clone() {
        // Wait for anyone else booking this agent, then look again at their time.
        agent::Entity::find_by_id(agent_id)
            .lock_exclusive()
            .one(&txn)
            .await?;
        let wanted = Interval::new(new.starts_at, ends_at + buffer);
        let clash = appointment::Entity::find()
            .filter(appointment::Column::AgentId.eq(agent_id))
            .filter(appointment::Column::Status.is_in(ACTIVE_STATUSES))
            .filter(appointment::Column::StartsAt.lt(wanted.end))
            .filter(appointment::Column::EndsAt.gt(new.starts_at - Duration::days(1)))
            .all(&txn)
            .await?
            .into_iter()
            .any(|a| {
                // Each appointment keeps its agent busy for its own buffer too.
                let theirs = buffers.get(&a.motif_id).copied().unwrap_or(0);
                Interval::new(a.starts_at, a.ends_at + Duration::minutes(theirs.into()))
                    .overlaps(&wanted)
            });
        if clash {
            continue;
        }
        let token = crate::staff::tokens::new_token();
        let saved = appointment::ActiveModel {
            reference: Set(new_reference()),
            token_hash: Set(crate::staff::tokens::digest(&token)),
            motif_id: Set(new.motif_id),
            site_id: Set(new.site_id),
            agent_id: Set(Some(agent_id)),
            starts_at: Set(new.starts_at),
            ends_at: Set(ends_at),
            contact_name: Set(new.contact_name.clone()),
            phone: Set(new.phone.clone()),
            email: Set(new.email.clone()),
            language: Set(new.language.clone()),
            interpreter_language: Set(new.interpreter_language.clone()),
            accessibility_need: Set(new.accessibility_need.clone()),
            note: Set(new.note.clone()),
            status: Set("booked".into()),
            cancel_reason: Set(None),
            checked_in_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        return Ok(Booking::Booked {
            appointment: Box::new(saved),
            token,
        });
    }
    txn.rollback().await?;
    Ok(Booking::SlotTaken {
        nearest: nearest_from(db, new, now).await?,
    })
}

/// The free slots nearest to the one asked for, within a week either side.
async fn nearest_from(
    db: &DatabaseConnection,
    new: &NewAppointment,
    now: DateTime<Utc>,
) -> Result<Vec<Slot>, DbErr> {
    let day = crate::calendar::paris_today(new.starts_at);
    let slots = availability(
        db,
        new.site_id,
        new.motif_id,
        day - Duration::days(7),
        day + Duration::days(7),
        now,
    )
    .await?;
    Ok(nearest(&slots, new.starts_at, 5))
}

/// A reference residents can read out on the phone: `R` and seven unambiguous characters.
fn new_reference() -> String {
    let code = crate::staff::tokens::new_enrolment_code().replace('-', "");
    format!("R{}", &code[..7])
}
