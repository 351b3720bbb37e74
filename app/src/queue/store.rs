//! The queue in the database: issuing tickets, the desk's actions, a site's settings and
//! board, and a resident's view of their ticket. Every change runs in one write
//! transaction that first locks the site's row (PostgreSQL; SQLite's `BEGIN IMMEDIATE`
//! already serialises writers), so two counsellors, or two server instances, never call
//! the same ticket nor hand out the same number; each change also tells the other
//! instances ([`notify`]), whose live hubs listen on [`CHANNEL`].

use super::board::Today;
use super::messages;
use super::model::{Board, NEAR_TURN_AHEAD, Outcome, QueueSettings, Status, ticket_code};
use super::order::{self, Priority, Waiting, Weights};
use crate::calendar::hours::is_open_at;
use crate::calendar::paris_today;
use crate::contact_details::ContactError;
use crate::errors::{FeatureError, Refusal};
use crate::hooks::{FollowUpVisit, Hooks};
use crate::staff::identity::StaffIdentity;
use crate::statuses::AppointmentStatus;
use crate::store::begin_write;
use crate::store::entities::{appointment, contact, desk, motif, service, setting, site, ticket};
use crate::store::visits::current_of;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    DbBackend, DbErr, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, Statement,
};
use std::collections::HashMap;
use std::future::Future;

/// Why a ticket was not issued or an action not taken.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    /// The site is closed now (hours, holiday or closure).
    #[error("site closed")]
    Closed,
    /// Tickets from home are not offered at this site.
    #[error("no tickets from home here")]
    NoTicketsFromHome,
    #[error("not found")]
    NotFound,
    /// The agent already has somebody called or at their desk.
    #[error("busy")]
    Busy,
    /// The ticket is no longer in a state that allows this (someone else acted first).
    #[error("stale")]
    Stale,
    /// Marking absent before the visitor has been called enough times.
    #[error("too few calls")]
    TooFewCalls,
    /// Nobody is waiting in the queue the desk calls from.
    #[error("empty")]
    Empty,
    #[error("no service chosen")]
    NoService,
    #[error("no motif chosen")]
    NoMotif,
    #[error("no outcome chosen")]
    NoOutcome,
    #[error("note too long")]
    NoteTooLong,
    /// The expert named for a transfer does not handle that service.
    #[error("not an expert of the service")]
    NotExpert,
    /// The mobile number left for the "your turn is near" text is not one.
    #[error("phone number: {0:?}")]
    Phone(ContactError),
    /// The number left for texts already holds as many waiting tickets as one may.
    #[error("phone already waiting")]
    PhoneHasTickets,
    /// A site's settings out of bounds; the Fluent id says which (see
    /// `settings::model::parse_form`).
    #[error("settings: {0}")]
    Settings(&'static str),
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// What each refusal tells the user, in one place.
impl FeatureError for QueueError {
    fn refusal(&self) -> Option<Refusal> {
        let invalid = |id| Some(Refusal::Invalid(id));
        match self {
            QueueError::NotFound => Some(Refusal::NotFound),
            QueueError::Closed => invalid("queue-error-closed"),
            QueueError::NoTicketsFromHome => invalid("queue-error-no-home-tickets"),
            QueueError::Busy => invalid("queue-error-busy"),
            QueueError::Stale => invalid("queue-error-stale"),
            QueueError::TooFewCalls => invalid("queue-error-too-few-calls"),
            QueueError::Empty => invalid("queue-error-empty"),
            QueueError::NoService => invalid("queue-error-service"),
            QueueError::NoMotif => invalid("queue-error-motif"),
            QueueError::NoOutcome => invalid("queue-error-outcome"),
            QueueError::NoteTooLong => invalid("queue-error-note-too-long"),
            QueueError::NotExpert => invalid("queue-error-not-expert"),
            QueueError::Phone(e) => invalid(e.message_id()),
            QueueError::PhoneHasTickets => invalid("contact-error-phone-has-tickets"),
            QueueError::Settings(id) => invalid(id),
            QueueError::Db(_) => None,
        }
    }
}

/// The PostgreSQL channel of queue changes; the payload is the site id.
pub const CHANNEL: &str = "guichet_queue";

/// Inside a change's transaction: other instances hear of it once it commits.
pub async fn notify<C: ConnectionTrait>(db: &C, site_id: i32) -> Result<(), DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_notify($1, $2)",
            [CHANNEL.into(), site_id.to_string().into()],
        ))
        .await?;
    }
    Ok(())
}

