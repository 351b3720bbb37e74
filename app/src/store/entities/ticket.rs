//! A queue ticket; `arrival_at` is kept when the visitor is transferred.

pub use crate::statuses::TicketStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ticket")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: i32,
    pub service_id: i32,
    pub motif_id: Option<i32>,
    pub day: Date,
    pub number: i32,
    pub code: String,
    #[sea_orm(unique)]
    pub public_token: String,
    pub language: String,
    pub priority: String,
    pub status: TicketStatus,
    pub phone: Option<String>,
    pub issued_at: DateTimeUtc,
    pub arrival_at: DateTimeUtc,
    pub called_at: Option<DateTimeUtc>,
    pub started_at: Option<DateTimeUtc>,
    pub ended_at: Option<DateTimeUtc>,
    pub call_count: i32,
    pub desk_id: Option<i32>,
    pub agent_id: Option<i32>,
    pub target_agent_id: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub transfer_note: Option<String>,
    pub appointment_id: Option<i32>,
    pub outcome: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
