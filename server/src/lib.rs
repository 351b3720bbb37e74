//! The Guichet server: configuration, database and migrations, demo data, and the HTTP
//! application around the Leptos pages. `main.rs` only wires these together.

pub mod backup;
pub mod commands;
pub mod config;
pub mod db;
pub mod demo;
pub mod housekeeping;
pub mod mail_intake;
pub mod migrations;
pub mod notifier;
pub mod services;
pub mod survey_sender;
pub mod web;
