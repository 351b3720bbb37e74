//! A person's rights over their data, exercised through an administrator: a copy of
//! everything the town holds on them (GDPR article 15) and its erasure (article 17). Both
//! take the person exactly as a search shows them (`store::person_records`), and go on to
//! what hangs from those records: waiting lists, tickets and messages to the same phone or
//! address, visits, survey answers, counsellors' links, audit details naming them.

use super::model::{
    ExportedAppointment, ExportedCall, ExportedFile, ExportedLink, ExportedMessage,
    ExportedRequest, ExportedRequestEvent, ExportedSurvey, ExportedTicket, ExportedWaitlist,
    PersonExport, call_outcome, key_label,
};
use super::store::{PersonRecords, ResidentsError, person_records};
use crate::audit::{AuditEntry, record};
use crate::i18n::Locale;
use crate::i18n::names::motif_name;
use crate::staff::identity::StaffIdentity;
use crate::statuses::AppointmentStatus;
use crate::store::anonymise::{self, ids};
use crate::store::begin_write;
use crate::store::entities::{
    appointment, audit_event, campaign, contact, motif, notification, request, request_event,
    request_file, resident_link, site, survey_response, ticket, waitlist_entry,
};
use chrono::{DateTime, Utc};
use chrono_tz::Europe::Paris;
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use std::collections::{BTreeSet, HashMap};

/// What a record stored for a waiting list whose offers ran out: nothing more is offered.
const WAITLIST_ENDED: &str = "expired";

fn stamp(at: DateTime<Utc>) -> String {
    at.with_timezone(&Paris).to_rfc3339()
}

