//! The message journal as stored, and the town's wordings of the messages.

use super::model::{
    Editing, MessageRow, PreviewMessage, SavedWording, TEMPLATE_KINDS, TemplateForm,
    TemplateMessage, TemplateQuery, TemplateReset,
};
use super::outbox::Channel;
use super::overrides;
use super::templates::{
    Kind, check_wording, default_wording, is_gsm_text, preview, required, sample_facts,
    sms_segments,
};
use super::wording::{Overrides, Wording, WordingError, normalise};
use crate::errors::{FeatureError, Refusal};
use crate::i18n::Locale;
use crate::i18n::dates::paris_stamp;
use crate::staff::identity::StaffIdentity;
use crate::store::begin_write;
use crate::store::entities::{agent, message_template, notification};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

/// How many messages the journal shows, newest first.
pub const JOURNAL_LENGTH: u64 = 200;

pub async fn journal(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<Vec<MessageRow>, DbErr> {
    Ok(notification::Entity::find()
        .order_by_desc(notification::Column::Id)
        .limit(JOURNAL_LENGTH)
        .all(db)
        .await?
        .into_iter()
        .map(|n| MessageRow {
            created: crate::i18n::dates::paris_stamp(n.created_at),
            channel: n.channel,
            recipient: n.recipient,
            language: n.language,
            subject: n.subject,
            body: n.body,
            planned: (n.status == "pending" && n.next_attempt_at > now)
                .then(|| paris_stamp(n.next_attempt_at)),
            status: n.status,
            attempts: n.attempts,
            last_error: n.last_error,
        })
        .collect())
}

/// What the templates page refuses, or a failure of ours.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// No such kind, channel or language (a forged form).
    #[error("unknown message")]
    UnknownMessage,
    /// The wording as typed is refused; the page says why.
    #[error("wording refused: {0:?}")]
    Invalid(WordingError),
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl FeatureError for TemplateError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            TemplateError::UnknownMessage => Some(Refusal::NotFound),
            TemplateError::Invalid(e) => Some(Refusal::Invalid(e.message_id())),
            TemplateError::Db(_) => None,
        }
    }
}

/// The kind, channel and locale named by a form or an address.
fn message_of(
    kind: &str,
    channel: &str,
    language: &str,
    until: DateTime<Utc>,
) -> Option<(Kind, Channel, Locale)> {
    let channel = match channel {
        "sms" => Channel::Sms,
        "email" => Channel::Email,
        _ => return None,
    };
    Some((
        Kind::from_name(kind, until)?,
        channel,
        Locale::from_tag(language).filter(|l| l.code() == language)?,
    ))
}

/// The wording as typed: lines as the browser sent them, no subject for an SMS.
fn typed(channel: Channel, subject: &str, body: &str) -> Wording {
    Wording {
        subject: (channel == Channel::Email).then(|| normalise(subject)),
        body: normalise(body),
    }
}

/// One message of the templates page: its default text, the town's wording if any, the
/// wording typed (checked), and the preview of what would be sent.
pub async fn templates_page(
    db: &DatabaseConnection,
    public_url: &str,
    query: &TemplateQuery,
    now: DateTime<Utc>,
) -> Result<TemplateMessage, TemplateError> {
    let pick = |value: &Option<String>, first: &str| {
        value
            .clone()
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| first.to_owned())
    };
    let kind_name = pick(&query.kind, TEMPLATE_KINDS[0]);
    let channel_name = pick(&query.channel, Channel::Sms.as_str());
    let language = pick(&query.language, Locale::Fr.code());
    let locale = Locale::from_tag(&language).unwrap_or_default();
    let facts = sample_facts(locale, public_url, now);
    // The sample offer is held until the evening before.
    let until = facts.starts_at - chrono::Duration::hours(14);
    let (kind, channel, locale) = message_of(&kind_name, &channel_name, &language, until)
        .ok_or(TemplateError::UnknownMessage)?;
    let default = default_wording(kind, channel, locale);
    let row = find(db, kind, channel, locale).await?;
    let saved = match row {
        Some(row) => {
            let by = agent::Entity::find_by_id(row.updated_by)
                .one(db)
                .await?
                .map(|a| a.display_name)
                .unwrap_or_default();
            Some(SavedWording {
                subject: row.subject,
                body: row.body,
                updated: paris_stamp(row.updated_at),
                by,
            })
        }
        None => None,
    };
    let (editing, wording) = match (&query.body, &saved) {
        (Some(body), _) => (
            Editing::Draft,
            typed(channel, query.subject.as_deref().unwrap_or_default(), body),
        ),
        (None, Some(s)) => (
            Editing::Saved,
            Wording {
                subject: s.subject.clone(),
                body: s.body.clone(),
            },
        ),
        (None, None) => (Editing::Default, default.clone()),
    };
    let checked = match editing {
        Editing::Default => Ok(()),
        _ => check_wording(kind, channel, locale, &wording),
    };
    let preview = checked.as_ref().ok().and_then(|()| {
        let mut overrides = Overrides::default();
        if editing != Editing::Default {
            overrides.insert(
                kind.name(),
                channel.as_str(),
                locale.code(),
                wording.clone(),
            );
        }
        preview(&overrides, kind, channel, locale, &facts).map(|m| PreviewMessage {
            characters: m.body.chars().count(),
            segments: sms_segments(&m.body),
            gsm: is_gsm_text(&m.body),
            subject: m.subject,
            body: m.body,
        })
    });
    let (body_required, subject_required) = required(kind, channel, locale);
    Ok(TemplateMessage {
        kind: kind.name().to_owned(),
        channel: channel.as_str().to_owned(),
        language: locale.code().to_owned(),
        rtl: locale.is_rtl(),
        default_subject: default.subject,
        default_body: default.body,
        saved,
        editing,
        subject: wording.subject,
        body: wording.body,
        errors: checked
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|(field, e)| (field, e.message_id().to_owned(), e.detail()))
            .collect(),
        placeables: kind.placeables().into_iter().map(str::to_owned).collect(),
        mandatory_body: body_required.into_iter().collect(),
        mandatory_subject: subject_required.into_iter().collect(),
        preview,
    })
}

