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

/// An action of the signed-in agent, from their workstation, on one subject.
pub async fn staff_action<C: ConnectionTrait>(
    db: &C,
    identity: &crate::staff::identity::StaffIdentity,
    action: &str,
    subject_kind: &str,
    subject_id: Option<String>,
) -> Result<(), DbErr> {
    record(
        db,
        AuditEntry {
            action,
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            subject_kind: subject_id.as_ref().map(|_| subject_kind),
            subject_id,
            detail: None,
        },
    )
    .await
}