/// The person's phones and e-mails (lower case), from their keys.
fn contacts(keys: &[String]) -> (Vec<String>, Vec<String>) {
    let of = |prefix: &str| {
        keys.iter()
            .filter_map(|k| k.strip_prefix(prefix))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    (of("p:"), of("e:"))
}

/// Rows whose phone is one of `phones` or whose e-mail (any case) is one of `emails`.
fn reached_at<C: ColumnTrait>(
    phones: &[String],
    emails: &[String],
    phone: C,
    email: C,
) -> Condition {
    Condition::any()
        .add(phone.is_in(phones.to_vec()))
        .add(Expr::expr(Func::lower(Expr::col(email))).is_in(emails.to_vec()))
}

/// Everything that hangs from the person's records.
struct Around {
    waitlist: Vec<waitlist_entry::Model>,
    tickets: Vec<ticket::Model>,
    messages: Vec<notification::Model>,
    surveys: Vec<survey_response::Model>,
    visits: Vec<contact::Model>,
}

async fn around<C: ConnectionTrait>(db: &C, person: &PersonRecords) -> Result<Around, DbErr> {
    let (phones, emails) = contacts(&person.keys);
    let waitlist = waitlist_entry::Entity::find()
        .filter(reached_at(
            &phones,
            &emails,
            waitlist_entry::Column::Phone,
            waitlist_entry::Column::Email,
        ))
        .order_by_asc(waitlist_entry::Column::CreatedAt)
        .all(db)
        .await?;
    let tickets = ticket::Entity::find()
        .filter(ticket::Column::Phone.is_in(phones.clone()))
        .order_by_asc(ticket::Column::IssuedAt)
        .all(db)
        .await?;
    let recipients: Vec<String> = phones.iter().chain(&emails).cloned().collect();
    let messages = notification::Entity::find()
        .filter(
            Expr::expr(Func::lower(Expr::col(notification::Column::Recipient)))
                .is_in(recipients.iter().map(|r| r.to_lowercase())),
        )
        .order_by_asc(notification::Column::CreatedAt)
        .all(db)
        .await?;
    let appointment_ids: Vec<i32> = person.appointments.iter().map(|a| a.id).collect();
    let request_ids: Vec<i32> = person.requests.iter().map(|r| r.id).collect();
    let ticket_ids: Vec<i32> = tickets.iter().map(|t| t.id).collect();
    let surveys = survey_response::Entity::find()
        .filter(
            Condition::any()
                .add(survey_response::Column::AppointmentId.is_in(appointment_ids.clone()))
                .add(survey_response::Column::RequestId.is_in(request_ids))
                .add(survey_response::Column::TicketId.is_in(ticket_ids.clone())),
        )
        .all(db)
        .await?;
    let visits = contact::Entity::find()
        .filter(
            Condition::any()
                .add(contact::Column::AppointmentId.is_in(appointment_ids))
                .add(contact::Column::TicketId.is_in(ticket_ids)),
        )
        .all(db)
        .await?;
    Ok(Around {
        waitlist,
        tickets,
        messages,
        surveys,
        visits,
    })
}

/// The copy of one person's data; `None` when the search no longer finds them. Audited
/// with the records it gave, as a search is.
pub async fn export(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    typed: &str,
    key: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Option<PersonExport>, ResidentsError> {
    let Some(person) = person_records(db, typed, key).await? else {
        return Ok(None);
    };
    let around = around(db, &person).await?;
    let motifs: HashMap<i32, String> = motif::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, motif_name(locale, &m.slug, &m.name)))
        .collect();
    let sites: HashMap<i32, String> = site::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let named = |map: &HashMap<i32, String>, id: i32| map.get(&id).cloned().unwrap_or_default();
    let request_ids: Vec<i32> = person.requests.iter().map(|r| r.id).collect();
    let events = request_event::Entity::find()
        .filter(request_event::Column::RequestId.is_in(request_ids.clone()))
        .order_by_asc(request_event::Column::At)
        .all(db)
        .await?;
    // Names and sizes only: the contents stay in the database.
    let files: Vec<(i32, String, String, i32)> = request_file::Entity::find()
        .select_only()
        .columns([
            request_file::Column::RequestId,
            request_file::Column::FileName,
            request_file::Column::ContentType,
            request_file::Column::Size,
        ])
        .filter(request_file::Column::RequestId.is_in(request_ids))
        .into_tuple()
        .all(db)
        .await?;
    let campaigns: HashMap<i32, String> = campaign::Entity::find()
        .filter(campaign::Column::Id.is_in(person.calls.iter().map(|c| c.campaign_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.title))
        .collect();

    let mut names = BTreeSet::new();
    let (phones, emails) = contacts(&person.keys);
    let appointments = person
        .appointments
        .iter()
        .map(|a| {
            names.insert(a.contact_name.clone());
            ExportedAppointment {
                reference: a.reference.clone(),
                motif: named(&motifs, a.motif_id),
                site: named(&sites, a.site_id),
                starts_at: stamp(a.starts_at),
                ends_at: stamp(a.ends_at),
                status: a.status.as_str().to_owned(),
                name: a.contact_name.clone(),
                phone: a.phone.clone(),
                email: a.email.clone(),
                language: a.language.clone(),
                interpreter_language: a.interpreter_language.clone(),
                accessibility_need: a.accessibility_need.clone(),
                note: a.note.clone(),
                booked_at: stamp(a.created_at),
            }
        })
        .collect();
    let requests = person
        .requests
        .iter()
        .map(|r| {
            names.insert(r.contact_name.clone());
            ExportedRequest {
                reference: r.reference.clone(),
                subject: r.subject.clone(),
                status: r.status.as_str().to_owned(),
                channel: r.channel.as_str().to_owned(),
                received_at: stamp(r.received_at),
                closed_at: r.closed_at.map(stamp),
                name: r.contact_name.clone(),
                phone: r.phone.clone(),
                email: r.email.clone(),
                postal_address: r.postal_address.clone(),
                description: r.description.clone(),
                history: events
                    .iter()
                    .filter(|e| e.request_id == r.id && !e.body.is_empty())
                    .map(|e| ExportedRequestEvent {
                        at: stamp(e.at),
                        kind: e.kind.clone(),
                        text: e.body.clone(),
                    })
                    .collect(),
                files: files
                    .iter()
                    .filter(|f| f.0 == r.id)
                    .map(|f| ExportedFile {
                        name: f.1.clone(),
                        content_type: f.2.clone(),
                        bytes: f.3,
                    })
                    .collect(),
            }
        })
        .collect();
    let calls = person
        .calls
        .iter()
        .map(|c| {
            names.insert(c.name.clone());
            ExportedCall {
                campaign: named(&campaigns, c.campaign_id),
                name: c.name.clone(),
                phone: c.phone.clone(),
                called_at: c.called_at.map(stamp),
                outcome: call_outcome(&c.status)
                    .trim_start_matches("residents-call-")
                    .to_owned(),
                detail: c.detail.clone(),
                note: c.note.clone(),
            }
        })
        .collect();
    let waiting_lists = around
        .waitlist
        .iter()
        .map(|w| {
            names.insert(w.contact_name.clone());
            ExportedWaitlist {
                motif: named(&motifs, w.motif_id),
                site: named(&sites, w.site_id),
                from: w.from_date.to_string(),
                to: w.to_date.to_string(),
                status: w.status.clone(),
                name: w.contact_name.clone(),
                phone: w.phone.clone(),
                email: w.email.clone(),
                created_at: stamp(w.created_at),
            }
        })
        .collect();
    let tickets = around
        .tickets
        .iter()
        .map(|t| ExportedTicket {
            code: t.code.clone(),
            day: t.day.to_string(),
            site: named(&sites, t.site_id),
            status: t.status.as_str().to_owned(),
            phone: t.phone.clone(),
            issued_at: stamp(t.issued_at),
            called_at: t.called_at.map(stamp),
        })
        .collect();
    let messages = around
        .messages
        .iter()
        .map(|m| ExportedMessage {
            channel: m.channel.clone(),
            to: m.recipient.clone(),
            subject: m.subject.clone(),
            text: m.body.clone(),
            status: m.status.clone(),
            queued_at: stamp(m.created_at),
            sent_at: m.sent_at.map(stamp),
        })
        .collect();
    let survey_answers = around
        .surveys
        .iter()
        .map(|s| ExportedSurvey {
            score: s.score,
            clarity: s.clarity,
            comment: s.comment.clone(),
            answered_at: s.answered_at.map(stamp),
        })
        .collect();
    let same_person_links = person
        .links
        .iter()
        .map(|l| ExportedLink {
            first: key_label(&l.key_a),
            second: key_label(&l.key_b),
            made_at: stamp(l.created_at),
        })
        .collect();
    names.remove("");
    let given: Vec<String> = person
        .appointments
        .iter()
        .map(|a| a.reference.clone())
        .chain(person.requests.iter().map(|r| r.reference.clone()))
        .collect();
    record(
        db,
        AuditEntry {
            action: "residents.export",
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            subject_kind: Some("records"),
            subject_id: None,
            detail: Some(if given.is_empty() {
                "-".to_owned()
            } else {
                given.join(" ")
            }),
        },
    )
    .await?;
    Ok(Some(PersonExport {
        exported_at: stamp(now),
        names: names.into_iter().collect(),
        phones,
        emails,
        appointments,
        waiting_lists,
        tickets,
        requests,
        messages,
        survey_answers,
        calls,
        same_person_links,
    }))
}

/// What an erasure did, per kind of record (the audit row's detail and the page's message).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Erased {
    pub appointments: u64,
    /// Of which upcoming, now cancelled (their times are free again).
    pub cancelled: u64,
    pub requests: u64,
    pub waitlist: u64,
    pub tickets: u64,
    pub messages: u64,
    pub surveys: u64,
    pub calls: u64,
    pub links: u64,
    pub audit_details: u64,
}

