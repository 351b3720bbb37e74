//! The agenda's queries, the desk's changes to an appointment, and its booking page. Every
//! read of the agenda and every change is audited.

use super::model::{
    AgendaDay, AgendaParams, AgendaRow, AgendaView, CANCEL_REASONS, DeskBookingParams,
    DeskBookingView,
};
use crate::booking::changes::{ChangedBy, cancel};
use crate::booking::model::{ContactDraft, parse_instant};
use crate::booking::policy::BookingPolicy;
use crate::booking::store::{BookingError, Motifs, settle, week_of_slots};
use crate::components::fields::Choice;
use crate::hooks::Hooks;
use crate::i18n::Locale;
use crate::i18n::dates::paris_date;
use crate::i18n::names::motif_name;
use crate::staff::identity::StaffIdentity;
use crate::statuses::AppointmentStatus;
use crate::store::begin_write;
use crate::store::entities::{agent, agent_schedule, appointment, site};
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

/// Records what a counsellor did to an appointment (or, without `id`, read).
async fn audit(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    action: &str,
    id: Option<i32>,
) -> Result<(), BookingError> {
    let id = id.map(|i| i.to_string());
    Ok(crate::audit::staff_action(db, identity, action, "appointment", id).await?)
}

async fn sites(db: &DatabaseConnection) -> Result<Vec<site::Model>, BookingError> {
    Ok(site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(db)
        .await?)
}

fn site_choice(s: &site::Model) -> Choice {
    Choice::new(s.slug.clone(), s.name.clone())
}

/// The agenda of a site for a day or a week, as its query string asks.
pub async fn agenda(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    params: &AgendaParams,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<AgendaView, BookingError> {
    let sites = sites(db).await?;
    let site = params
        .lieu
        .as_deref()
        .and_then(|slug| sites.iter().find(|s| s.slug == slug))
        .or(sites.first())
        .ok_or(BookingError::NotFound)?;
    let day = params
        .jour
        .as_deref()
        .and_then(|d| d.parse().ok())
        .unwrap_or_else(|| crate::calendar::paris_today(now));
    let week = params.vue.as_deref() == Some("semaine");
    let agent = params.agent.clone().filter(|a| !a.is_empty());
    let range = Range {
        site_id: site.id,
        agent_id: agent.as_deref().and_then(|a| a.parse().ok()),
        from: if week {
            day - Duration::days(day.weekday().num_days_from_monday().into())
        } else {
            day
        },
        days: if week { 7 } else { 1 },
    };
    let days = days(db, &range, locale, now).await?;
    audit(db, identity, "appointments.read_agenda", None).await?;
    Ok(AgendaView {
        sites: sites.iter().map(site_choice).collect(),
        agents: agents_of(db, site.id).await?,
        site: site.slug.clone(),
        agent,
        day,
        week,
        days,
    })
}

/// Agents who work at the site (by their weekly schedule).
async fn agents_of(db: &DatabaseConnection, site_id: i32) -> Result<Vec<Choice>, BookingError> {
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
        .map(|a| Choice::new(a.id.to_string(), a.display_name))
        .collect())
}

