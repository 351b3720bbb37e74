//! How long the town gives itself to answer, per channel and kind (an empty channel or
//! kind is "any"); the most specific rule wins.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deadline_rule")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub channel: String,
    pub kind: String,
    pub amount: i32,
    /// `calendar_days`, `working_days` or `working_hours`.
    pub unit: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
