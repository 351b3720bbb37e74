//! Timed work of the booking rules: waitlist holds that ran out go to the next person,
//! reminders fall due. Every step is safe to repeat, and on several server instances each
//! runs it (row locks and idempotency keys keep the outcome single).

use app::booking::policy::{BookingPolicy, LivePolicy};
use app::booking::store::BookingError;
use app::booking::{reminders, waitlist};
use chrono::Utc;
use sea_orm::DatabaseConnection;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// One pass; returns (expired offers, queued reminders).
pub async fn run_once(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
) -> Result<(usize, usize), BookingError> {
    let now = Utc::now();
    let expired = waitlist::expire_offers(db, policy, now).await?;
    let reminded = reminders::queue_due(db, policy, now).await?;
    Ok((expired, reminded))
}

/// Runs [`run_once`] every `every` with the rules in force, re-read from the database
/// first: an administrator's change made on another instance reaches this one here.
pub fn spawn(
    db: DatabaseConnection,
    policy: LivePolicy,
    every: Duration,
    stop: CancellationToken,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = app::booking::settings::store::refresh(&db, &policy).await {
                tracing::error!(error = %e, "booking settings: database error");
            }
            match run_once(&db, &policy.snapshot()).await {
                Ok((0, 0)) => {}
                Ok((expired, reminded)) => {
                    tracing::info!(expired, reminded, "booking housekeeping")
                }
                Err(e) => tracing::error!(error = %e, "booking housekeeping: database error"),
            }
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = tokio::time::sleep(every) => {}
            }
        }
    })
}

/// How often the retention job looks for data past its period: a row is anonymised at
/// most this long after its day comes.
pub const RETENTION_EVERY: Duration = Duration::from_secs(6 * 3600);

/// The retention job (`app::retention`): one pass at start, then every `every`.
pub fn spawn_retention(
    db: DatabaseConnection,
    periods: app::retention::Periods,
    every: Duration,
    stop: CancellationToken,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match app::retention::store::run(&db, &periods, Utc::now()).await {
                Ok(done) if done.total() == 0 => {}
                Ok(done) => tracing::info!(anonymised = %done.summary(), "retention"),
                Err(e) => tracing::error!(error = %e, "retention: database error"),
            }
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = tokio::time::sleep(every) => {}
            }
        }
    })
}
