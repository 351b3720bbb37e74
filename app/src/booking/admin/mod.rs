//! Administration of what the booking engine works from: sites with their opening hours
//! (the late Wednesday) and closures (`/agent/admin/lieux`), motifs with their durations,
//! documents and delays (`/agent/admin/motifs`), agents' weekly schedules and absences
//! (`/agent/admin/plannings`). Plain forms; every change audited; more time open offers
//! itself to the waitlist.

// A plain HTML form posts one field per server-function argument.
#![allow(clippy::too_many_arguments)]

pub mod model;
mod views;

pub use views::{AdminMotifsPage, AdminSchedulesPage, AdminSitesPage};

use crate::errors::AppError;
use leptos::prelude::*;
use model::{MotifsAdminView, SchedulesAdminView, SitesAdminView};

#[cfg(feature = "ssr")]
mod server_side {
    use crate::errors::AppError;
    use crate::staff::StaffSection;
    use crate::staff::identity::StaffIdentity;

    pub async fn admin() -> Result<StaffIdentity, AppError> {
        crate::staff::session::require_section(StaffSection::Admin).await
    }

    pub async fn audit(
        identity: &StaffIdentity,
        action: &'static str,
        subject: String,
    ) -> Result<(), AppError> {
        let state = crate::state::AppState::from_context()?;
        let db = &state.db;
        let kind = "booking-settings";
        Ok(crate::audit::staff_action(db, identity, action, kind, Some(subject)).await?)
    }

    /// Back to `page` with what went wrong, or what was saved.
    pub fn back(page: &str, error: Option<&str>) {
        match error {
            Some(e) => leptos_axum::redirect(&format!("{page}?erreur={e}")),
            None => leptos_axum::redirect(&format!("{page}?enregistre=1")),
        }
    }

    /// The seven weekday inputs, Monday first.
    pub fn week_ranges(
        days: [&str; 7],
    ) -> Result<Vec<(i16, crate::calendar::hours::TimeRange)>, crate::calendar::hours::EmptyRange>
    {
        let mut rows = Vec::new();
        for (day, text) in days.iter().enumerate() {
            for range in crate::calendar::hours::parse_day_ranges(text)? {
                rows.push((day as i16, range));
            }
        }
        Ok(rows)
    }
}

#[server(prefix = "/api/agent", endpoint = "admin/lieux")]
pub async fn admin_sites() -> Result<SitesAdminView, AppError> {
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    model::load_sites(&state.db, identity).await
}

#[server(prefix = "/api/agent", endpoint = "admin/lieu")]
pub async fn save_site(
    slug: String,
    name: String,
    address: String,
    postal_code: String,
    city: String,
    phone: String,
    access_info: String,
    alsace_moselle: Option<String>,
    h0: String,
    h1: String,
    h2: String,
    h3: String,
    h4: String,
    h5: String,
    h6: String,
) -> Result<(), AppError> {
    use crate::store::begin_write;
    use crate::store::entities::{opening_hour, site};
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
    const PAGE: &str = "/agent/admin/lieux";
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    let Ok(hours) = server_side::week_ranges([&h0, &h1, &h2, &h3, &h4, &h5, &h6]) else {
        server_side::back(PAGE, Some("admin-error-hours"));
        return Ok(());
    };
    if name.trim().is_empty() || address.trim().is_empty() || city.trim().is_empty() {
        server_side::back(PAGE, Some("admin-error-required"));
        return Ok(());
    }
    let Some(row) = site::Entity::find()
        .filter(site::Column::Slug.eq(&slug))
        .one(&state.db)
        .await?
    else {
        return Err(AppError::NotFound.with_status());
    };
    let site_id = row.id;
    // The site and its week change together, or not at all.
    let txn = begin_write(&state.db).await?;
    let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    let mut active = row.into_active_model();
    active.name = Set(name.trim().to_owned());
    active.address = Set(address.trim().to_owned());
    active.postal_code = Set(postal_code.trim().to_owned());
    active.city = Set(city.trim().to_owned());
    active.phone = Set(optional(&phone));
    active.access_info = Set(optional(&access_info));
    active.alsace_moselle = Set(alsace_moselle.is_some());
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
    txn.commit().await?;
    server_side::audit(&identity, "admin.site.save", slug).await?;
    crate::booking::waitlist::offer_new_times(
        &state.db,
        &crate::booking::policy::BookingPolicy::from_context()?,
        site_id,
        chrono::Utc::now(),
    )
    .await?;
    server_side::back(PAGE, None);
    Ok(())
}