/// The boards the live hub keeps (`live::Live`), for the pages that show a site's waits
/// as its screens do. The hub reads boards through this store, so the store knows the
/// hub only by this trait.
pub trait Boards: Sync {
    /// The stamp of the board last sent for a site, if a stream asked for it before.
    fn latest_stamp(&self, site_id: i32) -> Option<String>;

    /// The board last sent for a site, or one read now when there is none yet; `None`: no
    /// such site.
    fn board(
        &self,
        db: &DatabaseConnection,
        site_id: i32,
    ) -> impl Future<Output = Result<Option<Board>, DbErr>> + Send;
}

/// The site of a slug in an address or a form, if there is one.
pub async fn site_of<C: ConnectionTrait>(db: &C, slug: &str) -> Result<Option<site::Model>, DbErr> {
    site::Entity::find()
        .filter(site::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// Every service, in the order pages list them.
pub async fn services<C: ConnectionTrait>(db: &C) -> Result<Vec<service::Model>, DbErr> {
    service::Entity::find()
        .order_by_asc(service::Column::Position)
        .all(db)
        .await
}

/// The appointments tickets came from (checked in at the agenda), by id.
pub async fn appointments<C: ConnectionTrait>(
    db: &C,
    ids: Vec<i32>,
) -> Result<HashMap<i32, appointment::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(appointment::Entity::find()
        .filter(appointment::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect())
}

/// A site's settings, or the defaults.
pub async fn settings<C: ConnectionTrait>(db: &C, site_id: i32) -> Result<QueueSettings, DbErr> {
    let row = setting::Entity::find_by_id(QueueSettings::key(site_id))
        .one(db)
        .await?;
    Ok(QueueSettings::parse(row.as_ref().map(|r| r.value.as_str())))
}

/// Where a ticket is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The entrance kiosk.
    Kiosk,
    /// A resident's phone, before coming (`/file/<site>`).
    Home,
    /// A counsellor, for a walk-in or a caller.
    Desk,
}

/// Tickets a phone number may hold waiting at once, from home.
pub const MAX_WAITING_PER_PHONE: u64 = 2;

/// A ticket to issue.
#[derive(Clone, Debug)]
pub struct NewTicket {
    pub site_id: i32,
    pub motif_id: i32,
    /// The language the visitor chose (the screen also calls them in it).
    pub language: String,
    pub priority: Priority,
    /// E.164, already checked; for the "your turn is near" SMS.
    pub phone: Option<String>,
    pub origin: Origin,
}

/// Locks the site's row for the rest of the transaction: the one lock every queue change
/// of a site takes, so they happen one after the other.
async fn lock_site(txn: &DatabaseTransaction, site_id: i32) -> Result<site::Model, QueueError> {
    site::Entity::find_by_id(site_id)
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(QueueError::NotFound)
}

pub async fn site_is_open<C: ConnectionTrait>(
    db: &C,
    site: &site::Model,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let today = paris_today(now);
    let (hours, closures) =
        crate::calendar::store::site_calendar(db, site.id, today, today).await?;
    Ok(is_open_at(&hours, &closures, site.alsace_moselle, now))
}

/// The next number of the day for this site and letter: letters are per service family,
/// numbers start again at 1 every day. Counted by code, not by the ticket's service, which a
/// transfer changes: a transferred E001 keeps its number from the next état-civil ticket.
async fn next_number(
    txn: &DatabaseTransaction,
    site_id: i32,
    letter: &str,
    day: chrono::NaiveDate,
) -> Result<i32, DbErr> {
    let max: Option<Option<i32>> = ticket::Entity::find()
        .select_only()
        .column_as(ticket::Column::Number.max(), "max")
        .filter(ticket::Column::SiteId.eq(site_id))
        .filter(ticket::Column::Day.eq(day))
        .filter(ticket::Column::Code.starts_with(letter))
        .into_tuple()
        .one(txn)
        .await?;
    Ok(max.flatten().unwrap_or(0) + 1)
}

/// Issues a ticket while the site is open. Two kiosks pressed at the same instant get two
/// numbers: the site lock orders them, and the unique index would refuse a twin.
pub async fn issue(
    db: &DatabaseConnection,
    new: &NewTicket,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    issue_by(db, new, None, now).await
}

/// A staff action on a ticket, audited in the same transaction as the change: the change
/// and its audit row are both written, or neither.
#[derive(Clone, Copy)]
pub struct AuditedBy<'a> {
    pub identity: &'a StaffIdentity,
    pub action: &'a str,
}

