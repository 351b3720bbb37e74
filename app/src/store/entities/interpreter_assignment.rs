//! An interpreter booked for an appointment whose needs name a language.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interpreter_assignment")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub appointment_id: i32,
    pub agent_id: i32,
    pub assigned_by: i32,
    pub assigned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
