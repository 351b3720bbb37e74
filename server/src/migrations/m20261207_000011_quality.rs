//! Quality: each flash-survey answer tied to the exact visit, appointment or reply it is
//! about (who served, which service, which campaign, how it was asked), the optional
//! questions, and the yearly survey campaigns a supervisor opens and closes; the
//! addresses of residents who asked never to be surveyed again; indexes the indicators
//! read by period.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SurveyResponse {
    Table,
    TicketId,
    AppointmentId,
    RequestId,
    AgentId,
    ServiceId,
    CampaignId,
    Source,
    Clarity,
    ChannelsTried,
    ContactId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SurveyCampaign {
    Table,
    Id,
    Name,
    OpenedAt,
    OpenedBy,
    ClosesOn,
    ClosedAt,
    ClosedBy,
}

#[derive(DeriveIden)]
enum SurveyOptOut {
    Table,
    Id,
    RecipientHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Ticket {
    Table,
    ArrivalAt,
}

#[derive(DeriveIden)]
enum Contact {
    Table,
    TicketId,
    StartedAt,
}

#[derive(DeriveIden)]
enum Request {
    Table,
    ReceivedAt,
}

fn add(column: ColumnDef) -> TableAlterStatement {
    // One column per statement: SQLite alters one at a time.
    Table::alter()
        .table(SurveyResponse::Table)
        .add_column(column)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use SurveyResponse as S;
        for column in [
            integer_null(S::TicketId),
            integer_null(S::AppointmentId),
            integer_null(S::RequestId),
            integer_null(S::AgentId),
            integer_null(S::ServiceId),
            integer_null(S::CampaignId),
            // sms, email, qr (the kiosk receipt), kiosk (the smileys at the door).
            string_len(S::Source, 16).default("sms").to_owned(),
            small_integer_null(S::Clarity),
            string_len_null(S::ChannelsTried, 64),
        ] {
            manager.alter_table(add(column)).await?;
        }
        // One survey per contact and per reply, whichever path asked it.
        manager
            .create_index(
                Index::create()
                    .name("idx_survey_response_contact")
                    .table(S::Table)
                    .col(S::ContactId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_survey_response_request")
                    .table(S::Table)
                    .col(S::RequestId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_survey_response_created_at")
                    .table(S::Table)
                    .col(S::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_ticket_arrival_at")
                    .table(Ticket::Table)
                    .col(Ticket::ArrivalAt)
                    .to_owned(),
            )
            .await?;
        // A visit's desk contacts, read with its ticket by the indicators; and the
        // contacts without a ticket (other channels, appointments) of a period.
        manager
            .create_index(
                Index::create()
                    .name("idx_contact_ticket_id")
                    .table(Contact::Table)
                    .col(Contact::TicketId)
                    .col(Contact::StartedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_request_received_at")
                    .table(Request::Table)
                    .col(Request::ReceivedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyCampaign::Table)
                    .col(pk_auto(SurveyCampaign::Id))
                    .col(string_len(SurveyCampaign::Name, 120))
                    .col(timestamp_with_time_zone(SurveyCampaign::OpenedAt))
                    .col(integer_null(SurveyCampaign::OpenedBy))
                    .col(date(SurveyCampaign::ClosesOn))
                    .col(timestamp_with_time_zone_null(SurveyCampaign::ClosedAt))
                    .col(integer_null(SurveyCampaign::ClosedBy))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyOptOut::Table)
                    .col(pk_auto(SurveyOptOut::Id))
                    .col(string_len_uniq(SurveyOptOut::RecipientHash, 64))
                    .col(timestamp_with_time_zone(SurveyOptOut::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SurveyOptOut::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SurveyCampaign::Table).to_owned())
            .await?;
        for name in [
            "idx_request_received_at",
            "idx_contact_ticket_id",
            "idx_ticket_arrival_at",
            "idx_survey_response_created_at",
            "idx_survey_response_request",
            "idx_survey_response_contact",
        ] {
            manager
                .drop_index(Index::drop().name(name).to_owned())
                .await?;
        }
        use SurveyResponse as S;
        for column in [
            S::ChannelsTried,
            S::Clarity,
            S::Source,
            S::CampaignId,
            S::ServiceId,
            S::AgentId,
            S::RequestId,
            S::AppointmentId,
            S::TicketId,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(S::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
