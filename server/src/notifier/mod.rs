//! The background worker that empties the notification outbox through a transport, and
//! the transports: SMTP for e-mail, a provider's HTTP API for SMS, and the demo's journal,
//! which keeps messages in the outbox for admins to read at /agent/admin/messages instead
//! of sending them. Each channel without a configured transport goes to the journal.

pub mod sms;
pub mod smtp;

use app::notifications::outbox::{claim_due, hold, mark_failed, mark_sent};
use app::store::entities::notification;
use chrono::Utc;
use sea_orm::{DatabaseConnection, DbErr};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Something that delivers a message (SMTP, an SMS provider's HTTP API, the journal).
pub trait Transport: Send + Sync + 'static {
    /// Delivers, or says why not (kept as the message's last error).
    fn send(
        &self,
        message: &notification::Model,
    ) -> impl std::future::Future<Output = Result<(), String>> + Send;

    /// Whether what this transport sends on `channel` reaches the resident (not kept for
    /// reading only, as the journal does).
    fn delivers(&self, channel: &str) -> bool {
        let _ = channel;
        true
    }
}

/// The demo default: nothing leaves the machine, every message is shown to admins.
pub struct Journal;

impl Transport for Journal {
    async fn send(&self, message: &notification::Model) -> Result<(), String> {
        tracing::info!(
            id = message.id,
            channel = %message.channel,
            template = %message.template,
            "journal: message kept for /agent/admin/messages"
        );
        Ok(())
    }

    fn delivers(&self, _channel: &str) -> bool {
        false
    }
}

/// The configured transport of each channel; the journal where none is configured.
pub struct Transports {
    pub email: Option<smtp::Smtp>,
    pub sms: Option<sms::HttpSms>,
}

impl Transports {
    pub fn from_config(config: &crate::config::Config) -> Result<Transports, String> {
        Ok(Transports {
            email: match &config.smtp_url {
                Some(url) => Some(smtp::Smtp::new(url, &config.smtp_from)?),
                None => None,
            },
            sms: match &config.sms {
                Some(c) => Some(sms::HttpSms::new(c.clone())?),
                None => None,
            },
        })
    }
}

impl Transport for Transports {
    async fn send(&self, message: &notification::Model) -> Result<(), String> {
        match (message.channel.as_str(), &self.email, &self.sms) {
            ("email", Some(smtp), _) => smtp.send(message).await,
            ("sms", _, Some(sms)) => sms.send(message).await,
            _ => Journal.send(message).await,
        }
    }

    fn delivers(&self, channel: &str) -> bool {
        match channel {
            "email" => self.email.is_some(),
            "sms" => self.sms.is_some(),
            _ => false,
        }
    }
}

/// Sends what is due now; returns how many messages were tried.
pub async fn run_once<T: Transport>(
    db: &DatabaseConnection,
    transport: &T,
) -> Result<usize, DbErr> {
    let batch = claim_due(db, 20, Utc::now()).await?;
    for claimed in &batch {
        // A slow batch may outlive a lease: the message is sent only if still ours.
        let Some(message) = hold(db, claimed, Utc::now()).await? else {
            tracing::warn!(
                id = claimed.id,
                "notification taken by another worker: not sent here"
            );
            continue;
        };
        match transport.send(&message).await {
            Ok(()) => {
                let delivered = transport.delivers(&message.channel);
                mark_sent(db, &message, delivered, Utc::now()).await?;
            }
            Err(error) => {
                tracing::warn!(id = message.id, %error, "notification not sent");
                mark_failed(db, &message, &error, Utc::now()).await?;
            }
        }
    }
    Ok(batch.len())
}

/// Runs the worker until `stop` is cancelled (graceful shutdown).
pub fn spawn<T: Transport>(
    db: DatabaseConnection,
    transport: T,
    stop: CancellationToken,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let pause = match run_once(&db, &transport).await {
                Ok(n) if n > 0 => Duration::from_millis(100),
                Ok(_) => Duration::from_secs(2),
                Err(e) => {
                    tracing::error!(error = %e, "notification worker: database error");
                    Duration::from_secs(5)
                }
            };
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = tokio::time::sleep(pause) => {}
            }
        }
    })
}
