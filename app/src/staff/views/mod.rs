//! The staff's own pages: the shared workstation's login, enrolling a workstation, the
//! staff home, the administration's index and the devices'
//! administration.

pub mod admin;
pub mod devices;
pub mod home;
pub mod login;
