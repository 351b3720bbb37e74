//! The agenda's queries and the desk's changes to an appointment.

use super::model::{AgendaDay, AgendaRow};
use crate::components::fields::Choice;
use crate::i18n::Locale;
use crate::i18n::dates::paris_date;
use crate::i18n::names::motif_name;
use crate::statuses::AppointmentStatus;
use crate::store::begin_write;
use crate::store::entities::{agent, agent_schedule, appointment, motif, site};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

pub async fn sites(db: &DatabaseConnection) -> Result<Vec<site::Model>, DbErr> {
    site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(db)
        .await
}

/// Agents who work at the site (by their weekly schedule).
pub async fn agents_of(db: &DatabaseConnection, site_id: i32) -> Result<Vec<Choice>, DbErr> {
    let ids: Vec<i32> = agent_schedule::Entity::find()
        .filter(agent_schedule::Column::SiteId.eq(site_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.agent_id)
        .collect();
    Ok(agent::Entity::find()
        .filter(agent::Column::Id.is_in(ids))
        .order_by_asc(agent::Column::DisplayName)
        .all(db)
        .await?
        .into_iter()
        .map(|a| Choice {
            value: a.id.to_string(),
            label: a.display_name,
        })
        .collect())
}

fn paris_midnight(date: NaiveDate) -> DateTime<Utc> {
    Paris
        .from_local_datetime(&date.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| date.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
}

/// The appointments of `days` days from `from` at a site, by day, in time order.
pub async fn days(
    db: &DatabaseConnection,
    locale: Locale,
    site_id: i32,
    agent_id: Option<i32>,
    from: NaiveDate,
    days: i64,
    now: DateTime<Utc>,
) -> Result<Vec<AgendaDay>, DbErr> {
    let start = paris_midnight(from);
    let end = paris_midnight(from + Duration::days(days));
    let mut query = appointment::Entity::find()
        .filter(appointment::Column::SiteId.eq(site_id))
        .filter(appointment::Column::StartsAt.gte(start))
        .filter(appointment::Column::StartsAt.lt(end))
        .order_by_asc(appointment::Column::StartsAt);
    if let Some(id) = agent_id {
        query = query.filter(appointment::Column::AgentId.eq(id));
    }
    let rows = query.all(db).await?;
    let motifs = motif::Entity::find().all(db).await?;
    let agents = agent::Entity::find().all(db).await?;
    Ok((0..days)
        .map(|i| from + Duration::days(i))
        .map(|date| AgendaDay {
            date,
            rows: rows
                .iter()
                .filter(|a| paris_date(a.starts_at) == date)
                .map(|a| {
                    let m = motifs.iter().find(|m| m.id == a.motif_id);
                    AgendaRow {
                        id: a.id,
                        reference: a.reference.clone(),
                        starts_at: a.starts_at,
                        name: a.contact_name.clone(),
                        phone: a.phone.clone(),
                        email: a.email.clone(),
                        motif_slug: m.map(|m| m.slug.clone()).unwrap_or_default(),
                        motif_name: m
                            .map(|m| motif_name(locale, &m.slug, &m.name))
                            .unwrap_or_default(),
                        agent_name: a.agent_id.and_then(|id| {
                            agents
                                .iter()
                                .find(|g| g.id == id)
                                .map(|g| g.display_name.clone())
                        }),
                        status: a.status,
                        language: a.language.clone(),
                        interpreter: a.interpreter_language.clone(),
                        accessibility: a.accessibility_need.clone(),
                        note: a.note.clone(),
                        started: a.starts_at <= now,
                    }
                })
                .collect(),
        })
        .collect())
}

/// What the desk can do to an appointment on the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeskAction {
    /// The resident is here: they join the queue, first once their time is due.
    CheckIn,
    /// The time has passed and nobody came.
    NoShow,
}

/// Applies `action` if the appointment is in a state that allows it; returns whether it
/// changed. Row-locked, so two counsellors clicking at once change it once.
pub async fn apply(
    db: &DatabaseConnection,
    hooks: &crate::hooks::Hooks,
    id: i32,
    action: DeskAction,
    now: DateTime<Utc>,
) -> Result<Option<appointment::Model>, DbErr> {
    let txn = begin_write(db).await?;
    let Some(current) = appointment::Entity::find_by_id(id)
        .lock_exclusive()
        .one(&txn)
        .await?
    else {
        txn.rollback().await?;
        return Ok(None);
    };
    let allowed = match action {
        DeskAction::CheckIn => {
            current.status == AppointmentStatus::Booked
                && paris_date(current.starts_at) == paris_date(now)
        }
        DeskAction::NoShow => {
            current.status == AppointmentStatus::Booked && current.starts_at <= now
        }
    };
    if !allowed {
        txn.rollback().await?;
        return Ok(None);
    }
    let mut active = current.into_active_model();
    match action {
        DeskAction::CheckIn => {
            active.status = Set(AppointmentStatus::CheckedIn);
            active.checked_in_at = Set(Some(now));
        }
        DeskAction::NoShow => active.status = Set(AppointmentStatus::NoShow),
    }
    active.updated_at = Set(now);
    let saved = active.update(&txn).await?;
    if action == DeskAction::CheckIn {
        // The queue gives the resident a ticket, in this transaction.
        hooks.appointment_arrived(&txn, &saved, now).await?;
    }
    txn.commit().await?;
    Ok(Some(saved))
}
