//! Two keys of records (`e:<e-mail>`, `p:<phone>`, `n:<name>`) that are one person, as a
//! counsellor decided. `key_a < key_b`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "resident_link")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub key_a: String,
    pub key_b: String,
    pub agent_id: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
