//! The resident's link `/rendez-vous/<token>`: see the appointment, add it to a calendar,
//! move it, cancel it; and `/rendez-vous/offre/<token>`, a freed slot offered from the
//! waitlist. No account: the unguessable token is the key.

pub mod model;
mod views;

pub use views::{AppointmentPage, MovePage, OfferPage};

use crate::errors::AppError;
use leptos::prelude::*;
use model::{AppointmentView, MoveView, OfferView};

#[cfg(feature = "ssr")]
async fn view_of(
    state: &crate::state::AppState,
    a: &crate::store::entities::appointment::Model,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<AppointmentView, AppError> {
    use crate::booking::changes::changeable_online;
    use crate::contact_details::{EmailAddress, PhoneNumber};
    let (_, motif, _, site) =
        crate::booking::wizard::load::motif_and_site(&state.db, a.motif_id, a.site_id, now).await?;
    Ok(AppointmentView {
        reference: a.reference.clone(),
        first_name: a
            .contact_name
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned(),
        masked_phone: a
            .phone
            .as_deref()
            .and_then(|p| PhoneNumber::parse(p).ok())
            .map(|p| p.masked()),
        masked_email: a
            .email
            .as_deref()
            .and_then(|e| EmailAddress::parse(e).ok())
            .map(|e| e.masked()),
        motif,
        site,
        starts_at: a.starts_at,
        status: a.status,
        changeable: changeable_online(
            a,
            crate::booking::policy::BookingPolicy::from_context()?.cancel_deadline,
            now,
        ),
        deadline_hours: crate::booking::policy::BookingPolicy::from_context()?
            .cancel_deadline
            .num_hours(),
    })
}

#[cfg(feature = "ssr")]
async fn by_token(
    state: &crate::state::AppState,
    token: &str,
) -> Result<crate::store::entities::appointment::Model, AppError> {
    crate::booking::changes::by_token(&state.db, token)
        .await?
        .ok_or_else(|| AppError::NotFound.with_status())
}

#[server(prefix = "/api/public", endpoint = "rendez-vous/voir")]
pub async fn appointment_by_link(token: String) -> Result<AppointmentView, AppError> {
    let state = crate::state::AppState::from_context()?;
    let a = by_token(&state, &token).await?;
    view_of(&state, &a, chrono::Utc::now()).await
}

/// The appointment and the free times of a week to move it to.
#[server(prefix = "/api/public", endpoint = "rendez-vous/creneaux")]
pub async fn move_choices(
    token: String,
    week: Option<String>,
    taken: Option<String>,
) -> Result<MoveView, AppError> {
    let state = crate::state::AppState::from_context()?;
    let now = chrono::Utc::now();
    let a = by_token(&state, &token).await?;
    let appointment = view_of(&state, &a, now).await?;
    let (motif, _, site, _) =
        crate::booking::wizard::load::motif_and_site(&state.db, a.motif_id, a.site_id, now).await?;
    let week = crate::booking::wizard::load::week_of_slots(
        &state.db,
        &site,
        &motif,
        week.and_then(|w| w.parse().ok()),
        taken.and_then(|t| crate::booking::wizard::model::parse_instant(&t)),
        now,
    )
    .await?;
    Ok(MoveView { appointment, week })
}

#[server(prefix = "/api/public", endpoint = "rendez-vous/deplacer")]
pub async fn move_appointment(token: String, creneau: String) -> Result<(), AppError> {
    use crate::booking::changes::{Change, ChangedBy, move_to};
    let state = crate::state::AppState::from_context()?;
    let a = by_token(&state, &token).await?;
    let starts_at = crate::booking::wizard::model::parse_instant(&creneau)
        .ok_or_else(|| AppError::Invalid("booking-error-slot".into()).with_status())?;
    let by = ChangedBy::Resident {
        deadline: crate::booking::policy::BookingPolicy::from_context()?.cancel_deadline,
    };
    let now = chrono::Utc::now();
    match move_to(
        &state.db,
        &crate::booking::policy::BookingPolicy::from_context()?,
        a.id,
        starts_at,
        by,
        now,
    )
    .await?
    {
        Change::Done(_) => leptos_axum::redirect(&format!("/rendez-vous/{token}?deplace=1")),
        Change::SlotTaken(_) => leptos_axum::redirect(&format!(
            "/rendez-vous/{token}/deplacer?pris={}",
            crate::booking::wizard::model::instant_param(starts_at)
        )),
        Change::TooLate | Change::NotChangeable => {
            leptos_axum::redirect(&format!("/rendez-vous/{token}?refuse=1"))
        }
    }
    Ok(())
}

#[server(prefix = "/api/public", endpoint = "rendez-vous/annuler")]
pub async fn cancel_appointment(token: String) -> Result<(), AppError> {
    use crate::booking::changes::{Change, ChangedBy, cancel};
    let state = crate::state::AppState::from_context()?;
    let a = by_token(&state, &token).await?;
    let by = ChangedBy::Resident {
        deadline: crate::booking::policy::BookingPolicy::from_context()?.cancel_deadline,
    };
    let reason = Some("resident".to_owned());
    match cancel(
        &state.db,
        &crate::booking::policy::BookingPolicy::from_context()?,
        a.id,
        reason,
        by,
        chrono::Utc::now(),
    )
    .await?
    {
        Change::Done(_) => leptos_axum::redirect(&format!("/rendez-vous/{token}?annule=1")),
        _ => leptos_axum::redirect(&format!("/rendez-vous/{token}?refuse=1")),
    }
    Ok(())
}

#[server(prefix = "/api/public", endpoint = "rendez-vous/offre")]
pub async fn offer_by_link(token: String) -> Result<OfferView, AppError> {
    use model::OfferState;
    let state = crate::state::AppState::from_context()?;
    let now = chrono::Utc::now();
    let entry = crate::booking::waitlist::offer_by_token(&state.db, &token)
        .await?
        .ok_or_else(|| AppError::NotFound.with_status())?;
    let starts_at = entry
        .offer_starts_at
        .ok_or_else(|| AppError::NotFound.with_status())?;
    let (_, motif, _, site) =
        crate::booking::wizard::load::motif_and_site(&state.db, entry.motif_id, entry.site_id, now)
            .await?;
    let state_now = match (entry.status.as_str(), entry.hold_until) {
        ("offered", Some(until)) if until > now => OfferState::Held { until },
        ("accepted", _) => OfferState::Accepted,
        _ => OfferState::Expired,
    };
    Ok(OfferView {
        motif,
        site,
        starts_at,
        state: state_now,
    })
}

#[server(prefix = "/api/public", endpoint = "rendez-vous/offre/accepter")]
pub async fn accept_offer(token: String) -> Result<(), AppError> {
    use crate::booking::waitlist::{Acceptance, accept};
    let state = crate::state::AppState::from_context()?;
    match accept(
        &state.db,
        &crate::booking::policy::BookingPolicy::from_context()?,
        &token,
        chrono::Utc::now(),
    )
    .await?
    {
        Acceptance::Booked(_, link) => {
            leptos_axum::redirect(&format!("/rendez-vous/{link}?nouveau=1"))
        }
        Acceptance::Expired => leptos_axum::redirect(&format!("/rendez-vous/offre/{token}")),
        Acceptance::NotFound => return Err(AppError::NotFound.with_status()),
    }
    Ok(())
}
