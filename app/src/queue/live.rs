//! Live queue updates for screens, desks and phones. Every change of a site's queue ends
//! in a signal "site N changed"; one task per server instance turns signals into the
//! site's [`Board`], once, and broadcasts it to every open stream of that site.
//!
//! Several instances on one PostgreSQL: a change also runs `pg_notify` inside its
//! transaction (delivered at commit), and each instance LISTENs and signals its own hub.
//! Notifications sent while the listener is reconnecting are lost, so after a reconnect
//! every known site is recomputed. A board that did not change is not sent again, so a
//! signal heard twice (locally and through PostgreSQL) costs one query, not one event.
//!
//! Boards are read through the store (`store::board`); the store's page reads find the
//! boards kept here through its `Boards` trait.
//!
//! The hub also ends the streams of revoked waiting-room screens: every few seconds one
//! query asks which of the devices following a stream on this instance were revoked (on
//! any instance), whatever the number of screens; nothing is read per event or per screen.

use super::model::Board;
use super::store::{self, Boards, CHANNEL};
use sea_orm::{DatabaseConnection, DbBackend, DbErr};
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tokio::sync::{broadcast, mpsc, watch};
use tokio_util::sync::CancellationToken;

/// Waits change with the clock even when nobody acts: boards are recomputed this often.
const REFRESH: Duration = Duration::from_secs(30);
/// How soon a revoked screen's stream ends, at most (plus the query's time).
const DEVICE_CHECK: Duration = Duration::from_secs(2);

/// A board ready to send: serialised once for every stream.
#[derive(Debug)]
pub struct Published {
    pub site_id: i32,
    pub board: Board,
    pub json: Arc<str>,
    /// When its reading began: a board read earlier never replaces one read later.
    read: u64,
}

/// Which board of a site [`Live::board_of_site`] answers with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fresh {
    /// The one kept for the streams, read now if there is none yet.
    Kept,
    /// One read now (and kept and sent, unless it is the one already sent).
    Now,
}

#[derive(Clone)]
pub struct Live {
    inner: Arc<Inner>,
}

struct Inner {
    signals: mpsc::UnboundedSender<i32>,
    boards: broadcast::Sender<Arc<Published>>,
    latest: RwLock<HashMap<i32, Arc<Published>>>,
    /// Numbers the readings of boards, in the order they begin.
    readings: AtomicU64,
    listening: crate::store::listen::Listening,
    stop: CancellationToken,
    /// Open streams per device that follows them (the screens).
    following: Mutex<HashMap<i32, usize>>,
    /// Which of those devices were found revoked.
    revoked: watch::Sender<HashSet<i32>>,
}

impl Live {
    /// This instance's hub, provided by the server wiring.
    pub fn from_context() -> Result<Live, crate::errors::AppError> {
        crate::state::context()
    }

    /// Starts this instance's hub (and, on PostgreSQL, its listener). Everything ends when
    /// `stop` is cancelled, open streams included.
    pub fn start(db: DatabaseConnection, stop: CancellationToken) -> Live {
        let (live, receiver) = Live::new(stop, db.get_database_backend());
        tokio::spawn(hub(db.clone(), live.clone(), receiver));
        tokio::spawn(watch_devices(db.clone(), live.clone()));
        if db.get_database_backend() == DbBackend::Postgres {
            tokio::spawn(listen(db, live.clone()));
        }
        live
    }

