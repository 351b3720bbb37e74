//! Notifications to residents (SMS and e-mail) through an outbox: a row is written in the
//! same transaction as the change it announces, and a background worker sends it later
//! with retries. Transports (SMTP, SMS providers, the demo journal) plug in behind
//! `outbox::Transport`.

pub mod backoff;
mod journal;
#[cfg(feature = "ssr")]
pub mod outbox;

pub use journal::MessageJournalPage;
