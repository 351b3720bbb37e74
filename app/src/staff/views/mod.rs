//! The staff's own pages: the shared workstation's login, enrolling a workstation, the
//! staff home, the sections still to come, and the workstations' administration.

pub mod devices;
pub mod home;
pub mod login;
pub mod sections;
