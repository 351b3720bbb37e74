//! PostgreSQL LISTEN for the live features: one connection per channel and instance, that
//! reconnects by itself. Notifications sent while it was not listening are lost, so
//! `on_resync` runs after each (re)connection for those that must catch up.

use sea_orm::{DatabaseConnection, DbBackend};
use std::time::Duration;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

/// Whether an instance hears the others now: what a notification sent before then misses.
#[derive(Clone)]
pub struct Listening(watch::Sender<bool>);

impl Listening {
    /// On SQLite there is one instance and nothing to listen to: it hears everything.
    pub fn for_backend(backend: DbBackend) -> Listening {
        Listening(watch::Sender::new(backend != DbBackend::Postgres))
    }

    fn set(&self, on: bool) {
        self.0.send_replace(on);
    }

    /// Returns once the listener is LISTENing (at once on SQLite).
    pub async fn heard(&self) {
        let _ = self.0.subscribe().wait_for(|on| *on).await;
    }
}

pub async fn listen(
    db: DatabaseConnection,
    channel: &'static str,
    stop: CancellationToken,
    listening: Listening,
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
        listening.set(true);
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
                    listening.set(false);
                    break;
                }
            }
        }
    }
}
