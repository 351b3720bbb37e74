//! Opening hours and closures as stored: what the pure rules of this module work from.

use super::hours::{Closure, DayHours, TimeRange, WEEKDAY_IDS, WeeklyHours, day_hours};
use super::paris_today;
use super::today::{SiteToday, TodayHours};
use crate::store::entities::{closure, opening_hour, site};
use chrono::NaiveDate;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

fn range_text(r: &TimeRange) -> String {
    format!("{}–{}", r.opens.format("%H:%M"), r.closes.format("%H:%M"))
}

pub async fn sites_today(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<Vec<SiteToday>, DbErr> {
    let today = paris_today(now);
    // Residents' pages list the sites open to them: retired ones are gone.
    let sites = site::Entity::find()
        .filter(site::Column::Active.eq(true))
        .order_by_asc(site::Column::Id)
        .all(db)
        .await?;
    let hours = opening_hour::Entity::find()
        .order_by_asc(opening_hour::Column::Opens)
        .all(db)
        .await?;
    let closures = closure::Entity::find()
        .filter(closure::Column::EndsOn.gte(today))
        .all(db)
        .await?;
    Ok(sites
        .into_iter()
        .map(|s| {
            let weekly = WeeklyHours::from_rows(
                hours
                    .iter()
                    .filter(|h| h.site_id == s.id)
                    .map(|h| (h.weekday, h.opens, h.closes)),
            );
            let today_hours = today_hours(&weekly, &closures, &s, today);
            let week = (0..7u8)
                .map(|d| {
                    (
                        WEEKDAY_IDS[d as usize].to_owned(),
                        weekly.ranges(d).iter().map(range_text).collect(),
                    )
                })
                .collect();
            SiteToday {
                slug: s.slug,
                name: s.name,
                address: s.address,
                postal_code: s.postal_code,
                city: s.city,
                phone: s.phone,
                access_info: s.access_info,
                today: today_hours,
                week,
            }
        })
        .collect())
}

/// One site's day, as [`sites_today`] has it, read for that site alone.
pub async fn site_today<C: ConnectionTrait>(
    db: &C,
    site: &site::Model,
    now: DateTime<Utc>,
) -> Result<TodayHours, DbErr> {
    let today = paris_today(now);
    let weekly = WeeklyHours::from_rows(
        opening_hour::Entity::find()
            .filter(opening_hour::Column::SiteId.eq(site.id))
            .order_by_asc(opening_hour::Column::Opens)
            .all(db)
            .await?
            .into_iter()
            .map(|h| (h.weekday, h.opens, h.closes)),
    );
    let closures = closure::Entity::find()
        .filter(closure::Column::EndsOn.gte(today))
        .all(db)
        .await?;
    Ok(today_hours(&weekly, &closures, site, today))
}

/// What `site` is like on `today`, from its weekly hours and the closures (the town's and
/// every site's) not over yet.
fn today_hours(
    weekly: &WeeklyHours,
    closures: &[closure::Model],
    site: &site::Model,
    today: NaiveDate,
) -> TodayHours {
    let site_closures: Vec<(Closure, String)> = closures
        .iter()
        .filter(|c| c.site_id.is_none_or(|id| id == site.id))
        .map(|c| {
            (
                Closure {
                    starts_on: c.starts_on,
                    ends_on: c.ends_on,
                },
                c.reason.clone(),
            )
        })
        .collect();
    let only: Vec<Closure> = site_closures.iter().map(|(c, _)| c.clone()).collect();
    match day_hours(weekly, today, &only, site.alsace_moselle) {
        DayHours::Open(ranges) => TodayHours::Open(ranges.iter().map(range_text).collect()),
        DayHours::Closed => TodayHours::Closed,
        DayHours::Holiday(kind) => TodayHours::Holiday(kind.message_id().to_owned()),
        DayHours::Closure => TodayHours::Closure(
            site_closures
                .iter()
                .find(|(c, _)| c.starts_on <= today && today <= c.ends_on)
                .map(|(_, r)| r.clone())
                .unwrap_or_default(),
        ),
    }
}

/// A site's weekly opening hours, and its closures (its own and the town's) that touch the
/// Paris dates `from` to `to`.
pub async fn site_calendar<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<(WeeklyHours, Vec<Closure>), DbErr> {
    let hours = WeeklyHours::from_rows(
        opening_hour::Entity::find()
            .filter(opening_hour::Column::SiteId.eq(site_id))
            .all(db)
            .await?
            .into_iter()
            .map(|h| (h.weekday, h.opens, h.closes)),
    );
    let closures = closure::Entity::find()
        .filter(closure::Column::EndsOn.gte(from))
        .filter(closure::Column::StartsOn.lte(to))
        .all(db)
        .await?
        .into_iter()
        .filter(|c| c.site_id.is_none_or(|id| id == site_id))
        .map(|c| Closure {
            starts_on: c.starts_on,
            ends_on: c.ends_on,
        })
        .collect();
    Ok((hours, closures))
}
