//! Visitors' pages, one a file, and the parts they share.

pub mod home;
pub mod kiosk;
mod parts;
pub mod screen;
pub mod ticket;

pub use home::{TakeTicketPage, TicketSitesPage};
pub use kiosk::{KioskPage, KioskTicketPage};
pub use screen::ScreenPage;
pub use ticket::TicketPage;
