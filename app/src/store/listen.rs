//! PostgreSQL LISTEN for the live features: one connection per channel and instance, that
//! reconnects by itself. Notifications sent while it was not listening are lost, so
//! `on_resync` runs after each (re)connection for those that must catch up.

use sea_orm::DatabaseConnection;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

pub async fn listen(
    db: DatabaseConnection,
    channel: &'static str,
    stop: CancellationToken,
    on_payload: impl Fn(&str),
    on_resync: impl Fn(),
) {
    use sqlx::postgres::PgListener;
    let pool = db.get_postgres_connection_pool().clone();
    loop {
        let connected = tokio::select! {
            _ = stop.cancelled() => return,
            l = PgListener::connect_with(&pool) => l,
        };
        let mut listener = match connected {
            Ok(mut l) => match l.listen(channel).await {
                Ok(()) => l,
                Err(e) => {
                    tracing::warn!(error = %e, channel, "LISTEN failed");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            },
            Err(e) => {
                tracing::warn!(error = %e, channel, "listener cannot connect");
                tokio::select! {
                    _ = stop.cancelled() => return,
                    _ = tokio::time::sleep(Duration::from_secs(1)) => continue,
                }
            }
        };
        on_resync();
        loop {
            let next = tokio::select! {
                _ = stop.cancelled() => return,
                n = listener.try_recv() => n,
            };
            match next {
                Ok(Some(n)) => on_payload(n.payload()),
                // The connection dropped and was re-established.
                Ok(None) => on_resync(),
                Err(e) => {
                    tracing::warn!(error = %e, channel, "listener lost");
                    break;
                }
            }
        }
    }
}
