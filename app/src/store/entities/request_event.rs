//! One step in the history of a request; never changed once written.

pub use crate::statuses::RequestStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "request_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub request_id: i32,
    pub at: DateTimeUtc,
    pub agent_id: Option<i32>,
    /// `created`, `note`, `status`, `reply`, `transfer`, `kind`, `resident`.
    pub kind: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// The status the request took with this event, if it changed: the deadline's pauses
    /// are read from these.
    pub status: Option<RequestStatus>,
    /// How a reply or a question reached the resident: `courriel`, `sms`, `courrier`,
    /// `suivi` (see `requests::replies::Means`).
    pub means: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
