//! Paired resident screens of the language panel (`pairing`): one row per open pairing,
//! deleted when it ends. The exchange itself is never written anywhere.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Pairing {
    Table,
    Id,
    Code,
    AgentId,
    Language,
    ScreenKey,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Agent {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Pairing::Table)
                    .col(pk_auto(Pairing::Id))
                    .col(string_len(Pairing::Code, 6).unique_key())
                    .col(integer(Pairing::AgentId).unique_key())
                    .col(string_len(Pairing::Language, 8))
                    .col(string_len_null(Pairing::ScreenKey, 64))
                    .col(timestamp_with_time_zone(Pairing::CreatedAt))
                    .col(timestamp_with_time_zone(Pairing::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Pairing::Table, Pairing::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Pairing::Table).to_owned())
            .await
    }
}
