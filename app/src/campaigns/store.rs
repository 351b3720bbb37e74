//! Campaigns in the database: built from a pasted list or from the records, worked one
//! person at a time (a counsellor holds the person they call, so two never call the same
//! one), each call written as an outbound contact in the same transaction as its outcome.

use super::calls::{CallOutcome, CallStatus, HOLD_MINUTES};
use super::model::{
    CALLS_SHOWN, CallCard, CallForm, CallRow, CallView, CampaignForm, CampaignRow, CampaignView,
    CampaignsView, MAX_LIST, MAX_NOTE, MAX_PURPOSE, MAX_TITLE,
};
use super::roster::{self, MAX_PEOPLE, Person, RosterError};
use crate::audit::staff_action;
use crate::components::fields::Choice;
use crate::errors::{FeatureError, Refusal};
use crate::i18n::dates::paris_stamp;
use crate::i18n::{Locale, text};
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::staff::roles::Role;
use crate::statuses::Channel;
use crate::store::begin_write;
use crate::store::entities::{appointment, campaign, campaign_call, contact, request, service};
use crate::store::names::{agent_names, service_names};
use chrono::{DateTime, Duration, Months, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum CampaignsError {
    #[error(transparent)]
    Db(#[from] DbErr),
    #[error("no such campaign")]
    NotFound,
    #[error("only supervisors build and close campaigns")]
    Forbidden,
    /// The form as sent cannot be saved; the Fluent id says why.
    #[error("refused: {0}")]
    Invalid(&'static str),
    /// The pasted list has lines without a name or a usable number.
    #[error("bad lines in the list: {0:?}")]
    BadLines(Vec<usize>),
}

impl FeatureError for CampaignsError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            CampaignsError::Db(_) => None,
            CampaignsError::NotFound => Some(Refusal::NotFound),
            CampaignsError::Forbidden => Some(Refusal::Forbidden),
            CampaignsError::Invalid(id) => Some(Refusal::Invalid(id)),
            CampaignsError::BadLines(_) => Some(Refusal::Invalid("campaigns-error-lines")),
        }
    }
}

/// Who builds and closes campaigns.
pub fn can_manage(role: Role) -> bool {
    matches!(role, Role::Supervisor | Role::Admin)
}

/// People of a campaign per status.
async fn counts<C: ConnectionTrait>(
    db: &C,
    campaign_id: i32,
) -> Result<HashMap<CallStatus, u64>, DbErr> {
    let rows: Vec<(String, i64)> = campaign_call::Entity::find()
        .select_only()
        .column(campaign_call::Column::Status)
        .column_as(campaign_call::Column::Id.count(), "n")
        .filter(campaign_call::Column::CampaignId.eq(campaign_id))
        .group_by(campaign_call::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(s, n)| CallStatus::parse(&s).map(|s| (s, n as u64)))
        .collect())
}

