//! The language panel: a phrasebook of verified sentences for the situations of a
//! town-hall desk, shown in French and in the resident's language side by side, read
//! aloud, turned towards the resident, with answers the resident taps.
//!
//! Its parts: the counsellor's `panel`, the resident's screen paired with it (`pairing`),
//! `interpreters` asked for from it, the town's own phrases (`local_phrases`), and the
//! `live` hub carrying the exchange. What they share is in `model` and `store`; the
//! phrasebook's structure (`catalogue`) and values (`filled`) are pure.

pub mod catalogue;
pub mod filled;
pub mod interpreters;
pub mod live;
pub mod local_phrases;
pub mod model;
pub mod pairing;
pub mod panel;
#[cfg(feature = "ssr")]
pub mod phrasebook;
#[cfg(feature = "ssr")]
pub mod store;
