//! A ticket's number belongs to the code it was issued with (E001), not to the service it
//! is in now: a transfer changes the service, and counting per service then gave a second
//! E001 the same day, which the old unique index refused at the next transfer. Unique per
//! site, day and code instead.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Ticket {
    Table,
    SiteId,
    Day,
    ServiceId,
    Number,
    Code,
}

const OLD: &str = "idx_ticket_site_id_day_service_id_number";
const NEW: &str = "idx_ticket_site_id_day_code";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(OLD).table(Ticket::Table).to_owned())
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(NEW)
                    .table(Ticket::Table)
                    .col(Ticket::SiteId)
                    .col(Ticket::Day)
                    .col(Ticket::Code)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(NEW).table(Ticket::Table).to_owned())
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(OLD)
                    .table(Ticket::Table)
                    .col(Ticket::SiteId)
                    .col(Ticket::Day)
                    .col(Ticket::ServiceId)
                    .col(Ticket::Number)
                    .unique()
                    .to_owned(),
            )
            .await
    }
}
