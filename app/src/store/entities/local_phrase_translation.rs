//! A local phrase in one language; it joins the panel once an agent who speaks that
//! language has verified it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "local_phrase_translation")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub phrase_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub lang: String,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub written_by: i32,
    pub written_at: DateTimeUtc,
    pub verified_by: Option<i32>,
    pub verified_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