/// The campaigns, open ones first, newest first.
pub async fn list(
    db: &DatabaseConnection,
    me: Me,
    role: Role,
    locale: Locale,
) -> Result<CampaignsView, CampaignsError> {
    let names = service_names(db, locale).await?;
    let campaigns = campaign::Entity::find()
        .order_by(campaign::Column::ClosedAt.is_null(), sea_orm::Order::Desc)
        .order_by_desc(campaign::Column::CreatedAt)
        .limit(100)
        .all(db)
        .await?;
    // People per campaign and status, in one query for the whole page.
    let tallies: Vec<(i32, String, i64)> = campaign_call::Entity::find()
        .select_only()
        .column(campaign_call::Column::CampaignId)
        .column(campaign_call::Column::Status)
        .column_as(campaign_call::Column::Id.count(), "n")
        .filter(campaign_call::Column::CampaignId.is_in(campaigns.iter().map(|c| c.id)))
        .group_by(campaign_call::Column::CampaignId)
        .group_by(campaign_call::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut people: HashMap<i32, (u64, u64)> = HashMap::new();
    for (id, status, n) in tallies {
        let entry = people.entry(id).or_default();
        entry.0 += n as u64;
        if status == CallStatus::ToCall.as_str() {
            entry.1 += n as u64;
        }
    }
    let rows = campaigns
        .into_iter()
        .map(|c| {
            let (total, to_call) = people.get(&c.id).copied().unwrap_or_default();
            CampaignRow {
                id: c.id,
                title: c.title,
                service: c.service_id.and_then(|s| names.get(&s).cloned()),
                created: paris_stamp(c.created_at),
                closed: c.closed_at.is_some(),
                people: total,
                to_call,
            }
        })
        .collect();
    let mut services: Vec<Choice> = names
        .into_iter()
        .map(|(id, name)| Choice::new(id.to_string(), name))
        .collect();
    services.sort_by(|a, b| a.label.cmp(&b.label));
    Ok(CampaignsView {
        me,
        rows,
        can_create: can_manage(role),
        services,
    })
}

/// The people of the filter: everyone with a phone number whose latest appointment and
/// latest request are both older than `months`, named as their latest record names them.
async fn quiet_residents(
    db: &DatabaseConnection,
    months: i32,
    now: DateTime<Utc>,
) -> Result<Vec<Person>, DbErr> {
    let since = now
        .checked_sub_months(Months::new(months as u32))
        .unwrap_or(now);
    // phone → (latest record, name, language)
    let mut latest: HashMap<String, (DateTime<Utc>, String, String)> = HashMap::new();
    let mut keep = |phone: Option<String>, at: DateTime<Utc>, name: String, language: String| {
        let Some(phone) = phone.filter(|p| !p.is_empty()) else {
            return;
        };
        let entry = latest
            .entry(phone)
            .or_insert((at, name.clone(), language.clone()));
        if at > entry.0 {
            *entry = (at, name, language);
        }
    };
    let appointments: Vec<(Option<String>, DateTime<Utc>, String, String)> =
        appointment::Entity::find()
            .select_only()
            .column(appointment::Column::Phone)
            .column(appointment::Column::StartsAt)
            .column(appointment::Column::ContactName)
            .column(appointment::Column::Language)
            .filter(appointment::Column::Phone.is_not_null())
            .into_tuple()
            .all(db)
            .await?;
    for (phone, at, name, language) in appointments {
        keep(phone, at, name, language);
    }
    let requests: Vec<(Option<String>, DateTime<Utc>, String, String)> = request::Entity::find()
        .select_only()
        .column(request::Column::Phone)
        .column(request::Column::ReceivedAt)
        .column(request::Column::ContactName)
        .column(request::Column::Language)
        .filter(request::Column::Phone.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    for (phone, at, name, language) in requests {
        keep(phone, at, name, language);
    }
    let mut people: Vec<(DateTime<Utc>, Person)> = latest
        .into_iter()
        .filter(|(_, (at, _, _))| *at < since)
        .map(|(phone, (at, name, language))| {
            let detail = Some(paris_stamp(at));
            let language = Locale::from_tag(&language).unwrap_or(Locale::Fr);
            (
                at,
                Person {
                    name,
                    phone,
                    language,
                    detail,
                },
            )
        })
        .collect();
    // Those not heard of for the longest first.
    people.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.phone.cmp(&b.1.phone)));
    Ok(people.into_iter().map(|(_, p)| p).collect())
}

