//! "Aller vers" campaigns: a list of residents to call (`campaign`), each person a line
//! (`campaign_call`) that counsellors take one at a time and close with an outcome.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Campaign {
    Table,
    Id,
    Title,
    Purpose,
    ServiceId,
    Source,
    CreatedBy,
    CreatedAt,
    ClosedAt,
}

#[derive(DeriveIden)]
enum CampaignCall {
    Table,
    Id,
    CampaignId,
    Position,
    Name,
    Phone,
    Language,
    Detail,
    Status,
    Attempts,
    ClaimedBy,
    ClaimedUntil,
    CalledAt,
    CalledBy,
    Note,
    ContactId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Campaign::Table)
                    .col(pk_auto(Campaign::Id))
                    .col(string(Campaign::Title))
                    .col(text(Campaign::Purpose))
                    .col(integer_null(Campaign::ServiceId))
                    .col(string_len(Campaign::Source, 255))
                    .col(integer(Campaign::CreatedBy))
                    .col(timestamp_with_time_zone(Campaign::CreatedAt))
                    .col(timestamp_with_time_zone_null(Campaign::ClosedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CampaignCall::Table)
                    .col(pk_auto(CampaignCall::Id))
                    .col(integer(CampaignCall::CampaignId))
                    .col(integer(CampaignCall::Position))
                    .col(string(CampaignCall::Name))
                    .col(string_len(CampaignCall::Phone, 20))
                    .col(string_len(CampaignCall::Language, 8))
                    .col(text_null(CampaignCall::Detail))
                    .col(string_len(CampaignCall::Status, 16))
                    .col(integer(CampaignCall::Attempts))
                    .col(integer_null(CampaignCall::ClaimedBy))
                    .col(timestamp_with_time_zone_null(CampaignCall::ClaimedUntil))
                    .col(timestamp_with_time_zone_null(CampaignCall::CalledAt))
                    .col(integer_null(CampaignCall::CalledBy))
                    .col(text_null(CampaignCall::Note))
                    .col(integer_null(CampaignCall::ContactId))
                    .to_owned(),
            )
            .await?;
        // A number once per campaign: nobody is called twice for the same reason.
        manager
            .create_index(
                Index::create()
                    .name("idx_campaign_call_phone")
                    .table(CampaignCall::Table)
                    .col(CampaignCall::CampaignId)
                    .col(CampaignCall::Phone)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_campaign_call_status")
                    .table(CampaignCall::Table)
                    .col(CampaignCall::CampaignId)
                    .col(CampaignCall::Status)
                    .col(CampaignCall::Position)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CampaignCall::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Campaign::Table).to_owned())
            .await
    }
}
