//! Timed work of the booking rules: waitlist holds that ran out go to the next person,
//! reminders fall due. Every step is safe to repeat, and on several server instances each
//! runs it (row locks and idempotency keys keep the outcome single).

use app::booking::policy::BookingPolicy;
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

pub fn spawn(
    db: DatabaseConnection,
    policy: BookingPolicy,
    every: Duration,
    stop: CancellationToken,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match run_once(&db, &policy).await {
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
