//! Procedure sheets (`procedure_sheet`: the facts of a procedure that no language changes)
//! and their texts (`procedure_text`: one row per saved version of one language's full or
//! easy-to-read text; residents read the latest published one).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ProcedureSheet {
    Table,
    Id,
    Slug,
    ServiceId,
    MotifId,
    Appointment,
    RequestKind,
    OnlineUrl,
    Legal,
    Sources,
    StaffNotes,
    OwnerAgentId,
    ReviewedOn,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProcedureText {
    Table,
    Id,
    SheetId,
    Language,
    Variant,
    Version,
    Body,
    Status,
    Level,
    BasedOn,
    AuthorAgentId,
    CreatedAt,
    FalcCheckedBy,
    FalcCheckedOn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProcedureSheet::Table)
                    .col(pk_auto(ProcedureSheet::Id))
                    .col(string_len_uniq(ProcedureSheet::Slug, 80))
                    .col(integer(ProcedureSheet::ServiceId))
                    .col(integer_null(ProcedureSheet::MotifId))
                    .col(string_len(ProcedureSheet::Appointment, 16))
                    .col(string_len_null(ProcedureSheet::RequestKind, 16))
                    .col(string_null(ProcedureSheet::OnlineUrl))
                    .col(text(ProcedureSheet::Legal))
                    .col(text(ProcedureSheet::Sources))
                    .col(text(ProcedureSheet::StaffNotes))
                    .col(integer_null(ProcedureSheet::OwnerAgentId))
                    .col(date(ProcedureSheet::ReviewedOn))
                    .col(timestamp_with_time_zone(ProcedureSheet::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProcedureText::Table)
                    .col(pk_auto(ProcedureText::Id))
                    .col(integer(ProcedureText::SheetId))
                    .col(string_len(ProcedureText::Language, 8))
                    .col(string_len(ProcedureText::Variant, 16))
                    .col(integer(ProcedureText::Version))
                    .col(text(ProcedureText::Body))
                    .col(string_len(ProcedureText::Status, 16))
                    .col(string_len_null(ProcedureText::Level, 16))
                    .col(integer_null(ProcedureText::BasedOn))
                    .col(integer_null(ProcedureText::AuthorAgentId))
                    .col(timestamp_with_time_zone(ProcedureText::CreatedAt))
                    .col(string_null(ProcedureText::FalcCheckedBy))
                    .col(date_null(ProcedureText::FalcCheckedOn))
                    .to_owned(),
            )
            .await?;
        // One number per version of a text: two editors saving at once cannot both
        // write version 3.
        manager
            .create_index(
                Index::create()
                    .name("idx_procedure_text_version")
                    .table(ProcedureText::Table)
                    .col(ProcedureText::SheetId)
                    .col(ProcedureText::Language)
                    .col(ProcedureText::Variant)
                    .col(ProcedureText::Version)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProcedureText::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ProcedureSheet::Table).to_owned())
            .await
    }
}
