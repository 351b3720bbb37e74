//! Something to follow up (demande), from any channel, with its deadline.

pub use crate::statuses::{Channel, RequestKind, RequestStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `D-2026-00042`: printed on the acknowledgement, typed on `/suivi`.
    #[sea_orm(unique)]
    pub reference: String,
    /// Typed with the reference on `/suivi`, so a reference alone tells nothing.
    pub check_code: String,
    pub channel: Channel,
    pub kind: RequestKind,
    pub subject: String,
    pub status: RequestStatus,
    /// The site whose calendar counts the deadline.
    pub site_id: Option<i32>,
    pub service_id: Option<i32>,
    pub owner_agent_id: Option<i32>,
    /// The contact that opened it (a desk visit, a call, a letter…).
    pub contact_id: Option<i32>,
    /// When the town received it: the deadline counts from here.
    pub received_at: DateTimeUtc,
    /// When an answer is due. While the clock is stopped (waiting for the resident,
    /// answered, closed) it stays the instant due when the clock last ran, so an answer
    /// is on time if it came before. Empty only for rows older than deadlines.
    pub due_at: Option<DateTimeUtc>,
    /// From when it is "due soon" (two working days before `due_at`), while the clock runs.
    pub warn_at: Option<DateTimeUtc>,
    /// The Paris date of `due_at`, as residents read it.
    pub due_on: Date,
    pub contact_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Lines of a postal address, for a letter in a window envelope; empty when unknown.
    #[sea_orm(column_type = "Text")]
    pub postal_address: String,
    pub language: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub created_at: DateTimeUtc,
    pub answered_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    /// Wrong check codes typed on `/suivi` in a row, and until when it refuses to look.
    pub lookup_failures: i32,
    pub lookup_blocked_until: Option<DateTimeUtc>,
    /// A duplicate (the same resident wrote twice) is closed into the request kept: its
    /// files and words moved there, its `/suivi` shows that one.
    pub merged_into_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