impl Erased {
    pub fn total(&self) -> u64 {
        self.appointments
            + self.requests
            + self.waitlist
            + self.tickets
            + self.messages
            + self.surveys
            + self.calls
            + self.links
    }

    fn summary(&self) -> String {
        format!(
            "appointments={} cancelled={} requests={} waitlist={} tickets={} messages={} \
             surveys={} calls={} links={} audit_details={}",
            self.appointments,
            self.cancelled,
            self.requests,
            self.waitlist,
            self.tickets,
            self.messages,
            self.surveys,
            self.calls,
            self.links,
            self.audit_details
        )
    }
}

/// Erases one person's data: their upcoming appointments are cancelled and their waiting
/// lists ended (nothing is sent to them any more), then every record of theirs is
/// anonymised as the retention job would, at once, with the audit row in the same
/// transaction. The audit row counts; it names nobody. `None`: nobody to erase.
pub async fn erase(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    typed: &str,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Option<Erased>, ResidentsError> {
    let Some(person) = person_records(db, typed, key).await? else {
        return Ok(None);
    };
    let txn = begin_write(db).await?;
    let around = around(&txn, &person).await?;
    let appointment_ids: Vec<i32> = person.appointments.iter().map(|a| a.id).collect();
    let mut erased = Erased {
        cancelled: appointment::Entity::update_many()
            .col_expr(
                appointment::Column::Status,
                Expr::value(AppointmentStatus::Cancelled),
            )
            .col_expr(appointment::Column::UpdatedAt, Expr::value(now))
            .filter(appointment::Column::Id.is_in(appointment_ids.clone()))
            .filter(appointment::Column::Status.eq(AppointmentStatus::Booked))
            .filter(appointment::Column::StartsAt.gt(now))
            .exec(&txn)
            .await?
            .rows_affected,
        ..Default::default()
    };
    let waitlist_ids: Vec<i32> = around.waitlist.iter().map(|w| w.id).collect();
    waitlist_entry::Entity::update_many()
        .col_expr(waitlist_entry::Column::Status, Expr::value(WAITLIST_ENDED))
        .col_expr(
            waitlist_entry::Column::HoldUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(waitlist_entry::Column::Id.is_in(waitlist_ids.clone()))
        .filter(waitlist_entry::Column::Status.is_in(["waiting", "offered"]))
        .exec(&txn)
        .await?;
    erased.appointments =
        anonymise::appointments(&txn, ids(appointment::Column::Id, appointment_ids)).await?;
    erased.waitlist =
        anonymise::waitlist(&txn, ids(waitlist_entry::Column::Id, waitlist_ids)).await?;
    erased.tickets = anonymise::tickets(
        &txn,
        ids(ticket::Column::Id, around.tickets.iter().map(|t| t.id)),
    )
    .await?;
    anonymise::visits(
        &txn,
        ids(contact::Column::Id, around.visits.iter().map(|v| v.id)),
    )
    .await?;
    erased.requests = anonymise::requests(
        &txn,
        ids(request::Column::Id, person.requests.iter().map(|r| r.id)),
    )
    .await?;
    erased.messages = anonymise::messages(
        &txn,
        ids(
            notification::Column::Id,
            around.messages.iter().map(|m| m.id),
        ),
    )
    .await?;
    erased.surveys = anonymise::survey_comments(
        &txn,
        ids(
            survey_response::Column::Id,
            around.surveys.iter().map(|s| s.id),
        ),
    )
    .await?;
    erased.calls = anonymise::calls(
        &txn,
        ids(
            crate::store::entities::campaign_call::Column::Id,
            person.calls.iter().map(|c| c.id),
        ),
    )
    .await?;
    erased.links = anonymise::links(
        &txn,
        ids(resident_link::Column::Id, person.links.iter().map(|l| l.id)),
    )
    .await?;
    // Audit rows that wrote their phone or address (merges, separations) keep who did what.
    let (phones, emails) = contacts(&person.keys);
    let mut naming = Condition::any();
    for value in phones.iter().chain(&emails) {
        let value = value.replace(['%', '_'], "");
        naming = naming.add(
            Expr::expr(Func::lower(Expr::col(audit_event::Column::Detail)))
                .like(format!("%{}%", value.to_lowercase())),
        );
    }
    if !phones.is_empty() || !emails.is_empty() {
        erased.audit_details = anonymise::audit_details(&txn, naming).await?;
    }
    record(
        &txn,
        AuditEntry {
            action: "residents.erase",
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            subject_kind: Some("resident"),
            subject_id: None,
            detail: Some(erased.summary()),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Some(erased))
}
