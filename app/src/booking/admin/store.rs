//! What the booking engine works from, read for the administration pages and changed by
//! their forms: sites with their week, desks and closures, motifs, agents' schedules and
//! absences. Sites and motifs are created, edited and retired (history points at them:
//! never deleted); a save from a version someone else has saved over in the meantime is
//! refused. Every change is audited; more time open offers itself to the waitlist.

use super::model::{
    AbsenceForm, AbsenceRow, ActiveForm, ClosureForm, ClosureRow, DeskActiveForm, DeskForm,
    DeskRow, MotifForm, MotifSettings, MotifsAdminView, STALE, ScheduleForm, SchedulesAdminView,
    SiteDetails, SiteForm, SiteSettings, SiteWeek, SitesAdminView, WeekHours,
};
use super::rules::{MotifInput, check_motif, valid_slug};
use crate::booking::policy::BookingPolicy;
use crate::booking::store::{BookingError, settle, site_by_slug};
use crate::booking::waitlist::offer_new_times;
use crate::calendar::hours::{TimeRange, WeeklyHours, format_day_ranges, parse_day_ranges};
use crate::components::fields::Choice;
use crate::errors::{FeatureError, Refusal};
use crate::staff::identity::StaffIdentity;
use crate::statuses::AppointmentStatus;
use crate::store::begin_write;
use crate::store::entities::{
    agent, agent_absence, agent_schedule, appointment, closure, desk, motif, opening_hour, service,
    site,
};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, Set, SqlErr,
};

/// What the administration refuses, as the administrator is told, or a failure of ours.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// A refusal of the booking rules (hours that do not read, an unknown site…).
    #[error(transparent)]
    Booking(#[from] BookingError),
    /// A value to correct, or a version saved over: the Fluent id says which.
    #[error("refused: {0}")]
    Invalid(&'static str),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(DbErr),
}

impl From<DbErr> for AdminError {
    /// Two administrators creating the same identifier at the same instant: the unique
    /// index refuses the second, who is told as if it had been checked before.
    fn from(err: DbErr) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => AdminError::Invalid("admin-error-taken"),
            _ => AdminError::Db(err),
        }
    }
}

impl FeatureError for AdminError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            AdminError::Booking(e) => e.refusal(),
            AdminError::Invalid(id) => Some(Refusal::Invalid(id)),
            AdminError::NotFound => Some(Refusal::NotFound),
            AdminError::Db(_) => None,
        }
    }
}

/// For a form that goes back to its page with the reason in the address: a mistake the
/// user can fix gives its Fluent id; anything else (not found, a failure) stays an error.
pub fn mistake<T>(outcome: Result<T, AdminError>) -> Result<Option<&'static str>, AdminError> {
    match outcome {
        Ok(_) => Ok(None),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => Ok(Some(id)),
            _ => Err(e),
        },
    }
}

/// Ends a write transaction: committed when the work went through, rolled back otherwise.
pub async fn finish<T>(
    txn: DatabaseTransaction,
    outcome: Result<T, AdminError>,
) -> Result<T, AdminError> {
    match outcome {
        Ok(value) => {
            txn.commit().await?;
            crate::store::data_changed();
            Ok(value)
        }
        Err(e) => {
            txn.rollback().await?;
            Err(e)
        }
    }
}

/// The audit row of a change, in the change's own transaction.
pub async fn audited<C: ConnectionTrait>(
    txn: &C,
    identity: &StaffIdentity,
    action: &str,
    kind: &str,
    subject: String,
) -> Result<(), AdminError> {
    crate::audit::staff_action(txn, identity, action, kind, Some(subject)).await?;
    Ok(())
}

/// The version a form showed; a form without one cannot say it saw the latest.
pub fn shown_version(version: Option<i32>) -> Result<i32, AdminError> {
    version.ok_or(AdminError::Invalid(STALE))
}

/// An update that went through only if the row still had the version the form showed.
pub fn check_updated(rows: u64) -> Result<(), AdminError> {
    if rows == 1 {
        Ok(())
    } else {
        Err(AdminError::Invalid(STALE))
    }
}

