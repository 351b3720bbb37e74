//! Calendar rules of a French town hall: public holidays and opening hours, materialised
//! into instants in Europe/Paris across daylight-saving changes (pure: `holidays`, `hours`);
//! a site's day as residents read it (`today`), and the stored hours behind them (`store`).

pub mod holidays;
pub mod hours;
pub mod sites;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(test)]
pub(crate) mod testing;
pub mod today;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Paris;

/// Today's date in Paris at instant `now`.
pub fn paris_today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&Paris).date_naive()
}
