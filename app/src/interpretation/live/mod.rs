//! The language panel's live messages: what a paired screen shows, the resident's taps,
//! and changes in the requests for an interpreter ([`model`]), carried between streams
//! and server instances by the [`hub`].

#[cfg(feature = "ssr")]
pub mod hub;
pub mod model;
