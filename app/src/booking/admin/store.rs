//! What the booking engine works from, read for the administration pages and changed by
//! their forms: sites with their week and closures, motifs, agents' schedules and
//! absences. Every change is audited; more time open offers itself to the waitlist.

use super::model::{
    AbsenceForm, AbsenceRow, ClosureForm, ClosureRow, MotifForm, MotifSettings, MotifsAdminView,
    ScheduleForm, SchedulesAdminView, SiteDetails, SiteForm, SiteSettings, SiteWeek,
    SitesAdminView, WeekHours,
};
use crate::booking::policy::BookingPolicy;
use crate::booking::store::{BookingError, settle, site_by_slug};
use crate::booking::waitlist::offer_new_times;
use crate::calendar::hours::{TimeRange, WeeklyHours, format_day_ranges, parse_day_ranges};
use crate::components::fields::Choice;
use crate::staff::identity::StaffIdentity;
use crate::store::begin_write;
use crate::store::entities::{
    agent, agent_absence, agent_schedule, closure, motif, opening_hour, service, site,
};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};

/// After a change of the booking settings: pages cached from the database are out of
/// date, and the audit log records who did it.
async fn changed(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    action: &str,
    subject: String,
) -> Result<(), BookingError> {
    crate::store::data_changed();
    let kind = "booking-settings";
    Ok(crate::audit::staff_action(db, identity, action, kind, Some(subject)).await?)
}

/// More time may be open at these sites: the people waiting there hear of it.
async fn offer_new_times_at(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    sites: impl IntoIterator<Item = i32>,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    for site_id in sites {
        offer_new_times(db, policy, site_id, now).await?;
    }
    Ok(())
}

async fn all_sites(db: &DatabaseConnection) -> Result<Vec<site::Model>, BookingError> {
    Ok(site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(db)
        .await?)
}

/// A week's rows as the seven inputs show them.
fn week_text(rows: impl IntoIterator<Item = (i16, NaiveTime, NaiveTime)>) -> WeekHours {
    let weekly = WeeklyHours::from_rows(rows);
    WeekHours::from_days(std::array::from_fn(|d| {
        format_day_ranges(weekly.ranges(d as u8))
    }))
}

/// The seven inputs as rows, Monday (0) first.
fn week_ranges(hours: &WeekHours) -> Result<Vec<(i16, TimeRange)>, BookingError> {
    let mut rows = Vec::new();
    for (day, text) in (0i16..).zip(hours.days()) {
        let ranges = parse_day_ranges(text).map_err(|_| BookingError::BadHours)?;
        rows.extend(ranges.into_iter().map(|range| (day, range)));
    }
    Ok(rows)
}

