//! The server's integration tests, in one binary: one module per feature or concern, each
//! test on a SQLite file and on PostgreSQL (`common`). One binary links once, where one per
//! file linked the whole stack sixteen times in every cold CI run.

mod common;

mod agenda;
mod agents_admin;
mod appointments;
mod backups;
mod booking;
mod booking_admin;
mod booking_pages;
mod booking_queries;
mod campaigns;
mod crash_safety;
mod demo_data;
mod devices;
mod first_admin;
mod hostile_input;
mod http;
mod interpretation;
mod interpretation_pairing;
mod interpreters;
mod letters;
mod limits;
mod local_phrases;
mod mail_intake;
mod outbox;
mod privacy;
mod procedures;
mod quality;
mod quality_days;
mod queue;
mod queue_live;
mod queue_pages;
mod requests;
mod residents;
mod reverse_proxy;
mod settings_admin;
mod staff_access;
mod staff_alerts;
mod surveys;
mod town_admin;
mod transports;
