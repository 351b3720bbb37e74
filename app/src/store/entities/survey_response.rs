//! A flash satisfaction survey (avis), sent after a visit or a reply.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_response")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub site_id: Option<i32>,
    pub channel: String,
    pub contact_id: Option<i32>,
    pub language: String,
    pub score: Option<i16>,
    #[sea_orm(column_type = "Text")]
    pub comment: Option<String>,
    pub created_at: DateTimeUtc,
    pub answered_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
