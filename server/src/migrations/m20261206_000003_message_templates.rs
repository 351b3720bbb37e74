//! A town's own wording of the messages to residents (`message_template`): one override
//! per kind, channel and language; without one the text of `locales/` is sent.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MessageTemplate {
    Table,
    Id,
    Kind,
    Channel,
    Language,
    Subject,
    Body,
    UpdatedBy,
    UpdatedAt,
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
                    .table(MessageTemplate::Table)
                    .col(pk_auto(MessageTemplate::Id))
                    .col(string_len(MessageTemplate::Kind, 16))
                    .col(string_len(MessageTemplate::Channel, 8))
                    .col(string_len(MessageTemplate::Language, 8))
                    .col(text_null(MessageTemplate::Subject))
                    .col(text(MessageTemplate::Body))
                    .col(integer(MessageTemplate::UpdatedBy))
                    .col(timestamp_with_time_zone(MessageTemplate::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageTemplate::Table, MessageTemplate::UpdatedBy)
                            .to(Agent::Table, Agent::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("message_template_one_per_kind_channel_language")
                    .table(MessageTemplate::Table)
                    .col(MessageTemplate::Kind)
                    .col(MessageTemplate::Channel)
                    .col(MessageTemplate::Language)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MessageTemplate::Table).to_owned())
            .await
    }
}
