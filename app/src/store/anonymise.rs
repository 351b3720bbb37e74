//! What anonymising a row of each table writes: the resident's name, contact details and
//! free text go; what the indicators count (times, motif, site, service, outcome, scores)
//! stays. Used by the retention job (rows older than a period) and by an erasure on request
//! (one person's rows). Each function takes the rows its caller chose and touches only those
//! still holding something personal, so running it twice changes nothing and the count it
//! returns is what it anonymised.

use crate::store::entities::{
    appointment, campaign_call, contact, notification, request, request_event, request_file,
    resident_link, survey_response, ticket, waitlist_entry,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
};

/// What an anonymised row shows for a name, an address or a text that may not be empty.
const GONE: &str = "";

fn filled<C: ColumnTrait>(column: C) -> Condition {
    Condition::all().add(column.ne(GONE))
}

fn present<C: ColumnTrait>(column: C) -> Condition {
    Condition::all().add(column.is_not_null())
}

/// Appointments: name, phone, e-mail, note to the counsellor, accessibility need.
pub async fn appointments<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    use appointment::Column as A;
    let personal = Condition::any()
        .add(filled(A::ContactName))
        .add(present(A::Phone))
        .add(present(A::Email))
        .add(present(A::Note))
        .add(present(A::AccessibilityNeed));
    Ok(appointment::Entity::update_many()
        .col_expr(A::ContactName, Expr::value(GONE))
        .col_expr(A::Phone, Expr::value(Option::<String>::None))
        .col_expr(A::Email, Expr::value(Option::<String>::None))
        .col_expr(A::Note, Expr::value(Option::<String>::None))
        .col_expr(A::AccessibilityNeed, Expr::value(Option::<String>::None))
        .filter(rows)
        .filter(personal)
        .exec(db)
        .await?
        .rows_affected)
}

/// Waiting lists: name, phone, e-mail.
pub async fn waitlist<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    use waitlist_entry::Column as W;
    let personal = Condition::any()
        .add(filled(W::ContactName))
        .add(present(W::Phone))
        .add(present(W::Email));
    Ok(waitlist_entry::Entity::update_many()
        .col_expr(W::ContactName, Expr::value(GONE))
        .col_expr(W::Phone, Expr::value(Option::<String>::None))
        .col_expr(W::Email, Expr::value(Option::<String>::None))
        .filter(rows)
        .filter(personal)
        .exec(db)
        .await?
        .rows_affected)
}

/// Tickets: the phone given for the SMS call, the note a counsellor wrote on a transfer.
pub async fn tickets<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    use ticket::Column as T;
    let personal = Condition::any()
        .add(present(T::Phone))
        .add(present(T::TransferNote));
    Ok(ticket::Entity::update_many()
        .col_expr(T::Phone, Expr::value(Option::<String>::None))
        .col_expr(T::TransferNote, Expr::value(Option::<String>::None))
        .filter(rows)
        .filter(personal)
        .exec(db)
        .await?
        .rows_affected)
}

/// Visits at a desk: the counsellor's note.
pub async fn visits<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    Ok(contact::Entity::update_many()
        .col_expr(contact::Column::Note, Expr::value(Option::<String>::None))
        .filter(rows)
        .filter(present(contact::Column::Note))
        .exec(db)
        .await?
        .rows_affected)
}

