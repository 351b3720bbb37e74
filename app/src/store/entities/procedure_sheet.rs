//! A procedure sheet's facts, the same in every language: where it is done, the motif to
//! book, the texts that rule it and the sources of its facts, who keeps it up to date.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "procedure_sheet")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub service_id: i32,
    pub motif_id: Option<i32>,
    /// `procedures::model::Appointment`.
    pub appointment: String,
    /// `statuses::RequestKind`: the written requests it answers.
    pub request_kind: Option<String>,
    pub online_url: Option<String>,
    /// JSON list of `procedures::model::Reference`.
    #[sea_orm(column_type = "Text")]
    pub legal: String,
    #[sea_orm(column_type = "Text")]
    pub sources: String,
    /// For the staff only.
    #[sea_orm(column_type = "Text")]
    pub staff_notes: String,
    pub owner_agent_id: Option<i32>,
    pub reviewed_on: Date,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
