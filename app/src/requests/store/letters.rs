//! The mail desk: a letter registered with its scan becomes a contact on the letter
//! channel and a request whose deadline counts from the date stamped on arrival; files
//! added to a request later; a kept file read back for download. Every read and write is
//! audited; a refused scan saves nothing.

use super::{
    NewRequest, RequestsError, acknowledge_by_email, active_service, by_reference, first_event_id,
    keep_file, open,
};
use crate::audit::staff_action;
use crate::contact_details::{Contact, ContactError};
use crate::i18n::Locale;
use crate::i18n::dates::paris_date;
use crate::requests::files::{self, ScanType};
use crate::requests::model::{LetterChoices, LetterForm};
use crate::requests::rules;
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::state::PublicUrl;
use crate::statuses::{Channel, RequestKind};
use crate::store::begin_write;
use crate::store::entities::{contact, request, request_file};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Set,
};

/// How far back a letter's arrival may be dated.
const OLDEST_DAYS: i64 = 366;

/// A file as uploaded.
#[derive(Clone, Debug, Default)]
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A scan checked; the name it is kept under.
fn checked_scan(scan: &Upload) -> Result<(ScanType, String), RequestsError> {
    let kind = files::check_scan(&scan.bytes).map_err(RequestsError::Invalid)?;
    let name = files::safe_name(&scan.name, &format!("courrier.{}", kind.extension()));
    Ok((kind, name))
}

/// When a letter stamped `day` was received: now if today, else the start of that day
/// (the deadline counts whole days from the day after).
fn received_at(day: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, RequestsError> {
    let refused = RequestsError::Invalid("requests-error-received-date");
    let day = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| refused)?;
    let today = paris_date(now);
    if day > today || day < today - Duration::days(OLDEST_DAYS) {
        return Err(RequestsError::Invalid("requests-error-received-date"));
    }
    if day == today {
        return Ok(now);
    }
    Paris
        .from_local_datetime(&day.and_time(NaiveTime::MIN))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or(RequestsError::Invalid("requests-error-received-date"))
}

/// What the letter form offers.
pub async fn letter_choices(
    db: &DatabaseConnection,
    me: Me,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<LetterChoices, RequestsError> {
    Ok(LetterChoices {
        me,
        services: super::service_choices(db, locale).await?,
        today: paris_date(now).format("%Y-%m-%d").to_string(),
    })
}

/// Registers a letter and its scan; the request's reference.
pub async fn register_letter(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    public_url: &PublicUrl,
    form: &LetterForm,
    scan: &Upload,
    now: DateTime<Utc>,
) -> Result<String, RequestsError> {
    let received = received_at(&form.received_on, now)?;
    let subject = rules::subject(&form.subject).map_err(RequestsError::Invalid)?;
    let note = rules::text(&form.note, false).map_err(RequestsError::Invalid)?;
    let address = rules::postal_address(&form.postal_address).map_err(RequestsError::Invalid)?;
    // A letter has its sender's address: a phone or an e-mail is a plus, not a must.
    let who = match Contact::parse(&form.name, &form.phone, &form.email) {
        Ok(who) => who,
        Err(errors) if errors == [ContactError::NoWayToReach] && !address.is_empty() => Contact {
            name: form.name.split_whitespace().collect::<Vec<_>>().join(" "),
            phone: None,
            email: None,
        },
        Err(errors) if errors == [ContactError::NoWayToReach] => {
            return Err(RequestsError::Invalid("requests-error-letter-address"));
        }
        Err(errors) => return Err(RequestsError::Invalid(errors[0].message_id())),
    };
    let kind = RequestKind::parse(&form.kind).unwrap_or(RequestKind::Information);
    let language = Locale::from_tag(&form.language).unwrap_or_default();
    let (_, file_name) = checked_scan(scan)?;
    let txn = begin_write(db).await?;
    let service_id = match form.service {
        Some(id) => Some(active_service(&txn, id).await?.id),
        None => None,
    };
    let site_id = super::workstation_site(&txn, identity.device_id).await?;
    let contact = contact::ActiveModel {
        channel: Set(Channel::Letter.as_str().into()),
        site_id: Set(site_id),
        service_id: Set(service_id),
        agent_id: Set(Some(identity.agent_id)),
        started_at: Set(received),
        ended_at: Set(Some(now)),
        outcome: Set("follow_up".into()),
        note: Set((!note.is_empty()).then(|| note.clone())),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let r = open(
        &txn,
        NewRequest {
            channel: Channel::Letter,
            kind,
            subject,
            description: note,
            site_id,
            service_id,
            owner: None,
            contact_id: Some(contact.id),
            received_at: received,
            name: who.name,
            phone: who.phone.map(|p| p.as_str().to_owned()),
            email: who.email.map(|e| e.as_str().to_owned()),
            postal_address: address,
            language: language.code().into(),
            agent_id: Some(identity.agent_id),
        },
        now,
    )
    .await?;
    let first = first_event_id(&txn, r.id).await?;
    keep_file(&txn, r.id, Some(first), &file_name, &scan.bytes, now).await?;
    acknowledge_by_email(&txn, &r, public_url, now).await?;
    staff_action(
        &txn,
        identity,
        "request.letter_registered",
        "request",
        Some(r.reference.clone()),
    )
    .await?;
    txn.commit().await?;
    Ok(r.reference)
}

/// Keeps a scanned document (PDF, JPEG, PNG) with a request; its reference.
pub async fn add_file(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    reference: &str,
    scan: &Upload,
    now: DateTime<Utc>,
) -> Result<String, RequestsError> {
    let reference = rules::normalise_reference(reference).ok_or(RequestsError::NotFound)?;
    let (_, file_name) = checked_scan(scan)?;
    let txn = begin_write(db).await?;
    let r = request::Entity::find()
        .filter(request::Column::Reference.eq(reference.clone()))
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(RequestsError::NotFound)?;
    let event = super::event(
        &txn,
        r.id,
        Some(identity.agent_id),
        "file",
        file_name.clone(),
        None,
        now,
    )
    .await?;
    keep_file(&txn, r.id, Some(event), &file_name, &scan.bytes, now).await?;
    staff_action(
        &txn,
        identity,
        "request.file_added",
        "request",
        Some(reference.clone()),
    )
    .await?;
    txn.commit().await?;
    Ok(reference)
}

/// A kept file, to download; the read is audited.
pub async fn download(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    reference: &str,
    id: i32,
) -> Result<request_file::Model, RequestsError> {
    let r = by_reference(db, reference)
        .await?
        .ok_or(RequestsError::NotFound)?;
    let file = request_file::Entity::find_by_id(id)
        .filter(request_file::Column::RequestId.eq(r.id))
        .one(db)
        .await?
        .ok_or(RequestsError::NotFound)?;
    staff_action(
        db,
        identity,
        "request.file_read",
        "request",
        Some(format!("{} #{}", r.reference, file.id)),
    )
    .await?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paris(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Paris
            .with_ymd_and_hms(y, m, d, h, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_letter_is_dated_by_its_stamp() {
        let now = paris(2026, 12, 7, 10);
        assert_eq!(received_at("2026-12-07", now).unwrap(), now);
        assert_eq!(
            received_at("2026-12-04", now).unwrap(),
            paris(2026, 12, 4, 0)
        );
        for bad in ["2026-12-08", "2025-12-01", "07/12/2026", ""] {
            assert!(
                matches!(
                    received_at(bad, now),
                    Err(RequestsError::Invalid("requests-error-received-date"))
                ),
                "{bad}"
            );
        }
    }
}
