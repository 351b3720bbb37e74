//! Public actions whose pages come with later work (procedure sheets): until then each
//! says so plainly and gives what helps today, the sites' phone numbers and hours.

pub mod views;
