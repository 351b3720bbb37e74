//! An appointment (rendez-vous).

pub use crate::statuses::AppointmentStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "appointment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub reference: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub motif_id: i32,
    pub site_id: i32,
    pub agent_id: Option<i32>,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub contact_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub interpreter_language: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub accessibility_need: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub note: Option<String>,
    pub status: AppointmentStatus,
    #[sea_orm(column_type = "Text")]
    pub cancel_reason: Option<String>,
    pub checked_in_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
