//! One resident to call in a campaign, and how the calls went.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "campaign_call")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub campaign_id: i32,
    /// Order of the list as built.
    pub position: i32,
    pub name: String,
    /// `+33…`
    pub phone: String,
    pub language: String,
    /// What the list said of them (a CSV column), for the counsellor.
    #[sea_orm(column_type = "Text", nullable)]
    pub detail: Option<String>,
    /// `campaigns::model::CallStatus` as text.
    pub status: String,
    pub attempts: i32,
    /// The counsellor calling now, until `claimed_until`.
    pub claimed_by: Option<i32>,
    pub claimed_until: Option<DateTimeUtc>,
    pub called_at: Option<DateTimeUtc>,
    pub called_by: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    /// The outbound contact of the last call.
    pub contact_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
