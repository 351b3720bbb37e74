//! The quality feature's reads: the stored events of a stretch of time, as the pure
//! indicators take them, and the pages built from their figures. Only the columns the
//! indicators need are read, in one query per table, so a year of two sites computes in
//! well under the page's budget (`budgets/quality.txt`).

use super::indicators::{
    self, Appointment, AppointmentEnd, Contact, Dimension, Events, Key, Offer, Request, Slice,
    Survey, Visit,
};
use super::masking::mask;
use super::model::{
    Breakdown, Chosen, Comment, Filters, Named, PilotageView, Point, ResultsView, Row,
};
use super::period::Period;
use crate::errors::{FeatureError, Refusal};
use crate::i18n::Locale;
use crate::statuses::{AppointmentStatus, Channel, RequestKind, TicketStatus};
use crate::store::entities::{
    appointment, contact, motif, request, site, survey_response, ticket, waitlist_entry,
};
use crate::store::names::{agent_names, service_names};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, JoinType, Order, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum QualityError {
    #[error(transparent)]
    Db(#[from] DbErr),
    /// The filters or the year asked cannot be read; the Fluent id says why.
    #[error("refused: {0}")]
    Invalid(&'static str),
}

impl FeatureError for QualityError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            QualityError::Db(_) => None,
            QualityError::Invalid(id) => Some(Refusal::Invalid(id)),
        }
    }
}

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
pub async fn events(
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

/// The filters read: a period (the last 30 days by default) and ids that exist.
pub fn choose(filters: &Filters, today: NaiveDate) -> Result<Chosen, &'static str> {
    let date = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d");
    let period = match (filters.du.trim(), filters.au.trim()) {
        ("", "") => Period::last_30_days(today),
        (from, "") => {
            let from = date(from).map_err(|_| "quality-error-date")?;
            Period::new(from, today.max(from)).ok_or("quality-error-period")?
        }
        ("", to) => {
            let to = date(to).map_err(|_| "quality-error-date")?;
            Period::new(to - Duration::days(29), to).ok_or("quality-error-period")?
        }
        (from, to) => Period::new(
            date(from).map_err(|_| "quality-error-date")?,
            date(to).map_err(|_| "quality-error-date")?,
        )
        .ok_or("quality-error-period")?,
    };
    let id = |s: &str| -> Result<Option<i32>, &'static str> {
        match s.trim() {
            "" => Ok(None),
            s => s.parse().map(Some).map_err(|_| "quality-error-filter"),
        }
    };
    let channel = match filters.canal.trim() {
        "" => None,
        c => Some(Channel::parse(c).ok_or("quality-error-filter")?),
    };
    Ok(Chosen {
        previous: period.previous(),
        period,
        site: id(&filters.lieu)?,
        service: id(&filters.service)?,
        channel,
        agent: id(&filters.agent)?,
    })
}

pub fn slice(chosen: &Chosen) -> Slice {
    Slice {
        site: chosen.site,
        service: chosen.service,
        channel: chosen.channel,
        agent: chosen.agent,
    }
}

async fn site_names<C: ConnectionTrait>(db: &C) -> Result<Vec<Named>, DbErr> {
    Ok(site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|s| Named {
            id: s.id,
            name: s.name,
        })
        .collect())
}

fn sorted(names: HashMap<i32, String>) -> Vec<Named> {
    let mut v: Vec<Named> = names
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect();
    v.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    v
}

