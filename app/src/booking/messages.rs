//! The messages an appointment change sends, queued in the transaction of the change.

use super::links::Links;
use crate::contact_details::PhoneNumber;
use crate::i18n::Locale;
use crate::i18n::names::{documents, motif_name};
use crate::notifications::outbox::enqueue;
use crate::notifications::templates::{Facts, Kind, Recipients, render_current};
use crate::store::entities::{appointment, motif, site};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};

/// What the resident is told about `appointment`, in their language.
pub async fn facts<C: ConnectionTrait>(
    db: &C,
    links: &Links,
    appointment: &appointment::Model,
) -> Result<Facts, DbErr> {
    let motif = motif::Entity::find_by_id(appointment.motif_id)
        .one(db)
        .await?;
    let site = site::Entity::find_by_id(appointment.site_id)
        .one(db)
        .await?;
    Ok(facts_from(
        links,
        appointment,
        motif.as_ref(),
        site.as_ref(),
    ))
}

/// [`facts`] when the caller has the motif and the site at hand already.
pub fn facts_from(
    links: &Links,
    appointment: &appointment::Model,
    motif: Option<&motif::Model>,
    site: Option<&site::Model>,
) -> Facts {
    let locale = Locale::from_tag(&appointment.language).unwrap_or_default();
    Facts {
        reference: appointment.reference.clone(),
        name: appointment.contact_name.clone(),
        motif: motif
            .map(|m| motif_name(locale, &m.slug, &m.name))
            .unwrap_or_default(),
        site: site.map(|s| s.name.clone()).unwrap_or_default(),
        address: site
            .map(|s| format!("{}, {} {}", s.address, s.postal_code, s.city))
            .unwrap_or_default(),
        site_phone: site.and_then(|s| s.phone.clone()),
        starts_at: appointment.starts_at,
        documents: motif.map(|m| documents(&m.documents)).unwrap_or_default(),
        link: Some(
            links.manage_url(&links.token_of(&appointment.reference, &appointment.token_hash)),
        ),
    }
}

/// Queues `kind` about `appointment` to its phone and e-mail. A change is keyed by the
/// appointment and its time, so a retried request never sends twice.
pub async fn announce<C: ConnectionTrait>(
    db: &C,
    links: &Links,
    appointment: &appointment::Model,
    kind: Kind,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let facts = facts(db, links, appointment).await?;
    send(db, appointment, kind, &facts, now).await
}

/// [`announce`] with the facts already gathered.
pub async fn send<C: ConnectionTrait>(
    db: &C,
    appointment: &appointment::Model,
    kind: Kind,
    facts: &Facts,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let locale = Locale::from_tag(&appointment.language).unwrap_or_default();
    let key = match kind {
        Kind::Confirmed | Kind::Cancelled => appointment.id.to_string(),
        _ => format!("{}:{}", appointment.id, appointment.starts_at.timestamp()),
    };
    let to = Recipients {
        // Text messages go to mobile numbers only; a landline gets nothing rather than a
        // provider error.
        phone: appointment
            .phone
            .clone()
            .filter(|p| PhoneNumber::parse(p).is_ok_and(|n| n.is_probably_mobile())),
        email: appointment.email.clone(),
    };
    // With the town's own wording where it has one.
    for message in render_current(db, kind, locale, facts, &to, &key).await? {
        enqueue(db, &message, now).await?;
    }
    Ok(())
}
