//! The waitlist: "Prévenez-moi" when nothing suits. A freed slot (a cancellation, a move)
//! is offered to the first person waiting for that motif, site and date, held for them
//! for a while (nobody else can book it meanwhile); unanswered, it goes to the next one.

use super::messages::facts_from;
use super::model::WaitlistStatus;
use super::policy::BookingPolicy;
use super::store::{
    Booked, BookingError, FreeTimes, Motifs, NewAppointment, by_token_hash, insert_appointment,
    settle,
};
use crate::i18n::Locale;
use crate::notifications::outbox::enqueue;
use crate::notifications::templates::{Kind, Recipients, render_current};
use crate::store::begin_write;
use crate::store::entities::{appointment, site, waitlist_entry};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
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

/// Waitlists one phone number or e-mail address may be on at once
/// (`waitlist-error-too-many` says the number).
pub const MAX_WAITING_PER_CONTACT: u64 = 3;

pub async fn join(
    db: &DatabaseConnection,
    entry: &NewEntry,
    now: DateTime<Utc>,
) -> Result<waitlist_entry::Model, BookingError> {
    let mut same = sea_orm::Condition::any();
    if let Some(phone) = &entry.phone {
        same = same.add(waitlist_entry::Column::Phone.eq(phone.as_str()));
    }
    if let Some(email) = &entry.email {
        same = same.add(waitlist_entry::Column::Email.eq(email.as_str()));
    }
    let waiting = waitlist_entry::Entity::find()
        .filter(waitlist_entry::Column::Status.eq(WaitlistStatus::Waiting.as_str()))
        .filter(same)
        .count(db)
        .await?;
    if waiting >= MAX_WAITING_PER_CONTACT {
        return Err(BookingError::Mistakes(vec![
            "waitlist-error-too-many".into(),
        ]));
    }
    crate::store::data_changed();
    Ok(waitlist_entry::ActiveModel {
        motif_id: Set(entry.motif_id),
        site_id: Set(entry.site_id),
        from_date: Set(entry.from),
        to_date: Set(entry.to),
        contact_name: Set(entry.contact_name.clone()),
        phone: Set(entry.phone.clone()),
        email: Set(entry.email.clone()),
        language: Set(entry.language.clone()),
        status: Set(WaitlistStatus::Waiting.as_str().into()),
        offer_starts_at: Set(None),
        offer_agent_id: Set(None),
        hold_until: Set(None),
        offer_token_hash: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// The people still waiting at `site_id` for a date on or after `from` (and, with `on`,
/// for that very date), first come first.
async fn waiting<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    from: NaiveDate,
    on: Option<NaiveDate>,
) -> Result<Vec<waitlist_entry::Model>, DbErr> {
    let mut query = waitlist_entry::Entity::find()
        .filter(waitlist_entry::Column::SiteId.eq(site_id))
        .filter(waitlist_entry::Column::Status.eq(WaitlistStatus::Waiting.as_str()))
        .filter(waitlist_entry::Column::ToDate.gte(from));
    if let Some(day) = on {
        query = query.filter(waitlist_entry::Column::FromDate.lte(day));
    }
    query
        .order_by_asc(waitlist_entry::Column::CreatedAt)
        .order_by_asc(waitlist_entry::Column::Id)
        .all(db)
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
) -> Result<Option<waitlist_entry::Model>, BookingError> {
    let day = crate::calendar::paris_today(freed);
    let waiting = waiting(txn, site_id, day, Some(day)).await?;
    if waiting.is_empty() {
        return Ok(None);
    }
    let Some(site) = site::Entity::find_by_id(site_id).one(txn).await? else {
        return Ok(None);
    };
    let motifs = Motifs::load(txn).await?;
    for entry in waiting {
        let Some(free) = motifs.free_times_of(&site, entry.motif_id, now) else {
            continue;
        };
        let slots = free.between(txn, day, day).await?;
        let Some(slot) = slots
            .iter()
            .find(|s| s.start == freed)
            .or_else(|| slots.first())
        else {
            continue;
        };
        let offer = make_offer(txn, policy, entry, &free, slot.start, slot.agents[0]).await?;
        return Ok(Some(offer));
    }
    Ok(None)
}

/// Holds `starts_at` with `agent_id` for `entry` and tells them, with the link to take it.
async fn make_offer<C: ConnectionTrait>(
    db: &C,
    policy: &BookingPolicy,
    entry: waitlist_entry::Model,
    free: &FreeTimes<'_>,
    starts_at: DateTime<Utc>,
    agent_id: i32,
) -> Result<waitlist_entry::Model, BookingError> {
    let now = free.now;
    let hold_until = now + policy.offer_hold;
    let key = format!("{}:{}", entry.id, starts_at.timestamp());
    let token = policy.links.offer_token(&key);
    let mut active = entry.into_active_model();
    active.status = Set(WaitlistStatus::Offered.as_str().into());
    active.offer_starts_at = Set(Some(starts_at));
    active.offer_agent_id = Set(Some(agent_id));
    active.hold_until = Set(Some(hold_until));
    active.offer_token_hash = Set(Some(crate::staff::tokens::digest(&token)));
    let offered = active.update(db).await?;
    // The offer reads like an appointment: its facts come from a not-yet-saved one.
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
    let mut what = facts_from(&policy.links, &draft, Some(free.motif), Some(free.site));
    what.link = Some(policy.links.offer_url(&token));
    let locale = Locale::from_tag(&offered.language).unwrap_or_default();
    let to = Recipients {
        phone: offered.phone.clone(),
        email: offered.email.clone(),
    };
    let offer = Kind::Offer { until: hold_until };
    for message in render_current(db, offer, locale, &what, &to, &key).await? {
        enqueue(db, &message, now).await?;
    }
    Ok(offered)
}

/// The offer behind a link, whatever its state.
pub async fn offer_by_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<waitlist_entry::Model, BookingError> {
    let column = waitlist_entry::Column::OfferTokenHash;
    by_token_hash::<waitlist_entry::Entity>(db, column, token)
        .await?
        .ok_or(BookingError::NotFound)
}

/// Turns a held offer into an appointment, if the hold still runs.
pub async fn accept(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Booked, BookingError> {
    let found = offer_by_token(db, token).await?;
    let motifs = Motifs::load(db).await?;
    let txn = begin_write(db).await?;
    let outcome = async {
        let entry = waitlist_entry::Entity::find_by_id(found.id)
            .lock_exclusive()
            .one(&txn)
            .await?
            .ok_or(BookingError::NotFound)?;
        let (Some(starts_at), Some(until)) = (entry.offer_starts_at, entry.hold_until) else {
            return Err(BookingError::OfferExpired);
        };
        let held = WaitlistStatus::parse(&entry.status) == Some(WaitlistStatus::Offered);
        if !held || until <= now {
            return Err(BookingError::OfferExpired);
        }
        let site = site::Entity::find_by_id(entry.site_id)
            .one(&txn)
            .await?
            .ok_or(BookingError::NotFound)?;
        let free = motifs
            .free_times_of(&site, entry.motif_id, now)
            .ok_or(BookingError::NotFound)?;
        // Release the hold first, so that the slot it kept shows as free to take.
        let mut active = entry.clone().into_active_model();
        active.status = Set(WaitlistStatus::Accepted.as_str().into());
        active.update(&txn).await?;
        let agent_id = free
            .take(&txn, starts_at)
            .await?
            .ok_or(BookingError::OfferExpired)?;
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
        insert_appointment(&txn, policy, &new, &free, agent_id).await
    }
    .await;
    settle(txn, outcome).await
}

/// Ends the holds that ran out and offers each slot to the next person waiting. Run by the
/// background worker every few seconds; returns how many offers expired.
pub async fn expire_offers(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    now: DateTime<Utc>,
) -> Result<usize, BookingError> {
    let txn = begin_write(db).await?;
    let outcome = async {
        let expired = waitlist_entry::Entity::find()
            .filter(waitlist_entry::Column::Status.eq(WaitlistStatus::Offered.as_str()))
            .filter(waitlist_entry::Column::HoldUntil.lte(now))
            .all(&txn)
            .await?;
        let count = expired.len();
        for entry in expired {
            let (site_id, freed) = (entry.site_id, entry.offer_starts_at);
            let mut active = entry.into_active_model();
            active.status = Set(WaitlistStatus::Expired.as_str().into());
            active.update(&txn).await?;
            if let Some(freed) = freed {
                offer_freed(&txn, policy, site_id, freed, now).await?;
            }
        }
        Ok(count)
    }
    .await;
    settle(txn, outcome).await
}

/// Hours or schedules changed at a site (more opening, an absence removed): everyone still
/// waiting there is offered the first free time in their dates, first come first.
pub async fn offer_new_times(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    site_id: i32,
    now: DateTime<Utc>,
) -> Result<usize, BookingError> {
    let today = crate::calendar::paris_today(now);
    let Some(site) = site::Entity::find_by_id(site_id).one(db).await? else {
        return Ok(0);
    };
    let motifs = Motifs::load(db).await?;
    let txn = begin_write(db).await?;
    let outcome = async {
        let mut offered = 0;
        for entry in waiting(&txn, site_id, today, None).await? {
            let Some(free) = motifs.free_times_of(&site, entry.motif_id, now) else {
                continue;
            };
            // Each offer holds its slot, so the next person's search already skips it.
            let from = entry.from_date.max(today);
            let slots = free.between(&txn, from, entry.to_date).await?;
            if let Some(slot) = slots.first() {
                let (start, agent) = (slot.start, slot.agents[0]);
                make_offer(&txn, policy, entry, &free, start, agent).await?;
                offered += 1;
            }
        }
        Ok(offered)
    }
    .await;
    settle(txn, outcome).await
}
