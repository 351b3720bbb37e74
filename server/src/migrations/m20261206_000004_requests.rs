//! Requests with their legal deadlines: a check code for `/suivi`, the instant received
//! and the one an answer is due (counted on a site's calendar), the contact that opened
//! it, the status carried by each event (the clock's pauses are read from them), the
//! deadline rules per channel and kind, and a yearly counter for references.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Request {
    Table,
    CheckCode,
    SiteId,
    ContactId,
    ReceivedAt,
    DueAt,
    WarnAt,
    Description,
    LookupFailures,
    LookupBlockedUntil,
    Status,
    ServiceId,
}

#[derive(DeriveIden)]
enum RequestEvent {
    Table,
    RequestId,
    Id,
    Status,
}

#[derive(DeriveIden)]
enum DeadlineRule {
    Table,
    Id,
    Channel,
    Kind,
    Amount,
    Unit,
}

#[derive(DeriveIden)]
enum RequestCounter {
    Table,
    Year,
    Last,
}

/// The defaults the town can change: letters 15 days, notaries' questions 7 days, e-mails
/// 5 working days, anything else 15 days. The most specific rule wins (kind before
/// channel).
const DEFAULT_RULES: [(&str, &str, i32, &str); 4] = [
    ("", "", 15, "calendar_days"),
    ("letter", "", 15, "calendar_days"),
    ("email", "", 5, "working_days"),
    ("", "notary", 7, "calendar_days"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement, and only with a constant default.
        let columns = [
            string_len(Request::CheckCode, 8).default("").to_owned(),
            integer_null(Request::SiteId),
            integer_null(Request::ContactId),
            timestamp_with_time_zone(Request::ReceivedAt)
                .default("2000-01-01 00:00:00+00:00")
                .to_owned(),
            timestamp_with_time_zone_null(Request::DueAt),
            timestamp_with_time_zone_null(Request::WarnAt),
            text(Request::Description).default("").to_owned(),
            integer(Request::LookupFailures).default(0).to_owned(),
            timestamp_with_time_zone_null(Request::LookupBlockedUntil),
        ];
        for mut column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(Request::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(RequestEvent::Table)
                    .add_column(string_len_null(RequestEvent::Status, 32))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared("UPDATE request SET received_at = created_at")
            .await?;
        db.execute_unprepared("UPDATE request SET status = 'received' WHERE status = 'new'")
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_request_service_status_due")
                    .table(Request::Table)
                    .col(Request::ServiceId)
                    .col(Request::Status)
                    .col(Request::DueAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_request_event_request")
                    .table(RequestEvent::Table)
                    .col(RequestEvent::RequestId)
                    .col(RequestEvent::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeadlineRule::Table)
                    .col(pk_auto(DeadlineRule::Id))
                    .col(string_len(DeadlineRule::Channel, 32))
                    .col(string_len(DeadlineRule::Kind, 32))
                    .col(integer(DeadlineRule::Amount))
                    .col(string_len(DeadlineRule::Unit, 16))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("deadline_rule_one_per_channel_kind")
                    .table(DeadlineRule::Table)
                    .col(DeadlineRule::Channel)
                    .col(DeadlineRule::Kind)
                    .unique()
                    .to_owned(),
            )
            .await?;
        for (channel, kind, amount, unit) in DEFAULT_RULES {
            manager
                .exec_stmt(
                    Query::insert()
                        .into_table(DeadlineRule::Table)
                        .columns([
                            DeadlineRule::Channel,
                            DeadlineRule::Kind,
                            DeadlineRule::Amount,
                            DeadlineRule::Unit,
                        ])
                        .values_panic([channel.into(), kind.into(), amount.into(), unit.into()])
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(RequestCounter::Table)
                    .col(integer(RequestCounter::Year).primary_key())
                    .col(integer(RequestCounter::Last))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RequestCounter::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(DeadlineRule::Table).to_owned())
            .await
    }
}