/// Sites with their week, and the closures still to come.
pub async fn sites(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<SitesAdminView, BookingError> {
    let today = crate::calendar::paris_today(now);
    let sites = all_sites(db).await?;
    let hours = opening_hour::Entity::find().all(db).await?;
    let closures = closure::Entity::find()
        .filter(closure::Column::EndsOn.gte(today))
        .order_by_asc(closure::Column::StartsOn)
        .all(db)
        .await?;
    Ok(SitesAdminView {
        closures: closures
            .into_iter()
            .map(|c| ClosureRow {
                id: c.id,
                site: c
                    .site_id
                    .and_then(|id| sites.iter().find(|s| s.id == id).map(|s| s.name.clone())),
                from: c.starts_on,
                to: c.ends_on,
                reason: c.reason,
            })
            .collect(),
        sites: sites
            .into_iter()
            .map(|s| SiteSettings {
                hours: week_text(
                    hours
                        .iter()
                        .filter(|h| h.site_id == s.id)
                        .map(|h| (h.weekday, h.opens, h.closes)),
                ),
                alsace_moselle: s.alsace_moselle,
                details: SiteDetails {
                    slug: s.slug,
                    name: s.name,
                    address: s.address,
                    postal_code: s.postal_code,
                    city: s.city,
                    phone: s.phone.unwrap_or_default(),
                    access_info: s.access_info.unwrap_or_default(),
                },
            })
            .collect(),
    })
}

/// Saves a site and its week together; more time open goes to the waitlist.
pub async fn save_site(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    identity: &StaffIdentity,
    form: &SiteForm,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    let hours = week_ranges(&form.hours)?;
    let typed = &form.details;
    if [&typed.name, &typed.address, &typed.city]
        .iter()
        .any(|s| s.trim().is_empty())
    {
        return Err(BookingError::Required);
    }
    let row = site_by_slug(db, &typed.slug).await?;
    let site_id = row.id;
    // The site and its week change together, or not at all.
    let txn = begin_write(db).await?;
    let saved = async {
        let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        let mut active = row.into_active_model();
        active.name = Set(typed.name.trim().to_owned());
        active.address = Set(typed.address.trim().to_owned());
        active.postal_code = Set(typed.postal_code.trim().to_owned());
        active.city = Set(typed.city.trim().to_owned());
        active.phone = Set(optional(&typed.phone));
        active.access_info = Set(optional(&typed.access_info));
        active.alsace_moselle = Set(form.alsace_moselle);
        active.update(&txn).await?;
        opening_hour::Entity::delete_many()
            .filter(opening_hour::Column::SiteId.eq(site_id))
            .exec(&txn)
            .await?;
        for (weekday, range) in hours {
            opening_hour::ActiveModel {
                site_id: Set(site_id),
                weekday: Set(weekday),
                opens: Set(range.opens),
                closes: Set(range.closes),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        Ok::<_, BookingError>(())
    }
    .await;
    settle(txn, saved).await?;
    changed(db, identity, "admin.site.save", typed.slug.clone()).await?;
    offer_new_times_at(db, policy, [site_id], now).await
}

/// Closes one site, or every site, from one date to another.
pub async fn add_closure(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &ClosureForm,
) -> Result<(), BookingError> {
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let (Some(from), Some(to)) = (date(&form.dates.from), date(&form.dates.to)) else {
        return Err(BookingError::BadDates);
    };
    if to < from || form.reason.trim().is_empty() {
        return Err(BookingError::BadDates);
    }
    let site_id = match form.site.as_str() {
        "" => None,
        slug => Some(site_by_slug(db, slug).await?.id),
    };
    let saved = closure::ActiveModel {
        site_id: Set(site_id),
        starts_on: Set(from),
        ends_on: Set(to),
        reason: Set(form.reason.trim().to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    changed(db, identity, "admin.closure.add", saved.id.to_string()).await
}

/// Reopens what a closure closed; the time goes to the waitlist.
pub async fn delete_closure(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    identity: &StaffIdentity,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    let Some(row) = closure::Entity::find_by_id(id).one(db).await? else {
        return Ok(());
    };
    closure::Entity::delete_by_id(id).exec(db).await?;
    changed(db, identity, "admin.closure.delete", id.to_string()).await?;
    let sites = match row.site_id {
        Some(s) => vec![s],
        None => all_sites(db).await?.into_iter().map(|s| s.id).collect(),
    };
    offer_new_times_at(db, policy, sites, now).await
}

/// Every motif, in the order of their services.
pub async fn motifs(db: &DatabaseConnection) -> Result<MotifsAdminView, BookingError> {
    let services = service::Entity::find().all(db).await?;
    let motifs = motif::Entity::find()
        .order_by_asc(motif::Column::ServiceId)
        .order_by_asc(motif::Column::Id)
        .all(db)
        .await?;
    Ok(MotifsAdminView {
        motifs: motifs
            .into_iter()
            .map(|m| MotifSettings {
                service: services
                    .iter()
                    .find(|s| s.id == m.service_id)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                slug: m.slug,
                name: m.name,
                duration: m.duration_minutes,
                buffer: m.buffer_minutes,
                documents: m.documents,
                online: m.bookable_online,
                min_delay: m.min_delay_hours,
                max_delay: m.max_delay_days,
                active: m.active,
            })
            .collect(),
    })
}

/// Saves a motif's durations, documents and delays.
pub async fn save_motif(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &MotifForm,
) -> Result<(), BookingError> {
    let number = |s: &str, min: i32, max: i32| {
        s.trim()
            .parse::<i32>()
            .ok()
            .filter(|n| (min..=max).contains(n))
    };
    let (Some(duration), Some(buffer), Some(min_delay), Some(max_delay)) = (
        number(&form.duration, 5, 480),
        number(&form.buffer, 0, 120),
        number(&form.min_delay, 0, 24 * 30),
        number(&form.max_delay, 1, 366),
    ) else {
        return Err(BookingError::BadNumbers);
    };
    if form.name.trim().is_empty() {
        return Err(BookingError::Required);
    }
    let row = motif::Entity::find()
        .filter(motif::Column::Slug.eq(&form.slug))
        .one(db)
        .await?
        .ok_or(BookingError::NotFound)?;
    let mut m = row.into_active_model();
    m.name = Set(form.name.trim().to_owned());
    m.duration_minutes = Set(duration);
    m.buffer_minutes = Set(buffer);
    m.documents = Set(crate::i18n::names::documents(&form.documents).join("\n"));
    m.bookable_online = Set(form.online);
    m.min_delay_hours = Set(min_delay);
    m.max_delay_days = Set(max_delay);
    m.active = Set(form.active);
    m.update(db).await?;
    changed(db, identity, "admin.motif.save", form.slug.clone()).await
}

/// The active agents, and the chosen one's week at each site and coming absences.
pub async fn schedules(
    db: &DatabaseConnection,
    agent: Option<i32>,
    now: DateTime<Utc>,
) -> Result<SchedulesAdminView, BookingError> {
    let agents = agent::Entity::find()
        .filter(agent::Column::Active.eq(true))
        .order_by_asc(agent::Column::DisplayName)
        .all(db)
        .await?;
    let chosen = agent.filter(|id| agents.iter().any(|a| a.id == *id));
    let (weeks, absences) = match chosen {
        Some(id) => {
            let rows = agent_schedule::Entity::find()
                .filter(agent_schedule::Column::AgentId.eq(id))
                .all(db)
                .await?;
            let weeks = all_sites(db)
                .await?
                .iter()
                .map(|s| SiteWeek {
                    site: Choice::new(s.slug.clone(), s.name.clone()),
                    hours: week_text(
                        rows.iter()
                            .filter(|r| r.site_id == s.id)
                            .map(|r| (r.weekday, r.starts, r.ends)),
                    ),
                })
                .collect();
            let absences = agent_absence::Entity::find()
                .filter(agent_absence::Column::AgentId.eq(id))
                .filter(agent_absence::Column::EndsAt.gt(now))
                .order_by_asc(agent_absence::Column::StartsAt)
                .all(db)
                .await?
                .into_iter()
                .map(|a| AbsenceRow {
                    id: a.id,
                    from: a.starts_at,
                    to: a.ends_at,
                    reason: a.reason,
                })
                .collect();
            (weeks, absences)
        }
        None => (Vec::new(), Vec::new()),
    };
    Ok(SchedulesAdminView {
        agents: agents
            .into_iter()
            .map(|a| Choice::new(a.id.to_string(), a.display_name))
            .collect(),
        agent: chosen,
        weeks,
        absences,
    })
}

/// Saves an agent's week at a site; more time open goes to the waitlist.
pub async fn save_schedule(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    identity: &StaffIdentity,
    form: &ScheduleForm,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    let site = site_by_slug(db, &form.site).await?;
    let ranges = week_ranges(&form.hours)?;
    let txn = begin_write(db).await?;
    let saved = async {
        agent_schedule::Entity::delete_many()
            .filter(agent_schedule::Column::AgentId.eq(form.agent))
            .filter(agent_schedule::Column::SiteId.eq(site.id))
            .exec(&txn)
            .await?;
        for (weekday, range) in ranges {
            agent_schedule::ActiveModel {
                agent_id: Set(form.agent),
                site_id: Set(site.id),
                weekday: Set(weekday),
                starts: Set(range.opens),
                ends: Set(range.closes),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        Ok::<_, BookingError>(())
    }
    .await;
    settle(txn, saved).await?;
    let subject = format!("{}@{}", form.agent, form.site);
    changed(db, identity, "admin.schedule.save", subject).await?;
    offer_new_times_at(db, policy, [site.id], now).await
}

/// Records an agent's absence.
pub async fn add_absence(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &AbsenceForm,
) -> Result<(), BookingError> {
    // `datetime-local` fields: Paris wall-clock time.
    let paris = |s: &str| {
        NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M")
            .ok()
            .and_then(|t| chrono_tz::Europe::Paris.from_local_datetime(&t).earliest())
            .map(|t| t.with_timezone(&Utc))
    };
    let (Some(from), Some(to)) = (paris(&form.dates.from), paris(&form.dates.to)) else {
        return Err(BookingError::BadDates);
    };
    if to <= from {
        return Err(BookingError::BadDates);
    }
    let reason = form.reason.trim();
    let saved = agent_absence::ActiveModel {
        agent_id: Set(form.agent),
        starts_at: Set(from),
        ends_at: Set(to),
        reason: Set((!reason.is_empty()).then(|| reason.to_owned())),
        ..Default::default()
    }
    .insert(db)
    .await?;
    changed(db, identity, "admin.absence.add", saved.id.to_string()).await
}

/// Removes an agent's absence; the time it kept goes to the waitlist at their sites.
pub async fn delete_absence(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    identity: &StaffIdentity,
    id: i32,
    agent: i32,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    agent_absence::Entity::delete_by_id(id).exec(db).await?;
    changed(db, identity, "admin.absence.delete", id.to_string()).await?;
    let sites: Vec<i32> = agent_schedule::Entity::find()
        .filter(agent_schedule::Column::AgentId.eq(agent))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.site_id)
        .collect();
    offer_new_times_at(db, policy, sites, now).await
}