    fn new(stop: CancellationToken, backend: DbBackend) -> (Live, mpsc::UnboundedReceiver<i32>) {
        let (signals, receiver) = mpsc::unbounded_channel();
        // Room for bursts; a stream that falls further behind skips to the latest board.
        let (boards, _) = broadcast::channel(256);
        let live = Live {
            inner: Arc::new(Inner {
                signals,
                boards,
                latest: RwLock::new(HashMap::new()),
                readings: AtomicU64::new(0),
                listening: crate::store::listen::Listening::for_backend(backend),
                stop,
                following: Mutex::new(HashMap::new()),
                revoked: watch::Sender::new(HashSet::new()),
            }),
        };
        (live, receiver)
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

    /// Completes once the device `device_id` is found revoked (within [`DEVICE_CHECK`]);
    /// the device counts as following a stream until the future is dropped.
    pub fn until_revoked(&self, device_id: i32) -> impl Future<Output = ()> + Send + 'static {
        let following = Following::new(self.inner.clone(), device_id);
        let mut revoked = self.inner.revoked.subscribe();
        async move {
            let _following = following;
            // An error means the hub is gone, and its streams with it.
            let _ = revoked.wait_for(|ids| ids.contains(&device_id)).await;
        }
    }

    fn followers(&self) -> Vec<i32> {
        self.inner
            .following
            .lock()
            .map(|m| m.keys().copied().collect())
            .unwrap_or_default()
    }

    /// Returns once this instance hears the other instances' changes.
    pub async fn listening(&self) {
        self.inner.listening.heard().await
    }

    /// Reads the site's board now and keeps and sends it, unless it is the one already sent
    /// or a reading begun later was kept first (a slow reading that started before a
    /// change would otherwise put the old board back on every screen). `None`: no such site.
    pub async fn read(
        &self,
        db: &DatabaseConnection,
        site_id: i32,
    ) -> Result<Option<Arc<Published>>, DbErr> {
        let read = self.inner.readings.fetch_add(1, Ordering::SeqCst);
        let Some(board) = store::board(db, site_id, chrono::Utc::now()).await? else {
            return Ok(None);
        };
        Ok(Some(self.publish(site_id, board, read)))
    }

    /// The last board kept for a site, or a fresh reading when there is none yet.
    pub async fn latest_or_read(
        &self,
        db: &DatabaseConnection,
        site_id: i32,
    ) -> Result<Option<Arc<Published>>, DbErr> {
        match self.latest(site_id) {
            Some(p) => Ok(Some(p)),
            None => self.read(db, site_id).await,
        }
    }

    /// The board of the site of an address (`None`: no such site): the one kept for the
    /// streams, or, `fresh`, one read now.
    pub async fn board_of_site(
        &self,
        db: &DatabaseConnection,
        slug: &str,
        fresh: Fresh,
    ) -> Result<Option<Arc<Published>>, DbErr> {
        let Some(site) = store::site_of(db, slug).await? else {
            return Ok(None);
        };
        match fresh {
            Fresh::Kept => self.latest_or_read(db, site.id).await,
            Fresh::Now => self.read(db, site.id).await,
        }
    }

    fn publish(&self, site_id: i32, board: Board, read: u64) -> Arc<Published> {
        let fresh = Arc::new(Published::new(site_id, board, read));
        let Ok(mut latest) = self.inner.latest.write() else {
            // A panic while holding the lock: serve the reading without keeping it.
            return fresh;
        };
        if let Some(last) = latest.get(&site_id)
            && (last.read > read || last.board.stamp == fresh.board.stamp)
        {
            return last.clone();
        }
        latest.insert(site_id, fresh.clone());
        // Sent under the lock, so that streams receive boards in the order they are kept.
        let _ = self.inner.boards.send(fresh.clone());
        fresh
    }

    fn known_sites(&self) -> Vec<i32> {
        self.inner
            .latest
            .read()
            .map(|m| m.keys().copied().collect())
            .unwrap_or_default()
    }
}

impl Published {
    fn new(site_id: i32, board: Board, read: u64) -> Published {
        let json: Arc<str> = serde_json::to_string(&board)
            .expect("boards serialise")
            .into();
        Published {
            site_id,
            board,
            json,
            read,
        }
    }
}

impl Boards for Live {
    fn latest_stamp(&self, site_id: i32) -> Option<String> {
        self.latest(site_id).map(|p| p.board.stamp.clone())
    }

