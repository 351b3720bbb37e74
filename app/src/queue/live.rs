//! Live queue updates for screens, desks and phones. Every change of a site's queue ends
//! in a signal "site N changed"; one task per server instance turns signals into the
//! site's [`Board`], once, and broadcasts it to every open stream of that site.
//!
//! Several instances on one PostgreSQL: a change also runs `pg_notify` inside its
//! transaction (delivered at commit), and each instance LISTENs and signals its own hub.
//! Notifications sent while the listener is reconnecting are lost, so after a reconnect
//! every known site is recomputed. A board that did not change is not sent again, so a
//! signal heard twice (locally and through PostgreSQL) costs one query, not one event.

use super::model::Board;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::{broadcast, mpsc};
use tokio_util::sync::CancellationToken;

/// The PostgreSQL channel of queue changes; the payload is the site id.
pub const CHANNEL: &str = "guichet_queue";

/// Waits change with the clock even when nobody acts: boards are recomputed this often.
const REFRESH: Duration = Duration::from_secs(30);

/// A board ready to send: serialised once for every stream.
#[derive(Debug)]
pub struct Published {
    pub site_id: i32,
    pub board: Board,
    pub json: Arc<str>,
}

#[derive(Clone)]
pub struct Live {
    inner: Arc<Inner>,
}

struct Inner {
    signals: mpsc::UnboundedSender<i32>,
    boards: broadcast::Sender<Arc<Published>>,
    latest: RwLock<HashMap<i32, Arc<Published>>>,
    stop: CancellationToken,
}

impl Live {
    /// Starts this instance's hub (and, on PostgreSQL, its listener). Everything ends when
    /// `stop` is cancelled, open streams included.
    pub fn start(db: DatabaseConnection, stop: CancellationToken) -> Live {
        let (signals, receiver) = mpsc::unbounded_channel();
        // Room for bursts; a stream that falls further behind skips to the latest board.
        let (boards, _) = broadcast::channel(256);
        let live = Live {
            inner: Arc::new(Inner {
                signals,
                boards,
                latest: RwLock::new(HashMap::new()),
                stop,
            }),
        };
        tokio::spawn(hub(db.clone(), live.clone(), receiver));
        if db.get_database_backend() == DbBackend::Postgres {
            tokio::spawn(listen(db, live.clone()));
        }
        live
    }

    /// Tells this instance's streams that the queue of `site_id` changed (after a commit).
    pub fn changed(&self, site_id: i32) {
        let _ = self.inner.signals.send(site_id);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Published>> {
        self.inner.boards.subscribe()
    }

    /// The last board sent for a site, if any stream asked for it before.
    pub fn latest(&self, site_id: i32) -> Option<Arc<Published>> {
        self.inner
            .latest
            .read()
            .ok()
            .and_then(|m| m.get(&site_id).cloned())
    }

    pub fn stopped(&self) -> CancellationToken {
        self.inner.stop.clone()
    }

    /// Keeps and sends `board` unless it is the one already sent.
    pub fn publish(&self, site_id: i32, board: Board) -> Arc<Published> {
        if let Some(last) = self.latest(site_id)
            && last.board.stamp == board.stamp
        {
            return last;
        }
        let json: Arc<str> = serde_json::to_string(&board)
            .expect("boards serialise")
            .into();
        let published = Arc::new(Published {
            site_id,
            board,
            json,
        });
        if let Ok(mut m) = self.inner.latest.write() {
            m.insert(site_id, published.clone());
        }
        let _ = self.inner.boards.send(published.clone());
        published
    }

    fn known_sites(&self) -> Vec<i32> {
        self.inner
            .latest
            .read()
            .map(|m| m.keys().copied().collect())
            .unwrap_or_default()
    }
}

/// Inside a change's transaction: other instances hear of it once it commits.
pub async fn notify<C: ConnectionTrait>(db: &C, site_id: i32) -> Result<(), DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_notify($1, $2)",
            [CHANNEL.into(), site_id.to_string().into()],
        ))
        .await?;
    }
    Ok(())
}

/// Turns signals into boards: a burst of signals for one site makes one board.
async fn hub(db: DatabaseConnection, live: Live, mut signals: mpsc::UnboundedReceiver<i32>) {
    let stop = live.stopped();
    let mut refresh = tokio::time::interval(REFRESH);
    refresh.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let mut sites: Vec<i32> = tokio::select! {
            _ = stop.cancelled() => return,
            Some(site) = signals.recv() => vec![site],
            _ = refresh.tick() => live.known_sites(),
        };
        while let Ok(site) = signals.try_recv() {
            sites.push(site);
        }
        sites.sort_unstable();
        sites.dedup();
        for site_id in sites {
            match super::board::load(&db, site_id, chrono::Utc::now()).await {
                Ok(Some(board)) => {
                    live.publish(site_id, board);
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, site_id, "queue board not computed"),
            }
        }
    }
}

/// One LISTEN connection per instance; signals the hub for every notification, and every
/// known site after a (re)connection.
async fn listen(db: DatabaseConnection, live: Live) {
    let stop = live.stopped();
    crate::store::listen::listen(
        db,
        CHANNEL,
        stop,
        |payload| {
            if let Ok(site) = payload.parse() {
                live.changed(site);
            }
        },
        || resync(&live),
    )
    .await
}

fn resync(live: &Live) {
    for site in live.known_sites() {
        live.changed(site);
    }
}
