//! `/rendez-vous`: motif → site → day and time → contact → review → confirmation, one
//! plain page per step. Each form is a plain POST that answers with a redirect, so the
//! pages work the same with JavaScript off.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::booking::model::{ChosenSlot, ContactForm};
use crate::errors::AppError;
use leptos::prelude::*;
use model::{Step, StepParams, WaitlistForm};

/// What the step named by the URL shows.
#[server(prefix = "/api/public", endpoint = "rendez-vous/etape")]
pub async fn booking_step(params: StepParams) -> Result<Step, AppError> {
    use crate::booking::draft;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let now = chrono::Utc::now();
    Ok(store::load_step(&state.db, &params, draft::read(), locale, now).await?)
}

/// Checks the contact form and keeps it for the review step; back to the form with every
/// problem at once when something is wrong.
#[server(prefix = "/api/public", endpoint = "rendez-vous/coordonnees")]
pub async fn save_contact(#[server(flatten)] form: ContactForm) -> Result<(), AppError> {
    use crate::booking::draft;
    use model::step_url;
    let state = crate::state::AppState::from_context()?;
    let mut typed = form.typed.trimmed();
    let ok = draft::check_and_normalise(&mut typed);
    draft::write(&typed, state.staff.secure_cookies);
    let ChosenSlot { motif, site, slot } = form.chosen;
    let mut extra = vec![("creneau", slot)];
    if ok {
        extra.push(("etape", "verifier".to_owned()));
    }
    crate::components::url::redirect(&step_url(&motif, Some(&site), &extra));
    Ok(())
}

/// Books the reviewed appointment; on success the resident lands on its own page.
#[server(prefix = "/api/public", endpoint = "rendez-vous/confirmer")]
pub async fn confirm_booking(#[server(flatten)] form: ChosenSlot) -> Result<(), AppError> {
    use crate::booking::draft;
    use crate::booking::model::{appointment_page, instant_param};
    use crate::booking::policy::BookingPolicy;
    use crate::booking::store::{BookedBy, BookingError, Reservation, book_chosen};
    use model::step_url;
    let state = crate::state::AppState::from_context()?;
    let secure = state.staff.secure_cookies;
    let here = |extra: (&str, String)| step_url(&form.motif, Some(&form.site), &[extra]);
    let checked = draft::read().and_then(|mut d| draft::check(&mut d).map(|c| (d, c)));
    let Some((typed, contact)) = checked else {
        crate::components::url::redirect(&here(("creneau", form.slot.clone())));
        return Ok(());
    };
    let starts_at = form.starts_at().ok_or(BookingError::BadSlot)?;
    let reservation = Reservation {
        chosen: &form,
        starts_at,
        contact,
        draft: &typed,
        by: BookedBy::Resident,
    };
    let policy = BookingPolicy::from_context()?;
    match book_chosen(&state.db, &policy, reservation, chrono::Utc::now()).await {
        Ok(booked) => {
            draft::clear(secure);
            crate::components::url::redirect(&format!(
                "{}?nouveau=1",
                appointment_page(&booked.token)
            ));
        }
        Err(BookingError::SlotTaken(_)) => {
            crate::components::url::redirect(&here(("pris", instant_param(starts_at))));
        }
        // Back to the contact form, which says why beside the phone and e-mail.
        Err(BookingError::TooManyActive) => {
            let mut typed = typed;
            typed.errors = vec!["booking-error-too-many-active".into()];
            draft::write(&typed, secure);
            crate::components::url::redirect(&here(("creneau", form.slot.clone())));
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// "Prévenez-moi": joins the waitlist for a range of dates; back to the form with every
/// problem at once when something is wrong.
#[server(prefix = "/api/public", endpoint = "rendez-vous/attente")]
pub async fn join_waitlist(#[server(flatten)] form: WaitlistForm) -> Result<(), AppError> {
    use crate::booking::draft;
    use crate::booking::store::BookingError;
    use model::step_url;
    let state = crate::state::AppState::from_context()?;
    let secure = state.staff.secure_cookies;
    let locale = crate::i18n::request_locale();
    match store::join_waitlist(&state.db, &form, locale, chrono::Utc::now()).await {
        Ok(_) => {
            draft::clear(secure);
            let joined = [("attente", "1".to_owned())];
            crate::components::url::redirect(&step_url(&form.motif, Some(&form.site), &joined));
        }
        Err(BookingError::Mistakes(errors)) => {
            draft::write(&form.typed(draft::read(), errors, locale.code()), secure);
            crate::components::url::redirect(&form.retry_url());
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}
