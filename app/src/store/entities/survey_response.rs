//! A flash satisfaction survey (avis), sent after a visit, an appointment or a reply, or
//! answered on the kiosk. Tied to the exact contact, site, channel and agent, so every
//! satisfaction figure can be recomputed from these rows.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_response")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub site_id: Option<i32>,
    /// The channel of the contact surveyed: desk, phone, email, letter, web…
    pub channel: String,
    pub contact_id: Option<i32>,
    pub language: String,
    /// 1 unhappy, 2 neutral, 3 happy (the three smileys).
    pub score: Option<i16>,
    #[sea_orm(column_type = "Text")]
    pub comment: Option<String>,
    pub created_at: DateTimeUtc,
    pub answered_at: Option<DateTimeUtc>,
    pub ticket_id: Option<i32>,
    pub appointment_id: Option<i32>,
    pub request_id: Option<i32>,
    pub agent_id: Option<i32>,
    pub service_id: Option<i32>,
    pub campaign_id: Option<i32>,
    /// How it was asked: `sms`, `email`, `qr` (kiosk receipt) or `kiosk` (smileys at the door).
    pub source: String,
    /// Optional question: was the answer clear? 1 yes, 2 partly, 3 no.
    pub clarity: Option<i16>,
    /// Optional question: the channels tried before, comma-separated (`web,phone`).
    pub channels_tried: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
