//! A site's day as residents read it: open with its hours, closed, a holiday or an
//! exceptional closure. Computed on the server (`calendar::store`), shown by every page
//! that tells residents where to go.

use crate::i18n::{self, Locale, args};
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
