//! Appointments (rendez-vous): the slot engine first; booking pages and server functions
//! come with the rest of the appointments work.

pub mod contact;
pub mod ics;
pub mod slots;
#[cfg(feature = "ssr")]
pub mod store;
