//! Interpreters for the language panel: an interpreter booked for an appointment
//! (`interpreter_assignment`, one per appointment), and a counsellor's request for one now
//! (`interpreter_request`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum InterpreterAssignment {
    Table,
    AppointmentId,
    AgentId,
    AssignedBy,
    AssignedAt,
}

#[derive(DeriveIden)]
enum InterpreterRequest {
    Table,
    Id,
    SiteId,
    Place,
    RequestedBy,
    Language,
    Status,
    AcceptedBy,
    CreatedAt,
    AcceptedAt,
}

#[derive(DeriveIden)]
enum Agent {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Appointment {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Site {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(InterpreterAssignment::Table)
                    .col(integer(InterpreterAssignment::AppointmentId).primary_key())
                    .col(integer(InterpreterAssignment::AgentId))
                    .col(integer(InterpreterAssignment::AssignedBy))
                    .col(timestamp_with_time_zone(InterpreterAssignment::AssignedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                InterpreterAssignment::Table,
                                InterpreterAssignment::AppointmentId,
                            )
                            .to(Appointment::Table, Appointment::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(InterpreterAssignment::Table, InterpreterAssignment::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_interpreter_assignment_agent_id")
                    .table(InterpreterAssignment::Table)
                    .col(InterpreterAssignment::AgentId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(InterpreterRequest::Table)
                    .col(pk_auto(InterpreterRequest::Id))
                    .col(integer_null(InterpreterRequest::SiteId))
                    .col(string_len(InterpreterRequest::Place, 200))
                    .col(integer(InterpreterRequest::RequestedBy))
                    .col(string_len(InterpreterRequest::Language, 8))
                    .col(string_len(InterpreterRequest::Status, 16))
                    .col(integer_null(InterpreterRequest::AcceptedBy))
                    .col(timestamp_with_time_zone(InterpreterRequest::CreatedAt))
                    .col(timestamp_with_time_zone_null(
                        InterpreterRequest::AcceptedAt,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(InterpreterRequest::Table, InterpreterRequest::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(InterpreterRequest::Table, InterpreterRequest::RequestedBy)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_interpreter_request_status_language")
                    .table(InterpreterRequest::Table)
                    .col(InterpreterRequest::Status)
                    .col(InterpreterRequest::Language)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(InterpreterRequest::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(InterpreterAssignment::Table).to_owned())
            .await
    }
}
