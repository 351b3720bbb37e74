//! `/agent/rendez-vous`: the counsellors' day and week of appointments per site and agent,
//! with what each resident needs; check-in on arrival, no-show, cancel with a reason; and
//! `/agent/rendez-vous/nouveau`, booking for a resident on the phone with the same engine.

// A plain HTML form posts one field per server-function argument.
#![allow(clippy::too_many_arguments)]

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub(crate) mod views;

pub use views::{AgendaPage, DeskBookingPage};

use crate::booking::wizard::model::{ContactDraft, WeekOfSlots};
use crate::components::fields::Choice;
use crate::errors::AppError;
use crate::staff::Me;
use leptos::prelude::*;
use model::{AgendaParams, AgendaView};
use serde::{Deserialize, Serialize};

/// Why the desk cancels (kept with the appointment).
pub const CANCEL_REASONS: [&str; 4] = ["resident-request", "agent-unavailable", "closure", "other"];

#[cfg(feature = "ssr")]
async fn audit(
    identity: &crate::staff::identity::StaffIdentity,
    action: &'static str,
    id: Option<i32>,
) -> Result<(), AppError> {
    let state = crate::state::AppState::from_context()?;
    let id = id.map(|i| i.to_string());
    Ok(crate::audit::staff_action(&state.db, identity, action, "appointment", id).await?)
}

#[server(prefix = "/api/agent", endpoint = "rendez-vous/agenda")]
pub async fn agenda(params: AgendaParams) -> Result<AgendaView, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    let now = chrono::Utc::now();
    let sites = store::sites(&state.db).await?;
    let site = params
        .lieu
        .as_deref()
        .and_then(|slug| sites.iter().find(|s| s.slug == slug))
        .or(sites.first())
        .ok_or(AppError::NotFound)?
        .clone();
    let day = params
        .jour
        .as_deref()
        .and_then(|d| d.parse().ok())
        .unwrap_or_else(|| crate::calendar::paris_today(now));
    let week = params.vue.as_deref() == Some("semaine");
    let from = if week {
        use chrono::Datelike;
        day - chrono::Duration::days(day.weekday().num_days_from_monday().into())
    } else {
        day
    };
    let agent = params.agent.clone().filter(|a| !a.is_empty());
    let agent_id = agent.as_deref().and_then(|a| a.parse().ok());
    let locale = crate::i18n::request_locale();
    let days = store::days(
        &state.db,
        locale,
        site.id,
        agent_id,
        from,
        if week { 7 } else { 1 },
        now,
    )
    .await?;
    audit(&identity, "appointments.read_agenda", None).await?;
    Ok(AgendaView {
        me: Me::from_identity(identity)?,
        sites: sites
            .iter()
            .map(|s| Choice {
                value: s.slug.clone(),
                label: s.name.clone(),
            })
            .collect(),
        agents: store::agents_of(&state.db, site.id).await?,
        site: site.slug,
        agent,
        day,
        week,
        days,
    })
}

#[cfg(feature = "ssr")]
async fn desk_action(
    id: i32,
    retour: &str,
    action: store::DeskAction,
    audit_action: &'static str,
) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    let changed = store::apply(&state.db, &state.hooks, id, action, chrono::Utc::now()).await?;
    if let Some(appointment) = changed {
        audit(&identity, audit_action, Some(id)).await?;
        // A check-in puts the resident in the queue: desks and screens follow.
        state.hooks.site_queue_changed(appointment.site_id);
    }
    leptos_axum::redirect(model::safe_return(retour));
    Ok(())
}

/// "Arrivé": the resident is at the desk.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/arrivee")]
pub async fn desk_check_in(id: i32, retour: String) -> Result<(), AppError> {
    desk_action(
        id,
        &retour,
        store::DeskAction::CheckIn,
        "appointment.check_in",
    )
    .await
}

/// "Absent": the time has passed and nobody came.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/absent")]
pub async fn desk_no_show(id: i32, retour: String) -> Result<(), AppError> {
    desk_action(
        id,
        &retour,
        store::DeskAction::NoShow,
        "appointment.no_show",
    )
    .await
}

/// Cancels with a reason; the resident is told, and the time goes to the waitlist.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/annuler")]
pub async fn desk_cancel(id: i32, raison: String, retour: String) -> Result<(), AppError> {
    use crate::booking::changes::{Change, ChangedBy, cancel};
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    if !CANCEL_REASONS.contains(&raison.as_str()) {
        return Err(AppError::Invalid("agenda-error-reason".into()).with_status());
    }
    let done = cancel(
        &state.db,
        &crate::booking::policy::BookingPolicy::from_context()?,
        id,
        Some(raison),
        ChangedBy::Staff,
        chrono::Utc::now(),
    )
    .await?;
    if matches!(done, Change::Done(_)) {
        audit(&identity, "appointment.cancel", Some(id)).await?;
    }
    leptos_axum::redirect(model::safe_return(&retour));
    Ok(())
}

/// The desk's booking page: any active motif (also those not offered online), any site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskBookingView {
    pub me: Me,
    pub motifs: Vec<Choice>,
    pub sites: Vec<Choice>,
    pub motif: Option<String>,
    pub site: Option<String>,
    pub week: Option<WeekOfSlots>,
    pub starts_at: Option<chrono::DateTime<chrono::Utc>>,
    pub draft: ContactDraft,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeskBookingParams {
    pub motif: Option<String>,
    pub lieu: Option<String>,
    pub semaine: Option<String>,
    pub creneau: Option<String>,
    pub pris: Option<String>,
}

