//! The stored events of a stretch of time, read straight from the tables, as the pure
//! indicators take them: only the columns they need, one query per table, the reads beside
//! each other. Every event has one instant (its anchor: a visit's arrival, an appointment's
//! start, a request's receipt…) and is read when that instant is in `[from, to)`.

use crate::quality::indicators::{
    Appointment, AppointmentEnd, Contact, Events, Offer, Request, Survey, Visit,
};
use crate::statuses::{AppointmentStatus, Channel, RequestKind, TicketStatus};
use crate::store::entities::{
    appointment, contact, motif, request, survey_response, ticket, waitlist_entry,
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, JoinType, Order, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
};
use std::collections::HashMap;

/// A visit's desk contacts are read up to this long after the last arrival: a visitor who
/// arrives at closing time is still served that evening.
const SERVED_AFTER: Duration = Duration::days(1);

/// What a spawned read gave.
fn joined<T>(read: Result<Result<T, DbErr>, tokio::task::JoinError>) -> Result<T, DbErr> {
    read.map_err(|e| DbErr::Custom(format!("reading the events: {e}")))?
}

/// The desk visits of the tickets that arrived in `[from, to)`: one row per step of a
/// visit, each ticket with its desk contacts in order (a ticket never called has one row
/// and no contact), folded into visits as they come.
async fn visits_between(
    db: &DatabaseConnection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Visit>, DbErr> {
    // In this function only: its methods' names (`max`, `min`) shadow `Ord`'s elsewhere.
    use sea_orm::sea_query::ExprTrait;
    let query = Query::select()
        .columns([
            (ticket::Entity, ticket::Column::Id),
            (ticket::Entity, ticket::Column::SiteId),
            (ticket::Entity, ticket::Column::ServiceId),
            (ticket::Entity, ticket::Column::ArrivalAt),
            (ticket::Entity, ticket::Column::Status),
        ])
        .columns([
            (contact::Entity, contact::Column::ServiceId),
            (contact::Entity, contact::Column::AgentId),
            (contact::Entity, contact::Column::StartedAt),
            (contact::Entity, contact::Column::EndedAt),
            (contact::Entity, contact::Column::WaitedSeconds),
            (contact::Entity, contact::Column::Outcome),
            (contact::Entity, contact::Column::TransferredToServiceId),
        ])
        .from(ticket::Entity)
        .join(
            JoinType::LeftJoin,
            contact::Entity,
            Expr::col((contact::Entity, contact::Column::TicketId))
                .equals((ticket::Entity, ticket::Column::Id))
                .and(
                    Expr::col((contact::Entity, contact::Column::Channel))
                        .eq(Channel::Desk.as_str()),
                ),
        )
        .and_where(Expr::col((ticket::Entity, ticket::Column::ArrivalAt)).gte(from))
        .and_where(Expr::col((ticket::Entity, ticket::Column::ArrivalAt)).lt(to))
        .order_by((ticket::Entity, ticket::Column::Id), Order::Asc)
        .order_by((contact::Entity, contact::Column::StartedAt), Order::Asc)
        .order_by((contact::Entity, contact::Column::Id), Order::Asc)
        .to_owned();
    let visit_rows = db.query_all(&query).await?;
    let mut visits = Vec::new();
    let mut current: Option<(i32, Visit)> = None;
    for row in &visit_rows {
        let id: i32 = row.try_get_by_index(0)?;
        if current.as_ref().is_none_or(|(c, _)| *c != id) {
            visits.extend(current.take().map(|(_, v)| v));
            let status: TicketStatus = row.try_get_by_index(4)?;
            current = Some((
                id,
                Visit {
                    site: row.try_get_by_index(1)?,
                    service: row.try_get_by_index(2)?,
                    agent: None,
                    arrival: row.try_get_by_index(3)?,
                    waited: None,
                    served: None,
                    transfers: Vec::new(),
                    closed: status == TicketStatus::Done,
                    follow_up: false,
                },
            ));
        }
        let Some((_, visit)) = current.as_mut() else {
            continue;
        };
        let Some(started) = row.try_get_by_index::<Option<DateTime<Utc>>>(7)? else {
            continue;
        };
        let step = Step {
            service: row.try_get_by_index(5)?,
            agent: row.try_get_by_index(6)?,
            started,
            ended: row.try_get_by_index(8)?,
            waited: row.try_get_by_index(9)?,
            outcome: row.try_get_by_index(10)?,
            transferred: row.try_get_by_index(11)?,
        };
        add_step(visit, &step);
    }
    visits.extend(current.map(|(_, v)| v));
    Ok(visits)
}

/// A contact without a ticket, as read: channel, site, service, agent, started, ended,
/// waited, outcome, appointment.
type ContactRow = (
    String,
    Option<i32>,
    Option<i32>,
    Option<i32>,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<i32>,
    String,
    Option<i32>,
);

/// Every stored event whose instant is in `[from, to)`, as the indicators take them.
pub async fn read(
    db: &DatabaseConnection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Events, DbErr> {
    let motif_service: HashMap<i32, i32> = motif::Entity::find()
        .select_only()
        .columns([motif::Column::Id, motif::Column::ServiceId])
        .into_tuple::<(i32, i32)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let service_of = |m: i32| motif_service.get(&m).copied().unwrap_or_default();

    // The visits on a task of their own, beside the other reads.
    let visits = {
        let db = db.clone();
        tokio::spawn(async move { visits_between(&db, from, to).await })
    };
    // The other contacts, those without a ticket: every other channel's, and appointments received at a desk
    // without a queue ticket (read a day past the end: arrived before, served after).
    let contacts = {
        let db = db.clone();
        let query = contact::Entity::find()
            .select_only()
            .columns([
                contact::Column::Channel,
                contact::Column::SiteId,
                contact::Column::ServiceId,
                contact::Column::AgentId,
                contact::Column::StartedAt,
                contact::Column::EndedAt,
                contact::Column::WaitedSeconds,
                contact::Column::Outcome,
                contact::Column::AppointmentId,
            ])
            .filter(contact::Column::StartedAt.gte(from))
            .filter(contact::Column::StartedAt.lt(to + SERVED_AFTER))
            // Contacts of other channels have no ticket either: one range of the
            // (ticket, time) index holds them all.
            .filter(contact::Column::TicketId.is_null())
            .into_tuple::<ContactRow>();
        tokio::spawn(async move { query.all(&db).await })
    };
    let appointments = appointment::Entity::find()
        .select_only()
        .columns([
            appointment::Column::SiteId,
            appointment::Column::MotifId,
            appointment::Column::AgentId,
            appointment::Column::StartsAt,
            appointment::Column::Status,
        ])
        .filter(appointment::Column::StartsAt.gte(from))
        .filter(appointment::Column::StartsAt.lt(to))
        .into_tuple::<(i32, i32, Option<i32>, DateTime<Utc>, AppointmentStatus)>()
        .all(db);
    let requests = request::Entity::find()
        .select_only()
        .columns([
            request::Column::SiteId,
            request::Column::ServiceId,
            request::Column::OwnerAgentId,
            request::Column::Channel,
            request::Column::Kind,
            request::Column::ReceivedAt,
            request::Column::DueAt,
            request::Column::AnsweredAt,
        ])
        .filter(request::Column::ReceivedAt.gte(from))
        .filter(request::Column::ReceivedAt.lt(to))
        // A duplicate closed into another request is not a request of its own.
        .filter(request::Column::MergedIntoId.is_null())
        .into_tuple::<(
            Option<i32>,
            Option<i32>,
            Option<i32>,
            Channel,
            RequestKind,
            DateTime<Utc>,
            Option<DateTime<Utc>>,
            Option<DateTime<Utc>>,
        )>()
        .all(db);
    let offers = waitlist_entry::Entity::find()
        .select_only()
        .columns([
            waitlist_entry::Column::SiteId,
            waitlist_entry::Column::MotifId,
            waitlist_entry::Column::HoldUntil,
            waitlist_entry::Column::Status,
        ])
        .filter(waitlist_entry::Column::HoldUntil.gte(from))
        .filter(waitlist_entry::Column::HoldUntil.lt(to))
        .into_tuple::<(i32, i32, Option<DateTime<Utc>>, String)>()
        .all(db);
    let surveys = survey_response::Entity::find()
        .select_only()
        .columns([
            survey_response::Column::SiteId,
            survey_response::Column::ServiceId,
            survey_response::Column::AgentId,
            survey_response::Column::Channel,
            survey_response::Column::CreatedAt,
            survey_response::Column::Score,
        ])
        .expr(survey_response::Column::Comment.is_not_null())
        .filter(survey_response::Column::CreatedAt.gte(from))
        .filter(survey_response::Column::CreatedAt.lt(to))
        .into_tuple::<(
            Option<i32>,
            Option<i32>,
            Option<i32>,
            String,
            DateTime<Utc>,
            Option<i16>,
            bool,
        )>()
        .all(db);
    let (appointments, requests, offers, surveys) =
        tokio::try_join!(appointments, requests, offers, surveys)?;
    let contact_rows: Vec<ContactRow> = joined(contacts.await)?;

    let mut visits = joined(visits.await)?;

    let mut contacts = Vec::new();
    for (channel, site, service, agent, started, ended, waited, outcome, appointment) in
        contact_rows
    {
        if channel == Channel::Desk.as_str() {
            // An appointment received at a desk without a queue ticket: a visit of its
            // own, arrived when it was checked in.
            let arrival = started - Duration::seconds(waited.unwrap_or(0).into());
            if appointment.is_some() && from <= arrival && arrival < to {
                let mut visit = Visit {
                    site: site.unwrap_or_default(),
                    service: service.unwrap_or_default(),
                    agent: None,
                    arrival,
                    waited: None,
                    served: None,
                    transfers: Vec::new(),
                    closed: true,
                    follow_up: false,
                };
                let step = Step {
                    service,
                    agent,
                    started,
                    ended,
                    waited,
                    outcome,
                    transferred: None,
                };
                add_step(&mut visit, &step);
                visits.push(visit);
            }
        } else if started < to
            && let Some(channel) = Channel::parse(&channel)
        {
            contacts.push(Contact {
                channel,
                site,
                service,
                agent,
                at: started,
                instant: outcome == "handled",
            });
        }
    }

    let appointments = appointments
        .into_iter()
        .map(|(site, motif, agent, starts, status)| Appointment {
            site,
            service: service_of(motif),
            agent,
            starts,
            end: match status {
                AppointmentStatus::Done => AppointmentEnd::Kept,
                AppointmentStatus::NoShow => AppointmentEnd::NoShow,
                AppointmentStatus::Cancelled => AppointmentEnd::Cancelled,
                _ => AppointmentEnd::Open,
            },
        })
        .collect();
    let requests = requests
        .into_iter()
        .map(
            |(site, service, agent, channel, kind, received, due, answered)| Request {
                site,
                service,
                agent,
                channel,
                kind: kind.as_str().to_owned(),
                received,
                due,
                answered,
            },
        )
        .collect();
    let offers = offers
        .into_iter()
        .filter_map(|(site, motif, at, status)| {
            Some(Offer {
                site,
                service: service_of(motif),
                at: at?,
                taken: match status.as_str() {
                    "accepted" => Some(true),
                    "expired" => Some(false),
                    _ => None,
                },
            })
        })
        .collect();
    let surveys = surveys
        .into_iter()
        .map(
            |(site, service, agent, channel, asked, score, comment)| Survey {
                site,
                service,
                agent,
                channel: Channel::parse(&channel).unwrap_or(Channel::Desk),
                asked,
                score: score.and_then(|s| u8::try_from(s).ok()),
                comment,
            },
        )
        .collect();

    Ok(Events {
        visits,
        contacts,
        appointments,
        requests,
        offers,
        surveys,
    })
}

/// One desk contact of a visit, as read.
struct Step {
    service: Option<i32>,
    agent: Option<i32>,
    started: DateTime<Utc>,
    ended: Option<DateTime<Utc>>,
    waited: Option<i32>,
    outcome: String,
    transferred: Option<i32>,
}

/// Adds the visit's next desk contact (they come in order).
fn add_step(visit: &mut Visit, step: &Step) {
    if visit.served.is_none() {
        // The first desk: the service the visitor came for (a transfer changes the
        // ticket's), the counsellor, and the wait from arrival to the first call.
        if let Some(service) = step.service {
            visit.service = service;
        }
        visit.agent = step.agent;
        visit.waited = step.waited.map(i64::from);
    }
    let seconds = step
        .ended
        .map_or(0, |end| (end - step.started).num_seconds().max(0));
    visit.served = Some(visit.served.unwrap_or(0) + seconds);
    visit.transfers.extend(step.transferred);
    visit.follow_up = step.outcome == "follow_up";
}
