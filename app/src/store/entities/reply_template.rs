//! A reply template of the town: a title and a text for one kind of request (or any) in
//! one language.
pub use crate::statuses::RequestKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reply_template")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `None`: for every kind.
    pub kind: Option<RequestKind>,
    pub language: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub updated_by: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
