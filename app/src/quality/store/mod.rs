//! The quality feature's reads: the stored events of a stretch of time, as the pure
//! indicators take them (`tables.rs` from the tables, `days.rs` from each day's snapshot
//! on SQLite), and the pages built from their figures.

pub mod days;
pub mod tables;

pub use days::events;

use super::indicators::{self, Dimension, Key, Slice};
use super::masking::mask;
use super::model::{
    Breakdown, Chosen, Comment, Filters, Named, PilotageView, Point, ResultsView, Row,
};
use super::period::Period;
use crate::errors::{FeatureError, Refusal};
use crate::i18n::Locale;
use crate::statuses::Channel;
use crate::store::entities::{site, survey_response, ticket};
use crate::store::names::{agent_names, service_names};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
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
