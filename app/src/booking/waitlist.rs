//! The waitlist: "Prévenez-moi" when nothing suits. A freed slot (a cancellation, a move)
//! is offered to the first person waiting for that motif, site and date, held for them
//! for a while (nobody else can book it meanwhile); unanswered, it goes to the next one.

use super::messages::facts;
use super::policy::BookingPolicy;
use super::store::{NewAppointment, insert_appointment, take_slot};
use crate::i18n::Locale;
use crate::i18n::names::motif_name;
use crate::notifications::outbox::enqueue;
use crate::notifications::templates::{Kind, Recipients, render};
use crate::store::begin_write;
use crate::store::entities::{appointment, motif, waitlist_entry};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// Someone who wants to be told.
#[derive(Clone, Debug)]
pub struct NewEntry {
    pub site_id: i32,
    pub motif_id: i32,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub contact_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
}

pub async fn join(
    db: &DatabaseConnection,
    entry: &NewEntry,
    now: DateTime<Utc>,
) -> Result<waitlist_entry::Model, DbErr> {
    crate::store::data_changed();
    waitlist_entry::ActiveModel {
        motif_id: Set(entry.motif_id),
        site_id: Set(entry.site_id),
        from_date: Set(entry.from),
        to_date: Set(entry.to),
        contact_name: Set(entry.contact_name.clone()),
        phone: Set(entry.phone.clone()),
        email: Set(entry.email.clone()),
        language: Set(entry.language.clone()),
        status: Set("waiting".into()),
        offer_starts_at: Set(None),
        offer_agent_id: Set(None),
        hold_until: Set(None),
        offer_token_hash: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// Time was freed at `site_id` around `freed`: the people waiting for that date, first
/// come first, are offered a slot of their motif that day (the freed time itself when it
/// fits). One offer per freed time.
pub async fn offer_freed(
    txn: &DatabaseTransaction,
    policy: &BookingPolicy,
    site_id: i32,
    freed: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Option<waitlist_entry::Model>, DbErr> {
    let day = crate::calendar::paris_today(freed);
    let waiting = waitlist_entry::Entity::find()
        .filter(waitlist_entry::Column::SiteId.eq(site_id))
        .filter(waitlist_entry::Column::Status.eq("waiting"))
        .filter(waitlist_entry::Column::FromDate.lte(day))
        .filter(waitlist_entry::Column::ToDate.gte(day))
        .order_by_asc(waitlist_entry::Column::CreatedAt)
        .order_by_asc(waitlist_entry::Column::Id)
        .all(txn)
        .await?;
    for entry in waiting {
        let slots = super::store::availability(txn, site_id, entry.motif_id, day, day, now).await?;
        let Some(slot) = slots
            .iter()
            .find(|s| s.start == freed)
            .or_else(|| slots.first())
        else {
            continue;
        };
        let offer = make_offer(txn, policy, entry, slot.start, slot.agents[0], now).await?;
        return Ok(Some(offer));
    }
    Ok(None)
}

async fn make_offer<C: ConnectionTrait>(
    db: &C,
    policy: &BookingPolicy,
    entry: waitlist_entry::Model,
    starts_at: DateTime<Utc>,
    agent_id: i32,
    now: DateTime<Utc>,
) -> Result<waitlist_entry::Model, DbErr> {
    let hold_until = now + policy.offer_hold;
    let token = policy
        .links
        .offer_token(&format!("{}:{}", entry.id, starts_at.timestamp()));
    let mut active = entry.into_active_model();
    active.status = Set("offered".into());
    active.offer_starts_at = Set(Some(starts_at));
    active.offer_agent_id = Set(Some(agent_id));
    active.hold_until = Set(Some(hold_until));
    active.offer_token_hash = Set(Some(crate::staff::tokens::digest(&token)));
    let offered = active.update(db).await?;
    let locale = Locale::from_tag(&offered.language).unwrap_or_default();
    let motif = motif::Entity::find_by_id(offered.motif_id).one(db).await?;
    // The offer reads like an appointment: build its facts from a not-yet-saved one.
    let draft = appointment::Model {
        id: 0,
        reference: format!("L{}", offered.id),
        token_hash: String::new(),
        motif_id: offered.motif_id,
        site_id: offered.site_id,
        agent_id: Some(agent_id),
        starts_at,
        ends_at: starts_at,
        contact_name: offered.contact_name.clone(),
        phone: None,
        email: None,
        language: offered.language.clone(),
        interpreter_language: None,
        accessibility_need: None,
        note: None,
        status: crate::statuses::AppointmentStatus::Booked,
        cancel_reason: None,
        checked_in_at: None,
        created_at: now,
        updated_at: now,
    };
    let mut what = facts(db, &policy.links, &draft).await?;
    what.link = Some(policy.links.offer_url(&token));
    if let Some(m) = &motif {
        what.motif = motif_name(locale, &m.slug, &m.name);
    }
    let to = Recipients {
        phone: offered.phone.clone(),
        email: offered.email.clone(),
    };
    let key = format!("{}:{}", offered.id, starts_at.timestamp());
    for message in render(Kind::Offer { until: hold_until }, locale, &what, &to, &key) {
        enqueue(db, &message, now).await?;
    }
    Ok(offered)
}

/// The offer behind a link, whatever its state.
pub async fn offer_by_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<waitlist_entry::Model>, DbErr> {
    if token.len() != 32 || !token.chars().all(|c| c.is_ascii_hexdigit()) {
        return Ok(None);
    }
    waitlist_entry::Entity::find()
        .filter(waitlist_entry::Column::OfferTokenHash.eq(crate::staff::tokens::digest(token)))
        .one(db)
        .await
}

#[derive(Debug)]
pub enum Acceptance {
    /// Booked: the appointment and the token of its management link.
    Booked(Box<appointment::Model>, String),
    /// The hold ran out (the slot may have gone to the next person).
    Expired,
    NotFound,
}

/// Turns a held offer into an appointment, if the hold still runs.
pub async fn accept(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Acceptance, DbErr> {
    let Some(found) = offer_by_token(db, token).await? else {
        return Ok(Acceptance::NotFound);
    };
    let txn = begin_write(db).await?;
    let Some(entry) = waitlist_entry::Entity::find_by_id(found.id)
        .lock_exclusive()
        .one(&txn)
        .await?
    else {
        txn.rollback().await?;
        return Ok(Acceptance::NotFound);
    };
    let (Some(starts_at), Some(until)) = (entry.offer_starts_at, entry.hold_until) else {
        txn.rollback().await?;
        return Ok(Acceptance::Expired);
    };
    if entry.status != "offered" || until <= now {
        txn.rollback().await?;
        return Ok(Acceptance::Expired);
    }
    let Some(motif) = motif::Entity::find_by_id(entry.motif_id).one(&txn).await? else {
        txn.rollback().await?;
        return Ok(Acceptance::NotFound);
    };
    // Release the hold first, so that the slot it kept shows as free to take_slot.
    let mut active = entry.clone().into_active_model();
    active.status = Set("accepted".into());
    active.update(&txn).await?;
    let Some(agent_id) = take_slot(&txn, entry.site_id, &motif, starts_at, now, None).await? else {
        txn.rollback().await?;
        return Ok(Acceptance::Expired);
    };
    let new = NewAppointment {
        site_id: entry.site_id,
        motif_id: entry.motif_id,
        starts_at,
        contact_name: entry.contact_name.clone(),
        phone: entry.phone.clone(),
        email: entry.email.clone(),
        language: entry.language.clone(),
        interpreter_language: None,
        accessibility_need: None,
        note: None,
    };
    let (saved, token) = insert_appointment(&txn, policy, &new, &motif, agent_id, now).await?;
    txn.commit().await?;
    Ok(Acceptance::Booked(Box::new(saved), token))
}

/// Ends the holds that ran out and offers each slot to the next person waiting. Run by the
/// background worker every few seconds; returns how many offers expired.
pub async fn expire_offers(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let txn = begin_write(db).await?;
    let expired = waitlist_entry::Entity::find()
        .filter(waitlist_entry::Column::Status.eq("offered"))
        .filter(waitlist_entry::Column::HoldUntil.lte(now))
        .all(&txn)
        .await?;
    let count = expired.len();
    for entry in expired {
        let (site_id, freed) = (entry.site_id, entry.offer_starts_at);
        let mut active = entry.into_active_model();
        active.status = Set("expired".into());
        active.update(&txn).await?;
        if let Some(freed) = freed {
            offer_freed(&txn, policy, site_id, freed, now).await?;
        }
    }
    txn.commit().await?;
    Ok(count)
}

/// Hours or schedules changed at a site (more opening, an absence removed): everyone still
/// waiting there is offered the first free time in their dates, first come first.
pub async fn offer_new_times(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    site_id: i32,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let today = crate::calendar::paris_today(now);
    let txn = begin_write(db).await?;
    let waiting = waitlist_entry::Entity::find()
        .filter(waitlist_entry::Column::SiteId.eq(site_id))
        .filter(waitlist_entry::Column::Status.eq("waiting"))
        .filter(waitlist_entry::Column::ToDate.gte(today))
        .order_by_asc(waitlist_entry::Column::CreatedAt)
        .order_by_asc(waitlist_entry::Column::Id)
        .all(&txn)
        .await?;
    let mut offered = 0;
    for entry in waiting {
        // Each offer holds its slot, so the next person's search already skips it.
        let from = entry.from_date.max(today);
        let slots =
            super::store::availability(&txn, site_id, entry.motif_id, from, entry.to_date, now)
                .await?;
        if let Some(slot) = slots.first() {
            let (start, agent) = (slot.start, slot.agents[0]);
            make_offer(&txn, policy, entry, start, agent, now).await?;
            offered += 1;
        }
    }
    txn.commit().await?;
    Ok(offered)
}
