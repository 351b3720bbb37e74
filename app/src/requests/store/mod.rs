//! Requests and contacts in the database: opening a request (from the public form, a
//! logged contact or a desk visit), its history, its deadline counted again after every
//! event, the agents' list, and the resident's follow-up.

pub mod alerts;
pub mod letters;
pub mod mail;
pub mod templates;

use super::acknowledgement;
use super::deadline::{self, NeverOpen, SiteCalendar};
use super::files;
use super::model::{
    AcknowledgementView, Action, ActionForm, AnswerForm, ContactForm, ContactOutcome, EventRow,
    FileRow, FollowView, FollowedRequest, PAGE_SIZE, RequestDetail, RequestFilter, RequestRow,
    RequestsView, ServiceCard, Standing, SubmitChoices, SubmitForm, TemplateRow,
};
use super::replies::{self, Means, Reach, Told};
use super::rules::{self, Rule};
use crate::audit::staff_action;
use crate::calendar::store::site_calendar;
use crate::components::fields::Choice;
use crate::contact_details::Contact;
use crate::contact_details::PhoneNumber;
use crate::errors::{FeatureError, Refusal};
use crate::hooks::FollowUpVisit;
use crate::i18n::dates::{long_date, paris_date, paris_stamp};
use crate::i18n::names::service_name;
use crate::i18n::{Locale, text};
use crate::notifications::outbox::{Channel as OutboxChannel, Outgoing, enqueue};
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::staff::tokens::new_check_code;
use crate::state::PublicUrl;
use crate::statuses::{Channel, RequestKind, RequestStatus};
use crate::store::begin_write;
use crate::store::entities::{
    appointment, contact, deadline_rule, device, reply_template, request, request_counter,
    request_event, request_file, service, site,
};
use crate::store::names::{agent_names, service_names};
use chrono::{DateTime, Datelike, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    IntoActiveModel, Order, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set,
};

/// Wrong check codes in a row before `/suivi` stops looking for a while.
pub const LOOKUP_TRIES: i32 = 5;
/// How long `/suivi` refuses to look after too many wrong codes.
pub const LOOKUP_PAUSE_MINUTES: i64 = 15;

#[derive(Debug, thiserror::Error)]
pub enum RequestsError {
    #[error("not found")]
    NotFound,
    /// What was typed is refused; the Fluent id says why.
    #[error("refused: {0}")]
    Invalid(&'static str),
    /// The request's status does not allow this action (any more).
    #[error("not in this status")]
    NotNow,
    /// The site has no opening hours at all: no deadline can be counted.
    #[error("no calendar")]
    NoCalendar,
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl FeatureError for RequestsError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            RequestsError::NotFound => Some(Refusal::NotFound),
            RequestsError::Invalid(id) => Some(Refusal::Invalid(id)),
            RequestsError::NotNow => Some(Refusal::Invalid("requests-error-not-now")),
            RequestsError::NoCalendar => Some(Refusal::Invalid("requests-error-no-calendar")),
            RequestsError::Db(_) => None,
        }
    }
}

impl From<NeverOpen> for RequestsError {
    fn from(_: NeverOpen) -> Self {
        RequestsError::NoCalendar
    }
}

/// Everything a new request starts with.
#[derive(Clone, Debug)]
pub struct NewRequest {
    pub channel: Channel,
    pub kind: RequestKind,
    pub subject: String,
    pub description: String,
    /// `None`: the town's first site (the town hall).
    pub site_id: Option<i32>,
    pub service_id: Option<i32>,
    pub owner: Option<i32>,
    pub contact_id: Option<i32>,
    pub received_at: DateTime<Utc>,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub postal_address: String,
    pub language: String,
    /// Who registered it (none for the public form).
    pub agent_id: Option<i32>,
}

/// Opens a request inside `txn`: its reference (the year's next number), its check code,
/// its first event and its deadline.
pub async fn open<C: ConnectionTrait>(
    txn: &C,
    new: NewRequest,
    now: DateTime<Utc>,
) -> Result<request::Model, RequestsError> {
    let site_id = match new.site_id {
        Some(id) => Some(id),
        None => main_site(txn).await?,
    };
    let number = next_number(txn, new.received_at.year()).await?;
    let calendar = calendar_of(txn, site_id, new.received_at).await?;
    let allowance = rules::allowance_for(&deadline_rules(txn).await?, new.channel, new.kind);
    let Timing { due_at, warn_at } = timing(&calendar, new.received_at, allowance, &[])?;
    let saved = request::ActiveModel {
        reference: Set(rules::reference(new.received_at.year(), number)),
        check_code: Set(new_check_code()),
        channel: Set(new.channel),
        kind: Set(new.kind),
        subject: Set(new.subject),
        status: Set(RequestStatus::Received),
        site_id: Set(site_id),
        service_id: Set(new.service_id),
        owner_agent_id: Set(new.owner),
        contact_id: Set(new.contact_id),
        received_at: Set(new.received_at),
        due_at: Set(Some(due_at)),
        warn_at: Set(warn_at),
        due_on: Set(deadline::due_date(due_at)),
        contact_name: Set(new.name),
        phone: Set(new.phone),
        email: Set(new.email),
        postal_address: Set(new.postal_address),
        language: Set(new.language),
        description: Set(new.description),
        created_at: Set(now),
        answered_at: Set(None),
        closed_at: Set(None),
        lookup_failures: Set(0),
        lookup_blocked_until: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    event(
        txn,
        saved.id,
        new.agent_id,
        "created",
        String::new(),
        Some(RequestStatus::Received),
        new.received_at,
    )
    .await?;
    Ok(saved)
}

/// The year's next number, one at a time whatever the number of servers: the counter's
/// row is locked until the transaction ends.
async fn next_number<C: ConnectionTrait>(txn: &C, year: i32) -> Result<i32, DbErr> {
    request_counter::Entity::insert(request_counter::ActiveModel {
        year: Set(year),
        last: Set(0),
    })
    .on_conflict(
        OnConflict::column(request_counter::Column::Year)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(txn)
    .await?;
    let counter = request_counter::Entity::find_by_id(year)
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("request_counter".into()))?;
    let next = counter.last + 1;
    let mut active = counter.into_active_model();
    active.last = Set(next);
    active.update(txn).await?;
    Ok(next)
}

async fn main_site<C: ConnectionTrait>(db: &C) -> Result<Option<i32>, DbErr> {
    Ok(site::Entity::find()
        .filter(site::Column::Active.eq(true))
        .order_by_asc(site::Column::Id)
        .one(db)
        .await?
        .map(|s| s.id))
}

/// A site's calendar from `from` on, with the closures of the next three years.
async fn calendar_of<C: ConnectionTrait>(
    db: &C,
    site_id: Option<i32>,
    from: DateTime<Utc>,
) -> Result<SiteCalendar, RequestsError> {
    let site_id = site_id.ok_or(RequestsError::NoCalendar)?;
    let site = site::Entity::find_by_id(site_id)
        .one(db)
        .await?
        .ok_or(RequestsError::NoCalendar)?;
    let start = paris_date(from);
    let (weekly, closures) =
        site_calendar(db, site_id, start, start + Duration::days(3 * 366)).await?;
    Ok(SiteCalendar {
        weekly,
        closures,
        alsace_moselle: site.alsace_moselle,
    })
}

async fn deadline_rules<C: ConnectionTrait>(db: &C) -> Result<Vec<Rule>, DbErr> {
    Ok(deadline_rule::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| Rule {
            channel: r.channel,
            kind: r.kind,
            amount: r.amount,
            unit: r.unit,
        })
        .collect())
}

