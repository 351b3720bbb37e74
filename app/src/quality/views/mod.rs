//! The quality pages: the supervisors' `/agent/pilotage` (and its print view), the yearly
//! results, and the public `/statistiques`.

mod charts;
mod format;
mod pilotage;
mod results;

pub use pilotage::{PilotagePage, PilotagePrintPage};
pub use results::{ResultsPage, StatisticsPage};
