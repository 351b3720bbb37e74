//! One interaction on any channel (desk, phone, email, letter, web, outbound_call).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contact")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub channel: String,
    pub site_id: Option<i32>,
    pub service_id: Option<i32>,
    pub motif_id: Option<i32>,
    pub agent_id: Option<i32>,
    pub ticket_id: Option<i32>,
    pub appointment_id: Option<i32>,
    pub started_at: DateTimeUtc,
    pub ended_at: Option<DateTimeUtc>,
    pub waited_seconds: Option<i32>,
    pub outcome: String,
    pub transferred_to_service_id: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
