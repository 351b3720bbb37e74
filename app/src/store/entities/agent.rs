//! A member of staff; `role` is one of counsellor, expert, interpreter, supervisor, admin.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "agent")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub display_name: String,
    pub role: String,
    #[sea_orm(column_type = "Text")]
    pub pin_hash: String,
    pub failed_attempts: i32,
    pub locked_until: Option<DateTimeUtc>,
    /// Lockouts since the last right PIN: each one lasts twice the one before.
    pub lockouts: i32,
    pub active: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
