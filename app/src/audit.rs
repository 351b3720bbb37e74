//! The audit log: who did what, from which workstation, and when. Every staff action that
//! signs in, fails to, locks, or reads or changes personal data writes one row.

use crate::store::entities::audit_event;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

/// One audited action. `action` is a dotted verb such as `session.sign_in`.
#[derive(Debug, Default, Clone)]
pub struct AuditEntry<'a> {
    pub action: &'a str,
    pub agent_id: Option<i32>,
    pub device_id: Option<i32>,
    pub subject_kind: Option<&'a str>,
    pub subject_id: Option<String>,
    pub detail: Option<String>,
}

pub async fn record<C: ConnectionTrait>(db: &C, entry: AuditEntry<'_>) -> Result<(), DbErr> {
    audit_event::ActiveModel {
        at: Set(Utc::now()),
        agent_id: Set(entry.agent_id),
        device_id: Set(entry.device_id),
        action: Set(entry.action.to_owned()),
        subject_kind: Set(entry.subject_kind.map(str::to_owned)),
        subject_id: Set(entry.subject_id),
        detail: Set(entry.detail),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
