//! The resident's link `/rendez-vous/<token>`: see the appointment, add it to a calendar,
//! move it, cancel it; and `/rendez-vous/offre/<token>`, a freed slot offered from the
//! waitlist. No account: the unguessable token is the key.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{AppointmentView, MoveForm, MoveView, OfferView};

/// The appointment behind a link.
#[server(prefix = "/api/public", endpoint = "rendez-vous/voir")]
pub async fn appointment_by_link(token: String) -> Result<AppointmentView, AppError> {
    use crate::booking::policy::BookingPolicy;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let now = chrono::Utc::now();
    Ok(store::appointment_view(&state.db, &policy, &token, now).await?)
}

/// The appointment and the free times of a week to move it to.
#[server(prefix = "/api/public", endpoint = "rendez-vous/creneaux")]
pub async fn move_choices(
    token: String,
    week: Option<String>,
    taken: Option<String>,
) -> Result<MoveView, AppError> {
    use crate::booking::model::parse_instant;
    use crate::booking::policy::BookingPolicy;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let week = week.and_then(|w| w.parse().ok());
    let taken = taken.as_deref().and_then(parse_instant);
    let now = chrono::Utc::now();
    Ok(store::move_choices(&state.db, &policy, &token, week, taken, now).await?)
}

/// Moves the appointment; back to its page, or to the free times when the new one was
/// taken meanwhile, or to its page told it is too late to change online.
#[server(prefix = "/api/public", endpoint = "rendez-vous/deplacer")]
pub async fn move_appointment(#[server(flatten)] form: MoveForm) -> Result<(), AppError> {
    use crate::booking::model::{appointment_page, instant_param, parse_instant};
    use crate::booking::policy::BookingPolicy;
    use crate::booking::store::BookingError;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let (token, now) = (&form.token, chrono::Utc::now());
    let to = match store::move_appointment(&state.db, &policy, token, &form.slot, now).await {
        Ok(_) => format!("{}?deplace=1", appointment_page(token)),
        Err(BookingError::SlotTaken(_)) => {
            let wanted = parse_instant(&form.slot).map(instant_param);
            format!(
                "{}?pris={}",
                model::move_page(token),
                wanted.unwrap_or_default()
            )
        }
        Err(BookingError::TooLate | BookingError::NotChangeable) => {
            format!("{}?refuse=1", appointment_page(token))
        }
        Err(e) => return Err(e.into()),
    };
    crate::components::url::redirect(&to);
    Ok(())
}

/// Cancels the appointment; back to its page, told whether it is done.
#[server(prefix = "/api/public", endpoint = "rendez-vous/annuler")]
pub async fn cancel_appointment(token: String) -> Result<(), AppError> {
    use crate::booking::model::appointment_page;
    use crate::booking::policy::BookingPolicy;
    use crate::booking::store::BookingError;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let now = chrono::Utc::now();
    let to = match store::cancel_appointment(&state.db, &policy, &token, now).await {
        Ok(_) => format!("{}?annule=1", appointment_page(&token)),
        Err(BookingError::TooLate | BookingError::NotChangeable) => {
            format!("{}?refuse=1", appointment_page(&token))
        }
        Err(e) => return Err(e.into()),
    };
    crate::components::url::redirect(&to);
    Ok(())
}

/// The time a waitlist link offers, and whether it is still held.
#[server(prefix = "/api/public", endpoint = "rendez-vous/offre")]
pub async fn offer_by_link(token: String) -> Result<OfferView, AppError> {
    let state = crate::state::AppState::from_context()?;
    Ok(store::offer_view(&state.db, &token, chrono::Utc::now()).await?)
}

/// Takes the time offered; on success the resident lands on their appointment's page.
#[server(prefix = "/api/public", endpoint = "rendez-vous/offre/accepter")]
pub async fn accept_offer(token: String) -> Result<(), AppError> {
    use crate::booking::model::appointment_page;
    use crate::booking::policy::BookingPolicy;
    use crate::booking::store::BookingError;
    use crate::booking::waitlist::accept;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let to = match accept(&state.db, &policy, &token, chrono::Utc::now()).await {
        Ok(booked) => format!("{}?nouveau=1", appointment_page(&booked.token)),
        Err(BookingError::OfferExpired) => model::offer_page(&token),
        Err(e) => return Err(e.into()),
    };
    crate::components::url::redirect(&to);
    Ok(())
}
