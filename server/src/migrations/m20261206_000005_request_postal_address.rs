//! A request's postal address, for the acknowledgement of receipt and a reply by letter
//! printed for a window envelope.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Request {
    Table,
    PostalAddress,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Request::Table)
                    .add_column(text(Request::PostalAddress).default(""))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Request::Table)
                    .drop_column(Request::PostalAddress)
                    .to_owned(),
            )
            .await
    }
}
