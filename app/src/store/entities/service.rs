//! A municipal service (état civil, urbanisme…), with the letter of its tickets.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "service")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    #[sea_orm(unique)]
    pub ticket_letter: String,
    pub handled_by_experts: bool,
    pub position: i32,
    /// False once retired (it has no active motif left); its tickets stay.
    pub active: bool,
    /// Bumped by every save: a save from an older version is refused.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
