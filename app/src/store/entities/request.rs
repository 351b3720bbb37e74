//! Something to follow up (demande), from any channel, with its due date.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub reference: String,
    pub channel: String,
    pub kind: String,
    pub subject: String,
    pub status: String,
    pub service_id: Option<i32>,
    pub owner_agent_id: Option<i32>,
    pub due_on: Date,
    pub contact_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub created_at: DateTimeUtc,
    pub answered_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