    async fn board(&self, db: &DatabaseConnection, site_id: i32) -> Result<Option<Board>, DbErr> {
        Ok(self
            .latest_or_read(db, site_id)
            .await?
            .map(|p| p.board.clone()))
    }
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
            if let Err(e) = live.read(&db, site_id).await {
                tracing::warn!(error = %e, site_id, "queue board not computed");
            }
        }
    }
}

/// A device following a stream, counted while it does.
struct Following {
    inner: Arc<Inner>,
    device_id: i32,
}

impl Following {
    fn new(inner: Arc<Inner>, device_id: i32) -> Following {
        if let Ok(mut m) = inner.following.lock() {
            *m.entry(device_id).or_default() += 1;
        }
        Following { inner, device_id }
    }
}

impl Drop for Following {
    fn drop(&mut self) {
        if let Ok(mut m) = self.inner.following.lock()
            && let Some(n) = m.get_mut(&self.device_id)
        {
            *n -= 1;
            if *n == 0 {
                m.remove(&self.device_id);
            }
        }
    }
}

/// Every [`DEVICE_CHECK`], one query for all the devices following streams here: those
/// revoked end their streams. The set is replaced each time, so it only ever holds devices
/// still following (a revocation is for good: a stream opened meanwhile is caught next).
async fn watch_devices(db: DatabaseConnection, live: Live) {
    use crate::store::entities::device;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
    let stop = live.stopped();
    let mut tick = tokio::time::interval(DEVICE_CHECK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = stop.cancelled() => return,
            _ = tick.tick() => {}
        }
        let ids = live.followers();
        let revoked: HashSet<i32> = if ids.is_empty() {
            HashSet::new()
        } else {
            let found = device::Entity::find()
                .select_only()
                .column(device::Column::Id)
                .filter(device::Column::Id.is_in(ids))
                .filter(device::Column::RevokedAt.is_not_null())
                .into_tuple::<i32>()
                .all(&db)
                .await;
            match found {
                Ok(found) => found.into_iter().collect(),
                Err(e) => {
                    tracing::warn!(error = %e, "revoked devices not checked");
                    continue;
                }
            }
        };
        live.inner.revoked.send_if_modified(|current| {
            let changed = *current != revoked;
            if changed {
                *current = revoked;
            }
            changed
        });
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
        live.inner.listening.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::queue::estimate::Pace;

    fn board(stamp: &str, waiting: u32) -> Board {
        Board {
            site: "mairie".into(),
            site_name: "Mairie".into(),
            stamp: stamp.into(),
            calls: Vec::new(),
            waits: Vec::new(),
            waiting,
            pace: Pace {
                visit_seconds: 600,
                desks: 1,
            },
        }
    }

    #[test]
    fn a_reading_begun_earlier_never_replaces_a_later_one() {
        let (live, _signals) = Live::new(CancellationToken::new(), DbBackend::Sqlite);
        let mut screen = live.subscribe();
        // The reading begun after the call finishes first...
        let after_call = live.publish(1, board("after", 0), 2);
        assert_eq!(after_call.board.stamp, "after");
        // ...and the one begun before it, slower, must not put the old board back.
        let kept = live.publish(1, board("before", 1), 1);
        assert_eq!(kept.board.stamp, "after");
        assert_eq!(live.latest(1).unwrap().board.stamp, "after");
        assert_eq!(screen.try_recv().unwrap().board.stamp, "after");
        assert!(screen.try_recv().is_err(), "the old board reached a screen");
    }

    #[test]
    fn the_same_board_is_sent_once_and_other_sites_are_apart() {
        let (live, _signals) = Live::new(CancellationToken::new(), DbBackend::Sqlite);
        let mut screen = live.subscribe();
        live.publish(1, board("a", 0), 1);
        live.publish(1, board("a", 0), 2);
        live.publish(2, board("b", 3), 0);
        assert_eq!(screen.try_recv().unwrap().site_id, 1);
        assert_eq!(screen.try_recv().unwrap().site_id, 2);
        assert!(screen.try_recv().is_err());
        assert_eq!(live.latest(2).unwrap().board.waiting, 3);
    }
}
