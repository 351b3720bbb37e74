//! Appointments (rendez-vous): the slot engine, the resident's booking pages and link,
//! the waitlist, and the store behind them.

pub mod admin;
pub mod agenda;
pub mod ics;
pub mod manage;
pub mod parts;
pub mod slots;
pub mod wizard;

#[cfg(feature = "ssr")]
pub mod changes;
#[cfg(feature = "ssr")]
pub mod links;
#[cfg(feature = "ssr")]
pub mod messages;
#[cfg(feature = "ssr")]
pub mod policy;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod waitlist;