/// The name of a breakdown's key.
fn key_name(
    key: Key,
    sites: &[Named],
    services: &[Named],
    agents: &[Named],
    dimension: Dimension,
) -> String {
    let find = |list: &[Named], id: i32| {
        list.iter()
            .find(|n| n.id == id)
            .map(|n| n.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    };
    match (dimension, key) {
        (_, Key::Channel(c)) => c.as_str().to_owned(),
        (Dimension::Site, Key::Id(id)) => find(sites, id),
        (Dimension::Service, Key::Id(id)) => find(services, id),
        (_, Key::Id(id)) => find(agents, id),
    }
}

/// Everything `/agent/pilotage` shows for `filters`; refused filters show the default
/// period with the reason.
pub async fn pilotage(
    db: &DatabaseConnection,
    filters: Filters,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<PilotageView, QualityError> {
    let today = crate::calendar::paris_today(now);
    let (chosen, refused) = match choose(&filters, today) {
        Ok(c) => (c, None),
        Err(id) => (
            choose(&Filters::default(), today).map_err(QualityError::Invalid)?,
            Some(id.to_owned()),
        ),
    };
    let slice = slice(&chosen);
    let (before_from, before_to) = chosen.previous.instants();
    let (from, to) = chosen.period.instants();
    let events = events(db, before_from, to).await?;
    let current = indicators::compute(&events, from, to, &slice);
    let before = indicators::compute(&events, before_from, before_to, &slice);
    let buckets = chosen.period.buckets();
    let instants: Vec<_> = buckets.iter().map(|b| b.period.instants()).collect();
    let series = indicators::series(&events, &instants, &slice)
        .into_iter()
        .zip(&buckets)
        .map(|(figures, b)| Point {
            from: b.period.from,
            to: b.period.to,
            step: b.step,
            figures,
        })
        .collect();
    let sites = site_names(db).await?;
    let services = sorted(service_names(db, locale).await?);
    let agents = sorted(agent_names(db).await?);
    let breakdowns = Dimension::ALL
        .into_iter()
        .map(|dimension| Breakdown {
            dimension,
            rows: indicators::breakdown(&events, from, to, &slice, dimension)
                .into_iter()
                .map(|(key, figures)| Row {
                    key,
                    name: key_name(key, &sites, &services, &agents, dimension),
                    figures,
                })
                .collect(),
        })
        .collect();
    let (comments, comments_total) =
        comments(db, &chosen, &sites, Some(super::model::COMMENTS_SHOWN)).await?;
    Ok(PilotageView {
        filters,
        refused,
        chosen,
        sites,
        services,
        agents,
        current,
        before,
        series,
        breakdowns,
        comments,
        comments_total,
    })
}

/// The answered surveys asked in the period of `chosen` and in its slice: what the
/// comments and the answers' export read.
pub fn answered(chosen: &Chosen) -> sea_orm::Select<survey_response::Entity> {
    let (from, to) = chosen.period.instants();
    let mut answered = survey_response::Entity::find()
        .filter(survey_response::Column::CreatedAt.gte(from))
        .filter(survey_response::Column::CreatedAt.lt(to))
        .filter(survey_response::Column::Score.is_not_null());
    if let Some(s) = chosen.site {
        answered = answered.filter(survey_response::Column::SiteId.eq(s));
    }
    if let Some(s) = chosen.service {
        answered = answered.filter(survey_response::Column::ServiceId.eq(s));
    }
    if let Some(a) = chosen.agent {
        answered = answered.filter(survey_response::Column::AgentId.eq(a));
    }
    if let Some(c) = chosen.channel {
        answered = answered.filter(survey_response::Column::Channel.eq(c.as_str()));
    }
    answered
}

/// The comments of surveys asked in the period and slice, newest first, masked; at most
/// `limit`, with how many there are. Comments of a slice with fewer than five answers are
/// not shown either.
pub async fn comments<C: ConnectionTrait>(
    db: &C,
    chosen: &Chosen,
    sites: &[Named],
    limit: Option<u64>,
) -> Result<(Vec<Comment>, u64), DbErr> {
    let answered = answered(chosen);
    if answered.clone().count(db).await? < indicators::MIN_ANSWERS {
        return Ok((Vec::new(), 0));
    }
    let with_comment = answered.filter(survey_response::Column::Comment.is_not_null());
    let total = with_comment.clone().count(db).await?;
    let mut query = with_comment
        .order_by_desc(survey_response::Column::CreatedAt)
        .order_by_desc(survey_response::Column::Id);
    if let Some(limit) = limit {
        query = query.limit(limit);
    }
    let rows = query.all(db).await?;
    Ok((
        rows.into_iter()
            .map(|r| Comment {
                on: crate::calendar::paris_today(r.created_at),
                site: r
                    .site_id
                    .and_then(|id| sites.iter().find(|s| s.id == id))
                    .map(|s| s.name.clone()),
                channel: Channel::parse(&r.channel).unwrap_or(Channel::Desk),
                score: r
                    .score
                    .and_then(|s| u8::try_from(s).ok())
                    .unwrap_or_default(),
                language: r.language,
                text: mask(r.comment.as_deref().unwrap_or_default()),
            })
            .collect(),
        total,
    ))
}

/// The years with activity, newest first.
async fn years<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> Result<Vec<i32>, DbErr> {
    let first: Option<DateTime<Utc>> = ticket::Entity::find()
        .select_only()
        .column(ticket::Column::ArrivalAt)
        .order_by_asc(ticket::Column::ArrivalAt)
        .into_tuple()
        .one(db)
        .await?;
    let this = crate::calendar::paris_today(now).year();
    let first = first.map_or(this, |f| crate::calendar::paris_today(f).year());
    Ok((first..=this).rev().collect())
}

/// The yearly results of `year` (this year to date by default), for the town and each site.
pub async fn results(
    db: &DatabaseConnection,
    year: Option<i32>,
    now: DateTime<Utc>,
) -> Result<ResultsView, QualityError> {
    let today = crate::calendar::paris_today(now);
    let years = years(db, now).await?;
    let year = year.unwrap_or(today.year());
    if !years.contains(&year) {
        return Err(QualityError::Invalid("quality-error-year"));
    }
    let whole_year = Period::year(year).ok_or(QualityError::Invalid("quality-error-year"))?;
    let period = Period::new(whole_year.from, whole_year.to.min(today))
        .ok_or(QualityError::Invalid("quality-error-year"))?;
    let (from, to) = period.instants();
    let events = events(db, from, to).await?;
    let whole = indicators::compute(&events, from, to, &Slice::default());
    let sites = site_names(db)
        .await?
        .into_iter()
        .map(|s| Row {
            key: Key::Id(s.id),
            figures: indicators::compute(
                &events,
                from,
                to,
                &Slice {
                    site: Some(s.id),
                    ..Slice::default()
                },
            ),
            name: s.name,
        })
        .collect();
    Ok(ResultsView {
        year,
        years,
        to_date: whole_year.to > today,
        whole,
        sites,
    })
}

/// Every site's name by id.
pub async fn site_map<C: ConnectionTrait>(db: &C) -> Result<HashMap<i32, String>, DbErr> {
    Ok(site_names(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect())
}
