//! A phrase the town added to the phrasebook, in French, in one of its situations.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "local_phrase")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub situation: String,
    #[sea_orm(column_type = "Text")]
    pub french: String,
    pub created_by: i32,
    pub created_at: DateTimeUtc,
    pub active: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
