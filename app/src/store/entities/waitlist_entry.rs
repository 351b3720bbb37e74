//! Someone waiting for a slot; `status`: waiting, offered, booked, expired, cancelled.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "waitlist_entry")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub motif_id: i32,
    pub site_id: i32,
    pub from_date: Date,
    pub to_date: Date,
    pub contact_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub status: String,
    pub offer_starts_at: Option<DateTimeUtc>,
    pub offer_agent_id: Option<i32>,
    pub hold_until: Option<DateTimeUtc>,
    #[sea_orm(unique)]
    pub offer_token_hash: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
