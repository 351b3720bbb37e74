//! One saved version of one text of a sheet (a language, full or FALC). Versions are never
//! changed: a save adds one; residents read the latest published.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "procedure_text")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub sheet_id: i32,
    pub language: String,
    /// `procedures::model::Variant`.
    pub variant: String,
    pub version: i32,
    /// JSON of `procedures::model::SheetText`.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// `draft` or `published`.
    pub status: String,
    /// A French version's `EditLevel`: how much it changes the one before.
    pub level: Option<String>,
    /// A translation: the French version (same variant) it was made from.
    pub based_on: Option<i32>,
    pub author_agent_id: Option<i32>,
    pub created_at: DateTimeUtc,
    /// A FALC version's proof-reading by a person concerned.
    pub falc_checked_by: Option<String>,
    pub falc_checked_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
