//! A resident-facing screen paired with a counsellor's language panel for one visit. Only
//! who and which language: the phrases and answers exchanged are never stored.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pairing")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub code: String,
    /// One pairing per agent at a time.
    #[sea_orm(unique)]
    pub agent_id: i32,
    pub language: String,
    /// SHA-256 of the cookie of the screen that opened the code first: no other browser
    /// may open it afterwards, so a guessed code shows nothing.
    pub screen_key: Option<String>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