impl AuditedBy<'_> {
    async fn record<C: ConnectionTrait>(self, txn: &C, ticket_id: i32) -> Result<(), DbErr> {
        let id = Some(ticket_id.to_string());
        crate::audit::staff_action(txn, self.identity, self.action, "ticket", id).await
    }
}

/// [`issue`], by a counsellor at the desk when `by` says so.
pub async fn issue_by(
    db: &DatabaseConnection,
    new: &NewTicket,
    by: Option<AuditedBy<'_>>,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let txn = begin_write(db).await?;
    let site = lock_site(&txn, new.site_id).await?;
    // A retired site takes no ticket, like a closed one.
    if !site.active {
        return Err(QueueError::Closed);
    }
    if new.origin == Origin::Home && !site.tickets_from_home {
        return Err(QueueError::NoTicketsFromHome);
    }
    if !site_is_open(&txn, &site, now).await? {
        return Err(QueueError::Closed);
    }
    let motif = motif::Entity::find_by_id(new.motif_id)
        .one(&txn)
        .await?
        .filter(|m| m.active)
        .ok_or(QueueError::NotFound)?;
    if new.origin == Origin::Home
        && let Some(phone) = &new.phone
    {
        // One person, one place in the queue (two for a parent with a child's errand): a
        // number cannot hold the hall's queue. Counted in this transaction, the number
        // locked, so that two tickets sent at once count each other, across sites.
        crate::store::lock_key(&txn, &format!("ticket:{phone}")).await?;
        let waiting = ticket::Entity::find()
            .filter(ticket::Column::Phone.eq(phone.as_str()))
            .filter(ticket::Column::Status.is_in([Status::Waiting, Status::Transferred]))
            .count(&txn)
            .await?;
        if waiting >= MAX_WAITING_PER_PHONE {
            return Err(QueueError::PhoneHasTickets);
        }
    }
    let entry = Entry {
        language: &new.language,
        priority: new.priority,
        phone: new.phone.clone(),
        appointment: None,
    };
    let saved = insert_ticket(&txn, site.id, &motif, entry, now).await?;
    if let Some(by) = by {
        by.record(&txn, saved.id).await?;
    }
    txn.commit().await?;
    Ok(saved)
}

/// A checked-in appointment enters the queue, in the caller's transaction: first when it is
/// due; for a service of experts, straight to that service's queue and its agent.
pub async fn enter_appointment(
    txn: &DatabaseTransaction,
    appointment: &appointment::Model,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    lock_site(txn, appointment.site_id).await?;
    let motif = motif::Entity::find_by_id(appointment.motif_id)
        .one(txn)
        .await?
        .ok_or(QueueError::NotFound)?;
    let entry = Entry {
        language: &appointment.language,
        priority: Priority::None,
        phone: None,
        appointment: Some(appointment),
    };
    insert_ticket(txn, appointment.site_id, &motif, entry, now).await
}

/// What differs between a ticket taken at the entrance and one from a check-in.
struct Entry<'a> {
    language: &'a str,
    priority: Priority,
    phone: Option<String>,
    appointment: Option<&'a appointment::Model>,
}