/// The stored columns of a clock: when it is due (see [`rules::due`]), from when it is
/// "due soon" while it runs, and the date residents read.
struct Timing {
    due_at: DateTime<Utc>,
    warn_at: Option<DateTime<Utc>>,
}

fn timing(
    calendar: &SiteCalendar,
    received_at: DateTime<Utc>,
    allowance: deadline::Allowance,
    pauses: &[deadline::Pause],
) -> Result<Timing, RequestsError> {
    let (due_at, running) = rules::due(calendar, received_at, allowance, pauses)?;
    let warn_at = match running {
        // Never before reception: a short deadline is "due soon" from the start.
        true => Some(deadline::warn_at(calendar, due_at)?.max(received_at)),
        false => None,
    };
    Ok(Timing { due_at, warn_at })
}

/// Counts the deadline again from the request's reception, its kind and every status its
/// history went through, and stores it.
async fn recount<C: ConnectionTrait>(
    txn: &C,
    r: request::Model,
) -> Result<request::Model, RequestsError> {
    let changes: Vec<(DateTime<Utc>, RequestStatus)> = request_event::Entity::find()
        .filter(request_event::Column::RequestId.eq(r.id))
        .filter(request_event::Column::Status.is_not_null())
        .order_by_asc(request_event::Column::At)
        .order_by_asc(request_event::Column::Id)
        .all(txn)
        .await?
        .into_iter()
        .filter_map(|e| Some((e.at, e.status?)))
        .collect();
    let pauses = rules::pauses(RequestStatus::Received, changes);
    let calendar = calendar_of(txn, r.site_id, r.received_at).await?;
    let allowance = rules::allowance_for(&deadline_rules(txn).await?, r.channel, r.kind);
    let Timing { due_at, warn_at } = timing(&calendar, r.received_at, allowance, &pauses)?;
    let mut active = r.into_active_model();
    active.due_at = Set(Some(due_at));
    active.warn_at = Set(warn_at);
    active.due_on = Set(deadline::due_date(due_at));
    Ok(active.update(txn).await?)
}

