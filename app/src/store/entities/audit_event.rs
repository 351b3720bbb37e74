//! Who did what, from which device, and when.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: DateTimeUtc,
    pub agent_id: Option<i32>,
    pub device_id: Option<i32>,
    pub action: String,
    pub subject_kind: Option<String>,
    pub subject_id: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub detail: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
