//! The town's own phrases for the language panel (`local_phrase`), with a translation per
//! language (`local_phrase_translation`) that counts once verified.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LocalPhrase {
    Table,
    Id,
    Situation,
    French,
    CreatedBy,
    CreatedAt,
    Active,
}

#[derive(DeriveIden)]
enum LocalPhraseTranslation {
    Table,
    PhraseId,
    Lang,
    Text,
    WrittenBy,
    WrittenAt,
    VerifiedBy,
    VerifiedAt,
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
                    .table(LocalPhrase::Table)
                    .col(pk_auto(LocalPhrase::Id))
                    .col(string_len(LocalPhrase::Situation, 64))
                    .col(text(LocalPhrase::French))
                    .col(integer(LocalPhrase::CreatedBy))
                    .col(timestamp_with_time_zone(LocalPhrase::CreatedAt))
                    .col(boolean(LocalPhrase::Active).default(true))
                    .foreign_key(
                        ForeignKey::create()
                            .from(LocalPhrase::Table, LocalPhrase::CreatedBy)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LocalPhraseTranslation::Table)
                    .col(integer(LocalPhraseTranslation::PhraseId))
                    .col(string_len(LocalPhraseTranslation::Lang, 8))
                    .col(text(LocalPhraseTranslation::Text))
                    .col(integer(LocalPhraseTranslation::WrittenBy))
                    .col(timestamp_with_time_zone(LocalPhraseTranslation::WrittenAt))
                    .col(integer_null(LocalPhraseTranslation::VerifiedBy))
                    .col(timestamp_with_time_zone_null(
                        LocalPhraseTranslation::VerifiedAt,
                    ))
                    .primary_key(
                        Index::create()
                            .col(LocalPhraseTranslation::PhraseId)
                            .col(LocalPhraseTranslation::Lang),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                LocalPhraseTranslation::Table,
                                LocalPhraseTranslation::PhraseId,
                            )
                            .to(LocalPhrase::Table, LocalPhrase::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(LocalPhraseTranslation::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(LocalPhrase::Table).to_owned())
            .await
    }
}
