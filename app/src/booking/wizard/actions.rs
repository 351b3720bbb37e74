//! The booking forms' server functions. Each is a plain form POST that answers with a
//! redirect, so the pages work the same with JavaScript off.

// A plain HTML form posts one field per server-function argument.
#![allow(clippy::too_many_arguments)]

use crate::errors::AppError;
use leptos::prelude::*;

pub const CONTACT_URL: &str = "/api/public/rendez-vous/coordonnees";
pub const CONFIRM_URL: &str = "/api/public/rendez-vous/confirmer";
pub const WAITLIST_URL: &str = "/api/public/rendez-vous/attente";

/// Checks the contact form and keeps it for the review step; back to the form with every
/// problem at once when something is wrong.
#[server(prefix = "/api/public", endpoint = "rendez-vous/coordonnees")]
pub async fn save_contact(
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
    use super::model::{ContactDraft, step_url};
    let state = crate::state::AppState::from_context()?;
    let mut draft = ContactDraft {
        name: name.trim().to_owned(),
        phone: phone.trim().to_owned(),
        email: email.trim().to_owned(),
        language,
        interpreter,
        accessibility: accessibility.trim().to_owned(),
        note: note.trim().to_owned(),
        errors: vec![],
    };
    // Shown normalised on the review page: what the messages will be sent to.
    let ok = match super::draft::check(&mut draft) {
        Some(contact) => {
            draft.name = contact.name;
            draft.phone = contact
                .phone
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default();
            draft.email = contact
                .email
                .map(|e| e.as_str().to_owned())
                .unwrap_or_default();
            true
        }
        None => false,
    };
    super::draft::write(&draft, state.staff.secure_cookies);
    let mut extra = vec![("creneau", creneau)];
    if ok {
        extra.push(("etape", "verifier".to_owned()));
    }
    leptos_axum::redirect(&step_url(&motif, Some(&lieu), &extra));
    Ok(())
}

/// Books the reviewed appointment; on success the resident lands on its own page.
#[server(prefix = "/api/public", endpoint = "rendez-vous/confirmer")]
pub async fn confirm_booking(motif: String, lieu: String, creneau: String) -> Result<(), AppError> {
    use super::model::{instant_param, parse_instant, step_url};
    use crate::booking::store::{Booking, NewAppointment, book};
    use crate::store::entities::{motif as motif_entity, site};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let state = crate::state::AppState::from_context()?;
    let back_to_form = step_url(&motif, Some(&lieu), &[("creneau", creneau.clone())]);
    let Some(mut draft) = super::draft::read() else {
        leptos_axum::redirect(&back_to_form);
        return Ok(());
    };
    let Some(contact) = super::draft::check(&mut draft) else {
        leptos_axum::redirect(&back_to_form);
        return Ok(());
    };
    let starts_at = parse_instant(&creneau)
        .ok_or_else(|| AppError::Invalid("booking-error-slot".into()).with_status())?;
    let motif_row = motif_entity::Entity::find()
        .filter(motif_entity::Column::Slug.eq(&motif))
        .filter(motif_entity::Column::BookableOnline.eq(true))
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::NotFound.with_status())?;
    let site_row = site::Entity::find()
        .filter(site::Column::Slug.eq(&lieu))
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::NotFound.with_status())?;
    let optional = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    let new = NewAppointment {
        site_id: site_row.id,
        motif_id: motif_row.id,
        starts_at,
        contact_name: contact.name,
        phone: contact.phone.map(|p| p.as_str().to_owned()),
        email: contact.email.map(|e| e.as_str().to_owned()),
        language: draft.language.clone(),
        interpreter_language: optional(&draft.interpreter),
        accessibility_need: optional(&draft.accessibility),
        note: optional(&draft.note),
    };
    match book(
        &state.db,
        &crate::booking::policy::BookingPolicy::from_context()?,
        &new,
        chrono::Utc::now(),
    )
    .await?
    {
        Booking::Booked { token, .. } => {
            super::draft::clear(state.staff.secure_cookies);
            leptos_axum::redirect(&format!("/rendez-vous/{token}?nouveau=1"));
        }
        Booking::SlotTaken { .. } => {
            leptos_axum::redirect(&step_url(
                &motif,
                Some(&lieu),
                &[("pris", instant_param(starts_at))],
            ));
        }
        Booking::Unavailable => return Err(AppError::NotFound.with_status()),
    }
    Ok(())
}

/// "Prévenez-moi": joins the waitlist for a range of dates.
#[server(prefix = "/api/public", endpoint = "rendez-vous/attente")]
pub async fn join_waitlist(
    motif: String,
    lieu: String,
    du: String,
    au: String,
    name: String,
    phone: String,
    email: String,
) -> Result<(), AppError> {
    use super::model::step_url;
    use crate::booking::waitlist::{NewEntry, join};
    use crate::contact_details::Contact;
    use crate::store::entities::{motif as motif_entity, site};
    use chrono::NaiveDate;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let state = crate::state::AppState::from_context()?;
    let now = chrono::Utc::now();
    let today = crate::calendar::paris_today(now);
    let locale = crate::i18n::request_locale();
    let mut draft = super::draft::read().unwrap_or_default();
    draft.name = name.trim().to_owned();
    draft.phone = phone.trim().to_owned();
    draft.email = email.trim().to_owned();
    if draft.language.is_empty() {
        draft.language = locale.code().into();
    }
    draft.errors.clear();
    let contact = Contact::parse(&name, &phone, &email)
        .map_err(|errors| {
            draft
                .errors
                .extend(errors.iter().map(|e| e.message_id().to_owned()))
        })
        .ok();
    let from = NaiveDate::parse_from_str(du.trim(), "%Y-%m-%d").ok();
    let to = NaiveDate::parse_from_str(au.trim(), "%Y-%m-%d").ok();
    let dates = match (from, to) {
        (Some(f), Some(t)) if f >= today && f <= t && t - f <= chrono::Duration::days(92) => {
            Some((f, t))
        }
        _ => {
            draft.errors.push("waitlist-error-dates".into());
            None
        }
    };
    let (motif_row, site_row) = (
        motif_entity::Entity::find()
            .filter(motif_entity::Column::Slug.eq(&motif))
            .one(&state.db)
            .await?
            .ok_or_else(|| AppError::NotFound.with_status())?,
        site::Entity::find()
            .filter(site::Column::Slug.eq(&lieu))
            .one(&state.db)
            .await?
            .ok_or_else(|| AppError::NotFound.with_status())?,
    );
    let (Some(contact), Some((from, to))) = (contact, dates) else {
        super::draft::write(&draft, state.staff.secure_cookies);
        let url = step_url(
            &motif,
            Some(&lieu),
            &[("du", du), ("au", au), ("liste", "erreur".into())],
        );
        leptos_axum::redirect(&format!("{url}#prevenez-moi"));
        return Ok(());
    };
    join(
        &state.db,
        &NewEntry {
            site_id: site_row.id,
            motif_id: motif_row.id,
            from,
            to,
            contact_name: contact.name,
            phone: contact.phone.map(|p| p.as_str().to_owned()),
            email: contact.email.map(|e| e.as_str().to_owned()),
            language: locale.code().into(),
        },
        now,
    )
    .await?;
    super::draft::clear(state.staff.secure_cookies);
    leptos_axum::redirect(&step_url(&motif, Some(&lieu), &[("attente", "1".into())]));
    Ok(())
}
