//! Residents are not a table: a person is the records that share an e-mail address or a
//! phone number. `resident_link` says that two such keys are one person (the same resident
//! wrote from one address and phoned from a number), as a counsellor decided; undone by
//! deleting the row.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ResidentLink {
    Table,
    Id,
    KeyA,
    KeyB,
    AgentId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ResidentLink::Table)
                    .col(pk_auto(ResidentLink::Id))
                    .col(string(ResidentLink::KeyA))
                    .col(string(ResidentLink::KeyB))
                    .col(integer(ResidentLink::AgentId))
                    .col(timestamp_with_time_zone(ResidentLink::CreatedAt))
                    .to_owned(),
            )
            .await?;
        // One link per pair, stored in order (key_a < key_b): two counsellors merging the
        // same two people at once make one link.
        manager
            .create_index(
                Index::create()
                    .name("idx_resident_link_pair")
                    .table(ResidentLink::Table)
                    .col(ResidentLink::KeyA)
                    .col(ResidentLink::KeyB)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_resident_link_b")
                    .table(ResidentLink::Table)
                    .col(ResidentLink::KeyB)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ResidentLink::Table).to_owned())
            .await
    }
}
