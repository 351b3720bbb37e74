//! A workstation, kiosk or waiting-room screen, known by its device token (only the hash is kept).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "device")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: Option<i32>,
    pub name: String,
    pub kind: String,
    #[sea_orm(unique)]
    pub token_hash: Option<String>,
    #[sea_orm(unique)]
    pub enrolment_code_hash: Option<String>,
    pub enrolment_expires_at: Option<DateTimeUtc>,
    pub enrolled_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
    pub last_seen_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// Wrong PINs typed on this workstation since the last right one, any agent.
    pub failed_pins: i32,
    /// Lockouts of this workstation since the last right PIN: each twice the one before.
    pub pin_lockouts: i32,
    pub pin_locked_until: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
