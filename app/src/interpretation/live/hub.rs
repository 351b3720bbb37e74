//! Live delivery for the language panel, in memory: between a counsellor's panel and the
//! paired resident screen, and from counsellors asking for an interpreter to interpreters.
//!
//! Each instance keeps, per pairing code, what the screen shows now and the resident's
//! last answer, and broadcasts every change to its open streams. With several instances on
//! one PostgreSQL, a change is also sent through `pg_notify` (the payload carries it; it is
//! never written to a table) and the other instances replay it locally; an instance skips
//! its own notifications, which it delivered already. Nothing survives a restart, by design:
//! a pairing is one visit.

use super::model::Message;
use crate::interpretation::model::Pair;
use crate::interpretation::pairing::model::ScreenState;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use tokio::sync::broadcast;
use tokio_util::sync::CancellationToken;

/// The PostgreSQL channel of pairing messages.
pub const CHANNEL: &str = "guichet_pairing";

#[derive(Serialize, Deserialize)]
struct Wire {
    origin: u64,
    message: Message,
}

#[derive(Clone)]
pub struct Hub {
    inner: Arc<Inner>,
}

struct Inner {
    db: DatabaseConnection,
    /// Tells this instance's notifications from the others'.
    origin: u64,
    sender: broadcast::Sender<Arc<Message>>,
    screens: RwLock<HashMap<String, ScreenState>>,
    answers: RwLock<HashMap<String, Pair>>,
    listening: crate::store::listen::Listening,
    stop: CancellationToken,
}

impl Hub {
    /// This instance's hub, provided by the server wiring.
    pub fn from_context() -> Result<Hub, crate::errors::AppError> {
        crate::state::context()
    }

    /// Starts this instance's hub (and, on PostgreSQL, its listener); streams end with `stop`.
    pub fn start(db: DatabaseConnection, stop: CancellationToken) -> Hub {
        let (sender, _) = broadcast::channel(256);
        let hub = Hub {
            inner: Arc::new(Inner {
                origin: rand::random(),
                db: db.clone(),
                sender,
                screens: RwLock::new(HashMap::new()),
                answers: RwLock::new(HashMap::new()),
                listening: crate::store::listen::Listening::for_backend(db.get_database_backend()),
                stop,
            }),
        };
        if db.get_database_backend() == DbBackend::Postgres {
            tokio::spawn(listen(hub.clone()));
        }
        hub
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Message>> {
        self.inner.sender.subscribe()
    }

    pub fn stopped(&self) -> CancellationToken {
        self.inner.stop.clone()
    }

    /// Returns once this instance hears the other instances' messages.
    pub async fn listening(&self) {
        self.inner.listening.heard().await
    }

    /// What the screen of `code` shows now, if anything was sent to it.
    pub fn screen(&self, code: &str) -> Option<ScreenState> {
        self.inner.screens.read().ok()?.get(code).cloned()
    }

    /// The resident's last answer on the screen of `code`.
    pub fn answer(&self, code: &str) -> Option<Pair> {
        self.inner.answers.read().ok()?.get(code).cloned()
    }

    /// Delivers `message` here and to the other instances.
    pub async fn send(&self, message: Message) -> Result<(), DbErr> {
        self.deliver(message.clone());
        if self.inner.db.get_database_backend() == DbBackend::Postgres {
            let wire = serde_json::to_string(&Wire {
                origin: self.inner.origin,
                message,
            })
            .expect("pairing messages serialise");
            self.inner
                .db
                .execute_raw(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    "SELECT pg_notify($1, $2)",
                    [CHANNEL.into(), wire.into()],
                ))
                .await?;
        }
        Ok(())
    }

    /// Forgets a pairing that ended (its screen was told already).
    pub fn forget(&self, code: &str) {
        if let Ok(mut m) = self.inner.answers.write() {
            m.remove(code);
        }
        if let Ok(mut m) = self.inner.screens.write() {
            m.remove(code);
        }
    }

    fn deliver(&self, message: Message) {
        match &message {
            Message::Screen { code, state } => {
                if let Ok(mut m) = self.inner.screens.write() {
                    if state.ended {
                        m.remove(code);
                    } else {
                        m.insert(code.clone(), state.clone());
                    }
                }
                if state.ended
                    && let Ok(mut m) = self.inner.answers.write()
                {
                    m.remove(code);
                }
            }
            Message::Answer { code, answer } => {
                if let Ok(mut m) = self.inner.answers.write() {
                    m.insert(code.clone(), answer.clone());
                }
            }
            Message::Joined { .. } | Message::Requests { .. } => {}
        }
        let _ = self.inner.sender.send(Arc::new(message));
    }
}

/// One LISTEN connection per instance, replaying the other instances' messages here. After
/// a reconnection nothing is replayed: the counsellor sends the phrase again if needed.
async fn listen(hub: Hub) {
    let db = hub.inner.db.clone();
    crate::store::listen::listen(
        db,
        CHANNEL,
        hub.stopped(),
        hub.inner.listening.clone(),
        |payload| match serde_json::from_str::<Wire>(payload) {
            Ok(w) if w.origin != hub.inner.origin => hub.deliver(w.message),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "unreadable pairing message"),
        },
        || {},
    )
    .await
}
