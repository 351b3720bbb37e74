//! A reception point (lieu d'accueil): the town hall, a France Services point.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "site")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub access_info: Option<String>,
    pub alsace_moselle: bool,
    pub tickets_from_home: bool,
    pub created_at: DateTimeUtc,
    /// False once retired: residents no longer see it; its history stays.
    pub active: bool,
    /// Bumped by every save: a save from an older version is refused.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