#[server(prefix = "/api/agent", endpoint = "rendez-vous/nouveau")]
pub async fn desk_booking(params: DeskBookingParams) -> Result<DeskBookingView, AppError> {
    use crate::booking::wizard::model::parse_instant;
    use crate::i18n::names::motif_name;
    use crate::staff::StaffSection;
    use crate::store::entities::{motif, site};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let now = chrono::Utc::now();
    let motifs = motif::Entity::find()
        .filter(motif::Column::Active.eq(true))
        .order_by_asc(motif::Column::ServiceId)
        .order_by_asc(motif::Column::Id)
        .all(&state.db)
        .await?;
    let sites = site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(&state.db)
        .await?;
    let chosen_motif = params
        .motif
        .as_deref()
        .and_then(|m| motifs.iter().find(|x| x.slug == m));
    let chosen_site = params
        .lieu
        .as_deref()
        .and_then(|s| sites.iter().find(|x| x.slug == s));
    let week = match (chosen_motif, chosen_site) {
        (Some(m), Some(s)) => Some(
            crate::booking::wizard::load::week_of_slots(
                &state.db,
                s,
                m,
                params.semaine.as_deref().and_then(|w| w.parse().ok()),
                params.pris.as_deref().and_then(parse_instant),
                now,
            )
            .await?,
        ),
        _ => None,
    };
    let draft = crate::booking::wizard::draft::read().unwrap_or_else(|| ContactDraft {
        language: "fr".into(),
        ..Default::default()
    });
    Ok(DeskBookingView {
        me: Me::from_identity(identity)?,
        motifs: motifs
            .iter()
            .map(|m| Choice {
                value: m.slug.clone(),
                label: motif_name(locale, &m.slug, &m.name),
            })
            .collect(),
        sites: sites
            .iter()
            .map(|s| Choice {
                value: s.slug.clone(),
                label: s.name.clone(),
            })
            .collect(),
        motif: chosen_motif.map(|m| m.slug.clone()),
        site: chosen_site.map(|s| s.slug.clone()),
        week,
        starts_at: params.creneau.as_deref().and_then(parse_instant),
        draft,
    })
}

/// Books for a resident at the desk or on the phone; they get the same messages.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/reserver")]
pub async fn desk_book(
    motif: String,
    lieu: String,
    creneau: String,
    name: String,
    phone: String,
    email: String,
    language: String,
    interpreter: String,
    accessibility: String,
    note: String,
) -> Result<(), AppError> {
    use crate::booking::store::{Booking, NewAppointment, book};
    use crate::booking::wizard::draft;
    use crate::booking::wizard::model::{instant_param, parse_instant};
    use crate::staff::StaffSection;
    use crate::store::entities::{motif as motif_entity, site};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    let secure = state.staff.secure_cookies;
    let here = format!("/agent/rendez-vous/nouveau?motif={motif}&lieu={lieu}");
    let mut form = ContactDraft {
        name,
        phone,
        email,
        language,
        interpreter,
        accessibility,
        note,
        errors: vec![],
    };
    let Some(contact) = draft::check(&mut form) else {
        draft::write(&form, secure);
        leptos_axum::redirect(&format!("{here}&creneau={creneau}#coordonnees"));
        return Ok(());
    };
    let starts_at = parse_instant(&creneau)
        .ok_or_else(|| AppError::Invalid("booking-error-slot".into()).with_status())?;
    let motif_row = motif_entity::Entity::find()
        .filter(motif_entity::Column::Slug.eq(&motif))
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::NotFound.with_status())?;
    let site_row = site::Entity::find()
        .filter(site::Column::Slug.eq(&lieu))
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::NotFound.with_status())?;
    let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    let new = NewAppointment {
        site_id: site_row.id,
        motif_id: motif_row.id,
        starts_at,
        contact_name: contact.name,
        phone: contact.phone.map(|p| p.as_str().to_owned()),
        email: contact.email.map(|e| e.as_str().to_owned()),
        language: form.language.clone(),
        interpreter_language: optional(&form.interpreter),
        accessibility_need: optional(&form.accessibility),
        note: optional(&form.note),
    };
    match book(
        &state.db,
        &crate::booking::policy::BookingPolicy::from_context()?,
        &new,
        chrono::Utc::now(),
    )
    .await?
    {
        Booking::Booked { appointment, .. } => {
            draft::clear(secure);
            audit(
                &identity,
                "appointment.book_for_resident",
                Some(appointment.id),
            )
            .await?;
            let day = crate::i18n::dates::paris_date(starts_at);
            leptos_axum::redirect(&format!(
                "/agent/rendez-vous?lieu={lieu}&jour={}&reserve={}",
                day.format("%Y-%m-%d"),
                appointment.reference
            ));
        }
        Booking::SlotTaken { .. } => {
            draft::write(&form, secure);
            leptos_axum::redirect(&format!("{here}&pris={}", instant_param(starts_at)));
        }
        Booking::Unavailable => return Err(AppError::NotFound.with_status()),
    }
    Ok(())
}
