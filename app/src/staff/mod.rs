//! Staff access on shared workstations: enrolment of workstations, sign-in by name and PIN,
//! auto-lock, "changer de conseiller", roles, and the staff home with its navigation.

mod devices;
pub mod frame;
pub mod home;
#[cfg(feature = "ssr")]
pub mod identity;
mod login;
pub mod model;
pub mod page;
pub mod roles;
mod sections;

#[cfg(feature = "ssr")]
pub mod pin;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod tokens;

pub use devices::{AdminDevicesPage, EnrolPage};
pub use home::StaffHomePage;
pub use login::LoginPage;
pub use model::Me;
pub use roles::{Role, StaffSection};
pub use sections::StaffSectionPage;