#[server(prefix = "/api/agent", endpoint = "admin/fermeture")]
pub async fn add_closure(
    lieu: String,
    du: String,
    au: String,
    raison: String,
) -> Result<(), AppError> {
    use crate::store::entities::{closure, site};
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    const PAGE: &str = "/agent/admin/lieux";
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    let from = chrono::NaiveDate::parse_from_str(&du, "%Y-%m-%d").ok();
    let to = chrono::NaiveDate::parse_from_str(&au, "%Y-%m-%d").ok();
    let (Some(from), Some(to)) = (from, to) else {
        server_side::back(PAGE, Some("admin-error-dates"));
        return Ok(());
    };
    if to < from || raison.trim().is_empty() {
        server_side::back(PAGE, Some("admin-error-dates"));
        return Ok(());
    }
    let site_id = if lieu.is_empty() {
        None
    } else {
        Some(
            site::Entity::find()
                .filter(site::Column::Slug.eq(&lieu))
                .one(&state.db)
                .await?
                .ok_or_else(|| AppError::NotFound.with_status())?
                .id,
        )
    };
    let saved = closure::ActiveModel {
        site_id: Set(site_id),
        starts_on: Set(from),
        ends_on: Set(to),
        reason: Set(raison.trim().to_owned()),
        ..Default::default()
    }
    .insert(&state.db)
    .await?;
    crate::store::data_changed();
    server_side::audit(&identity, "admin.closure.add", saved.id.to_string()).await?;
    server_side::back(PAGE, None);
    Ok(())
}

#[server(prefix = "/api/agent", endpoint = "admin/fermeture/supprimer")]
pub async fn delete_closure(id: i32) -> Result<(), AppError> {
    use crate::store::entities::{closure, site};
    use sea_orm::EntityTrait;
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    if let Some(row) = closure::Entity::find_by_id(id).one(&state.db).await? {
        closure::Entity::delete_by_id(id).exec(&state.db).await?;
        crate::store::data_changed();
        server_side::audit(&identity, "admin.closure.delete", id.to_string()).await?;
        let sites: Vec<i32> = match row.site_id {
            Some(s) => vec![s],
            None => site::Entity::find()
                .all(&state.db)
                .await?
                .into_iter()
                .map(|s| s.id)
                .collect(),
        };
        for s in sites {
            crate::booking::waitlist::offer_new_times(
                &state.db,
                &crate::booking::policy::BookingPolicy::from_context()?,
                s,
                chrono::Utc::now(),
            )
            .await?;
        }
    }
    server_side::back("/agent/admin/lieux", None);
    Ok(())
}

#[server(prefix = "/api/agent", endpoint = "admin/motifs")]
pub async fn admin_motifs() -> Result<MotifsAdminView, AppError> {
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    model::load_motifs(&state.db, identity).await
}

#[server(prefix = "/api/agent", endpoint = "admin/motif")]
pub async fn save_motif(
    slug: String,
    name: String,
    duration: String,
    buffer: String,
    documents: String,
    online: Option<String>,
    min_delay: String,
    max_delay: String,
    active: Option<String>,
) -> Result<(), AppError> {
    use crate::store::entities::motif;
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
    const PAGE: &str = "/agent/admin/motifs";
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    let number = |s: &str, max: i32| {
        s.trim()
            .parse::<i32>()
            .ok()
            .filter(|n| (0..=max).contains(n))
    };
    let (Some(duration), Some(buffer), Some(min_delay), Some(max_delay)) = (
        number(&duration, 480).filter(|d| *d >= 5),
        number(&buffer, 120),
        number(&min_delay, 24 * 30),
        number(&max_delay, 366).filter(|d| *d >= 1),
    ) else {
        server_side::back(PAGE, Some("admin-error-numbers"));
        return Ok(());
    };
    if name.trim().is_empty() {
        server_side::back(PAGE, Some("admin-error-required"));
        return Ok(());
    }
    let row = motif::Entity::find()
        .filter(motif::Column::Slug.eq(&slug))
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::NotFound.with_status())?;
    let mut m = row.into_active_model();
    m.name = Set(name.trim().to_owned());
    m.duration_minutes = Set(duration);
    m.buffer_minutes = Set(buffer);
    m.documents = Set(crate::i18n::names::documents(&documents).join("\n"));
    m.bookable_online = Set(online.is_some());
    m.min_delay_hours = Set(min_delay);
    m.max_delay_days = Set(max_delay);
    m.active = Set(active.is_some());
    m.update(&state.db).await?;
    crate::store::data_changed();
    server_side::audit(&identity, "admin.motif.save", slug).await?;
    server_side::back(PAGE, None);
    Ok(())
}