/// Writes one event of a request's history; its id.
async fn event<C: ConnectionTrait>(
    txn: &C,
    request_id: i32,
    agent_id: Option<i32>,
    kind: &str,
    body: String,
    status: Option<RequestStatus>,
    at: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let saved = request_event::ActiveModel {
        request_id: Set(request_id),
        at: Set(at),
        agent_id: Set(agent_id),
        kind: Set(kind.to_owned()),
        body: Set(body),
        status: Set(status),
        means: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(saved.id)
}

/// The event a request was registered with, which its first files belong to.
async fn first_event_id<C: ConnectionTrait>(txn: &C, request_id: i32) -> Result<i32, DbErr> {
    request_event::Entity::find()
        .filter(request_event::Column::RequestId.eq(request_id))
        .order_by_asc(request_event::Column::Id)
        .one(txn)
        .await?
        .map(|e| e.id)
        .ok_or_else(|| DbErr::RecordNotFound("request_event".into()))
}

/// Keeps a file with a request (a letter's scan, an e-mail's attachment).
async fn keep_file<C: ConnectionTrait>(
    txn: &C,
    request_id: i32,
    event_id: Option<i32>,
    name: &str,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    request_file::ActiveModel {
        request_id: Set(request_id),
        event_id: Set(event_id),
        file_name: Set(name.to_owned()),
        content_type: Set(files::served_type(bytes).to_owned()),
        size: Set(i32::try_from(bytes.len()).unwrap_or(i32::MAX)),
        content: Set(bytes.to_vec()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// The public form: the request and its web contact, saved together; the reference and
/// check code to show at once.
pub async fn submit(
    db: &DatabaseConnection,
    form: &SubmitForm,
    locale: Locale,
    public_url: &PublicUrl,
    now: DateTime<Utc>,
) -> Result<(String, String), RequestsError> {
    let subject = rules::subject(&form.subject).map_err(RequestsError::Invalid)?;
    let postal_address =
        rules::postal_address(&form.postal_address).map_err(RequestsError::Invalid)?;
    let message = rules::text(&form.message, true).map_err(RequestsError::Invalid)?;
    let kind = RequestKind::parse(&form.kind).unwrap_or(RequestKind::Information);
    let who = Contact::parse(&form.name, &form.phone, &form.email)
        .map_err(|errors| RequestsError::Invalid(errors[0].message_id()))?;
    let txn = begin_write(db).await?;
    let service_id = match form.service {
        Some(id) => Some(active_service(&txn, id).await?.id),
        None => None,
    };
    let contact = contact::ActiveModel {
        channel: Set(Channel::Web.as_str().into()),
        service_id: Set(service_id),
        started_at: Set(now),
        ended_at: Set(Some(now)),
        outcome: Set("follow_up".into()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let saved = open(
        &txn,
        NewRequest {
            channel: Channel::Web,
            kind,
            subject,
            description: message,
            site_id: None,
            service_id,
            owner: None,
            contact_id: Some(contact.id),
            received_at: now,
            name: who.name,
            phone: who.phone.map(|p| p.as_str().to_owned()),
            email: who.email.map(|e| e.as_str().to_owned()),
            postal_address,
            language: locale.code().into(),
            agent_id: None,
        },
        now,
    )
    .await?;
    acknowledge_by_email(&txn, &saved, public_url, now).await?;
    txn.commit().await?;
    Ok((saved.reference, saved.check_code))
}

async fn active_service<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<service::Model, RequestsError> {
    service::Entity::find_by_id(id)
        .filter(service::Column::Active.eq(true))
        .one(db)
        .await?
        .ok_or(RequestsError::Invalid("requests-error-service"))
}

/// The services a resident or an agent may choose, in `locale`.
async fn service_choices<C: ConnectionTrait>(db: &C, locale: Locale) -> Result<Vec<Choice>, DbErr> {
    Ok(service::Entity::find()
        .filter(service::Column::Active.eq(true))
        .order_by_asc(service::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|s| Choice::new(s.id.to_string(), service_name(locale, &s.slug, &s.name)))
        .collect())
}

/// What the public form offers.
pub async fn submit_choices(
    db: &DatabaseConnection,
    locale: Locale,
) -> Result<SubmitChoices, RequestsError> {
    Ok(SubmitChoices {
        services: service_choices(db, locale).await?,
    })
}

/// A contact logged by an agent: an instant answer, or one that opens a request. Both
/// saved together, or neither. Returns the request's reference when one was opened.
pub async fn log_contact(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    public_url: &PublicUrl,
    form: &ContactForm,
    now: DateTime<Utc>,
) -> Result<Option<String>, RequestsError> {
    let channel =
        Channel::parse(&form.channel).ok_or(RequestsError::Invalid("requests-error-channel"))?;
    let outcome = form
        .outcome()
        .ok_or(RequestsError::Invalid("requests-error-outcome"))?;
    let note = rules::text(&form.note, false).map_err(RequestsError::Invalid)?;
    // A follow-up needs what to answer and how to reach the resident.
    let follow = match outcome {
        ContactOutcome::Answered => None,
        ContactOutcome::FollowUp => {
            let subject = rules::subject(&form.subject).map_err(RequestsError::Invalid)?;
            let who = Contact::parse(&form.name, &form.phone, &form.email)
                .map_err(|errors| RequestsError::Invalid(errors[0].message_id()))?;
            let kind = RequestKind::parse(&form.kind).unwrap_or(RequestKind::Information);
            let address =
                rules::postal_address(&form.postal_address).map_err(RequestsError::Invalid)?;
            Some((subject, who, kind, address))
        }
    };
    let txn = begin_write(db).await?;
    let site_id = match form.site {
        Some(id) => Some(id),
        None => workstation_site(&txn, identity.device_id).await?,
    };
    let service_id = match form.service {
        Some(id) => Some(active_service(&txn, id).await?.id),
        None => None,
    };
    let contact = contact::ActiveModel {
        channel: Set(channel.as_str().into()),
        site_id: Set(site_id),
        service_id: Set(service_id),
        agent_id: Set(Some(identity.agent_id)),
        started_at: Set(now),
        ended_at: Set(Some(now)),
        outcome: Set(match outcome {
            ContactOutcome::Answered => "handled",
            ContactOutcome::FollowUp => "follow_up",
        }
        .into()),
        note: Set((!note.is_empty()).then(|| note.clone())),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let reference = match follow {
        None => None,
        Some((subject, who, kind, postal_address)) => {
            let opened = open(
                &txn,
                NewRequest {
                    channel,
                    kind,
                    subject,
                    description: note,
                    site_id,
                    service_id,
                    owner: Some(identity.agent_id),
                    contact_id: Some(contact.id),
                    received_at: now,
                    name: who.name,
                    phone: who.phone.map(|p| p.as_str().to_owned()),
                    email: who.email.map(|e| e.as_str().to_owned()),
                    postal_address,
                    language: "fr".into(),
                    agent_id: Some(identity.agent_id),
                },
                now,
            )
            .await?;
            acknowledge_by_email(&txn, &opened, public_url, now).await?;
            staff_action(
                &txn,
                identity,
                "request.open",
                "request",
                Some(opened.reference.clone()),
            )
            .await?;
            Some(opened.reference)
        }
    };
    txn.commit().await?;
    Ok(reference)
}

async fn workstation_site<C: ConnectionTrait>(
    db: &C,
    device_id: i32,
) -> Result<Option<i32>, DbErr> {
    Ok(device::Entity::find_by_id(device_id)
        .one(db)
        .await?
        .and_then(|d| d.site_id))
}

/// A desk visit closed as needing a follow-up becomes a request, inside the closing's
/// transaction (the `visit_needs_follow_up` hook).
pub async fn open_from_desk<C: ConnectionTrait>(
    txn: &C,
    visit: &FollowUpVisit,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let booked = match visit.appointment_id {
        Some(id) => appointment::Entity::find_by_id(id).one(txn).await?,
        None => None,
    };
    let note = visit.note.clone().unwrap_or_default();
    // The subject is the counsellor's note, on one line; the note itself is kept whole.
    let subject = rules::subject(&note).unwrap_or_else(|_| "—".into());
    let subject: String = subject.chars().take(super::model::MAX_SUBJECT).collect();
    let opened = open(
        txn,
        NewRequest {
            channel: Channel::Desk,
            kind: RequestKind::Information,
            subject,
            description: note,
            site_id: Some(visit.site_id),
            service_id: Some(visit.service_id),
            owner: visit.agent_id,
            contact_id: Some(visit.contact_id),
            received_at: now,
            name: booked
                .as_ref()
                .map(|a| a.contact_name.clone())
                .unwrap_or_default(),
            phone: booked
                .as_ref()
                .and_then(|a| a.phone.clone())
                .or_else(|| visit.phone.clone()),
            email: booked.as_ref().and_then(|a| a.email.clone()),
            postal_address: String::new(),
            language: visit.language.clone(),
            agent_id: visit.agent_id,
        },
        now,
    )
    .await;
    match opened {
        Ok(_) => Ok(()),
        Err(RequestsError::Db(e)) => Err(e),
        // No calendar to count on: the visit still closes, and says why in the log.
        Err(e) => {
            tracing::warn!(error = %e, "a desk follow-up opened no request");
            Err(DbErr::Custom(format!("follow-up request not opened: {e}")))
        }
    }
}

/// Where a request stands against its deadline at `now`.
fn standing(r: &request::Model, now: DateTime<Utc>) -> Standing {
    match (r.status.clock_runs(), r.due_at) {
        (true, Some(due)) if now > due => Standing::Late,
        (true, Some(_)) if r.warn_at.is_some_and(|w| w <= now) => Standing::DueSoon,
        (true, Some(_)) => Standing::OnTime,
        _ => Standing::Stopped,
    }
}

const RUNNING: [RequestStatus; 2] = [RequestStatus::Received, RequestStatus::InProgress];

/// The agents' list: the filter's page, with the counts of late and due-soon requests.
pub async fn list(
    db: &DatabaseConnection,
    me: Me,
    agent_id: i32,
    filter: RequestFilter,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<RequestsView, RequestsError> {
    let by_service = |q: sea_orm::Select<request::Entity>| {
        let q = match filter.service {
            Some(id) => q.filter(request::Column::ServiceId.eq(id)),
            None => q,
        };
        match filter.mine {
            true => q.filter(request::Column::OwnerAgentId.eq(agent_id)),
            false => q,
        }
    };
    let owned = || {
        request::Entity::find()
            .filter(request::Column::OwnerAgentId.eq(agent_id))
            .filter(request::Column::Status.is_in(RUNNING))
    };
    let my_late = owned()
        .filter(request::Column::DueAt.lt(now))
        .count(db)
        .await?;
    let my_due_soon = owned()
        .filter(request::Column::DueAt.gte(now))
        .filter(request::Column::WarnAt.lte(now))
        .count(db)
        .await?;
    let late_query = || {
        by_service(request::Entity::find())
            .filter(request::Column::Status.is_in(RUNNING))
            .filter(request::Column::DueAt.lt(now))
    };
    let soon_query = || {
        by_service(request::Entity::find())
            .filter(request::Column::Status.is_in(RUNNING))
            .filter(request::Column::DueAt.gte(now))
            .filter(request::Column::WarnAt.lte(now))
    };
    let query = match filter.due {
        Some(Standing::Late) => late_query(),
        Some(Standing::DueSoon) => soon_query(),
        _ => by_service(request::Entity::find()).filter(match filter.status {
            Some(s) => request::Column::Status.eq(s),
            None => request::Column::Status.is_in(RequestStatus::OPEN),
        }),
    };
    let total = query.clone().count(db).await?;
    let late = late_query().count(db).await?;
    let due_soon = soon_query().count(db).await?;
    let page = query
        // Earliest deadline first; stopped clocks after, oldest first.
        .order_by(request::Column::DueAt.is_null(), Order::Asc)
        .order_by_asc(request::Column::DueAt)
        .order_by_asc(request::Column::ReceivedAt)
        .offset(filter.page * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(db)
        .await?;
    let services = service_names(db, locale).await?;
    let agents = agent_names(db).await?;
    let rows = page
        .into_iter()
        .map(|r| RequestRow {
            standing: standing(&r, now),
            reference: r.reference,
            subject: r.subject,
            channel: r.channel,
            kind: r.kind,
            status: r.status,
            service: r.service_id.and_then(|id| services.get(&id).cloned()),
            owner: r.owner_agent_id.and_then(|id| agents.get(&id).cloned()),
            due: r.due_at.map(paris_stamp),
        })
        .collect();
    let sites = site::Entity::find()
        .filter(site::Column::Active.eq(true))
        .order_by_asc(site::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|s| Choice::new(s.id.to_string(), s.name))
        .collect();
    Ok(RequestsView {
        me,
        filter,
        rows,
        total,
        late,
        due_soon,
        my_late,
        my_due_soon,
        services: service_choices(db, locale).await?,
        sites,
        site: None,
    })
}

/// The site of the agent's workstation, for the contact log's first choice.
pub async fn site_of_workstation(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
) -> Result<Option<i32>, RequestsError> {
    Ok(workstation_site(db, identity.device_id).await?)
}

async fn by_reference<C: ConnectionTrait>(
    db: &C,
    reference: &str,
) -> Result<Option<request::Model>, DbErr> {
    match rules::normalise_reference(reference) {
        Some(r) => {
            request::Entity::find()
                .filter(request::Column::Reference.eq(r))
                .one(db)
                .await
        }
        None => Ok(None),
    }
}

/// One request for an agent, with its whole history. The read is audited: it shows a
/// resident's contact details.
pub async fn detail(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    me: Me,
    reference: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<RequestDetail, RequestsError> {
    let r = by_reference(db, reference)
        .await?
        .ok_or(RequestsError::NotFound)?;
    let events = request_event::Entity::find()
        .filter(request_event::Column::RequestId.eq(r.id))
        .order_by_asc(request_event::Column::At)
        .order_by_asc(request_event::Column::Id)
        .all(db)
        .await?;
    let services = service_names(db, locale).await?;
    let agents = agent_names(db).await?;
    staff_action(
        db,
        identity,
        "request.read",
        "request",
        Some(r.reference.clone()),
    )
    .await?;
    let language = Locale::from_tag(&r.language)
        .map(|l| text(locale, &format!("language-{}", l.code())))
        .unwrap_or_else(|| r.language.clone());
    let reach = reach(&r);
    let files = files_of(db, r.id, &r.reference).await?;
    let reference = r.reference.clone();
    Ok(RequestDetail {
        me,
        standing: standing(&r, now),
        reference: r.reference,
        check_code: r.check_code,
        subject: r.subject,
        description: r.description,
        channel: r.channel,
        kind: r.kind,
        status: r.status,
        service: r.service_id.and_then(|id| services.get(&id).cloned()),
        service_id: r.service_id,
        owner: r.owner_agent_id.and_then(|id| agents.get(&id).cloned()),
        received: paris_stamp(r.received_at),
        due: r.due_at.map(paris_stamp),
        contact_name: r.contact_name,
        phone: r.phone,
        email: r.email,
        language,
        events: events
            .into_iter()
            .map(|e| {
                let means = e.means.as_deref().and_then(Means::parse);
                EventRow {
                    at: paris_stamp(e.at),
                    agent: e.agent_id.and_then(|id| agents.get(&id).cloned()),
                    what: format!("requests-event-{}", e.kind),
                    status: e.status,
                    means: means.map(|m| m.message_id().to_owned()),
                    letter: (means == Some(Means::Letter))
                        .then(|| super::model::letter_path(&reference, e.id)),
                    body: e.body,
                }
            })
            .collect(),
        services: service_choices(db, locale).await?,
        files,
        templates: templates_for(db, r.kind, &r.language).await?,
        means: Means::ALL
            .into_iter()
            .filter(|m| m.unusable(&reach).is_none())
            .collect(),
    })
}

/// One action of an agent on a request: its event, its status, and its deadline counted
/// again, in one transaction that holds the request's row (two agents at once each add
/// their event; neither is lost).
/// What an action did: the request, and the letter to print when the reply or question
/// goes by post (its event).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acted {
    pub reference: String,
    pub letter: Option<i32>,
}

pub async fn act(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    public_url: &PublicUrl,
    form: &ActionForm,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Acted, RequestsError> {
    let action =
        Action::parse(&form.action).ok_or(RequestsError::Invalid("requests-error-action"))?;
    let body = rules::text(&form.text, action.needs_text()).map_err(RequestsError::Invalid)?;
    let reference = rules::normalise_reference(&form.reference).ok_or(RequestsError::NotFound)?;
    let txn = begin_write(db).await?;
    let r = request::Entity::find()
        .filter(request::Column::Reference.eq(reference.clone()))
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(RequestsError::NotFound)?;
    if !action.allowed_from(r.status) {
        return Err(RequestsError::NotNow);
    }
    // A reply or a question reaches the resident by the means chosen, if it can.
    let told = match action {
        Action::Reply => Some(Told::Reply),
        Action::AskResident => Some(Told::Question),
        _ => None,
    };
    let means = match (told, form.means.as_str()) {
        (None, _) => None,
        (Some(_), "") => Some(Means::FollowPage),
        (Some(_), m) => {
            let means = Means::parse(m).ok_or(RequestsError::Invalid("requests-error-means"))?;
            if let Some(why) = means.unusable(&reach(&r)) {
                return Err(RequestsError::Invalid(why));
            }
            Some(means)
        }
    };
    let mut active = r.clone().into_active_model();
    let mut merged_into = None;
    let (kind, body) = match action {
        Action::Note => ("note", body),
        Action::Merge => {
            let kept = merge_target(&txn, &r, &form.target).await?;
            active.merged_into_id = Set(Some(kept.id));
            active.closed_at = Set(Some(now));
            let moved = format!("→ {}\n{body}", kept.reference);
            merged_into = Some(kept);
            ("merged", moved.trim_end().to_owned())
        }
        Action::Take => {
            active.owner_agent_id = Set(Some(identity.agent_id));
            ("assigned", body)
        }
        Action::AskResident | Action::ResidentAnswered | Action::Reopen => ("status", body),
        Action::Reply => {
            active.answered_at = Set(Some(now));
            ("reply", body)
        }
        Action::Close => {
            active.closed_at = Set(Some(now));
            ("status", body)
        }
        Action::Transfer => {
            let target = active_service(
                &txn,
                form.service
                    .ok_or(RequestsError::Invalid("requests-error-service"))?,
            )
            .await?;
            if Some(target.id) == r.service_id {
                return Err(RequestsError::Invalid("requests-error-same-service"));
            }
            active.service_id = Set(Some(target.id));
            active.owner_agent_id = Set(None);
            let name = service_name(locale, &target.slug, &target.name);
            ("transfer", format!("→ {name}\n{body}"))
        }
        Action::ChangeKind => {
            let kind = RequestKind::parse(&form.kind)
                .ok_or(RequestsError::Invalid("requests-error-kind"))?;
            if kind == r.kind {
                return Err(RequestsError::Invalid("requests-error-same-kind"));
            }
            active.kind = Set(kind);
            ("kind", kind.as_str().to_owned())
        }
    };
    if let Some(status) = action.status_after() {
        active.status = Set(status);
        if action == Action::Reopen {
            active.closed_at = Set(None);
        }
    }
    let changed = active.update(&txn).await?;
    let event_id = event(
        &txn,
        r.id,
        Some(identity.agent_id),
        kind,
        body.clone(),
        action.status_after(),
        now,
    )
    .await?;
    let changed = recount(&txn, changed).await?;
    if let Some(kept) = merged_into {
        // What the duplicate said, and its files, go to the request kept.
        let said = [r.subject.as_str(), r.description.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        event(
            &txn,
            kept.id,
            Some(identity.agent_id),
            "merged",
            format!("← {}\n{said}", r.reference),
            None,
            now,
        )
        .await?;
        request_file::Entity::update_many()
            .col_expr(request_file::Column::RequestId, Expr::value(kept.id))
            .filter(request_file::Column::RequestId.eq(r.id))
            .exec(&txn)
            .await?;
    }
    let mut letter = None;
    if let (Some(told), Some(means)) = (told, means) {
        request_event::Entity::update_many()
            .col_expr(request_event::Column::Means, Expr::value(means.as_str()))
            .filter(request_event::Column::Id.eq(event_id))
            .exec(&txn)
            .await?;
        let (service, place) = in_charge(&txn, &changed).await?;
        let facts = acknowledgement_facts(&changed, service.as_ref(), place.as_ref(), public_url);
        let message = told_message(&changed, told, body, &facts);
        let resident = Locale::from_tag(&changed.language).unwrap_or_default();
        let outgoing = |channel, recipient: String, subject, body| Outgoing {
            channel,
            recipient,
            language: resident.code().into(),
            template: format!("request-{}", told_template(told)),
            subject,
            body,
            idempotency_key: format!("request-event:{event_id}:{}", means.as_str()),
        };
        match means {
            Means::Email => {
                let (subject, body) = message.email(resident);
                let to = changed.email.clone().unwrap_or_default();
                enqueue(
                    &txn,
                    &outgoing(OutboxChannel::Email, to, Some(subject), body),
                    now,
                )
                .await?;
            }
            Means::Sms => {
                let to = changed.phone.clone().unwrap_or_default();
                let text = message.sms(resident);
                enqueue(&txn, &outgoing(OutboxChannel::Sms, to, None, text), now).await?;
            }
            Means::Letter => letter = Some(event_id),
            Means::FollowPage => {}
        }
    }
    staff_action(
        &txn,
        identity,
        &format!("request.{}", action.as_str()),
        "request",
        Some(reference.clone()),
    )
    .await?;
    txn.commit().await?;
    Ok(Acted { reference, letter })
}

/// The request a duplicate is merged into, its row held: another open request of the same
/// resident (the same e-mail or phone), not itself merged.
async fn merge_target<C: ConnectionTrait>(
    txn: &C,
    duplicate: &request::Model,
    typed: &str,
) -> Result<request::Model, RequestsError> {
    let reference = rules::normalise_reference(typed)
        .ok_or(RequestsError::Invalid("requests-error-merge-target"))?;
    if reference == duplicate.reference {
        return Err(RequestsError::Invalid("requests-error-merge-same"));
    }
    let kept = request::Entity::find()
        .filter(request::Column::Reference.eq(reference))
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(RequestsError::Invalid("requests-error-merge-target"))?;
    if kept.merged_into_id.is_some() || !RequestStatus::OPEN.contains(&kept.status) {
        return Err(RequestsError::Invalid("requests-error-merge-closed"));
    }
    let same = |a: &Option<String>, b: &Option<String>| matches!((a, b), (Some(a), Some(b)) if a.eq_ignore_ascii_case(b));
    if !same(&duplicate.email, &kept.email) && !same(&duplicate.phone, &kept.phone) {
        return Err(RequestsError::Invalid(
            "requests-error-merge-other-resident",
        ));
    }
    Ok(kept)
}

/// The templates for a request of `kind` whose resident reads `language`: that language
/// first, then French; the kind's own before those for every kind.
async fn templates_for<C: ConnectionTrait>(
    db: &C,
    kind: RequestKind,
    language: &str,
) -> Result<Vec<TemplateRow>, DbErr> {
    let mut rows: Vec<TemplateRow> = reply_template::Entity::find()
        .filter(reply_template::Column::Language.is_in([language, "fr"]))
        .all(db)
        .await?
        .into_iter()
        .filter(|t| t.kind.is_none_or(|k| k == kind))
        .map(|t| TemplateRow {
            id: t.id,
            kind: t.kind,
            language: t.language,
            title: t.title,
            body: t.body,
        })
        .collect();
    rows.sort_by_key(|t| (t.language != language, t.kind.is_none(), t.title.clone()));
    Ok(rows)
}

/// A request's files, without their bytes.
async fn files_of<C: ConnectionTrait>(
    db: &C,
    request_id: i32,
    reference: &str,
) -> Result<Vec<FileRow>, DbErr> {
    use request_file::Column as F;
    let rows: Vec<(i32, String, i32, DateTime<Utc>)> = request_file::Entity::find()
        .select_only()
        .columns([F::Id, F::FileName, F::Size, F::CreatedAt])
        .filter(F::RequestId.eq(request_id))
        .order_by_asc(F::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, size, at)| FileRow {
            name,
            kilobytes: files::kilobytes(usize::try_from(size).unwrap_or(0)),
            href: super::model::file_path(reference, id),
            added: paris_stamp(at),
        })
        .collect())
}

/// How a request can reach its resident.
fn reach(r: &request::Model) -> Reach {
    Reach {
        email: r.email.is_some(),
        mobile: r
            .phone
            .as_deref()
            .and_then(|p| PhoneNumber::parse(p).ok())
            .is_some_and(|p| p.is_probably_mobile()),
        postal: !r.postal_address.trim().is_empty(),
    }
}

fn told_template(told: Told) -> &'static str {
    match told {
        Told::Reply => "reply",
        Told::Question => "question",
    }
}

/// The message about `r` that the town sends or prints, signed by its service (the
/// facts of its acknowledgement: the code, the link, the service in charge).
fn told_message(
    r: &request::Model,
    told: Told,
    text: String,
    facts: &acknowledgement::Facts,
) -> replies::Message {
    replies::Message {
        told,
        reference: r.reference.clone(),
        code: facts.code.clone(),
        subject: r.subject.clone(),
        text,
        follow_url: facts.follow_url.clone(),
        service: facts.service.name.clone(),
    }
}

/// The request a reference and check code open, its row held by `txn`; otherwise what
/// the holder is told. A wrong code and an unknown reference are told the same; wrong
/// codes are counted (the caller commits), and too many in a row block the reference.
async fn unlock(
    txn: &sea_orm::DatabaseTransaction,
    reference: &str,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Result<request::Model, FollowView>, DbErr> {
    let Some(reference) = rules::normalise_reference(reference) else {
        return Ok(Err(FollowView::NoMatch));
    };
    let Some(r) = request::Entity::find()
        .filter(request::Column::Reference.eq(reference))
        .lock_exclusive()
        .one(txn)
        .await?
    else {
        return Ok(Err(FollowView::NoMatch));
    };
    if let Some(until) = r.lookup_blocked_until.filter(|u| *u > now) {
        return Ok(Err(FollowView::Blocked {
            minutes: (until - now).num_minutes() + 1,
        }));
    }
    if !rules::code_matches(&r.check_code, code) {
        let failures = r.lookup_failures + 1;
        let blocked = failures >= LOOKUP_TRIES;
        request::Entity::update_many()
            .col_expr(
                request::Column::LookupFailures,
                Expr::value(if blocked { 0 } else { failures }),
            )
            .col_expr(
                request::Column::LookupBlockedUntil,
                Expr::value(blocked.then(|| now + Duration::minutes(LOOKUP_PAUSE_MINUTES))),
            )
            .filter(request::Column::Id.eq(r.id))
            .exec(txn)
            .await?;
        return Ok(Err(if blocked {
            FollowView::Blocked {
                minutes: LOOKUP_PAUSE_MINUTES,
            }
        } else {
            FollowView::NoMatch
        }));
    }
    if r.lookup_failures > 0 {
        request::Entity::update_many()
            .col_expr(request::Column::LookupFailures, Expr::value(0))
            .filter(request::Column::Id.eq(r.id))
            .exec(txn)
            .await?;
    }
    Ok(Ok(r))
}

/// The resident answers what the town asked for, from `/suivi`: their answer joins the
/// history and the clock starts again. `Err(view)`: the reference and code opened
/// nothing, and the page says so as it would for a lookup.
pub async fn answer(
    db: &DatabaseConnection,
    form: &AnswerForm,
    now: DateTime<Utc>,
) -> Result<Result<(), FollowView>, RequestsError> {
    let body = rules::text(&form.text, true).map_err(RequestsError::Invalid)?;
    let txn = begin_write(db).await?;
    let r = match unlock(&txn, &form.reference, &form.code, now).await? {
        Ok(r) => r,
        Err(refused) => {
            txn.commit().await?;
            return Ok(Err(refused));
        }
    };
    // A duplicate's code answers on the request it was merged into.
    let r = match r.merged_into_id {
        Some(id) => request::Entity::find_by_id(id)
            .lock_exclusive()
            .one(&txn)
            .await?
            .ok_or(RequestsError::NotFound)?,
        None => r,
    };
    if r.status != RequestStatus::WaitingResident {
        return Err(RequestsError::NotNow);
    }
    let mut active = r.clone().into_active_model();
    active.status = Set(RequestStatus::InProgress);
    let changed = active.update(&txn).await?;
    event(
        &txn,
        r.id,
        None,
        "resident",
        body,
        Some(RequestStatus::InProgress),
        now,
    )
    .await?;
    recount(&txn, changed).await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// `/suivi`: a request as its holder may see it, if the check code matches. A wrong code
/// and an unknown reference get the same answer; after [`LOOKUP_TRIES`] wrong codes in a
/// row the reference is not looked at for [`LOOKUP_PAUSE_MINUTES`] minutes.
pub async fn follow(
    db: &DatabaseConnection,
    reference: &str,
    code: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<FollowView, RequestsError> {
    if reference.trim().is_empty() && code.trim().is_empty() {
        return Ok(FollowView::Empty);
    }
    let txn = begin_write(db).await?;
    let r = match unlock(&txn, reference, code, now).await? {
        Ok(r) => r,
        Err(refused) => {
            txn.commit().await?;
            return Ok(refused);
        }
    };
    txn.commit().await?;
    // A duplicate shows the request it was merged into: the same resident's.
    let (r, merged_from) = match r.merged_into_id {
        Some(id) => match request::Entity::find_by_id(id).one(db).await? {
            Some(kept) => (kept, Some(r.reference)),
            None => (r, None),
        },
        None => (r, None),
    };
    let last_of = |kind: &'static str, status: Option<RequestStatus>| {
        request_event::Entity::find()
            .filter(request_event::Column::RequestId.eq(r.id))
            .filter(request_event::Column::Kind.eq(kind))
            .apply_if(status, |q, s| q.filter(request_event::Column::Status.eq(s)))
            .order_by_desc(request_event::Column::At)
            .order_by_desc(request_event::Column::Id)
            .one(db)
    };
    let reply = match r.status {
        RequestStatus::Answered | RequestStatus::Closed => {
            last_of("reply", None).await?.map(|e| e.body)
        }
        _ => None,
    };
    let asked = match r.status {
        RequestStatus::WaitingResident => last_of("status", Some(RequestStatus::WaitingResident))
            .await?
            .map(|e| e.body),
        _ => None,
    };
    let (service, place) = in_charge(db, &r).await?;
    let card = service.map(|s| card(service_name(locale, &s.slug, &s.name), place.as_ref()));
    Ok(FollowView::Found(Box::new(FollowedRequest {
        reference: r.reference,
        subject: r.subject,
        status: r.status,
        received: long_date(locale, paris_date(r.received_at)),
        due: r
            .due_at
            .filter(|_| r.status.clock_runs())
            .map(|d| long_date(locale, deadline::due_date(d))),
        service: card,
        reply,
        asked,
        merged_from,
    })))
}

/// The service in charge of a request and the site its deadline is counted at.
async fn in_charge<C: ConnectionTrait>(
    db: &C,
    r: &request::Model,
) -> Result<(Option<service::Model>, Option<site::Model>), DbErr> {
    let service = match r.service_id {
        Some(id) => service::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let place = match r.site_id {
        Some(id) => site::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    Ok((service, place))
}

/// How a service is reached: at its site's address, phone and e-mail.
fn card(name: String, place: Option<&site::Model>) -> ServiceCard {
    ServiceCard {
        name,
        address: place.map(|p| format!("{}, {} {}", p.address, p.postal_code, p.city)),
        phone: place.and_then(|p| p.phone.clone()),
        email: place.and_then(|p| p.email.clone()),
    }
}

/// The facts of a request's acknowledgement: its service in charge at its site.
fn acknowledgement_facts(
    r: &request::Model,
    service: Option<&service::Model>,
    place: Option<&site::Model>,
    public_url: &PublicUrl,
) -> acknowledgement::Facts {
    // The town's own names, in French: they are what the letter box says.
    let name = service
        .map(|s| s.name.clone())
        .or_else(|| place.map(|p| p.name.clone()))
        .unwrap_or_default();
    acknowledgement::Facts {
        reference: r.reference.clone(),
        code: rules::readable_code(&r.check_code),
        subject: r.subject.clone(),
        received: paris_date(r.received_at),
        answer_by: r.due_on,
        kind: r.kind,
        service: card(name, place),
        follow_url: public_url.absolute(&super::model::follow_link(&r.reference, &r.check_code)),
    }
}

/// The acknowledgement by e-mail, in the resident's language with the French text, in the
/// transaction that registers the request (sent by the outbox after it commits).
async fn acknowledge_by_email<C: ConnectionTrait>(
    txn: &C,
    r: &request::Model,
    public_url: &PublicUrl,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let Some(email) = r.email.clone() else {
        return Ok(());
    };
    let locale = Locale::from_tag(&r.language).unwrap_or_default();
    let (service, place) = in_charge(txn, r).await?;
    let (subject, body) =
        acknowledgement_facts(r, service.as_ref(), place.as_ref(), public_url).email(locale);
    crate::notifications::outbox::enqueue(
        txn,
        &crate::notifications::outbox::Outgoing {
            channel: crate::notifications::outbox::Channel::Email,
            recipient: email,
            language: locale.code().into(),
            template: "request-acknowledgement".into(),
            subject: Some(subject),
            body,
            idempotency_key: format!("request-acknowledgement:{}:email", r.id),
        },
        now,
    )
    .await?;
    Ok(())
}

/// The acknowledgement to print for a window envelope; the read is audited (it shows the
/// resident's address).
pub async fn acknowledgement_page(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    me: Me,
    reference: &str,
    public_url: &PublicUrl,
) -> Result<AcknowledgementView, RequestsError> {
    let r = by_reference(db, reference)
        .await?
        .ok_or(RequestsError::NotFound)?;
    let (service, place) = in_charge(db, &r).await?;
    let facts = acknowledgement_facts(&r, service.as_ref(), place.as_ref(), public_url);
    staff_action(
        db,
        identity,
        "request.acknowledgement",
        "request",
        Some(r.reference.clone()),
    )
    .await?;
    let locale = Locale::from_tag(&r.language).unwrap_or_default();
    let title = match facts.silence() {
        acknowledgement::Silence::DocumentDelivered => "ack-title-document",
        acknowledgement::Silence::RejectedAfterTwoMonths => "ack-title",
    };
    let text = LetterText {
        title,
        dated: paris_date(r.received_at),
        french: facts.paragraphs(Locale::Fr),
        translated: (locale != Locale::Fr).then(|| facts.paragraphs(locale)),
    };
    Ok(letter(me, &r, &facts.service, place.as_ref(), text))
}

/// A reply or a question of a request (its event) as a letter to print; the read is
/// audited.
pub async fn reply_letter(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    me: Me,
    reference: &str,
    event_id: i32,
    public_url: &PublicUrl,
) -> Result<AcknowledgementView, RequestsError> {
    let r = by_reference(db, reference)
        .await?
        .ok_or(RequestsError::NotFound)?;
    let e = request_event::Entity::find_by_id(event_id)
        .filter(request_event::Column::RequestId.eq(r.id))
        .one(db)
        .await?
        .ok_or(RequestsError::NotFound)?;
    let (told, title) = match (e.kind.as_str(), e.status) {
        ("reply", _) => (Told::Reply, "reply-letter-title"),
        (_, Some(RequestStatus::WaitingResident)) => (Told::Question, "question-letter-title"),
        _ => return Err(RequestsError::NotFound),
    };
    let dated = paris_date(e.at);
    let (service, place) = in_charge(db, &r).await?;
    let facts = acknowledgement_facts(&r, service.as_ref(), place.as_ref(), public_url);
    let message = told_message(&r, told, e.body, &facts);
    staff_action(
        db,
        identity,
        "request.letter",
        "request",
        Some(r.reference.clone()),
    )
    .await?;
    let locale = Locale::from_tag(&r.language).unwrap_or_default();
    let text = LetterText {
        title,
        dated,
        french: message.letter(Locale::Fr, true),
        translated: (locale != Locale::Fr).then(|| message.letter(locale, false)),
    };
    Ok(letter(me, &r, &facts.service, place.as_ref(), text))
}

/// What a letter says: its title (a Fluent id), its date, its French paragraphs and
/// their translation in the resident's language.
struct LetterText {
    title: &'static str,
    dated: chrono::NaiveDate,
    french: Vec<String>,
    translated: Option<Vec<String>>,
}

/// A letter for a window envelope: the service's address above, the resident's in the
/// window, the place and date, the French text and its translation beside it.
fn letter(
    me: Me,
    r: &request::Model,
    service: &ServiceCard,
    place: Option<&site::Model>,
    text: LetterText,
) -> AcknowledgementView {
    let LetterText {
        title,
        dated,
        french,
        translated,
    } = text;
    let locale = Locale::from_tag(&r.language).unwrap_or_default();
    let mut recipient = vec![r.contact_name.clone()];
    recipient.extend(r.postal_address.lines().map(str::to_owned));
    let mut sender = vec![service.name.clone()];
    sender.extend(
        service
            .address
            .iter()
            .flat_map(|a| a.split(", ").map(str::to_owned)),
    );
    let city = place.map(|p| p.city.clone()).unwrap_or_default();
    AcknowledgementView {
        me,
        reference: r.reference.clone(),
        title: title.to_owned(),
        recipient,
        sender,
        place_and_date: format!("{city}, {}", long_date(Locale::Fr, dated)),
        french,
        translated: translated.map(|paragraphs| {
            (
                locale.code().to_owned(),
                locale.dir().to_owned(),
                paragraphs,
            )
        }),
    }
}