/// The audit row of a change to what bookings are made from, in the change's own
/// transaction; once it commits, [`crate::store::data_changed`] drops the cached pages.
async fn audit_change<C: ConnectionTrait>(
    txn: &C,
    identity: &StaffIdentity,
    action: &str,
    subject: String,
) -> Result<(), BookingError> {
    let kind = "booking-settings";
    Ok(crate::audit::staff_action(txn, identity, action, kind, Some(subject)).await?)
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

/// Sites with their week and desks, retired ones last, and the closures still to come.
pub async fn sites(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<SitesAdminView, BookingError> {
    let today = crate::calendar::paris_today(now);
    let mut sites = all_sites(db).await?;
    sites.sort_by_key(|s| (!s.active, s.id));
    let hours = opening_hour::Entity::find().all(db).await?;
    let desks = desk::Entity::find()
        .order_by_asc(desk::Column::Label)
        .all(db)
        .await?;
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
                desks: desks
                    .iter()
                    .filter(|d| d.site_id == s.id)
                    .map(|d| DeskRow {
                        id: d.id,
                        label: d.label.clone(),
                        active: d.active,
                    })
                    .collect(),
                alsace_moselle: s.alsace_moselle,
                active: s.active,
                version: s.version,
                details: SiteDetails {
                    slug: s.slug,
                    name: s.name,
                    address: s.address,
                    postal_code: s.postal_code,
                    city: s.city,
                    phone: s.phone.unwrap_or_default(),
                    email: s.email.unwrap_or_default(),
                    access_info: s.access_info.unwrap_or_default(),
                },
            })
            .collect(),
    })
}

/// A site's fields as typed, checked: what every save writes.
fn site_values(form: &SiteForm) -> Result<site::ActiveModel, AdminError> {
    let typed = &form.details;
    if [&typed.name, &typed.address, &typed.city]
        .iter()
        .any(|s| s.trim().is_empty())
    {
        return Err(AdminError::Invalid("admin-error-required"));
    }
    let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    let email = match optional(&typed.email) {
        Some(e) => Some(
            crate::contact_details::EmailAddress::parse(&e)
                .map_err(|_| AdminError::Invalid("admin-error-email"))?
                .as_str()
                .to_owned(),
        ),
        None => None,
    };
    Ok(site::ActiveModel {
        name: Set(typed.name.trim().to_owned()),
        address: Set(typed.address.trim().to_owned()),
        postal_code: Set(typed.postal_code.trim().to_owned()),
        city: Set(typed.city.trim().to_owned()),
        phone: Set(optional(&typed.phone)),
        email: Set(email),
        access_info: Set(optional(&typed.access_info)),
        alsace_moselle: Set(form.alsace_moselle),
        ..Default::default()
    })
}

