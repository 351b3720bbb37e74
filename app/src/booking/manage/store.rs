//! The resident's link: the appointment behind a token, moving and cancelling it with the
//! resident's deadline, and the offer behind a waitlist link.

use super::model::{AppointmentView, MoveView, OfferState, OfferView};
use crate::booking::changes::{ChangedBy, by_token, cancel, changeable_online, move_to};
use crate::booking::model::{WaitlistStatus, parse_instant};
use crate::booking::policy::BookingPolicy;
use crate::booking::store::{BookingError, Motifs, Place, place, week_of_slots};
use crate::booking::waitlist::offer_by_token;
use crate::contact_details::{EmailAddress, PhoneNumber};
use crate::store::entities::appointment;
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::DatabaseConnection;

/// The appointment behind a link.
async fn by_link(db: &DatabaseConnection, token: &str) -> Result<appointment::Model, BookingError> {
    by_token(db, token).await?.ok_or(BookingError::NotFound)
}

/// The resident's page of their appointment.
pub async fn appointment_view(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    token: &str,
    now: DateTime<Utc>,
) -> Result<AppointmentView, BookingError> {
    let a = by_link(db, token).await?;
    let place = place(db, a.motif_id, a.site_id, now).await?;
    Ok(view_of(policy, &a, place, now))
}

fn view_of(
    policy: &BookingPolicy,
    a: &appointment::Model,
    place: Place,
    now: DateTime<Utc>,
) -> AppointmentView {
    AppointmentView {
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
        motif: place.motif_info,
        site: place.site_info,
        starts_at: a.starts_at,
        status: a.status,
        changeable: changeable_online(a, policy.cancel_deadline, now),
        deadline_hours: policy.cancel_deadline.num_hours(),
    }
}

/// The appointment and the free times of a week to move it to.
pub async fn move_choices(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    token: &str,
    week: Option<NaiveDate>,
    taken: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<MoveView, BookingError> {
    let a = by_link(db, token).await?;
    let place = place(db, a.motif_id, a.site_id, now).await?;
    let motifs = Motifs::load(db).await?;
    let free = motifs.free_times(&place.site, &place.motif, now);
    let week = week_of_slots(db, &free, week, taken).await?;
    Ok(MoveView {
        appointment: view_of(policy, &a, place, now),
        week,
    })
}

/// Moves the appointment behind `token` to `slot`, if the resident may still change it.
pub async fn move_appointment(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    token: &str,
    slot: &str,
    now: DateTime<Utc>,
) -> Result<appointment::Model, BookingError> {
    let a = by_link(db, token).await?;
    let starts_at = parse_instant(slot).ok_or(BookingError::BadSlot)?;
    move_to(
        db,
        policy,
        a.id,
        starts_at,
        ChangedBy::resident(policy),
        now,
    )
    .await
}

/// Cancels the appointment behind `token`, if the resident may still change it.
pub async fn cancel_appointment(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    token: &str,
    now: DateTime<Utc>,
) -> Result<appointment::Model, BookingError> {
    let a = by_link(db, token).await?;
    let (reason, by) = (Some("resident".to_owned()), ChangedBy::resident(policy));
    cancel(db, policy, a.id, reason, by, now).await
}

/// The offer behind a waitlist link, whatever became of it.
pub async fn offer_view(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<OfferView, BookingError> {
    let entry = offer_by_token(db, token).await?;
    let starts_at = entry.offer_starts_at.ok_or(BookingError::NotFound)?;
    let place = place(db, entry.motif_id, entry.site_id, now).await?;
    let state = match (WaitlistStatus::parse(&entry.status), entry.hold_until) {
        (Some(WaitlistStatus::Offered), Some(until)) if until > now => OfferState::Held { until },
        (Some(WaitlistStatus::Accepted), _) => OfferState::Accepted,
        _ => OfferState::Expired,
    };
    Ok(OfferView {
        motif: place.motif_info,
        site: place.site_info,
        starts_at,
        state,
    })
}