/// Numbers and inserts a ticket of `motif`'s service, under the site lock the caller holds.
async fn insert_ticket(
    txn: &DatabaseTransaction,
    site_id: i32,
    motif: &motif::Model,
    entry: Entry<'_>,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let service = service::Entity::find_by_id(motif.service_id)
        .one(txn)
        .await?
        .ok_or(QueueError::NotFound)?;
    let day = paris_today(now);
    let number = next_number(txn, site_id, &service.ticket_letter, day).await?;
    let (status, target) = match entry.appointment {
        Some(a) if service.handled_by_experts => (Status::Transferred, a.agent_id),
        _ => (Status::Waiting, None),
    };
    let saved = ticket::ActiveModel {
        site_id: Set(site_id),
        service_id: Set(service.id),
        motif_id: Set(Some(motif.id)),
        day: Set(day),
        number: Set(number),
        code: Set(ticket_code(&service.ticket_letter, number)),
        public_token: Set(crate::staff::tokens::new_token()[..32].to_owned()),
        language: Set(entry.language.to_owned()),
        priority: Set(entry.priority.as_str().into()),
        status: Set(status),
        phone: Set(entry.phone),
        issued_at: Set(now),
        arrival_at: Set(now),
        call_count: Set(0),
        target_agent_id: Set(target),
        appointment_id: Set(entry.appointment.map(|a| a.id)),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    notify(txn, site_id).await?;
    Ok(saved)
}

/// The statuses of a visitor waiting to be called, in the common queue or a service's.
const QUEUED: [Status; 2] = Status::QUEUED;

/// Which queue a desk calls from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueueChoice {
    /// The one queue of the front desk.
    Common,
    /// Visitors transferred to this service's experts.
    Service(i32),
}

/// Who may be called by `agent` calling from `choice`: the common queue or one service's;
/// a visitor transferred to a named expert is for that expert first, and for anyone calling
/// from that service's queue.
pub fn callable(t: &ticket::Model, agent_id: i32, choice: QueueChoice) -> bool {
    match (t.status, choice) {
        (Status::Waiting, QueueChoice::Common) => true,
        (Status::Transferred, _) if t.target_agent_id == Some(agent_id) => true,
        (Status::Transferred, QueueChoice::Service(s)) => t.service_id == s,
        _ => false,
    }
}

/// The queue key of a waiting ticket: the common queue, or a service's after a transfer.
fn stage(t: &ticket::Model) -> Option<i32> {
    (t.status == Status::Transferred).then_some(t.service_id)
}

/// Today's waiting tickets of a site, with what the ordering module sees of each.
pub async fn waiting_today<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<(ticket::Model, Waiting)>, DbErr> {
    let tickets = ticket::Entity::find()
        .filter(ticket::Column::SiteId.eq(site_id))
        .filter(ticket::Column::Day.eq(paris_today(now)))
        .filter(ticket::Column::Status.is_in(QUEUED))
        .all(db)
        .await?;
    let ids = tickets.iter().filter_map(|t| t.appointment_id).collect();
    let appointments = appointments(db, ids).await?;
    Ok(tickets
        .into_iter()
        .map(|t| {
            let w = Waiting {
                id: t.id,
                arrival_at: t.arrival_at,
                priority: Priority::parse(&t.priority),
                appointment_at: t
                    .appointment_id
                    .and_then(|a| appointments.get(&a))
                    .map(|a| a.starts_at),
            };
            (t, w)
        })
        .collect())
}

/// How many are ahead of each waiting ticket in its own queue (common or service).
pub fn positions(
    waiting: &[(ticket::Model, Waiting)],
    now: DateTime<Utc>,
    weights: &Weights,
) -> HashMap<i32, usize> {
    let mut by_stage: HashMap<Option<i32>, Vec<Waiting>> = HashMap::new();
    for (t, w) in waiting {
        by_stage.entry(stage(t)).or_default().push(w.clone());
    }
    by_stage
        .into_values()
        .flat_map(|list| {
            order::order(list, now, weights)
                .into_iter()
                .enumerate()
                .map(|(i, w)| (w.id, i))
        })
        .collect()
}

