//! On SQLite, each UTC day's events are kept ready in `quality_day`, so a year is read as
//! 365 rows rather than some 30,000: sqlx hands SQLite rows over one at a time from its
//! worker thread, a few microseconds each, and a year of two sites took 200 to 350 ms that
//! way where `budgets/quality.txt` allows 200. Triggers count every change to the rows of
//! a day (migration `m20261207_000012_quality_days`); a day whose snapshot was built at
//! the current count is read from it, any other from the tables (`tables.rs`) and saved
//! for the next time. PostgreSQL reads the tables directly: a year takes it under 100 ms,
//! and counters would make concurrent writes to the same day wait for one another.

use super::tables;
use crate::quality::indicators::Events;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement, TransactionTrait, Value,
};
use std::collections::{BTreeMap, HashMap};

/// The first byte of every snapshot: bump it when `Events` or its parts change shape, and
/// the snapshots of the old shape are read as stale and built again (postcard does not
/// describe itself, so an old snapshot could otherwise be misread).
pub const FORMAT: u8 = 1;

/// Every stored event whose instant is in `[from, to)`, as the indicators take them.
pub async fn events(
    db: &DatabaseConnection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Events, DbErr> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return tables::read(db, from, to).await;
    }
    let mut out = Events::default();
    if from >= to {
        return Ok(out);
    }
    let (first, last) = (
        from.date_naive(),
        (to - Duration::nanoseconds(1)).date_naive(),
    );
    let stored = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "SELECT day, changes, CASE WHEN built = changes THEN events END \
             FROM quality_day WHERE day BETWEEN ? AND ?",
            [key(first).into(), key(last).into()],
        ))
        .await?;
    let mut known: HashMap<String, (i64, Option<Vec<u8>>)> = HashMap::new();
    for row in stored {
        known.insert(
            row.try_get_by_index(0)?,
            (row.try_get_by_index(1)?, row.try_get_by_index(2)?),
        );
    }
    // Days with a snapshot as of their last change are read from it; the others are
    // listed with the count of changes they are read at.
    let mut stale = Vec::new();
    for day in first.iter_days().take_while(|d| *d <= last) {
        let (changes, snapshot) = known.remove(&key(day)).unwrap_or((0, None));
        match snapshot.as_deref().and_then(decode) {
            Some(events) => keep_within(&mut out, events, from, to),
            None => stale.push((day, changes)),
        }
    }
    // The others, from the tables, a run of consecutive days at a time.
    for run in runs(&stale) {
        let (start, end) = (run[0].0, run[run.len() - 1].0 + Duration::days(1));
        let read = tables::read(db, midnight(start), midnight(end)).await?;
        let mut by_day = by_day(read);
        save(db, run, &by_day).await?;
        for (day, _) in run {
            keep_within(&mut out, by_day.remove(day).unwrap_or_default(), from, to);
        }
    }
    Ok(out)
}

fn encode(events: &Events) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_extend(events, vec![FORMAT])
}

fn decode(bytes: &[u8]) -> Option<Events> {
    match bytes.split_first() {
        Some((&FORMAT, rest)) => postcard::from_bytes(rest).ok(),
        _ => None,
    }
}

/// A day as the triggers write it: SQLite's `date()` of a stored instant, in UTC.
fn key(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

fn midnight(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(chrono::NaiveTime::MIN).and_utc()
}

/// Saves the snapshots of `days`, each only if no change came to its rows since its count
/// was read: otherwise the next reader builds it again. Not `store::begin_write`: a
/// snapshot is derived from the data, not a change to it, and must not make the pages
/// cached from the data (the booking pages) out of date. The transaction's first statement
/// writes, so SQLite takes its write lock then and never has to upgrade a read.
async fn save(
    db: &DatabaseConnection,
    days: &[(NaiveDate, i64)],
    snapshots: &BTreeMap<NaiveDate, Events>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    let empty = Events::default();
    for (day, changes) in days {
        let events = snapshots.get(day).unwrap_or(&empty);
        let bytes = encode(events)
            .map_err(|e| DbErr::Custom(format!("encoding the events of {day}: {e}")))?;
        txn.execute_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "INSERT INTO quality_day (day, changes, built, events) VALUES (?, ?, ?, ?) \
             ON CONFLICT (day) DO UPDATE SET built = excluded.built, events = excluded.events \
             WHERE quality_day.changes = excluded.built",
            [
                key(*day).into(),
                (*changes).into(),
                (*changes).into(),
                Value::Bytes(Some(bytes)),
            ],
        ))
        .await?;
    }
    txn.commit().await
}

/// The stale days cut into runs of consecutive days.
fn runs(days: &[(NaiveDate, i64)]) -> Vec<&[(NaiveDate, i64)]> {
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 1..=days.len() {
        if i == days.len() || days[i].0 != days[i - 1].0 + Duration::days(1) {
            if start < i {
                runs.push(&days[start..i]);
            }
            start = i;
        }
    }
    runs
}

