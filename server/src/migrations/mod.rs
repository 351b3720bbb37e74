//! Schema migrations, run at start-up (`db::connect_and_migrate`). Never edit one that has
//! shipped: add a new `mYYYYMMDD_HHMMSS_name.rs` instead.

use sea_orm_migration::prelude::*;

mod m20261123_000001_initial;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(m20261123_000001_initial::Migration)]
    }
}
