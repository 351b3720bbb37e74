//! One pass of the retention job: every kind's rows older than its period are anonymised
//! in one transaction with the audit row that says so.

use super::periods::{Kind, Periods};
use crate::audit::{AuditEntry, record};
use crate::statuses::RequestStatus;
use crate::store::anonymise::{self, before};
use crate::store::begin_write;
use crate::store::entities::{
    appointment, audit_event, campaign, campaign_call, contact, notification, request,
    resident_link, survey_response, ticket, waitlist_entry,
};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, DbErr};

#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The audit row's action.
pub const ACTION: &str = "retention.anonymised";

/// Rows anonymised by one pass, per kind, in the order of [`Kind::ALL`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Anonymised(Vec<(Kind, u64)>);

impl Anonymised {
    pub fn of(&self, kind: Kind) -> u64 {
        self.0
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    }

    pub fn total(&self) -> u64 {
        self.0.iter().map(|(_, n)| n).sum()
    }

    /// `appointments=12 tickets=340`: the kinds that changed.
    pub fn summary(&self) -> String {
        self.0
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| format!("{}={n}", k.as_str()))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The rows of `kind` past their period at `cutoff`.
fn past(kind: Kind, cutoff: DateTime<Utc>) -> Condition {
    match kind {
        Kind::Appointments => before(appointment::Column::EndsAt, cutoff),
        Kind::Waitlist => Condition::all()
            .add(waitlist_entry::Column::ToDate.lt(crate::i18n::dates::paris_date(cutoff))),
        Kind::Tickets => before(ticket::Column::IssuedAt, cutoff),
        Kind::Visits => before(contact::Column::StartedAt, cutoff),
        Kind::Requests => Condition::any()
            .add(before(request::Column::ClosedAt, cutoff))
            .add(
                Condition::all()
                    .add(request::Column::Status.eq(RequestStatus::Answered))
                    .add(request::Column::AnsweredAt.lt(cutoff)),
            ),
        Kind::Messages => before(notification::Column::CreatedAt, cutoff),
        Kind::Surveys => before(survey_response::Column::CreatedAt, cutoff),
        Kind::Calls => {
            let old_campaigns = Query::select()
                .column(campaign::Column::Id)
                .from(campaign::Entity)
                .and_where(Expr::col(campaign::Column::CreatedAt).lt(cutoff))
                .to_owned();
            Condition::any()
                .add(before(campaign_call::Column::CalledAt, cutoff))
                .add(
                    Condition::all()
                        .add(campaign_call::Column::CalledAt.is_null())
                        .add(campaign_call::Column::CampaignId.in_subquery(old_campaigns)),
                )
        }
        Kind::Links => before(resident_link::Column::CreatedAt, cutoff),
        Kind::Audit => before(audit_event::Column::At, cutoff),
    }
}

/// Anonymises what is past its period, and audits the pass if it changed anything. Safe
/// to run on several instances at once: a row anonymised by one is not counted by another.
pub async fn run(
    db: &DatabaseConnection,
    periods: &Periods,
    now: DateTime<Utc>,
) -> Result<Anonymised, RetentionError> {
    let txn = begin_write(db).await?;
    let mut done = Vec::with_capacity(Kind::ALL.len());
    for kind in Kind::ALL {
        let rows = past(kind, periods.cutoff(kind, now));
        let n = match kind {
            Kind::Appointments => anonymise::appointments(&txn, rows).await?,
            Kind::Waitlist => anonymise::waitlist(&txn, rows).await?,
            Kind::Tickets => anonymise::tickets(&txn, rows).await?,
            Kind::Visits => anonymise::visits(&txn, rows).await?,
            Kind::Requests => anonymise::requests(&txn, rows).await?,
            Kind::Messages => anonymise::messages(&txn, rows).await?,
            Kind::Surveys => anonymise::survey_comments(&txn, rows).await?,
            Kind::Calls => anonymise::calls(&txn, rows).await?,
            Kind::Links => anonymise::links(&txn, rows).await?,
            Kind::Audit => anonymise::audit_details(&txn, rows).await?,
        };
        done.push((kind, n));
    }
    let done = Anonymised(done);
    if done.total() > 0 {
        // The periods in force are part of what was decided.
        let periods = Kind::ALL
            .map(|k| format!("{}={}", k.as_str(), periods.months(k)))
            .join(" ");
        record(
            &txn,
            AuditEntry {
                action: ACTION,
                subject_kind: Some("retention"),
                detail: Some(format!("{}; months: {periods}", done.summary())),
                ..Default::default()
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(done)
}
