//! Files kept with a request (a letter's scan, an e-mail's attachments), the e-mails
//! already received, by Message-ID, so that a message delivered twice makes one request,
//! how a reply or a question reached the resident (e-mail, SMS, letter), and the request a
//! duplicate was merged into.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RequestFile {
    Table,
    Id,
    RequestId,
    EventId,
    FileName,
    ContentType,
    Size,
    Content,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Request {
    Table,
    MergedIntoId,
}

#[derive(DeriveIden)]
enum RequestEvent {
    Table,
    Means,
}

#[derive(DeriveIden)]
enum InboundMail {
    Table,
    Id,
    MessageId,
    RequestId,
    ReceivedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RequestFile::Table)
                    .col(pk_auto(RequestFile::Id))
                    .col(integer(RequestFile::RequestId))
                    .col(integer_null(RequestFile::EventId))
                    .col(string(RequestFile::FileName))
                    .col(string(RequestFile::ContentType))
                    .col(integer(RequestFile::Size))
                    .col(blob(RequestFile::Content))
                    .col(timestamp_with_time_zone(RequestFile::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_request_file_request")
                    .table(RequestFile::Table)
                    .col(RequestFile::RequestId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(InboundMail::Table)
                    .col(pk_auto(InboundMail::Id))
                    .col(string(InboundMail::MessageId).unique_key())
                    .col(integer(InboundMail::RequestId))
                    .col(timestamp_with_time_zone(InboundMail::ReceivedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RequestEvent::Table)
                    .add_column(string_null(RequestEvent::Means))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Request::Table)
                    .add_column(integer_null(Request::MergedIntoId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Request::Table)
                    .drop_column(Request::MergedIntoId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RequestEvent::Table)
                    .drop_column(RequestEvent::Means)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(InboundMail::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(RequestFile::Table).to_owned())
            .await
    }
}
