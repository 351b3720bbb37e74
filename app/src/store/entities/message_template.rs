//! A town's own wording of one message to residents, in one language, for one channel:
//! used instead of the text of `locales/` (see `notifications::templates`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message_template")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `confirmed`, `moved`, `cancelled`, `reminder`, `today` or `offer`.
    pub kind: String,
    /// `sms` or `email`.
    pub channel: String,
    pub language: String,
    /// The e-mail's subject; none for an SMS.
    #[sea_orm(column_type = "Text", nullable)]
    pub subject: Option<String>,
    /// The SMS, or the e-mail's opening paragraph, in Fluent syntax.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub updated_by: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
