//! The town's reply templates (`reply_template`): a title and a text per kind of request
//! (or for any kind) and language, from which agents start a reply or a question.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReplyTemplate {
    Table,
    Id,
    Kind,
    Language,
    Title,
    Body,
    UpdatedBy,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReplyTemplate::Table)
                    .col(pk_auto(ReplyTemplate::Id))
                    .col(string_len_null(ReplyTemplate::Kind, 16))
                    .col(string_len(ReplyTemplate::Language, 8))
                    .col(string(ReplyTemplate::Title))
                    .col(text(ReplyTemplate::Body))
                    .col(integer(ReplyTemplate::UpdatedBy))
                    .col(timestamp_with_time_zone(ReplyTemplate::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ReplyTemplate::Table).to_owned())
            .await
    }
}
