//! `/agent/rendez-vous`: the counsellors' day and week of appointments per site and agent,
//! with what each resident needs; check-in on arrival, no-show, cancel with a reason; and
//! `/agent/rendez-vous/nouveau`, booking for a resident on the phone with the same engine.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::booking::model::{ContactForm, StaffData};
use crate::errors::AppError;
use leptos::prelude::*;
use model::{
    AgendaParams, AgendaView, DeskBookingParams, DeskBookingView, DeskCancelForm, DeskForm,
};

/// The agenda of a site for a day or a week.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/agenda")]
pub async fn agenda(params: AgendaParams) -> Result<StaffData<AgendaView>, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let now = chrono::Utc::now();
    let agenda = store::agenda(&state.db, &identity, &params, locale, now).await?;
    StaffData::new(identity, agenda).await
}

/// "Arrivé": the resident is at the desk.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/arrivee")]
pub async fn desk_check_in(#[server(flatten)] form: DeskForm) -> Result<(), AppError> {
    desk_step(form, store::DeskAction::CheckIn).await
}

/// "Absent": the time has passed and nobody came.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/absent")]
pub async fn desk_no_show(#[server(flatten)] form: DeskForm) -> Result<(), AppError> {
    desk_step(form, store::DeskAction::NoShow).await
}

/// Check-in and no-show: the same checks and the same way back, two addresses.
#[cfg(feature = "ssr")]
async fn desk_step(form: DeskForm, action: store::DeskAction) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    let now = chrono::Utc::now();
    store::apply(&state.db, &state.hooks, &identity, form.id, action, now).await?;
    crate::components::url::redirect(&model::safe_return(&form.back));
    Ok(())
}

/// Cancels with a reason; the resident is told, and the time goes to the waitlist.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/annuler")]
pub async fn desk_cancel(#[server(flatten)] form: DeskCancelForm) -> Result<(), AppError> {
    use crate::booking::policy::BookingPolicy;
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let (id, now) = (form.id, chrono::Utc::now());
    store::cancel_at_desk(&state.db, &policy, &identity, id, &form.reason, now).await?;
    crate::components::url::redirect(&model::safe_return(&form.back));
    Ok(())
}

/// The desk's booking page: motif and site, a week of free times, the contact form.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/nouveau")]
pub async fn desk_booking(
    params: DeskBookingParams,
) -> Result<StaffData<DeskBookingView>, AppError> {
    use crate::booking::draft;
    use crate::booking::model::ContactDraft;
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    let typed = draft::read().unwrap_or_else(|| ContactDraft {
        language: "fr".into(),
        ..Default::default()
    });
    let locale = crate::i18n::request_locale();
    let now = chrono::Utc::now();
    let page = store::desk_booking(&state.db, &params, typed, locale, now).await?;
    StaffData::new(identity, page).await
}

/// Books for a resident at the desk or on the phone; they get the same messages. Back to
/// the form with the problems, or to the free times when the one chosen was just taken.
#[server(prefix = "/api/agent", endpoint = "rendez-vous/reserver")]
pub async fn desk_book(#[server(flatten)] form: ContactForm) -> Result<(), AppError> {
    use crate::booking::draft;
    use crate::booking::model::instant_param;
    use crate::booking::policy::BookingPolicy;
    use crate::booking::store::{BookedBy, BookingError, Reservation, book_chosen};
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Appointments).await?;
    let state = crate::state::AppState::from_context()?;
    let secure = state.staff.secure_cookies;
    let chosen = &form.chosen;
    let here = model::desk_booking_url(&chosen.motif, &chosen.site);
    let mut typed = form.typed.trimmed();
    let Some(contact) = draft::check(&mut typed) else {
        draft::write(&typed, secure);
        let creneau = &chosen.slot;
        crate::components::url::redirect(&format!("{here}&creneau={creneau}#coordonnees"));
        return Ok(());
    };
    let starts_at = chosen.starts_at().ok_or(BookingError::BadSlot)?;
    let reservation = Reservation {
        chosen,
        starts_at,
        contact,
        draft: &typed,
        by: BookedBy::Staff(&identity),
    };
    let policy = BookingPolicy::from_context()?;
    match book_chosen(&state.db, &policy, reservation, chrono::Utc::now()).await {
        Ok(booked) => {
            draft::clear(secure);
            let day = crate::i18n::dates::paris_date(starts_at);
            let reference = &booked.appointment.reference;
            let agenda = model::agenda_url(&chosen.site, day, false, None);
            crate::components::url::redirect(&format!("{agenda}&reserve={reference}"));
        }
        Err(BookingError::SlotTaken(_)) => {
            draft::write(&typed, secure);
            crate::components::url::redirect(&format!("{here}&pris={}", instant_param(starts_at)));
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}