/// Requests: who wrote, how to reach them, what they wrote; then the texts exchanged on
/// them and the files they sent (deleted: a file is only content). The subject stays
/// empty too: a resident's e-mail subject may name them.
pub async fn requests<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    use request::Column as R;
    let ids: Vec<i32> = request::Entity::find()
        .select_only()
        .column(R::Id)
        .filter(rows)
        .into_tuple()
        .all(db)
        .await?;
    let mut changed = 0;
    // Chunks keep the `IN` list under SQLite's and PostgreSQL's parameter limits.
    for chunk in ids.chunks(500) {
        let personal = Condition::any()
            .add(filled(R::ContactName))
            .add(filled(R::Subject))
            .add(filled(R::Description))
            .add(filled(R::PostalAddress))
            .add(present(R::Phone))
            .add(present(R::Email));
        changed += request::Entity::update_many()
            .col_expr(R::ContactName, Expr::value(GONE))
            .col_expr(R::Subject, Expr::value(GONE))
            .col_expr(R::Description, Expr::value(GONE))
            .col_expr(R::PostalAddress, Expr::value(GONE))
            .col_expr(R::Phone, Expr::value(Option::<String>::None))
            .col_expr(R::Email, Expr::value(Option::<String>::None))
            .filter(R::Id.is_in(chunk.to_vec()))
            .filter(personal)
            .exec(db)
            .await?
            .rows_affected;
        request_event::Entity::update_many()
            .col_expr(request_event::Column::Body, Expr::value(GONE))
            .filter(request_event::Column::RequestId.is_in(chunk.to_vec()))
            .filter(filled(request_event::Column::Body))
            .exec(db)
            .await?;
        request_file::Entity::delete_many()
            .filter(request_file::Column::RequestId.is_in(chunk.to_vec()))
            .exec(db)
            .await?;
    }
    Ok(changed)
}

/// Messages: to whom, and what they said (a body names the resident and their motif).
/// One not sent yet is not sent any more.
pub async fn messages<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    use notification::Column as N;
    let unsent = Condition::all().add(N::Status.is_in(["pending", "sending"]));
    let status = Expr::case(unsent, "failed").finally(Expr::col(N::Status));
    Ok(notification::Entity::update_many()
        .col_expr(N::Recipient, Expr::value(GONE))
        .col_expr(N::Body, Expr::value(GONE))
        .col_expr(N::Subject, Expr::value(Option::<String>::None))
        .col_expr(N::LastError, Expr::value(Option::<String>::None))
        .col_expr(N::Status, status.into())
        .filter(rows)
        .filter(
            Condition::any()
                .add(filled(N::Recipient))
                .add(filled(N::Body)),
        )
        .exec(db)
        .await?
        .rows_affected)
}

/// Survey answers: the comment (the score stays for the indicators).
pub async fn survey_comments<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    Ok(survey_response::Entity::update_many()
        .col_expr(
            survey_response::Column::Comment,
            Expr::value(Option::<String>::None),
        )
        .filter(rows)
        .filter(present(survey_response::Column::Comment))
        .exec(db)
        .await?
        .rows_affected)
}

/// Calls of the "aller vers" campaigns: name, phone, what the list said of them, the
/// counsellor's note.
pub async fn calls<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    use campaign_call::Column as K;
    let personal = Condition::any()
        .add(filled(K::Name))
        .add(filled(K::Phone))
        .add(present(K::Detail))
        .add(present(K::Note));
    Ok(campaign_call::Entity::update_many()
        .col_expr(K::Name, Expr::value(GONE))
        .col_expr(K::Phone, Expr::value(GONE))
        .col_expr(K::Detail, Expr::value(Option::<String>::None))
        .col_expr(K::Note, Expr::value(Option::<String>::None))
        .filter(rows)
        .filter(personal)
        .exec(db)
        .await?
        .rows_affected)
}

/// Counsellors' "same person" links: the keys are phone numbers, e-mails or names, so the
/// link goes.
pub async fn links<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    Ok(resident_link::Entity::delete_many()
        .filter(rows)
        .exec(db)
        .await?
        .rows_affected)
}

/// Audit rows: the detail (a search's results, a merge's keys); who did what and when stays.
pub async fn audit_details<C: ConnectionTrait>(db: &C, rows: Condition) -> Result<u64, DbErr> {
    use crate::store::entities::audit_event::{Column as E, Entity};
    Ok(Entity::update_many()
        .col_expr(E::Detail, Expr::value(Option::<String>::None))
        .filter(rows)
        .filter(present(E::Detail))
        .exec(db)
        .await?
        .rows_affected)
}

/// `column` is before `at`; the condition retention uses for every kind.
pub fn before<C: ColumnTrait>(column: C, at: chrono::DateTime<chrono::Utc>) -> Condition {
    Condition::all().add(column.lt(at))
}

/// Rows whose ids are these (an erasure's).
pub fn ids<C: ColumnTrait>(column: C, ids: impl IntoIterator<Item = i32>) -> Condition {
    Condition::all().add(column.is_in(ids))
}
