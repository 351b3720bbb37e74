//! Timed work of the satisfaction surveys: every minute, while a campaign runs, the visits
//! and replies just finished get their survey, each with one message that waits for a
//! sensible hour. Safe on several instances at once (unique indexes and outbox keys keep
//! each survey single).

use app::state::PublicUrl;
use chrono::Utc;
use sea_orm::DatabaseConnection;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Runs [`app::surveys::store::queue_due`] every `every` until `stop`.
pub fn spawn(
    db: DatabaseConnection,
    public_url: PublicUrl,
    every: Duration,
    stop: CancellationToken,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match app::surveys::store::queue_due(&db, &public_url, Utc::now()).await {
                Ok(0) => {}
                Ok(queued) => tracing::info!(queued, "satisfaction surveys queued"),
                Err(e) => tracing::error!(error = %e, "satisfaction surveys: database error"),
            }
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = tokio::time::sleep(every) => {}
            }
        }
    })
}
