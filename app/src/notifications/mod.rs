//! Notifications to residents (SMS and e-mail) through an outbox: a row is written in the
//! same transaction as the change it announces, and a background worker sends it later
//! with retries. Transports (SMTP, SMS providers, the demo journal) live in the server.

pub mod backoff;
mod journal;
#[cfg(feature = "ssr")]
pub mod outbox;
#[cfg(feature = "ssr")]
pub mod templates;

pub use journal::MessageJournalPage;
