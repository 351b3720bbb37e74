//! A flash-survey campaign: while one is open, residents are asked their opinion after a
//! visit, an appointment or a reply, and the kiosk shows its smileys.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_campaign")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name: String,
    pub opened_at: DateTimeUtc,
    pub opened_by: Option<i32>,
    /// The last day it runs unless closed earlier (Paris date).
    pub closes_on: Date,
    pub closed_at: Option<DateTimeUtc>,
    pub closed_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
