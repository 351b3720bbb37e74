//! Schema migrations, run at start-up (`db::connect_and_migrate`). Never edit one that has
//! shipped: add a new `mYYYYMMDD_HHMMSS_name.rs` instead.

use sea_orm_migration::prelude::*;

mod m20261123_000001_initial;
mod m20261123_000002_ticket_numbers_by_code;
mod m20261123_000003_pairings;
mod m20261123_000004_interpreters;
mod m20261123_000005_local_phrases;
mod m20261206_000002_town_admin;
mod m20261206_000003_message_templates;
mod m20261206_000004_requests;
mod m20261206_000005_request_postal_address;
mod m20261206_000006_request_files;
mod m20261206_000007_reply_templates;
mod m20261207_000008_resident_links;
mod m20261207_000009_campaigns;
mod m20261207_000010_procedure_sheets;
mod m20261207_000011_quality;
mod m20261207_000012_quality_days;
mod m20261208_000013_pin_lockouts;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_initial::Migration),
            Box::new(m20261123_000002_ticket_numbers_by_code::Migration),
            Box::new(m20261123_000003_pairings::Migration),
            Box::new(m20261123_000004_interpreters::Migration),
            Box::new(m20261123_000005_local_phrases::Migration),
            Box::new(m20261206_000002_town_admin::Migration),
            Box::new(m20261206_000003_message_templates::Migration),
            Box::new(m20261206_000004_requests::Migration),
            Box::new(m20261206_000005_request_postal_address::Migration),
            Box::new(m20261206_000006_request_files::Migration),
            Box::new(m20261206_000007_reply_templates::Migration),
            Box::new(m20261207_000008_resident_links::Migration),
            Box::new(m20261207_000009_campaigns::Migration),
            Box::new(m20261207_000010_procedure_sheets::Migration),
            Box::new(m20261207_000011_quality::Migration),
            Box::new(m20261207_000012_quality_days::Migration),
            Box::new(m20261208_000013_pin_lockouts::Migration),
        ]
    }
}
