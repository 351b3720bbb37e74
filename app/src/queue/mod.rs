//! One queue for every service: tickets from the entrance kiosk, from home and from the
//! desk; the counsellor's desk; the waiting-room screen; a resident's ticket, all kept live
//! by one stream per site; and each site's settings.
//!
//! The parts: `visitors/` (kiosk, ticket from home, ticket page, screen), `desk/` (the
//! counsellor's desk) and `settings/` (each site's settings, for administrators), each
//! with its server functions (`mod.rs`), `model`, `views` and `store`; what they share
//! here: the model, the store of the queue itself, its live hub, and the pure rules
//! (`order`, `estimate`, `board`).

pub mod desk;
pub mod estimate;
pub mod model;
pub mod order;
pub mod settings;
pub mod visitors;

#[cfg(feature = "ssr")]
pub mod board;
#[cfg(feature = "hydrate")]
mod client;
#[cfg(feature = "ssr")]
pub mod live;
#[cfg(feature = "ssr")]
mod messages;
#[cfg(feature = "ssr")]
pub mod store;
