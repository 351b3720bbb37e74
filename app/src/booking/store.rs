//! Appointments in the database: what is free, and booking a slot so that two residents
//! clicking at once never get the same agent at the same time; a motif and a site as the
//! pages show them; and [`BookingError`], everything the booking store refuses.

use super::messages;
use super::model::{
    ChosenSlot, ContactDraft, DaySlots, MotifInfo, SiteInfo, WaitlistStatus, WeekOfSlots,
};
use super::policy::BookingPolicy;
use super::slots::{AgentAvailability, Interval, Slot, SlotQuery, free_slots, nearest};
use crate::calendar::hours::{Closure, DayHours, WeeklyHours, day_hours};
use crate::calendar::paris_today;
use crate::calendar::store::{site_calendar, site_today};
use crate::calendar::today::TodayHours;
use crate::contact_details::Contact;
use crate::errors::{FeatureError, Refusal};
use crate::i18n::dates::paris_date;
use crate::i18n::names::documents;
use crate::notifications::templates::Kind;
use crate::staff::identity::StaffIdentity;
use crate::statuses::AppointmentStatus;
use crate::store::begin_write;
use crate::store::entities::{
    agent, agent_absence, agent_schedule, agent_skill, appointment, motif, service, site,
    waitlist_entry,
};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// What the booking store refuses, as the user is told, or a failure of ours.
#[derive(Debug, thiserror::Error)]
pub enum BookingError {
    /// No such motif, site, appointment or offer (any more), or a motif not offered there.
    #[error("not found")]
    NotFound,
    /// The time asked for is not free (any more): the nearest free ones.
    #[error("slot taken")]
    SlotTaken(Vec<Slot>),
    /// Too close to the appointment for the resident to change it online.
    #[error("too late to change online")]
    TooLate,
    /// Cancelled already, or over.
    #[error("not changeable")]
    NotChangeable,
    /// The time a waitlist offer held ran out.
    #[error("offer expired")]
    OfferExpired,
    /// A time that is no time (a link or form that was tampered with).
    #[error("bad slot")]
    BadSlot,
    /// A form with mistakes: their Fluent ids, all of them, to show beside the form.
    #[error("form mistakes: {0:?}")]
    Mistakes(Vec<String>),
    /// The contact already holds [`MAX_ACTIVE_PER_CONTACT`] upcoming appointments.
    #[error("too many active appointments")]
    TooManyActive,
    /// A cancel reason that is not in the list.
    #[error("bad cancel reason")]
    BadReason,
    /// Opening hours or working hours that do not read as ranges.
    #[error("bad hours")]
    BadHours,
    /// A required field left empty.
    #[error("required field empty")]
    Required,
    /// Dates that do not follow each other, or a closure without its reason.
    #[error("bad dates")]
    BadDates,
    /// A motif's durations or delays out of their bounds.
    #[error("bad numbers")]
    BadNumbers,
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl FeatureError for BookingError {
    fn refusal(&self) -> Option<Refusal> {
        Some(match self {
            BookingError::NotFound => Refusal::NotFound,
            BookingError::SlotTaken(_) | BookingError::BadSlot => {
                Refusal::Invalid("booking-error-slot")
            }
            BookingError::TooLate | BookingError::NotChangeable => {
                Refusal::Invalid("appointment-not-changeable")
            }
            BookingError::OfferExpired => Refusal::Invalid("offer-expired"),
            BookingError::TooManyActive => Refusal::Invalid("booking-error-too-many-active"),
            BookingError::Mistakes(_) => Refusal::Invalid("form-errors-title"),
            BookingError::BadReason => Refusal::Invalid("agenda-error-reason"),
            BookingError::BadHours => Refusal::Invalid("admin-error-hours"),
            BookingError::Required => Refusal::Invalid("admin-error-required"),
            BookingError::BadDates => Refusal::Invalid("admin-error-dates"),
            BookingError::BadNumbers => Refusal::Invalid("admin-error-numbers"),
            BookingError::Db(_) => return None,
        })
    }
}

/// For a form that goes back to its page with the reason in the address: a mistake the
/// user can fix gives its Fluent id; anything else (not found, a failure) stays an error.
pub fn mistake(outcome: Result<(), BookingError>) -> Result<Option<&'static str>, BookingError> {
    match outcome {
        Ok(()) => Ok(None),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => Ok(Some(id)),
            _ => Err(e),
        },
    }
}

