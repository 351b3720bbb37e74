//! Retention: residents' personal data is kept for a period per kind (default 24 months,
//! `GUICHET_RETENTION_MONTHS` and `GUICHET_RETENTION`), then anonymised by a job the
//! server runs every few hours (`server::housekeeping`) or an administrator runs at once
//! (`guichet retention`). Each run that anonymised something writes one audit row with the
//! counts per kind; what indicators count stays. What anonymising a row writes is the base
//! module `store::anonymise`, shared with a person's erasure on request (`residents`).

pub mod periods;
#[cfg(feature = "ssr")]
pub mod store;

pub use periods::{Kind, Periods};
