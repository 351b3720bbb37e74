//! A reason for a visit or an appointment; `documents` holds one document to bring per line.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "motif")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub service_id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub duration_minutes: i32,
    pub buffer_minutes: i32,
    #[sea_orm(column_type = "Text")]
    pub documents: String,
    pub bookable_online: bool,
    pub min_delay_hours: i32,
    pub max_delay_days: i32,
    pub active: bool,
    /// Bumped by every save: a save from an older version is refused.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