/// The events sorted by the UTC day of their instant.
fn by_day(events: Events) -> BTreeMap<NaiveDate, Events> {
    let mut days: BTreeMap<NaiveDate, Events> = BTreeMap::new();
    for v in events.visits {
        days.entry(v.arrival.date_naive())
            .or_default()
            .visits
            .push(v);
    }
    for c in events.contacts {
        days.entry(c.at.date_naive()).or_default().contacts.push(c);
    }
    for a in events.appointments {
        days.entry(a.starts.date_naive())
            .or_default()
            .appointments
            .push(a);
    }
    for r in events.requests {
        days.entry(r.received.date_naive())
            .or_default()
            .requests
            .push(r);
    }
    for o in events.offers {
        days.entry(o.at.date_naive()).or_default().offers.push(o);
    }
    for s in events.surveys {
        days.entry(s.asked.date_naive())
            .or_default()
            .surveys
            .push(s);
    }
    days
}

/// Adds to `out` the events of `day` whose instant is in `[from, to)` (the first and last
/// UTC days of a Paris period are only partly in it).
fn keep_within(out: &mut Events, day: Events, from: DateTime<Utc>, to: DateTime<Utc>) {
    let within = |at: DateTime<Utc>| from <= at && at < to;
    out.visits
        .extend(day.visits.into_iter().filter(|v| within(v.arrival)));
    out.contacts
        .extend(day.contacts.into_iter().filter(|c| within(c.at)));
    out.appointments
        .extend(day.appointments.into_iter().filter(|a| within(a.starts)));
    out.requests
        .extend(day.requests.into_iter().filter(|r| within(r.received)));
    out.offers
        .extend(day.offers.into_iter().filter(|o| within(o.at)));
    out.surveys
        .extend(day.surveys.into_iter().filter(|s| within(s.asked)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quality::indicators::{Survey, Visit};
    use crate::statuses::Channel;
    use chrono::TimeZone;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn at(d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, d, h, 0, 0).unwrap()
    }

    fn visit(arrival: DateTime<Utc>) -> Visit {
        Visit {
            site: 1,
            service: 1,
            agent: None,
            arrival,
            waited: None,
            served: None,
            transfers: Vec::new(),
            closed: false,
            follow_up: false,
        }
    }

    fn survey(asked: DateTime<Utc>) -> Survey {
        Survey {
            site: None,
            service: None,
            agent: None,
            channel: Channel::Desk,
            asked,
            score: Some(3),
            comment: false,
        }
    }

    #[test]
    fn stale_days_are_read_in_runs_of_consecutive_days() {
        let stale = [
            (day(1), 0),
            (day(2), 4),
            (day(3), 0),
            (day(7), 1),
            (day(9), 0),
        ];
        let runs: Vec<Vec<NaiveDate>> = runs(&stale)
            .into_iter()
            .map(|r| r.iter().map(|(d, _)| *d).collect())
            .collect();
        assert_eq!(
            runs,
            [vec![day(1), day(2), day(3)], vec![day(7)], vec![day(9)]]
        );
        assert!(super::runs(&[]).is_empty());
    }

    #[test]
    fn events_go_to_the_utc_day_of_their_instant() {
        let events = Events {
            visits: vec![visit(at(1, 23)), visit(at(2, 0)), visit(at(2, 22))],
            surveys: vec![survey(at(1, 8))],
            ..Events::default()
        };
        let days = by_day(events);
        assert_eq!(days.len(), 2);
        assert_eq!(days[&day(1)].visits.len(), 1);
        assert_eq!(days[&day(1)].surveys.len(), 1);
        assert_eq!(days[&day(2)].visits.len(), 2);
    }

    #[test]
    fn the_edge_days_keep_only_what_is_in_the_period() {
        // A Paris day in winter: 23:00 UTC the day before to 23:00 UTC.
        let (from, to) = (at(1, 23), at(2, 23));
        let mut out = Events::default();
        for d in [1, 2] {
            let events = Events {
                visits: vec![visit(at(d, 22)), visit(at(d, 23))],
                surveys: vec![survey(at(d, 22))],
                ..Events::default()
            };
            keep_within(&mut out, events, from, to);
        }
        let arrivals: Vec<_> = out.visits.iter().map(|v| v.arrival).collect();
        assert_eq!(arrivals, [at(1, 23), at(2, 22)]);
        assert_eq!(out.surveys.len(), 1);
    }

    #[test]
    fn a_snapshot_reads_back_the_same_events() {
        let events = Events {
            visits: vec![visit(at(1, 9) + Duration::nanoseconds(123_456_789))],
            surveys: vec![survey(at(1, 10))],
            ..Events::default()
        };
        let bytes = encode(&events).unwrap();
        assert_eq!(decode(&bytes), Some(events));
        // What the integration test writes by hand for an empty day.
        assert_eq!(
            encode(&Events::default()).unwrap(),
            [FORMAT, 0, 0, 0, 0, 0, 0]
        );
        // Another shape's snapshot is not read.
        let mut other = bytes.clone();
        other[0] = FORMAT + 1;
        assert_eq!(decode(&other), None);
        assert_eq!(decode(&[]), None);
    }
}