/// Replaces a site's week, in the caller's transaction.
async fn replace_hours(
    txn: &DatabaseTransaction,
    site_id: i32,
    hours: Vec<(i16, TimeRange)>,
) -> Result<(), DbErr> {
    opening_hour::Entity::delete_many()
        .filter(opening_hour::Column::SiteId.eq(site_id))
        .exec(txn)
        .await?;
    for (weekday, range) in hours {
        opening_hour::ActiveModel {
            site_id: Set(site_id),
            weekday: Set(weekday),
            opens: Set(range.opens),
            closes: Set(range.closes),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// Saves a site and its week together, if nobody saved it since the form showed it; more
/// time open goes to the waitlist.
pub async fn save_site(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    identity: &StaffIdentity,
    form: &SiteForm,
    now: DateTime<Utc>,
) -> Result<(), AdminError> {
    let hours = week_ranges(&form.hours)?;
    let mut values = site_values(form)?;
    let row = site_by_slug(db, &form.details.slug).await?;
    let version = shown_version(form.version)?;
    values.version = Set(version + 1);
    // The site and its week change together, or not at all.
    let txn = begin_write(db).await?;
    let saved = async {
        let updated = site::Entity::update_many()
            .set(values)
            .filter(site::Column::Id.eq(row.id))
            .filter(site::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        check_updated(updated.rows_affected)?;
        replace_hours(&txn, row.id, hours).await?;
        audited(&txn, identity, "admin.site.save", "site", row.slug.clone()).await
    }
    .await;
    finish(txn, saved).await?;
    Ok(offer_new_times_at(db, policy, [row.id], now).await?)
}

/// Creates a site with its week; it has no desk until one is added.
pub async fn create_site(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &SiteForm,
    now: DateTime<Utc>,
) -> Result<(), AdminError> {
    let slug = form.details.slug.trim();
    if !valid_slug(slug) {
        return Err(AdminError::Invalid("admin-error-slug"));
    }
    let hours = week_ranges(&form.hours)?;
    let mut values = site_values(form)?;
    values.slug = Set(slug.to_owned());
    values.tickets_from_home = Set(false);
    values.created_at = Set(now);
    values.active = Set(true);
    values.version = Set(0);
    let txn = begin_write(db).await?;
    let saved = async {
        let taken = site::Entity::find()
            .filter(site::Column::Slug.eq(slug))
            .count(&txn)
            .await?;
        if taken > 0 {
            return Err(AdminError::Invalid("admin-error-slug-taken"));
        }
        let row = values.insert(&txn).await?;
        replace_hours(&txn, row.id, hours).await?;
        audited(&txn, identity, "admin.site.create", "site", row.slug).await
    }
    .await;
    finish(txn, saved).await
}

/// Retires a site (residents no longer see it; its appointments and tickets stay) or
/// brings it back. A site with appointments still to come is not retired: they are
/// moved or cancelled first, with their residents told.
pub async fn set_site_active(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &ActiveForm,
    now: DateTime<Utc>,
) -> Result<(), AdminError> {
    let row = site_by_slug(db, &form.slug).await?;
    let version = shown_version(form.version)?;
    let txn = begin_write(db).await?;
    let saved = async {
        if !form.active {
            let coming = appointment::Entity::find()
                .filter(appointment::Column::SiteId.eq(row.id))
                .filter(appointment::Column::Status.is_in(AppointmentStatus::ACTIVE))
                .filter(appointment::Column::EndsAt.gt(now))
                .count(&txn)
                .await?;
            if coming > 0 {
                return Err(AdminError::Invalid("admin-error-site-appointments"));
            }
        }
        let updated = site::Entity::update_many()
            .set(site::ActiveModel {
                active: Set(form.active),
                version: Set(version + 1),
                ..Default::default()
            })
            .filter(site::Column::Id.eq(row.id))
            .filter(site::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        check_updated(updated.rows_affected)?;
        let action = if form.active {
            "admin.site.reactivate"
        } else {
            "admin.site.retire"
        };
        audited(&txn, identity, action, "site", row.slug.clone()).await
    }
    .await;
    finish(txn, saved).await
}

/// Adds a desk to a site, or renames one; two desks of a site never share a name.
pub async fn save_desk(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &DeskForm,
) -> Result<(), AdminError> {
    let label = form.label.trim();
    if label.is_empty() || label.chars().count() > 64 {
        return Err(AdminError::Invalid("admin-error-desk"));
    }
    let site = site_by_slug(db, &form.site).await?;
    let txn = begin_write(db).await?;
    let saved = async {
        let same_name = desk::Entity::find()
            .filter(desk::Column::SiteId.eq(site.id))
            .all(&txn)
            .await?
            .into_iter()
            .any(|d| Some(d.id) != form.id && d.label.trim().eq_ignore_ascii_case(label));
        if same_name {
            return Err(AdminError::Invalid("admin-error-desk"));
        }
        let (action, row) = match form.id {
            None => (
                "admin.desk.add",
                desk::ActiveModel {
                    site_id: Set(site.id),
                    label: Set(label.to_owned()),
                    active: Set(true),
                    ..Default::default()
                }
                .insert(&txn)
                .await?,
            ),
            Some(id) => {
                let row = desk::Entity::find_by_id(id)
                    .one(&txn)
                    .await?
                    .filter(|d| d.site_id == site.id)
                    .ok_or(AdminError::NotFound)?;
                let mut row = row.into_active_model();
                row.label = Set(label.to_owned());
                ("admin.desk.rename", row.update(&txn).await?)
            }
        };
        audited(&txn, identity, action, "desk", row.id.to_string()).await
    }
    .await;
    finish(txn, saved).await
}

/// Retires a desk (no one is called to it any more; the tickets called there keep it) or
/// brings it back.
pub async fn set_desk_active(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &DeskActiveForm,
) -> Result<(), AdminError> {
    let txn = begin_write(db).await?;
    let saved = async {
        let row = desk::Entity::find_by_id(form.id)
            .one(&txn)
            .await?
            .ok_or(AdminError::NotFound)?;
        let mut row = row.into_active_model();
        row.active = Set(form.active);
        row.update(&txn).await?;
        let action = if form.active {
            "admin.desk.reactivate"
        } else {
            "admin.desk.retire"
        };
        audited(&txn, identity, action, "desk", form.id.to_string()).await
    }
    .await;
    finish(txn, saved).await
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
    let txn = begin_write(db).await?;
    let saved = closure::ActiveModel {
        site_id: Set(site_id),
        starts_on: Set(from),
        ends_on: Set(to),
        reason: Set(form.reason.trim().to_owned()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit_change(&txn, identity, "admin.closure.add", saved.id.to_string()).await?;
    txn.commit().await?;
    crate::store::data_changed();
    Ok(())
}

/// Reopens what a closure closed; the time goes to the waitlist.
pub async fn delete_closure(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    identity: &StaffIdentity,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    let txn = begin_write(db).await?;
    let Some(row) = closure::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(());
    };
    closure::Entity::delete_by_id(id).exec(&txn).await?;
    audit_change(&txn, identity, "admin.closure.delete", id.to_string()).await?;
    txn.commit().await?;
    crate::store::data_changed();
    let sites = match row.site_id {
        Some(s) => vec![s],
        None => all_sites(db).await?.into_iter().map(|s| s.id).collect(),
    };
    offer_new_times_at(db, policy, sites, now).await
}

/// Every motif, in the order of their services, and the services a motif can be put in.
pub async fn motifs(db: &DatabaseConnection) -> Result<MotifsAdminView, BookingError> {
    let services = service::Entity::find()
        .order_by_asc(service::Column::Position)
        .all(db)
        .await?;
    let motifs = motif::Entity::find()
        .order_by_asc(motif::Column::ServiceId)
        .order_by_asc(motif::Column::Id)
        .all(db)
        .await?;
    Ok(MotifsAdminView {
        motifs: motifs
            .into_iter()
            .map(|m| {
                let service = services.iter().find(|s| s.id == m.service_id);
                MotifSettings {
                    service: service.map(|s| s.name.clone()).unwrap_or_default(),
                    service_slug: service.map(|s| s.slug.clone()).unwrap_or_default(),
                    version: m.version,
                    slug: m.slug,
                    name: m.name,
                    duration: m.duration_minutes,
                    buffer: m.buffer_minutes,
                    documents: m.documents,
                    online: m.bookable_online,
                    min_delay: m.min_delay_hours,
                    max_delay: m.max_delay_days,
                    active: m.active,
                }
            })
            .collect(),
        services: services
            .into_iter()
            .filter(|s| s.active)
            .map(|s| Choice::new(s.slug, s.name))
            .collect(),
    })
}

/// A motif's fields as typed, checked, with its service: an active motif belongs to an
/// active service, so that retiring a service never leaves a motif residents can book.
async fn motif_values<C: ConnectionTrait>(
    db: &C,
    form: &MotifForm,
) -> Result<motif::ActiveModel, AdminError> {
    let input = MotifInput {
        name: &form.name,
        duration: &form.duration,
        buffer: &form.buffer,
        min_delay: &form.min_delay,
        max_delay: &form.max_delay,
    };
    let values = check_motif(&input).map_err(|problems| {
        AdminError::Invalid(if problems.contains(&"town-problem-name") {
            "admin-error-required"
        } else {
            "admin-error-numbers"
        })
    })?;
    let service = service::Entity::find()
        .filter(service::Column::Slug.eq(&form.service))
        .one(db)
        .await?
        .filter(|s| s.active || !form.active)
        .ok_or(AdminError::Invalid("admin-error-service"))?;
    Ok(motif::ActiveModel {
        service_id: Set(service.id),
        name: Set(values.name),
        duration_minutes: Set(values.duration),
        buffer_minutes: Set(values.buffer),
        documents: Set(crate::i18n::names::documents(&form.documents).join("\n")),
        bookable_online: Set(form.online),
        min_delay_hours: Set(values.min_delay),
        max_delay_days: Set(values.max_delay),
        active: Set(form.active),
        ..Default::default()
    })
}

/// Saves a motif's service, durations, documents and delays, if nobody saved it since
/// the form showed it.
pub async fn save_motif(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &MotifForm,
) -> Result<(), AdminError> {
    let version = shown_version(form.version)?;
    let txn = begin_write(db).await?;
    let saved = async {
        let row = motif::Entity::find()
            .filter(motif::Column::Slug.eq(&form.slug))
            .one(&txn)
            .await?
            .ok_or(AdminError::NotFound)?;
        let mut values = motif_values(&txn, form).await?;
        values.version = Set(version + 1);
        let updated = motif::Entity::update_many()
            .set(values)
            .filter(motif::Column::Id.eq(row.id))
            .filter(motif::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        check_updated(updated.rows_affected)?;
        audited(&txn, identity, "admin.motif.save", "motif", row.slug).await
    }
    .await;
    finish(txn, saved).await
}

/// Creates a motif in its service.
pub async fn create_motif(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &MotifForm,
) -> Result<(), AdminError> {
    let slug = form.slug.trim();
    if !valid_slug(slug) {
        return Err(AdminError::Invalid("admin-error-slug"));
    }
    let txn = begin_write(db).await?;
    let saved = async {
        let mut values = motif_values(&txn, form).await?;
        let taken = motif::Entity::find()
            .filter(motif::Column::Slug.eq(slug))
            .count(&txn)
            .await?;
        if taken > 0 {
            return Err(AdminError::Invalid("admin-error-slug-taken"));
        }
        values.slug = Set(slug.to_owned());
        values.version = Set(0);
        let row = values.insert(&txn).await?;
        audited(&txn, identity, "admin.motif.create", "motif", row.slug).await
    }
    .await;
    finish(txn, saved).await
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
        let subject = format!("{}@{}", form.agent, form.site);
        audit_change(&txn, identity, "admin.schedule.save", subject).await
    }
    .await;
    settle(txn, saved).await?;
    crate::store::data_changed();
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
    let txn = begin_write(db).await?;
    let saved = agent_absence::ActiveModel {
        agent_id: Set(form.agent),
        starts_at: Set(from),
        ends_at: Set(to),
        reason: Set((!reason.is_empty()).then(|| reason.to_owned())),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit_change(&txn, identity, "admin.absence.add", saved.id.to_string()).await?;
    txn.commit().await?;
    crate::store::data_changed();
    Ok(())
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
    let txn = begin_write(db).await?;
    agent_absence::Entity::delete_by_id(id).exec(&txn).await?;
    audit_change(&txn, identity, "admin.absence.delete", id.to_string()).await?;
    txn.commit().await?;
    crate::store::data_changed();
    let sites: Vec<i32> = agent_schedule::Entity::find()
        .filter(agent_schedule::Column::AgentId.eq(agent))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.site_id)
        .collect();
    offer_new_times_at(db, policy, sites, now).await
}