/// A site's board as its screens show it, read now; `None`: no such site.
pub async fn board<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<Board>, DbErr> {
    let Some(site) = site::Entity::find_by_id(site_id).one(db).await? else {
        return Ok(None);
    };
    let weights = settings(db, site_id).await?.weights;
    let desks = desk::Entity::find()
        .filter(desk::Column::SiteId.eq(site_id))
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.label))
        .collect();
    let services = services(db).await?;
    let called = ticket::Entity::find()
        .filter(ticket::Column::SiteId.eq(site_id))
        .filter(ticket::Column::Day.eq(paris_today(now)))
        .filter(ticket::Column::CalledAt.is_not_null())
        .order_by_desc(ticket::Column::CalledAt)
        .all(db)
        .await?;
    let visit_lengths = contact::Entity::find()
        .filter(contact::Column::SiteId.eq(site_id))
        .filter(contact::Column::Channel.eq("desk"))
        .filter(contact::Column::StartedAt.gte(now - Duration::hours(12)))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|c| Some((c.ended_at? - c.started_at).num_seconds().max(0) as u32))
        .collect();
    let waiting = waiting_today(db, site_id, now).await?;
    let places = positions(&waiting, now, &weights);
    let today = Today {
        site,
        desks,
        services,
        called,
        visit_lengths,
        waiting,
        places,
    };
    Ok(Some(today.board(now)))
}

/// "Appeler le suivant": takes the first callable ticket for this desk, atomically.
/// `Ok(None)` when nobody is waiting.
pub async fn call_next(
    db: &DatabaseConnection,
    site_id: i32,
    desk_id: i32,
    agent_id: i32,
    choice: QueueChoice,
    now: DateTime<Utc>,
) -> Result<Option<ticket::Model>, QueueError> {
    call_next_by(db, site_id, desk_id, agent_id, choice, None, now).await
}

/// [`call_next`], audited in its transaction when `by` says so.
pub async fn call_next_by(
    db: &DatabaseConnection,
    site_id: i32,
    desk_id: i32,
    agent_id: i32,
    choice: QueueChoice,
    by: Option<AuditedBy<'_>>,
    now: DateTime<Utc>,
) -> Result<Option<ticket::Model>, QueueError> {
    let txn = begin_write(db).await?;
    let site = lock_site(&txn, site_id).await?;
    desk::Entity::find_by_id(desk_id)
        .one(&txn)
        .await?
        .filter(|d| d.site_id == site_id && d.active)
        .ok_or(QueueError::NotFound)?;
    if current_of(&txn, agent_id).await?.is_some() {
        return Err(QueueError::Busy);
    }
    let settings = settings(&txn, site_id).await?;
    let waiting = waiting_today(&txn, site_id, now).await?;
    let candidates: Vec<Waiting> = waiting
        .iter()
        .filter(|(t, _)| callable(t, agent_id, choice))
        .map(|(_, w)| w.clone())
        .collect();
    let Some(id) = order::next(&candidates, now, &settings.weights) else {
        txn.rollback().await?;
        return Ok(None);
    };
    // Conditional on the status it was read with: belt and braces beside the site lock.
    let updated = ticket::Entity::update_many()
        .col_expr(ticket::Column::Status, Expr::value(Status::Called))
        .col_expr(ticket::Column::CalledAt, Expr::value(now))
        .col_expr(ticket::Column::CallCount, Expr::value(1))
        .col_expr(ticket::Column::DeskId, Expr::value(desk_id))
        .col_expr(ticket::Column::AgentId, Expr::value(agent_id))
        .filter(ticket::Column::Id.eq(id))
        .filter(ticket::Column::Status.is_in(QUEUED))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(QueueError::Stale);
    }
    // The queue moved: whoever is now three or fewer from the desk and left a number is told.
    let remaining: Vec<(ticket::Model, Waiting)> =
        waiting.into_iter().filter(|(t, _)| t.id != id).collect();
    let ahead = positions(&remaining, now, &settings.weights);
    for (t, _) in &remaining {
        if let (Some(phone), Some(&n)) = (&t.phone, ahead.get(&t.id))
            && n <= NEAR_TURN_AHEAD
        {
            let message = messages::near_turn(t, phone, site.name.clone(), n);
            crate::notifications::outbox::enqueue(&txn, &message, now).await?;
        }
    }
    notify(&txn, site_id).await?;
    let called = ticket::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(QueueError::NotFound)?;
    if let Some(by) = by {
        by.record(&txn, called.id).await?;
    }
    txn.commit().await?;
    Ok(Some(called))
}