/// Ends a write transaction by what came of the work done in it: committed when it went
/// through, rolled back when refused or failed.
pub async fn settle<T>(
    txn: DatabaseTransaction,
    outcome: Result<T, BookingError>,
) -> Result<T, BookingError> {
    match outcome {
        Ok(value) => {
            txn.commit().await?;
            Ok(value)
        }
        Err(e) => {
            txn.rollback().await?;
            Err(e)
        }
    }
}

/// Who books, for which slot.
#[derive(Clone, Debug)]
pub struct NewAppointment {
    pub site_id: i32,
    pub motif_id: i32,
    pub starts_at: DateTime<Utc>,
    pub contact_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub interpreter_language: Option<String>,
    pub accessibility_need: Option<String>,
    pub note: Option<String>,
}

/// A booked appointment and the secret token of its management link.
#[derive(Debug)]
pub struct Booked {
    pub appointment: appointment::Model,
    pub token: String,
}

/// Who books.
#[derive(Clone, Copy, Debug)]
pub enum BookedBy<'a> {
    /// The resident, on the booking pages: motifs offered online only.
    Resident,
    /// A counsellor, at the desk or on the phone: any active motif; audited.
    Staff(&'a StaffIdentity),
}

/// A time chosen on a page, for contact details already checked.
pub struct Reservation<'a> {
    pub chosen: &'a ChosenSlot,
    pub starts_at: DateTime<Utc>,
    pub contact: Contact,
    /// The language, interpreter, needs and note, as typed.
    pub draft: &'a ContactDraft,
    pub by: BookedBy<'a>,
}

/// Every motif by id: the one asked for, and the buffer that keeps an agent busy after
/// each other appointment. One read serves a whole booking.
pub struct Motifs(HashMap<i32, motif::Model>);

impl Motifs {
    pub async fn load<C: ConnectionTrait>(db: &C) -> Result<Motifs, BookingError> {
        let rows = motif::Entity::find().all(db).await?;
        Ok(Motifs(rows.into_iter().map(|m| (m.id, m)).collect()))
    }

    pub fn get(&self, id: i32) -> Option<&motif::Model> {
        self.0.get(&id)
    }

    pub fn by_slug(&self, slug: &str) -> Option<&motif::Model> {
        self.0.values().find(|m| m.slug == slug)
    }

    /// The active ones, in the order of their services.
    pub fn active(&self) -> Vec<&motif::Model> {
        let mut active: Vec<&motif::Model> = self.0.values().filter(|m| m.active).collect();
        active.sort_by_key(|m| (m.service_id, m.id));
        active
    }

    /// How long an appointment for `id` lasts and the buffer after it, in minutes.
    fn times(&self, id: i32) -> (i32, i32) {
        self.get(id)
            .map(|m| (m.duration_minutes, m.buffer_minutes))
            .unwrap_or_default()
    }

    /// The time an appointment keeps its agent busy: itself and its motif's buffer.
    fn busy(&self, a: &appointment::Model) -> Interval {
        let (_, buffer) = self.times(a.motif_id);
        Interval::new(a.starts_at, a.ends_at + Duration::minutes(buffer.into()))
    }

