//! A counsellor asking for an interpreter for the visitor in front of them, now.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interpreter_request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: Option<i32>,
    /// Where to come: the counsellor's desk, or their workstation's name.
    pub place: String,
    pub requested_by: i32,
    pub language: String,
    /// `open`, `accepted`, `cancelled`.
    pub status: String,
    pub accepted_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub accepted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