async fn find<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    channel: Channel,
    locale: Locale,
) -> Result<Option<message_template::Model>, DbErr> {
    message_template::Entity::find()
        .filter(message_template::Column::Kind.eq(kind.name()))
        .filter(message_template::Column::Channel.eq(channel.as_str()))
        .filter(message_template::Column::Language.eq(locale.code()))
        .one(db)
        .await
}

/// Saves a town's wording if it is valid, with its audit row (which keeps the text, so
/// that earlier wordings stay on record) in the same transaction.
pub async fn save_template(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &TemplateForm,
    now: DateTime<Utc>,
) -> Result<(), TemplateError> {
    let (kind, channel, locale) = message_of(&form.kind, &form.channel, &form.language, now)
        .ok_or(TemplateError::UnknownMessage)?;
    let wording = typed(channel, &form.subject, &form.body);
    if let Err(mut errors) = check_wording(kind, channel, locale, &wording) {
        // The address says the first; the page, checking again, shows each field's.
        return Err(TemplateError::Invalid(errors.swap_remove(0).1));
    }
    let txn = begin_write(db).await?;
    message_template::Entity::insert(message_template::ActiveModel {
        kind: Set(kind.name().to_owned()),
        channel: Set(channel.as_str().to_owned()),
        language: Set(locale.code().to_owned()),
        subject: Set(wording.subject.clone()),
        body: Set(wording.body.clone()),
        updated_by: Set(identity.agent_id),
        updated_at: Set(now),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            message_template::Column::Kind,
            message_template::Column::Channel,
            message_template::Column::Language,
        ])
        .update_columns([
            message_template::Column::Subject,
            message_template::Column::Body,
            message_template::Column::UpdatedBy,
            message_template::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec(&txn)
    .await?;
    overrides::changed(&txn).await?;
    let detail = match &wording.subject {
        Some(subject) => format!("{subject}\n\n{}", wording.body),
        None => wording.body.clone(),
    };
    audit_template(
        &txn,
        identity,
        "admin.templates.save",
        (kind, channel, locale),
        Some(detail),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Back to the default text of one message, with its audit row.
pub async fn reset_template(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &TemplateReset,
    now: DateTime<Utc>,
) -> Result<(), TemplateError> {
    let (kind, channel, locale) = message_of(&form.kind, &form.channel, &form.language, now)
        .ok_or(TemplateError::UnknownMessage)?;
    let txn = begin_write(db).await?;
    // Nothing points to a wording: the audit row keeps what it said.
    message_template::Entity::delete_many()
        .filter(message_template::Column::Kind.eq(kind.name()))
        .filter(message_template::Column::Channel.eq(channel.as_str()))
        .filter(message_template::Column::Language.eq(locale.code()))
        .exec(&txn)
        .await?;
    overrides::changed(&txn).await?;
    audit_template(
        &txn,
        identity,
        "admin.templates.reset",
        (kind, channel, locale),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn audit_template<C: ConnectionTrait>(
    txn: &C,
    identity: &StaffIdentity,
    action: &str,
    (kind, channel, locale): (Kind, Channel, Locale),
    detail: Option<String>,
) -> Result<(), DbErr> {
    crate::audit::record(
        txn,
        crate::audit::AuditEntry {
            action,
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            subject_kind: Some("message-template"),
            subject_id: Some(format!(
                "{}/{}/{}",
                kind.name(),
                channel.as_str(),
                locale.code()
            )),
            detail,
        },
    )
    .await
}