#[server(prefix = "/api/agent", endpoint = "admin/plannings")]
pub async fn admin_schedules(agent: Option<i32>) -> Result<SchedulesAdminView, AppError> {
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    model::load_schedules(&state.db, identity, agent).await
}

#[server(prefix = "/api/agent", endpoint = "admin/planning")]
pub async fn save_schedule(
    agent: i32,
    lieu: String,
    h0: String,
    h1: String,
    h2: String,
    h3: String,
    h4: String,
    h5: String,
    h6: String,
) -> Result<(), AppError> {
    use crate::store::begin_write;
    use crate::store::entities::{agent_schedule, site};
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    let page = format!("/agent/admin/plannings?agent={agent}");
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    let site_row = site::Entity::find()
        .filter(site::Column::Slug.eq(&lieu))
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::NotFound.with_status())?;
    let Ok(ranges) = server_side::week_ranges([&h0, &h1, &h2, &h3, &h4, &h5, &h6]) else {
        leptos_axum::redirect(&format!("{page}&erreur=admin-error-hours"));
        return Ok(());
    };
    let txn = begin_write(&state.db).await?;
    agent_schedule::Entity::delete_many()
        .filter(agent_schedule::Column::AgentId.eq(agent))
        .filter(agent_schedule::Column::SiteId.eq(site_row.id))
        .exec(&txn)
        .await?;
    for (weekday, range) in ranges {
        agent_schedule::ActiveModel {
            agent_id: Set(agent),
            site_id: Set(site_row.id),
            weekday: Set(weekday),
            starts: Set(range.opens),
            ends: Set(range.closes),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    server_side::audit(&identity, "admin.schedule.save", format!("{agent}@{lieu}")).await?;
    crate::booking::waitlist::offer_new_times(
        &state.db,
        &crate::booking::policy::BookingPolicy::from_context()?,
        site_row.id,
        chrono::Utc::now(),
    )
    .await?;
    leptos_axum::redirect(&format!("{page}&enregistre=1"));
    Ok(())
}

#[server(prefix = "/api/agent", endpoint = "admin/absence")]
pub async fn add_absence(
    agent: i32,
    du: String,
    au: String,
    raison: String,
) -> Result<(), AppError> {
    use crate::store::entities::agent_absence;
    use chrono::TimeZone;
    use sea_orm::{ActiveModelTrait, Set};
    let page = format!("/agent/admin/plannings?agent={agent}");
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    // `datetime-local` fields: Paris wall-clock time.
    let paris = |s: &str| {
        chrono::NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M")
            .ok()
            .and_then(|t| chrono_tz::Europe::Paris.from_local_datetime(&t).earliest())
            .map(|t| t.with_timezone(&chrono::Utc))
    };
    let (Some(from), Some(to)) = (paris(&du), paris(&au)) else {
        leptos_axum::redirect(&format!("{page}&erreur=admin-error-dates"));
        return Ok(());
    };
    if to <= from {
        leptos_axum::redirect(&format!("{page}&erreur=admin-error-dates"));
        return Ok(());
    }
    let saved = agent_absence::ActiveModel {
        agent_id: Set(agent),
        starts_at: Set(from),
        ends_at: Set(to),
        reason: Set((!raison.trim().is_empty()).then(|| raison.trim().to_owned())),
        ..Default::default()
    }
    .insert(&state.db)
    .await?;
    crate::store::data_changed();
    server_side::audit(&identity, "admin.absence.add", saved.id.to_string()).await?;
    leptos_axum::redirect(&format!("{page}&enregistre=1"));
    Ok(())
}

#[server(prefix = "/api/agent", endpoint = "admin/absence/supprimer")]
pub async fn delete_absence(id: i32, agent: i32) -> Result<(), AppError> {
    use crate::store::entities::{agent_absence, agent_schedule};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let identity = server_side::admin().await?;
    let state = crate::state::AppState::from_context()?;
    agent_absence::Entity::delete_by_id(id)
        .exec(&state.db)
        .await?;
    crate::store::data_changed();
    server_side::audit(&identity, "admin.absence.delete", id.to_string()).await?;
    let sites: Vec<i32> = agent_schedule::Entity::find()
        .filter(agent_schedule::Column::AgentId.eq(agent))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|s| s.site_id)
        .collect();
    for s in sites {
        crate::booking::waitlist::offer_new_times(
            &state.db,
            &crate::booking::policy::BookingPolicy::from_context()?,
            s,
            chrono::Utc::now(),
        )
        .await?;
    }
    leptos_axum::redirect(&format!(
        "/agent/admin/plannings?agent={agent}&enregistre=1"
    ));
    Ok(())
}