/// What a counsellor does to the visitor in front of them.
#[derive(Clone, Debug)]
pub enum DeskAction {
    /// Call again (the screen announces it once more).
    Recall,
    /// Nobody came after enough calls.
    NoShow,
    /// The visitor is at the desk.
    Start,
    /// Send to a service's queue, or to one expert, with a note for them.
    Transfer {
        service_id: i32,
        agent_id: Option<i32>,
        note: Option<String>,
    },
    /// Set aside while the visitor fetches a document; resumed by the same agent.
    SetAside,
    Resume,
    /// End of the visit.
    Close {
        outcome: Outcome,
        note: Option<String>,
    },
}

impl DeskAction {
    pub fn audit_name(&self) -> &'static str {
        match self {
            DeskAction::Recall => "ticket.recall",
            DeskAction::NoShow => "ticket.no_show",
            DeskAction::Start => "ticket.start",
            DeskAction::Transfer { .. } => "ticket.transfer",
            DeskAction::SetAside => "ticket.set_aside",
            DeskAction::Resume => "ticket.resume",
            DeskAction::Close { .. } => "ticket.close",
        }
    }
}

/// Applies `action` to ticket `id` for `agent_id`, if the ticket is theirs and in a state
/// that allows it; a visit that ends becomes a desk contact with its times.
pub async fn act(
    db: &DatabaseConnection,
    hooks: &Hooks,
    id: i32,
    agent_id: i32,
    action: DeskAction,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    act_by(db, hooks, id, agent_id, action, None, now).await
}

/// [`act`], audited in its transaction when `by` says so.
pub async fn act_by(
    db: &DatabaseConnection,
    hooks: &Hooks,
    id: i32,
    agent_id: i32,
    action: DeskAction,
    by: Option<AuditedBy<'_>>,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let txn = begin_write(db).await?;
    let site_id = ticket::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(QueueError::NotFound)?
        .site_id;
    lock_site(&txn, site_id).await?;
    let t = ticket::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(QueueError::NotFound)?;
    if t.agent_id != Some(agent_id) {
        return Err(QueueError::Stale);
    }
    let status = t.status;
    let settings = settings(&txn, site_id).await?;
    let mut active = t.clone().into_active_model();
    match (&action, status) {
        (DeskAction::Recall, Status::Called) => {
            active.call_count = Set(t.call_count + 1);
            active.called_at = Set(Some(now));
        }
        (DeskAction::NoShow, Status::Called) => {
            if t.call_count < settings.max_calls {
                return Err(QueueError::TooFewCalls);
            }
            active.status = Set(Status::NoShow);
            active.ended_at = Set(Some(now));
        }
        (DeskAction::Start, Status::Called) => {
            active.status = Set(Status::InService);
            active.started_at = Set(Some(now));
            set_appointment(&txn, t.appointment_id, AppointmentStatus::InService, now).await?;
        }
        (DeskAction::SetAside, Status::InService) => {
            active.status = Set(Status::Aside);
        }
        (DeskAction::Resume, Status::Aside) => {
            if current_of(&txn, agent_id).await?.is_some() {
                return Err(QueueError::Busy);
            }
            active.status = Set(Status::InService);
        }
        (
            DeskAction::Transfer {
                service_id,
                agent_id: expert,
                note,
            },
            Status::Called | Status::InService | Status::Aside,
        ) => {
            service::Entity::find_by_id(*service_id)
                .one(&txn)
                .await?
                .ok_or(QueueError::NotFound)?;
            record_contact(&txn, &t, Outcome::Transferred, Some(*service_id), note, now).await?;
            active.status = Set(Status::Transferred);
            active.service_id = Set(*service_id);
            active.target_agent_id = Set(*expert);
            active.transfer_note = Set(note.clone());
            active.desk_id = Set(None);
            active.agent_id = Set(None);
            active.called_at = Set(None);
            active.started_at = Set(None);
            active.call_count = Set(0);
        }
        (
            DeskAction::Close { outcome, note },
            Status::Called | Status::InService | Status::Aside,
        ) => {
            let contact = record_contact(&txn, &t, *outcome, None, note, now).await?;
            if *outcome == Outcome::FollowUp {
                let visit = FollowUpVisit {
                    contact_id: contact.id,
                    site_id: t.site_id,
                    service_id: t.service_id,
                    agent_id: t.agent_id,
                    appointment_id: t.appointment_id,
                    language: t.language.clone(),
                    phone: t.phone.clone(),
                    note: note.clone(),
                };
                hooks.visit_needs_follow_up(&txn, &visit, now).await?;
            }
            active.status = Set(Status::Done);
            active.outcome = Set(Some(outcome.as_str().into()));
            active.ended_at = Set(Some(now));
            if t.started_at.is_none() {
                active.started_at = Set(t.called_at);
            }
            set_appointment(&txn, t.appointment_id, AppointmentStatus::Done, now).await?;
        }
        _ => return Err(QueueError::Stale),
    }
    let saved = active.update(&txn).await?;
    notify(&txn, site_id).await?;
    if let Some(by) = by {
        by.record(&txn, saved.id).await?;
    }
    txn.commit().await?;
    Ok(saved)
}