/// Builds a campaign and its list in one transaction; audited with its size.
pub async fn create(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &CampaignForm,
    now: DateTime<Utc>,
) -> Result<i32, CampaignsError> {
    if !can_manage(identity.role) {
        return Err(CampaignsError::Forbidden);
    }
    let title = form.title.trim();
    let purpose = form.purpose.trim();
    if title.is_empty() || title.chars().count() > MAX_TITLE {
        return Err(CampaignsError::Invalid("campaigns-error-title"));
    }
    if purpose.is_empty() || purpose.chars().count() > MAX_PURPOSE {
        return Err(CampaignsError::Invalid("campaigns-error-purpose"));
    }
    if let Some(id) = form.service
        && service::Entity::find_by_id(id).one(db).await?.is_none()
    {
        return Err(CampaignsError::Invalid("campaigns-error-service"));
    }
    let (people, source) = match form.source.as_str() {
        CampaignForm::FROM_LIST => {
            if form.list.len() > MAX_LIST {
                return Err(CampaignsError::Invalid("campaigns-error-too-many"));
            }
            match roster::parse(&form.list) {
                Ok(r) => (r.people, "csv".to_owned()),
                Err(RosterError::Empty) => {
                    return Err(CampaignsError::Invalid("campaigns-error-empty"));
                }
                Err(RosterError::TooMany) => {
                    return Err(CampaignsError::Invalid("campaigns-error-too-many"));
                }
                Err(RosterError::Lines(lines)) => return Err(CampaignsError::BadLines(lines)),
            }
        }
        CampaignForm::FROM_FILTER => {
            let months = form
                .months
                .filter(|m| CampaignForm::MONTHS.contains(m))
                .ok_or(CampaignsError::Invalid("campaigns-error-filter"))?;
            let people = quiet_residents(db, months, now).await?;
            if people.is_empty() {
                return Err(CampaignsError::Invalid("campaigns-error-nobody"));
            }
            if people.len() > MAX_PEOPLE {
                return Err(CampaignsError::Invalid("campaigns-error-too-many"));
            }
            (people, format!("filter:no-contact-{months}-months"))
        }
        _ => return Err(CampaignsError::Invalid("campaigns-error-source")),
    };
    let txn = begin_write(db).await?;
    let created = campaign::ActiveModel {
        title: Set(title.to_owned()),
        purpose: Set(purpose.to_owned()),
        service_id: Set(form.service),
        source: Set(source),
        created_by: Set(identity.agent_id),
        created_at: Set(now),
        closed_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let size = people.len();
    // In batches: one statement per person would hold the write lock for seconds.
    for (chunk_index, chunk) in people.chunks(500).enumerate() {
        let rows = chunk
            .iter()
            .enumerate()
            .map(|(i, p)| campaign_call::ActiveModel {
                campaign_id: Set(created.id),
                position: Set((chunk_index * 500 + i) as i32),
                name: Set(p.name.clone()),
                phone: Set(p.phone.clone()),
                language: Set(p.language.code().to_owned()),
                detail: Set(p.detail.clone()),
                status: Set(CallStatus::ToCall.as_str().to_owned()),
                attempts: Set(0),
                claimed_by: Set(None),
                claimed_until: Set(None),
                called_at: Set(None),
                called_by: Set(None),
                note: Set(None),
                contact_id: Set(None),
                ..Default::default()
            });
        campaign_call::Entity::insert_many(rows).exec(&txn).await?;
    }
    staff_action(
        &txn,
        identity,
        "campaigns.create",
        "campaign",
        Some(format!("{} ({size})", created.id)),
    )
    .await?;
    txn.commit().await?;
    Ok(created.id)
}

async fn find(db: &impl ConnectionTrait, id: i32) -> Result<campaign::Model, CampaignsError> {
    campaign::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(CampaignsError::NotFound)
}

/// The call `agent_id` holds in a campaign, if any.
async fn held(
    db: &impl ConnectionTrait,
    campaign_id: i32,
    agent_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<campaign_call::Model>, DbErr> {
    campaign_call::Entity::find()
        .filter(campaign_call::Column::CampaignId.eq(campaign_id))
        .filter(campaign_call::Column::Status.eq(CallStatus::ToCall.as_str()))
        .filter(campaign_call::Column::ClaimedBy.eq(agent_id))
        .filter(campaign_call::Column::ClaimedUntil.gt(now))
        .one(db)
        .await
}

pub async fn page(
    db: &DatabaseConnection,
    me: Me,
    identity: &StaffIdentity,
    id: i32,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<CampaignView, CampaignsError> {
    let c = find(db, id).await?;
    let counts = counts(db, id).await?;
    // The latest calls first, then who is still to call in list order.
    let rows = campaign_call::Entity::find()
        .filter(campaign_call::Column::CampaignId.eq(id))
        .order_by(
            campaign_call::Column::CalledAt.is_null(),
            sea_orm::Order::Asc,
        )
        .order_by_desc(campaign_call::Column::CalledAt)
        .order_by_asc(campaign_call::Column::Position)
        .limit(CALLS_SHOWN)
        .all(db)
        .await?;
    let agents = agent_names(db).await?;
    let calls = rows
        .into_iter()
        .map(|r| CallRow {
            name: r.name,
            phone: r.phone,
            status: CallStatus::parse(&r.status).unwrap_or(CallStatus::ToCall),
            attempts: r.attempts,
            called: r.called_at.map(paris_stamp),
            by: r.called_by.and_then(|a| agents.get(&a).cloned()),
            note: r.note,
        })
        .collect();
    let service = match c.service_id {
        Some(s) => service_names(db, locale).await?.remove(&s),
        None => None,
    };
    Ok(CampaignView {
        me,
        id,
        title: c.title,
        purpose: c.purpose,
        service,
        source: c.source,
        closed: c.closed_at.is_some(),
        can_close: can_manage(identity.role) && c.closed_at.is_none(),
        counts: CallStatus::ALL
            .into_iter()
            .map(|s| (s, counts.get(&s).copied().unwrap_or(0)))
            .collect(),
        calls,
        calling: held(db, id, identity.agent_id, now).await?.is_some(),
    })
}

/// Gives the counsellor the next person to call: the one they already hold, or the first
/// nobody holds (fewest tries first, then the list's order). `None`: nobody left.
pub async fn claim_next(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    campaign_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<i32>, CampaignsError> {
    let c = find(db, campaign_id).await?;
    if c.closed_at.is_some() {
        return Err(CampaignsError::Invalid("campaigns-error-closed"));
    }
    if let Some(call) = held(db, campaign_id, identity.agent_id, now).await? {
        return Ok(Some(call.id));
    }
    let free = || {
        Condition::any()
            .add(campaign_call::Column::ClaimedUntil.is_null())
            .add(campaign_call::Column::ClaimedUntil.lte(now))
    };
    // Another counsellor may take the same person between the read and the update: the
    // update only takes a person still free, and the loop tries the next one.
    for _ in 0..20 {
        let Some(candidate) = campaign_call::Entity::find()
            .filter(campaign_call::Column::CampaignId.eq(campaign_id))
            .filter(campaign_call::Column::Status.eq(CallStatus::ToCall.as_str()))
            .filter(free())
            .order_by_asc(campaign_call::Column::Attempts)
            .order_by_asc(campaign_call::Column::Position)
            .one(db)
            .await?
        else {
            return Ok(None);
        };
        let taken = campaign_call::Entity::update_many()
            .col_expr(
                campaign_call::Column::ClaimedBy,
                Expr::value(identity.agent_id),
            )
            .col_expr(
                campaign_call::Column::ClaimedUntil,
                Expr::value(now + Duration::minutes(HOLD_MINUTES)),
            )
            .filter(campaign_call::Column::Id.eq(candidate.id))
            .filter(campaign_call::Column::Status.eq(CallStatus::ToCall.as_str()))
            .filter(free())
            .exec(db)
            .await?;
        if taken.rows_affected == 1 {
            return Ok(Some(candidate.id));
        }
    }
    Err(CampaignsError::Invalid("campaigns-error-busy"))
}

/// The call in hand, with what to say.
pub async fn call_page(
    db: &DatabaseConnection,
    me: Me,
    identity: &StaffIdentity,
    campaign_id: i32,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<CallView, CampaignsError> {
    let c = find(db, campaign_id).await?;
    let call = held(db, campaign_id, identity.agent_id, now)
        .await?
        .map(|r| CallCard {
            id: r.id,
            name: r.name,
            phone: r.phone,
            language: Locale::from_tag(&r.language)
                .map(|l| text(locale, &format!("language-{}", l.code())))
                .unwrap_or_default(),
            language_code: r.language,
            detail: r.detail,
            attempts: r.attempts,
            last_note: r.note,
        });
    let left = campaign_call::Entity::find()
        .filter(campaign_call::Column::CampaignId.eq(campaign_id))
        .filter(campaign_call::Column::Status.eq(CallStatus::ToCall.as_str()))
        .count(db)
        .await?;
    Ok(CallView {
        me,
        campaign_id,
        title: c.title,
        purpose: c.purpose,
        call,
        left,
    })
}

/// Writes how a call went: the person's status and an outbound contact, together. Only the
/// counsellor who holds the person records it.
pub async fn record(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &CallForm,
    now: DateTime<Utc>,
) -> Result<CallStatus, CampaignsError> {
    let outcome = CallOutcome::parse(&form.outcome)
        .ok_or(CampaignsError::Invalid("campaigns-error-outcome"))?;
    let note = form.note.trim();
    if note.chars().count() > MAX_NOTE {
        return Err(CampaignsError::Invalid("campaigns-error-note"));
    }
    let c = find(db, form.campaign).await?;
    let txn = begin_write(db).await?;
    let call = campaign_call::Entity::find_by_id(form.call)
        .filter(campaign_call::Column::CampaignId.eq(c.id))
        .one(&txn)
        .await?
        .ok_or(CampaignsError::NotFound)?;
    // Held by them, even if the hold ran out while they talked, as long as nobody else
    // took the person since.
    if call.claimed_by != Some(identity.agent_id) || call.status != CallStatus::ToCall.as_str() {
        return Err(CampaignsError::Invalid("campaigns-error-not-yours"));
    }
    let attempts = call.attempts + 1;
    let status = outcome.after(attempts);
    let logged = contact::ActiveModel {
        channel: Set(Channel::OutboundCall.as_str().to_owned()),
        site_id: Set(None),
        service_id: Set(c.service_id),
        motif_id: Set(None),
        agent_id: Set(Some(identity.agent_id)),
        ticket_id: Set(None),
        appointment_id: Set(None),
        started_at: Set(now),
        ended_at: Set(Some(now)),
        waited_seconds: Set(None),
        outcome: Set(outcome.as_str().to_owned()),
        transferred_to_service_id: Set(None),
        note: Set((!note.is_empty()).then(|| format!("{} — {note}", c.title))),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let written = campaign_call::Entity::update_many()
        .col_expr(campaign_call::Column::Status, Expr::value(status.as_str()))
        .col_expr(campaign_call::Column::Attempts, Expr::value(attempts))
        .col_expr(
            campaign_call::Column::ClaimedBy,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(
            campaign_call::Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(campaign_call::Column::CalledAt, Expr::value(now))
        .col_expr(
            campaign_call::Column::CalledBy,
            Expr::value(identity.agent_id),
        )
        .col_expr(
            campaign_call::Column::Note,
            Expr::value((!note.is_empty()).then(|| note.to_owned())),
        )
        .col_expr(campaign_call::Column::ContactId, Expr::value(logged.id))
        .filter(campaign_call::Column::Id.eq(call.id))
        .filter(campaign_call::Column::ClaimedBy.eq(identity.agent_id))
        .filter(campaign_call::Column::Attempts.eq(call.attempts))
        .exec(&txn)
        .await?;
    if written.rows_affected != 1 {
        txn.rollback().await?;
        return Err(CampaignsError::Invalid("campaigns-error-not-yours"));
    }
    txn.commit().await?;
    Ok(status)
}

/// Ends a campaign; its people stay as they are, readable.
pub async fn close(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    campaign_id: i32,
    now: DateTime<Utc>,
) -> Result<(), CampaignsError> {
    if !can_manage(identity.role) {
        return Err(CampaignsError::Forbidden);
    }
    let txn = begin_write(db).await?;
    let c = find(&txn, campaign_id).await?;
    if c.closed_at.is_none() {
        campaign::ActiveModel {
            id: Set(c.id),
            closed_at: Set(Some(now)),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        staff_action(
            &txn,
            identity,
            "campaigns.close",
            "campaign",
            Some(c.id.to_string()),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}
