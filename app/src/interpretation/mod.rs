//! The language panel: a phrasebook of verified sentences for the situations of a
//! town-hall desk, shown in French and in the resident's language side by side, read
//! aloud, turned towards the resident, with answers the resident taps.

pub mod catalogue;
pub mod filled;
pub mod interpreters;
pub mod live;
pub mod local_phrases;
pub mod pairing;
pub mod panel;
#[cfg(feature = "ssr")]
pub mod phrasebook;

pub use pairing::PairedScreenPage;
pub use panel::PanelPage;
