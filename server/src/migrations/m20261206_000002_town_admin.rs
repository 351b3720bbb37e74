//! What administrators need to keep a town's objects up to date: sites and services that
//! can be retired (history keeps pointing at them) and a version on sites, services and
//! motifs so that two administrators saving the same one at once do not overwrite each
//! other silently. Desks and motifs already had their `active` flag.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Site {
    Table,
    Active,
    Version,
}

#[derive(DeriveIden)]
enum Service {
    Table,
    Active,
    Version,
}

#[derive(DeriveIden)]
enum Motif {
    Table,
    Version,
}

/// One column per statement: SQLite alters a table one column at a time.
fn add(table: impl IntoIden, column: &mut ColumnDef) -> TableAlterStatement {
    Table::alter().table(table).add_column(column).to_owned()
}

fn drop(table: impl IntoIden, column: impl IntoIden) -> TableAlterStatement {
    Table::alter().table(table).drop_column(column).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for alter in [
            add(Site::Table, boolean(Site::Active).default(true)),
            add(Site::Table, integer(Site::Version).default(0)),
            add(Service::Table, boolean(Service::Active).default(true)),
            add(Service::Table, integer(Service::Version).default(0)),
            add(Motif::Table, integer(Motif::Version).default(0)),
        ] {
            manager.alter_table(alter).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for alter in [
            drop(Motif::Table, Motif::Version),
            drop(Service::Table, Service::Version),
            drop(Service::Table, Service::Active),
            drop(Site::Table, Site::Version),
            drop(Site::Table, Site::Active),
        ] {
            manager.alter_table(alter).await?;
        }
        Ok(())
    }
}
