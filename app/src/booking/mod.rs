//! Appointments (rendez-vous): the slot engine, the resident's booking pages and link,
//! the waitlist, the counsellors' agenda and the administration of what booking works
//! from.
//!
//! Each part is a folder of the feature template (`mod.rs` server functions, `model.rs`,
//! `views.rs`, `store.rs`): `wizard/` (`/rendez-vous`), `manage/` (the resident's link),
//! `agenda/` (`/agent/rendez-vous`), `admin/` (sites, motifs, schedules), `settings/` (the
//! rules a town changes at run time). This folder holds
//! what they share: the DTOs (`model`), the pieces of pages (`views`), the store and its
//! error (`store`), and the rules and helpers with one job each.

pub mod admin;
pub mod agenda;
pub mod ics;
pub mod manage;
pub mod model;
pub mod settings;
pub mod slots;
pub mod views;
pub mod wizard;

#[cfg(feature = "ssr")]
pub mod changes;
#[cfg(feature = "ssr")]
pub mod draft;
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