    /// The free times of `motif` (one of these) at `site`, as they stand at `now`.
    pub fn free_times<'a>(
        &'a self,
        site: &'a site::Model,
        motif: &'a motif::Model,
        now: DateTime<Utc>,
    ) -> FreeTimes<'a> {
        FreeTimes {
            site,
            motif,
            motifs: self,
            now,
            ignoring: None,
        }
    }

    /// The free times of motif `id` at `site`, if there is such a motif.
    pub fn free_times_of<'a>(
        &'a self,
        site: &'a site::Model,
        id: i32,
        now: DateTime<Utc>,
    ) -> Option<FreeTimes<'a>> {
        Some(self.free_times(site, self.get(id)?, now))
    }
}

/// The free times of one motif at one site as they stand at `now`. The rows they depend
/// on are read once by the caller and lent here ([`Motifs::free_times`]).
#[derive(Clone, Copy)]
pub struct FreeTimes<'a> {
    pub site: &'a site::Model,
    pub motif: &'a motif::Model,
    pub motifs: &'a Motifs,
    pub now: DateTime<Utc>,
    /// An appointment being moved: its own time does not count as taken.
    pub ignoring: Option<i32>,
}

impl FreeTimes<'_> {
    /// As if appointment `id` (being moved) did not exist, or not.
    pub fn ignoring(self, id: Option<i32>) -> Self {
        FreeTimes {
            ignoring: id,
            ..self
        }
    }

    /// The free slots between two Paris dates, both included.
    pub async fn between<C: ConnectionTrait>(
        &self,
        db: &C,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<Slot>, BookingError> {
        Ok(self.with_calendar(db, from, to).await?.0)
    }

    /// [`FreeTimes::between`], with the site's calendar they were computed from (its weekly
    /// hours, the closures touching `from`..`to`): a page showing those days needs it too,
    /// and reads it once.
    pub async fn with_calendar<C: ConnectionTrait>(
        &self,
        db: &C,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<(Vec<Slot>, (WeeklyHours, Vec<Closure>)), BookingError> {
        let motif = self.motif;
        let (site_hours, closures) = site_calendar(db, self.site.id, from, to).await?;
        // A retired motif or site offers no time, so nothing can be booked there.
        if !motif.active || !self.site.active {
            return Ok((Vec::new(), (site_hours, closures)));
        }
        let agents = self.agents(db, from, to).await?;
        let query = SlotQuery {
            site_hours: &site_hours,
            closures: &closures,
            alsace_moselle: self.site.alsace_moselle,
            duration: Duration::minutes(motif.duration_minutes.into()),
            buffer: Duration::minutes(motif.buffer_minutes.into()),
            min_delay: Duration::hours(motif.min_delay_hours.into()),
            max_delay_days: motif.max_delay_days.into(),
            now: self.now,
            from,
            to,
        };
        let slots = free_slots(&query, &agents);
        Ok((slots, (site_hours, closures)))
    }

    /// The free slots nearest to `wanted`, within a week either side.
    pub async fn nearest<C: ConnectionTrait>(
        &self,
        db: &C,
        wanted: DateTime<Utc>,
    ) -> Result<Vec<Slot>, BookingError> {
        let day = paris_today(wanted);
        let week = Duration::days(7);
        let slots = self.between(db, day - week, day + week).await?;
        Ok(nearest(&slots, wanted, 5))
    }

    /// Finds an agent for `starts_at` inside the caller's write transaction: the slot must
    /// be free now, and the chosen agent's row is locked (`FOR UPDATE` on PostgreSQL;
    /// SQLite's IMMEDIATE transaction already serialises writers) and their time checked
    /// again, so of many residents clicking the last slot at once exactly one gets it.
    pub async fn take(
        &self,
        txn: &DatabaseTransaction,
        starts_at: DateTime<Utc>,
    ) -> Result<Option<i32>, BookingError> {
        let day = paris_today(starts_at);
        let slots = self.between(txn, day, day).await?;
        let Some(slot) = slots.iter().find(|s| s.start == starts_at) else {
            return Ok(None);
        };
        let ends_at = starts_at + Duration::minutes(self.motif.duration_minutes.into());
        let wanted = Interval::new(
            starts_at,
            ends_at + Duration::minutes(self.motif.buffer_minutes.into()),
        );
        for agent_id in slot.agents.clone() {
            // Wait for anyone else booking this agent, then look again at their time.
            agent::Entity::find_by_id(agent_id)
                .lock_exclusive()
                .one(txn)
                .await?;
            let clash = appointment::Entity::find()
                .filter(appointment::Column::AgentId.eq(agent_id))
                .filter(appointment::Column::Status.is_in(AppointmentStatus::ACTIVE))
                .filter(appointment::Column::StartsAt.lt(wanted.end))
                .filter(appointment::Column::EndsAt.gt(starts_at - Duration::days(1)))
                .all(txn)
                .await?
                .into_iter()
                .filter(|a| Some(a.id) != self.ignoring)
                .any(|a| self.motifs.busy(&a).overlaps(&wanted));
            if !clash {
                return Ok(Some(agent_id));
            }
        }
        Ok(None)
    }

    /// The skilled agents of the site with their hours, absences and busy times between
    /// two Paris dates.
    async fn agents<C: ConnectionTrait>(
        &self,
        db: &C,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<AgentAvailability>, BookingError> {
        let active = skilled_agents(db, self.motif.id).await?;
        // A day of margin on each side: Paris dates and UTC instants do not line up.
        let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
        let window_start = midnight(from) - Duration::days(1);
        let window_end = midnight(to) + Duration::days(2);
        let schedules = agent_schedule::Entity::find()
            .filter(agent_schedule::Column::SiteId.eq(self.site.id))
            .filter(agent_schedule::Column::AgentId.is_in(active.clone()))
            .all(db)
            .await?;
        let absences = agent_absence::Entity::find()
            .filter(agent_absence::Column::AgentId.is_in(active.clone()))
            .filter(agent_absence::Column::EndsAt.gt(window_start))
            .filter(agent_absence::Column::StartsAt.lt(window_end))
            .all(db)
            .await?;
        let booked = appointment::Entity::find()
            .filter(appointment::Column::AgentId.is_in(active.clone()))
            .filter(appointment::Column::Status.is_in(AppointmentStatus::ACTIVE))
            .filter(appointment::Column::EndsAt.gt(window_start))
            .filter(appointment::Column::StartsAt.lt(window_end))
            .all(db)
            .await?;
        // Slots held for someone on the waitlist are not bookable by others.
        let held = waitlist_entry::Entity::find()
            .filter(waitlist_entry::Column::Status.eq(WaitlistStatus::Offered.as_str()))
            .filter(waitlist_entry::Column::OfferAgentId.is_in(active.clone()))
            .filter(waitlist_entry::Column::HoldUntil.gt(self.now))
            .all(db)
            .await?;
        Ok(active
            .into_iter()
            .map(|id| {
                let weekly = WeeklyHours::from_rows(
                    schedules
                        .iter()
                        .filter(|s| s.agent_id == id)
                        .map(|s| (s.weekday, s.starts, s.ends)),
                );
                let mut busy: Vec<Interval> = booked
                    .iter()
                    .filter(|a| a.agent_id == Some(id) && Some(a.id) != self.ignoring)
                    .map(|a| self.motifs.busy(a))
                    .collect();
                busy.extend(
                    held.iter()
                        .filter(|w| w.offer_agent_id == Some(id))
                        .filter_map(|w| {
                            let (length, buffer) = self.motifs.times(w.motif_id);
                            let held_for = Duration::minutes((length + buffer).into());
                            w.offer_starts_at.map(|s| Interval::new(s, s + held_for))
                        }),
                );
                AgentAvailability {
                    agent_id: id,
                    weekly,
                    absences: absences
                        .iter()
                        .filter(|a| a.agent_id == id)
                        .map(|a| Interval::new(a.starts_at, a.ends_at))
                        .collect(),
                    busy,
                    skilled: true,
                }
            })
            .collect())
    }
}

/// The active agents who have the skill for `motif_id`.
/// The sites where a motif is served: where an active agent who handles it works.
pub async fn sites_of_motif(db: &DatabaseConnection, motif_id: i32) -> Result<Vec<i32>, DbErr> {
    let agents = match skilled_agents(db, motif_id).await {
        Ok(agents) => agents,
        Err(BookingError::Db(e)) => return Err(e),
        Err(other) => return Err(DbErr::Custom(other.to_string())),
    };
    let mut sites: Vec<i32> = agent_schedule::Entity::find()
        .filter(agent_schedule::Column::AgentId.is_in(agents))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.site_id)
        .collect();
    sites.sort_unstable();
    sites.dedup();
    Ok(sites)
}

pub async fn skilled_agents<C: ConnectionTrait>(
    db: &C,
    motif_id: i32,
) -> Result<Vec<i32>, BookingError> {
    use sea_orm::sea_query::{Expr, ExprTrait, Query};
    let skilled = Query::select()
        .column(agent_skill::Column::AgentId)
        .from(agent_skill::Entity)
        .and_where(Expr::col(agent_skill::Column::MotifId).eq(motif_id))
        .to_owned();
    Ok(agent::Entity::find()
        .select_only()
        .column(agent::Column::Id)
        .filter(agent::Column::Id.in_subquery(skilled))
        .filter(agent::Column::Active.eq(true))
        .order_by_asc(agent::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// The free slots of `motif_id` at `site_id` between two Paris dates, both included; none
/// for an unknown site or motif.
pub async fn availability<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    motif_id: i32,
    from: NaiveDate,
    to: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Vec<Slot>, BookingError> {
    let Some(site) = site::Entity::find_by_id(site_id).one(db).await? else {
        return Ok(Vec::new());
    };
    let motifs = Motifs::load(db).await?;
    match motifs.free_times_of(&site, motif_id, now) {
        Some(free) => free.between(db, from, to).await,
        None => Ok(Vec::new()),
    }
}

/// Books `new.starts_at` if it is still free, and queues the confirmation messages in the
/// same transaction. The pages book through [`book_chosen`]; this is for callers who know
/// the ids.
pub async fn book(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    new: &NewAppointment,
    now: DateTime<Utc>,
) -> Result<Booked, BookingError> {
    let site = site::Entity::find_by_id(new.site_id)
        .one(db)
        .await?
        .ok_or(BookingError::NotFound)?;
    let motifs = Motifs::load(db).await?;
    let free = motifs
        .free_times_of(&site, new.motif_id, now)
        .filter(|free| free.motif.active)
        .ok_or(BookingError::NotFound)?;
    book_free(db, policy, &free, new, None, BookedBy::Resident).await
}

/// Books the time a page chose, for the resident at the end of the booking pages or for
/// them by a counsellor: the same rules, the same messages.
pub async fn book_chosen(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    reservation: Reservation<'_>,
    now: DateTime<Utc>,
) -> Result<Booked, BookingError> {
    let Reservation {
        chosen,
        starts_at,
        contact,
        draft,
        by,
    } = reservation;
    let motifs = Motifs::load(db).await?;
    let online_only = matches!(by, BookedBy::Resident);
    let motif = motifs
        .by_slug(&chosen.motif)
        .filter(|m| m.active && (m.bookable_online || !online_only))
        .ok_or(BookingError::NotFound)?;
    let site = site_by_slug(db, &chosen.site).await?;
    let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    let new = NewAppointment {
        site_id: site.id,
        motif_id: motif.id,
        starts_at,
        contact_name: contact.name,
        phone: contact.phone.map(|p| p.as_str().to_owned()),
        email: contact.email.map(|e| e.as_str().to_owned()),
        language: draft.language.clone(),
        interpreter_language: optional(&draft.interpreter),
        accessibility_need: optional(&draft.accessibility),
        note: optional(&draft.note),
    };
    let cap = online_only.then_some(MAX_ACTIVE_PER_CONTACT);
    let free = motifs.free_times(&site, motif, now);
    book_free(db, policy, &free, &new, cap, by).await
}

/// Upcoming appointments one phone number or e-mail address may hold when booking
/// online: enough for a family's errands, not enough to hold a town's agenda. A counsellor
/// may book more for a resident. (`booking-error-too-many-active` says the number.)
pub const MAX_ACTIVE_PER_CONTACT: u64 = 3;

/// Takes `new.starts_at` in `free` and writes the appointment, or says the time is taken;
/// with a `cap`, refuses a contact who already holds that many upcoming appointments.
async fn book_free(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    free: &FreeTimes<'_>,
    new: &NewAppointment,
    cap: Option<u64>,
    by: BookedBy<'_>,
) -> Result<Booked, BookingError> {
    let txn = begin_write(db).await?;
    if let Some(cap) = cap
        && active_of_contact(&txn, new, free.now).await? >= cap
    {
        txn.rollback().await?;
        return Err(BookingError::TooManyActive);
    }
    let Some(agent_id) = free.take(&txn, new.starts_at).await? else {
        txn.rollback().await?;
        return Err(BookingError::SlotTaken(
            free.nearest(db, new.starts_at).await?,
        ));
    };
    let booked = insert_appointment(&txn, policy, new, free, agent_id).await;
    // A counsellor's booking is audited with it: both are written, or neither.
    let booked = match (booked, by) {
        (Ok(booked), BookedBy::Staff(identity)) => {
            let id = Some(booked.appointment.id.to_string());
            let action = "appointment.book_for_resident";
            match crate::audit::staff_action(&txn, identity, action, "appointment", id).await {
                Ok(()) => Ok(booked),
                Err(e) => Err(e.into()),
            }
        }
        (booked, _) => booked,
    };
    settle(txn, booked).await
}

/// How many upcoming appointments the phone or e-mail of `new` holds. On PostgreSQL the
/// contact is locked for the transaction first, so that two bookings sent at once count
/// each other (SQLite's write transactions already run one at a time).
async fn active_of_contact(
    txn: &DatabaseTransaction,
    new: &NewAppointment,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    use sea_orm::{Condition, PaginatorTrait};
    let mut same = Condition::any();
    if let Some(phone) = &new.phone {
        same = same.add(appointment::Column::Phone.eq(phone.as_str()));
    }
    if let Some(email) = &new.email {
        same = same.add(appointment::Column::Email.eq(email.as_str()));
    }
    if new.phone.is_none() && new.email.is_none() {
        return Ok(0);
    }
    let key = new
        .phone
        .as_ref()
        .or(new.email.as_ref())
        .map(String::as_str);
    crate::store::lock_key(txn, &format!("booking:{}", key.unwrap_or_default())).await?;
    appointment::Entity::find()
        .filter(appointment::Column::Status.is_in(AppointmentStatus::ACTIVE))
        .filter(appointment::Column::StartsAt.gt(now))
        .filter(same)
        .count(txn)
        .await
}

/// Writes a booked appointment for `agent_id` (whose time the caller has taken in `free`)
/// and queues its confirmation.
pub async fn insert_appointment(
    txn: &DatabaseTransaction,
    policy: &BookingPolicy,
    new: &NewAppointment,
    free: &FreeTimes<'_>,
    agent_id: i32,
) -> Result<Booked, BookingError> {
    let now = free.now;
    let reference = new_reference();
    let token = policy.links.token(&reference);
    let saved = appointment::ActiveModel {
        reference: Set(reference),
        token_hash: Set(crate::staff::tokens::digest(&token)),
        motif_id: Set(new.motif_id),
        site_id: Set(new.site_id),
        agent_id: Set(Some(agent_id)),
        starts_at: Set(new.starts_at),
        ends_at: Set(new.starts_at + Duration::minutes(free.motif.duration_minutes.into())),
        contact_name: Set(new.contact_name.clone()),
        phone: Set(new.phone.clone()),
        email: Set(new.email.clone()),
        language: Set(new.language.clone()),
        interpreter_language: Set(new.interpreter_language.clone()),
        accessibility_need: Set(new.accessibility_need.clone()),
        note: Set(new.note.clone()),
        status: Set(AppointmentStatus::Booked),
        cancel_reason: Set(None),
        checked_in_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let facts = messages::facts_from(&policy.links, &saved, Some(free.motif), Some(free.site));
    messages::send(txn, &saved, Kind::Confirmed, &facts, now).await?;
    Ok(Booked {
        appointment: saved,
        token,
    })
}

/// A reference residents can read out on the phone: `R` and seven unambiguous characters.
fn new_reference() -> String {
    let code = crate::staff::tokens::new_enrolment_code().replace('-', "");
    format!("R{}", &code[..7])
}

/// Whether a token can be one of ours (32 hex digits) before it is looked up.
fn plausible_token(token: &str) -> bool {
    token.len() == 32 && token.chars().all(|c| c.is_ascii_hexdigit())
}

/// The row behind a link's token: the one whose `column` keeps the token's SHA-256 (the
/// token itself is never stored).
pub async fn by_token_hash<E: EntityTrait>(
    db: &DatabaseConnection,
    column: E::Column,
    token: &str,
) -> Result<Option<E::Model>, DbErr> {
    if !plausible_token(token) {
        return Ok(None);
    }
    E::find()
        .filter(column.eq(crate::staff::tokens::digest(token)))
        .one(db)
        .await
}

/// The site a page or a form names by its slug.
pub async fn site_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<site::Model, BookingError> {
    site::Entity::find()
        .filter(site::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(BookingError::NotFound)
}

pub fn motif_info(m: &motif::Model, s: &service::Model) -> MotifInfo {
    MotifInfo {
        slug: m.slug.clone(),
        name: m.name.clone(),
        service_slug: s.slug.clone(),
        service_name: s.name.clone(),
        duration_minutes: m.duration_minutes,
        documents: documents(&m.documents),
    }
}

/// A motif with its service, as the pages show it.
pub async fn motif_shown<C: ConnectionTrait>(
    db: &C,
    m: &motif::Model,
) -> Result<MotifInfo, BookingError> {
    let s = service::Entity::find_by_id(m.service_id)
        .one(db)
        .await?
        .ok_or(BookingError::NotFound)?;
    Ok(motif_info(m, &s))
}

pub fn site_info(s: site::Model, today: TodayHours) -> SiteInfo {
    SiteInfo {
        slug: s.slug,
        name: s.name,
        address: s.address,
        postal_code: s.postal_code,
        city: s.city,
        phone: s.phone,
        access_info: s.access_info,
        today,
    }
}

/// A site with today's hours, as the pages show it.
pub async fn site_shown(
    db: &DatabaseConnection,
    s: &site::Model,
    now: DateTime<Utc>,
) -> Result<SiteInfo, BookingError> {
    // A retired site is not shown open.
    let hours = match s.active {
        true => site_today(db, s, now).await?,
        false => TodayHours::Closed,
    };
    Ok(site_info(s.clone(), hours))
}

/// An appointment's or an offer's motif and site, as rows and as the pages show them.
pub struct Place {
    pub motif: motif::Model,
    pub site: site::Model,
    pub motif_info: MotifInfo,
    pub site_info: SiteInfo,
}

pub async fn place(
    db: &DatabaseConnection,
    motif_id: i32,
    site_id: i32,
    now: DateTime<Utc>,
) -> Result<Place, BookingError> {
    let motif = motif::Entity::find_by_id(motif_id)
        .one(db)
        .await?
        .ok_or(BookingError::NotFound)?;
    let site = site::Entity::find_by_id(site_id)
        .one(db)
        .await?
        .ok_or(BookingError::NotFound)?;
    Ok(Place {
        motif_info: motif_shown(db, &motif).await?,
        site_info: site_shown(db, &site, now).await?,
        motif,
        site,
    })
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(date.weekday().num_days_from_monday().into())
}

/// The free times of one week (the one of `week`, else of `taken`, else of the earliest
/// free time), with the earliest of all and the weeks around it.
pub async fn week_of_slots(
    db: &DatabaseConnection,
    free: &FreeTimes<'_>,
    week: Option<NaiveDate>,
    taken: Option<DateTime<Utc>>,
) -> Result<WeekOfSlots, BookingError> {
    let (site, motif) = (free.site, free.motif);
    let today = paris_today(free.now);
    let last = today + Duration::days(motif.max_delay_days.into());
    // The calendar of the free times serves the days shown: they are within them.
    let (all, (hours, closures)) = free.with_calendar(db, today, last).await?;
    let earliest = all.first().map(|s| s.start);
    let this_week = monday_of(today);
    let week_start = week
        .map(monday_of)
        .or(taken.map(|t| monday_of(paris_date(t))))
        .or(earliest.map(|t| monday_of(paris_date(t))))
        .unwrap_or(this_week)
        .clamp(this_week, monday_of(last));
    let days = (0..7)
        .map(|i| week_start + Duration::days(i))
        .filter(|d| *d >= today && *d <= last)
        .filter(|d| {
            matches!(
                day_hours(&hours, *d, &closures, site.alsace_moselle),
                DayHours::Open(_)
            )
        })
        .map(|date| DaySlots {
            date,
            slots: all
                .iter()
                .filter(|s| paris_date(s.start) == date)
                .map(|s| s.start)
                .collect(),
        })
        .collect();
    let week_end = week_start + Duration::days(7);
    Ok(WeekOfSlots {
        week_start,
        days,
        earliest,
        previous_week: (week_start > this_week).then(|| week_start - Duration::days(7)),
        next_week: (week_end <= last).then_some(week_end),
        taken,
        nearest: taken
            .map(|t| nearest(&all, t, 5).into_iter().map(|s| s.start).collect())
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, try_text};

    #[test]
    fn every_refusal_has_a_french_text() {
        let all = [
            BookingError::NotFound,
            BookingError::SlotTaken(Vec::new()),
            BookingError::TooLate,
            BookingError::NotChangeable,
            BookingError::OfferExpired,
            BookingError::BadSlot,
            BookingError::Mistakes(Vec::new()),
            BookingError::BadReason,
            BookingError::BadHours,
            BookingError::Required,
            BookingError::BadDates,
            BookingError::BadNumbers,
        ];
        for e in all {
            let id = e.message_id();
            assert!(try_text(Locale::Fr, id).is_some(), "{e:?}: {id}");
        }
        assert_eq!(
            BookingError::Db(DbErr::Custom("x".into())).message_id(),
            "error-internal"
        );
    }

    #[test]
    fn admin_forms_go_back_with_the_mistake_only() {
        assert_eq!(mistake(Ok(())).unwrap(), None);
        assert_eq!(
            mistake(Err(BookingError::BadHours)).unwrap(),
            Some("admin-error-hours")
        );
        assert!(matches!(
            mistake(Err(BookingError::NotFound)),
            Err(BookingError::NotFound)
        ));
    }

    #[test]
    fn only_tokens_of_our_shape_are_looked_up() {
        assert!(plausible_token(&"a1".repeat(16)));
        assert!(!plausible_token("a1"));
        assert!(!plausible_token(&"z".repeat(32)));
    }
}