async fn set_appointment(
    txn: &DatabaseTransaction,
    id: Option<i32>,
    status: AppointmentStatus,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if let Some(id) = id {
        appointment::Entity::update_many()
            .col_expr(appointment::Column::Status, Expr::value(status))
            .col_expr(appointment::Column::UpdatedAt, Expr::value(now))
            .filter(appointment::Column::Id.eq(id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// One desk visit, for the indicators: how long the visitor waited for this desk (from
/// arrival, or from the previous desk's transfer), and when the visit began and ended.
async fn record_contact(
    txn: &DatabaseTransaction,
    t: &ticket::Model,
    outcome: Outcome,
    transferred_to: Option<i32>,
    note: &Option<String>,
    now: DateTime<Utc>,
) -> Result<contact::Model, DbErr> {
    let previous_end = contact::Entity::find()
        .filter(contact::Column::TicketId.eq(t.id))
        .order_by_desc(contact::Column::EndedAt)
        .one(txn)
        .await?
        .and_then(|c| c.ended_at);
    let queued_from = previous_end.unwrap_or(t.arrival_at);
    let called = t.called_at.unwrap_or(now);
    contact::ActiveModel {
        channel: Set("desk".into()),
        site_id: Set(Some(t.site_id)),
        service_id: Set(Some(t.service_id)),
        motif_id: Set(t.motif_id),
        agent_id: Set(t.agent_id),
        ticket_id: Set(Some(t.id)),
        appointment_id: Set(t.appointment_id),
        started_at: Set(t.started_at.unwrap_or(called)),
        ended_at: Set(Some(now)),
        waited_seconds: Set(Some((called - queued_from).num_seconds().max(0) as i32)),
        outcome: Set(outcome.as_str().into()),
        transferred_to_service_id: Set(transferred_to),
        note: Set(note.clone()),
        ..Default::default()
    }
    .insert(txn)
    .await
}

/// The resident gives up their place from their phone.
pub async fn cancel_by_resident(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let txn = begin_write(db).await?;
    let t = by_token(&txn, token).await?.ok_or(QueueError::NotFound)?;
    lock_site(&txn, t.site_id).await?;
    let updated = ticket::Entity::update_many()
        .col_expr(ticket::Column::Status, Expr::value(Status::Cancelled))
        .col_expr(ticket::Column::EndedAt, Expr::value(now))
        .filter(ticket::Column::Id.eq(t.id))
        .filter(ticket::Column::Status.is_in(QUEUED))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(QueueError::Stale);
    }
    notify(&txn, t.site_id).await?;
    let saved = ticket::Entity::find_by_id(t.id)
        .one(&txn)
        .await?
        .ok_or(QueueError::NotFound)?;
    txn.commit().await?;
    Ok(saved)
}

pub async fn by_token<C: ConnectionTrait>(
    db: &C,
    token: &str,
) -> Result<Option<ticket::Model>, DbErr> {
    // Tokens are 32 hex digits; anything else cannot match and is not worth a query.
    if token.len() != 32 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    ticket::Entity::find()
        .filter(ticket::Column::PublicToken.eq(token))
        .one(db)
        .await
}

/// How many are ahead of this ticket now (None once it is no longer waiting).
pub async fn ahead_of<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    now: DateTime<Utc>,
) -> Result<Option<usize>, DbErr> {
    if !t.status.is_queued() {
        return Ok(None);
    }
    let settings = settings(db, t.site_id).await?;
    let waiting = waiting_today(db, t.site_id, now).await?;
    Ok(positions(&waiting, now, &settings.weights)
        .get(&t.id)
        .copied())
}