fn paris_midnight(date: NaiveDate) -> DateTime<Utc> {
    Paris
        .from_local_datetime(&date.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| date.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
}

/// The days an agenda shows: at one site, of one agent or all.
struct Range {
    site_id: i32,
    agent_id: Option<i32>,
    from: NaiveDate,
    days: i64,
}

/// The appointments of the range, by day, in time order.
async fn days(
    db: &DatabaseConnection,
    range: &Range,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<AgendaDay>, BookingError> {
    let Range {
        site_id,
        agent_id,
        from,
        days,
    } = *range;
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
    let motifs = Motifs::load(db).await?;
    let agents = agent::Entity::find().all(db).await?;
    Ok((0..days)
        .map(|i| from + Duration::days(i))
        .map(|date| AgendaDay {
            date,
            rows: rows
                .iter()
                .filter(|a| paris_date(a.starts_at) == date)
                .map(|a| {
                    let m = motifs.get(a.motif_id);
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

impl DeskAction {
    fn audited_as(self) -> &'static str {
        match self {
            DeskAction::CheckIn => "appointment.check_in",
            DeskAction::NoShow => "appointment.no_show",
        }
    }
}

/// Applies `action` if the appointment is in a state that allows it; returns it when it
/// changed. Row-locked, so two counsellors clicking at once change it once.
pub async fn apply(
    db: &DatabaseConnection,
    hooks: &Hooks,
    identity: &StaffIdentity,
    id: i32,
    action: DeskAction,
    now: DateTime<Utc>,
) -> Result<Option<appointment::Model>, BookingError> {
    let txn = begin_write(db).await?;
    let outcome = async {
        let Some(current) = appointment::Entity::find_by_id(id)
            .lock_exclusive()
            .one(&txn)
            .await?
        else {
            return Ok(None);
        };
        let booked = current.status == AppointmentStatus::Booked;
        let allowed = match action {
            DeskAction::CheckIn => booked && paris_date(current.starts_at) == paris_date(now),
            DeskAction::NoShow => booked && current.starts_at <= now,
        };
        if !allowed {
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
        // Audited with the change: both are written, or neither.
        let subject = Some(id.to_string());
        let audited = action.audited_as();
        crate::audit::staff_action(&txn, identity, audited, "appointment", subject).await?;
        Ok::<_, BookingError>(Some(saved))
    }
    .await;
    let changed = settle(txn, outcome).await?;
    if let Some(appointment) = &changed {
        // A check-in puts the resident in the queue: desks and screens follow.
        hooks.site_queue_changed(appointment.site_id);
    }
    Ok(changed)
}

/// Cancels with a reason from the list; the resident is told, and the time goes to the
/// waitlist. An appointment that cannot be cancelled (any more) is left as it is.
pub async fn cancel_at_desk(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    identity: &StaffIdentity,
    id: i32,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    if !CANCEL_REASONS.contains(&reason) {
        return Err(BookingError::BadReason);
    }
    // Audited in the cancellation's transaction: both are written, or neither.
    let by = ChangedBy::Counsellor {
        agent_id: identity.agent_id,
        device_id: identity.device_id,
    };
    match cancel(db, policy, id, Some(reason.to_owned()), by, now).await {
        Ok(_) | Err(BookingError::NotChangeable) => Ok(()),
        Err(e) => Err(e),
    }
}

/// The desk's booking page: the motif and site chosen, then a week of free times, then
/// the contact form for the time chosen.
pub async fn desk_booking(
    db: &DatabaseConnection,
    params: &DeskBookingParams,
    draft: ContactDraft,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<DeskBookingView, BookingError> {
    let motifs = Motifs::load(db).await?;
    let active = motifs.active();
    let sites = sites(db).await?;
    let chosen_motif = params
        .motif
        .as_deref()
        .and_then(|m| active.iter().copied().find(|x| x.slug == m));
    let chosen_site = params
        .lieu
        .as_deref()
        .and_then(|s| sites.iter().find(|x| x.slug == s));
    let week = match (chosen_motif, chosen_site) {
        (Some(motif), Some(site)) => {
            let free = motifs.free_times(site, motif, now);
            let week = params.semaine.as_deref().and_then(|w| w.parse().ok());
            let taken = params.pris.as_deref().and_then(parse_instant);
            Some(week_of_slots(db, &free, week, taken).await?)
        }
        _ => None,
    };
    Ok(DeskBookingView {
        motifs: active
            .iter()
            .map(|m| Choice::new(m.slug.clone(), motif_name(locale, &m.slug, &m.name)))
            .collect(),
        sites: sites.iter().map(site_choice).collect(),
        motif: chosen_motif.map(|m| m.slug.clone()),
        site: chosen_site.map(|s| s.slug.clone()),
        week,
        starts_at: params.creneau.as_deref().and_then(parse_instant),
        draft,
    })
}
