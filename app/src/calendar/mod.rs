//! Calendar rules of a French town hall, free of I/O: public holidays and opening hours,
//! materialised into instants in Europe/Paris across daylight-saving changes.

pub mod holidays;
pub mod hours;
#[cfg(test)]
pub(crate) mod testing;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Paris;

/// Today's date in Paris at instant `now`.
pub fn paris_today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&Paris).date_naive()
}
