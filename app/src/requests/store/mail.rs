//! E-mail received by the town's intake: a new message becomes a contact on the e-mail
//! channel and a request (acknowledged by return); a resident's reply carrying the
//! reference of one of their requests joins its history instead. Attachments are kept
//! with the request. Everything of one message is saved in one transaction.

use super::{NewRequest, RequestsError, acknowledge_by_email, event, keep_file, open, recount};
use crate::requests::inbound::InboundMail;
use crate::state::PublicUrl;
use crate::statuses::{Channel, RequestKind, RequestStatus};
use crate::store::begin_write;
use crate::store::entities::{contact, inbound_mail, request};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    QuerySelect, Set,
};

/// What became of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Received {
    /// A new request, by its reference.
    Opened(String),
    /// Added to the history of this request of the same sender.
    Threaded(String),
    /// The same Message-ID came before: nothing more is saved.
    AlreadyReceived,
    /// Sent by a program (absence notice, bounce): not a request.
    Automatic,
}

pub async fn receive(
    db: &DatabaseConnection,
    mail: &InboundMail,
    public_url: &PublicUrl,
    now: DateTime<Utc>,
) -> Result<Received, RequestsError> {
    if mail.automatic {
        return Ok(Received::Automatic);
    }
    let txn = begin_write(db).await?;
    let seen = inbound_mail::Entity::find()
        .filter(inbound_mail::Column::MessageId.eq(mail.message_id.clone()))
        .one(&txn)
        .await?;
    if seen.is_some() {
        return Ok(Received::AlreadyReceived);
    }
    // A reply threads onto the request only from the address the request has: anybody
    // may write a reference in a subject.
    let thread = match &mail.reference {
        None => None,
        Some(reference) => request::Entity::find()
            .filter(request::Column::Reference.eq(reference.clone()))
            .lock_exclusive()
            .one(&txn)
            .await?
            .filter(|r| {
                r.email
                    .as_deref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(mail.from.as_str()))
            }),
    };
    // A duplicate's reference leads to the request it was merged into.
    let thread = match thread {
        Some(r) => match r.merged_into_id {
            Some(id) => request::Entity::find_by_id(id)
                .lock_exclusive()
                .one(&txn)
                .await?
                .or(Some(r)),
            None => Some(r),
        },
        None => None,
    };
    let contact = contact::ActiveModel {
        channel: Set(Channel::Email.as_str().into()),
        site_id: Set(thread.as_ref().and_then(|r| r.site_id)),
        service_id: Set(thread.as_ref().and_then(|r| r.service_id)),
        started_at: Set(now),
        ended_at: Set(Some(now)),
        outcome: Set("follow_up".into()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let (r, event_id, outcome) = match thread {
        Some(r) => {
            // The resident wrote again: whatever was waiting for them, or an answer they
            // reply to, needs an agent's eyes again, and the clock runs.
            let reopened = matches!(
                r.status,
                RequestStatus::WaitingResident | RequestStatus::Answered | RequestStatus::Closed
            );
            let status = reopened.then_some(RequestStatus::InProgress);
            let mut r = r;
            if reopened {
                let mut active = r.clone().into_active_model();
                active.status = Set(RequestStatus::InProgress);
                active.closed_at = Set(None);
                r = active.update(&txn).await?;
            }
            let id = event(&txn, r.id, None, "resident", mail_body(mail), status, now).await?;
            if reopened {
                r = recount(&txn, r).await?;
            }
            let reference = r.reference.clone();
            (r, id, Received::Threaded(reference))
        }
        None => {
            let subject = match mail.subject.trim() {
                "" => first_line(&mail.text),
                s => s.to_owned(),
            };
            let r = open(
                &txn,
                NewRequest {
                    channel: Channel::Email,
                    kind: RequestKind::Information,
                    subject,
                    description: mail.text.clone(),
                    site_id: None,
                    service_id: None,
                    owner: None,
                    contact_id: Some(contact.id),
                    received_at: now,
                    name: mail.name.clone(),
                    phone: None,
                    email: Some(mail.from.as_str().to_owned()),
                    postal_address: String::new(),
                    language: "fr".into(),
                    agent_id: None,
                },
                now,
            )
            .await?;
            acknowledge_by_email(&txn, &r, public_url, now).await?;
            let first = super::first_event_id(&txn, r.id).await?;
            let reference = r.reference.clone();
            (r, first, Received::Opened(reference))
        }
    };
    for file in &mail.files {
        keep_file(&txn, r.id, Some(event_id), &file.name, &file.bytes, now).await?;
    }
    inbound_mail::ActiveModel {
        message_id: Set(mail.message_id.clone()),
        request_id: Set(r.id),
        received_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(outcome)
}

/// What the history shows of a resident's e-mail: its subject, then its text.
fn mail_body(mail: &InboundMail) -> String {
    match (mail.subject.is_empty(), mail.text.is_empty()) {
        (true, _) => mail.text.clone(),
        (false, true) => mail.subject.clone(),
        (false, false) => format!("{}\n\n{}", mail.subject, mail.text),
    }
}

/// A subject for a message without one: its first words.
fn first_line(text: &str) -> String {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("—");
    line.trim().chars().take(120).collect()
}
