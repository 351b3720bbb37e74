//! Sites with today's opening hours, for the home page and wherever residents need them.

use crate::errors::AppError;
use crate::i18n::{self, Locale, args};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum TodayHours {
    /// Open today, with the ranges already written as `08:30–12:00`.
    Open(Vec<String>),
    /// Not open on this weekday.
    Closed,
    /// A public holiday: the Fluent id of its name.
    Holiday(String),
    /// An exceptional closure, with the reason the town gave.
    Closure(String),
}

impl TodayHours {
    /// One sentence for the resident, in their language.
    pub fn describe(&self, locale: Locale) -> String {
        match self {
            TodayHours::Open(ranges) => i18n::text_with(
                locale,
                "hours-open-today",
                &args([("hours", ranges.join(", ").into())]),
            ),
            TodayHours::Closed => i18n::text(locale, "hours-closed-today"),
            TodayHours::Holiday(id) => i18n::text_with(
                locale,
                "hours-holiday-today",
                &args([("holiday", i18n::text(locale, id).into())]),
            ),
            TodayHours::Closure(reason) => i18n::text_with(
                locale,
                "hours-closure-today",
                &args([("reason", reason.clone().into())]),
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteToday {
    pub slug: String,
    pub name: String,
    pub address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: Option<String>,
    pub access_info: Option<String>,
    pub today: TodayHours,
    /// Monday to Sunday: (Fluent id of the weekday, ranges).
    pub week: Vec<(String, Vec<String>)>,
}

/// Every site with what it is like today in Paris time.
#[server(prefix = "/api/public", endpoint = "lieux")]
pub async fn sites_today() -> Result<Vec<SiteToday>, AppError> {
    let state = crate::state::AppState::from_context()?;
    Ok(store::sites_today(&state.db, chrono::Utc::now()).await?)
}

#[cfg(feature = "ssr")]
pub mod store {
    use super::{SiteToday, TodayHours};
    use crate::calendar::hours::{
        Closure, DayHours, TimeRange, WEEKDAY_IDS, WeeklyHours, day_hours,
    };
    use crate::calendar::paris_today;
    use crate::store::entities::{closure, opening_hour, site};
    use chrono::{DateTime, Utc};
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

    fn range_text(r: &TimeRange) -> String {
        format!("{}–{}", r.opens.format("%H:%M"), r.closes.format("%H:%M"))
    }

    pub async fn sites_today(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
    ) -> Result<Vec<SiteToday>, DbErr> {
        let today = paris_today(now);
        let sites = site::Entity::find()
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
                let site_closures: Vec<(Closure, String)> = closures
                    .iter()
                    .filter(|c| c.site_id.is_none_or(|id| id == s.id))
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
                let today_hours = match day_hours(&weekly, today, &only, s.alsace_moselle) {
                    DayHours::Open(ranges) => {
                        TodayHours::Open(ranges.iter().map(range_text).collect())
                    }
                    DayHours::Closed => TodayHours::Closed,
                    DayHours::Holiday(kind) => TodayHours::Holiday(kind.message_id().to_owned()),
                    DayHours::Closure => TodayHours::Closure(
                        site_closures
                            .iter()
                            .find(|(c, _)| c.starts_on <= today && today <= c.ends_on)
                            .map(|(_, r)| r.clone())
                            .unwrap_or_default(),
                    ),
                };
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
}
