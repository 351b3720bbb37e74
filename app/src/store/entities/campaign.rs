//! An "aller vers" campaign: residents to call for one reason.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "campaign")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub title: String,
    /// What the counsellor says and asks, read on every call.
    #[sea_orm(column_type = "Text")]
    pub purpose: String,
    pub service_id: Option<i32>,
    /// How the list was built (`csv`, or the filter), for whoever reads it later.
    pub source: String,
    pub created_by: i32,
    pub created_at: DateTimeUtc,
    pub closed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
