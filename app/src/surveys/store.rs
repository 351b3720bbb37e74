//! Surveys in the database: asking (once, at a sensible hour, never to who said no),
//! answering by the link, by the kiosk receipt's code or on the kiosk, and the campaigns
//! that decide when residents are asked at all.

use super::model::{
    About, AnswerForm, CampaignForm, CampaignRow, CampaignsView, Clarity, FollowUpForm,
    KioskAnswerForm, MAX_COMMENT, MAX_NAME, Score, SurveyView, TriedChannel, survey_path,
};
use super::timing;
use crate::audit::staff_action;
use crate::contact_details::{EmailAddress, PhoneNumber};
use crate::errors::{FeatureError, Refusal};
use crate::i18n::dates::{long_date, paris_date};
use crate::i18n::{Locale, args, text, text_with};
use crate::notifications::outbox::{Channel, Outgoing, enqueue_at};
use crate::notifications::templates::{clean, fold_to_gsm};
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::staff::tokens::{digest, new_token};
use crate::state::PublicUrl;
use crate::statuses::TicketStatus;
use crate::store::begin_write;
use crate::store::entities::{
    appointment, contact, device, request, site, survey_campaign, survey_opt_out, survey_response,
    ticket,
};
use crate::store::names::agent_names;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbBackend,
    DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set, SqlErr,
};

#[derive(Debug, thiserror::Error)]
pub enum SurveysError {
    #[error(transparent)]
    Db(#[from] DbErr),
    /// An unknown or expired link, an unknown site.
    #[error("no such survey")]
    NotFound,
    /// A kiosk answer from a browser that is not the site's kiosk.
    #[error("not this site's kiosk")]
    Forbidden,
    /// The form as sent cannot be saved; the Fluent id says why.
    #[error("refused: {0}")]
    Invalid(&'static str),
}

impl FeatureError for SurveysError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            SurveysError::Db(_) => None,
            SurveysError::NotFound => Some(Refusal::NotFound),
            SurveysError::Forbidden => Some(Refusal::Forbidden),
            SurveysError::Invalid(id) => Some(Refusal::Invalid(id)),
        }
    }
}

/// Visits and replies older than this when a campaign looks are not asked about: the
/// resident would hardly remember them.
pub const LOOK_BACK: Duration = Duration::hours(48);
/// How long a survey link (or a ticket's code) leads to its survey.
pub const LINK_VALID: Duration = Duration::days(30);
/// A first answer may be changed for this long; then it stays.
pub const CHANGE_WINDOW: Duration = Duration::hours(24);

const DESK: &str = "desk";
const TRANSFERRED: &str = "transferred";

/// Where the survey came from, as stored in `source`.
const SMS: &str = "sms";
const EMAIL: &str = "email";
const QR: &str = "qr";
const KIOSK: &str = "kiosk";

fn is_unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

// ---------------------------------------------------------------------------------------
// Campaigns

/// The campaign running at `now`: not closed, and its last day (Paris) not past.
pub async fn running<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
) -> Result<Option<survey_campaign::Model>, DbErr> {
    survey_campaign::Entity::find()
        .filter(survey_campaign::Column::ClosedAt.is_null())
        .filter(survey_campaign::Column::ClosesOn.gte(paris_date(now)))
        .order_by_desc(survey_campaign::Column::OpenedAt)
        .one(db)
        .await
}

/// Whether residents are being asked now (the kiosk shows its smileys then).
pub async fn is_open(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<bool, DbErr> {
    Ok(running(db, now).await?.is_some())
}

/// `/agent/pilotage/enquetes`: every campaign, newest first, with its answers so far.
pub async fn campaigns(
    db: &DatabaseConnection,
    me: Me,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<CampaignsView, SurveysError> {
    let today = paris_date(now);
    let names = agent_names(db).await?;
    let name_of = |id: Option<i32>| id.and_then(|id| names.get(&id).cloned());
    let mut rows = Vec::new();
    let mut open = None;
    for c in survey_campaign::Entity::find()
        .order_by_desc(survey_campaign::Column::OpenedAt)
        .all(db)
        .await?
    {
        let answers = survey_response::Entity::find()
            .filter(survey_response::Column::CampaignId.eq(c.id))
            .filter(survey_response::Column::Score.is_not_null())
            .count(db)
            .await?;
        let is_open = c.closed_at.is_none() && c.closes_on >= today;
        if is_open && open.is_none() {
            open = Some(c.id);
        }
        rows.push(CampaignRow {
            id: c.id,
            name: c.name,
            opened_on: long_date(locale, paris_date(c.opened_at)),
            opened_by: name_of(c.opened_by),
            closes_on: long_date(locale, c.closes_on),
            closed_on: c.closed_at.map(|at| long_date(locale, paris_date(at))),
            closed_by: name_of(c.closed_by),
            open: is_open,
            answers,
        });
    }
    Ok(CampaignsView {
        me,
        rows,
        open,
        today: today.format("%Y-%m-%d").to_string(),
    })
}

/// Opens a campaign; refused when one runs already, or for an empty name or a past
/// last day. Audited in the same transaction.
pub async fn open_campaign(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &CampaignForm,
    now: DateTime<Utc>,
) -> Result<i32, SurveysError> {
    let name = form.name.trim();
    if name.is_empty() {
        return Err(SurveysError::Invalid("surveys-error-name"));
    }
    if name.chars().count() > MAX_NAME {
        return Err(SurveysError::Invalid("surveys-error-name-long"));
    }
    let closes_on = NaiveDate::parse_from_str(form.closes_on.trim(), "%Y-%m-%d")
        .map_err(|_| SurveysError::Invalid("surveys-error-date"))?;
    if closes_on < paris_date(now) {
        return Err(SurveysError::Invalid("surveys-error-date-past"));
    }
    let txn = begin_write(db).await?;
    // Two supervisors opening at the same instant: on PostgreSQL the second waits here and
    // then sees the first one's campaign (SQLite's write transaction already serialises).
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("LOCK TABLE survey_campaign IN SHARE ROW EXCLUSIVE MODE")
            .await?;
    }
    if running(&txn, now).await?.is_some() {
        return Err(SurveysError::Invalid("surveys-error-already-open"));
    }
    let campaign = survey_campaign::ActiveModel {
        name: Set(name.to_owned()),
        opened_at: Set(now),
        opened_by: Set(Some(identity.agent_id)),
        closes_on: Set(closes_on),
        closed_at: Set(None),
        closed_by: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    staff_action(
        &txn,
        identity,
        "surveys.campaign_open",
        "survey_campaign",
        Some(campaign.id.to_string()),
    )
    .await?;
    txn.commit().await?;
    Ok(campaign.id)
}

/// Closes the running campaign now; refused when none runs.
pub async fn close_campaign(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    now: DateTime<Utc>,
) -> Result<i32, SurveysError> {
    let txn = begin_write(db).await?;
    let campaign = running(&txn, now)
        .await?
        .ok_or(SurveysError::Invalid("surveys-error-none-open"))?;
    let closed = survey_campaign::Entity::update_many()
        .col_expr(survey_campaign::Column::ClosedAt, Expr::value(now))
        .col_expr(
            survey_campaign::Column::ClosedBy,
            Expr::value(identity.agent_id),
        )
        .filter(survey_campaign::Column::Id.eq(campaign.id))
        .filter(survey_campaign::Column::ClosedAt.is_null())
        .exec(&txn)
        .await?;
    if closed.rows_affected == 0 {
        return Err(SurveysError::Invalid("surveys-error-none-open"));
    }
    staff_action(
        &txn,
        identity,
        "surveys.campaign_close",
        "survey_campaign",
        Some(campaign.id.to_string()),
    )
    .await?;
    txn.commit().await?;
    Ok(campaign.id)
}

// ---------------------------------------------------------------------------------------
// Asking

/// How to reach a resident: a mobile number and/or an e-mail address, as given.
#[derive(Clone, Debug, Default)]
struct Reach {
    phones: Vec<String>,
    emails: Vec<String>,
}

impl Reach {
    fn add_phone(&mut self, phone: Option<&String>) {
        if let Some(p) = phone.and_then(|p| PhoneNumber::parse(p).ok()) {
            self.phones.push(p.as_str().to_owned());
        }
    }

    fn add_email(&mut self, email: Option<&String>) {
        if let Some(e) = email.and_then(|e| EmailAddress::parse(e).ok()) {
            self.emails.push(e.as_str().to_owned());
        }
    }

    /// Where the survey goes: a text to a mobile number first, else an e-mail.
    fn recipient(&self) -> Option<(Channel, String)> {
        let mobile = self
            .phones
            .iter()
            .find(|p| PhoneNumber::parse(p).is_ok_and(|n| n.is_probably_mobile()));
        match (mobile, self.emails.first()) {
            (Some(p), _) => Some((Channel::Sms, p.clone())),
            (None, Some(e)) => Some((Channel::Email, e.clone())),
            (None, None) => None,
        }
    }

    /// What the opt-out list keeps of each address.
    fn digests(&self) -> Vec<String> {
        self.phones
            .iter()
            .chain(self.emails.iter())
            .map(|a| recipient_digest(a))
            .collect()
    }
}

/// The digest kept for an address that asked never to be surveyed: of the number in its
/// international form, of the address in lower case.
pub fn recipient_digest(address: &str) -> String {
    let address = address.trim();
    let normal = match PhoneNumber::parse(address) {
        Ok(p) if !address.contains('@') => p.as_str().to_owned(),
        _ => address.to_lowercase(),
    };
    digest(&normal)
}

/// One survey to ask: the row it becomes and who it goes to.
struct Ask {
    /// The outbox key, which also says what it is about: `survey:contact:<id>`.
    key: String,
    about: About,
    ended: DateTime<Utc>,
    reach: Reach,
    language: Locale,
    site_id: Option<i32>,
    channel: String,
    contact_id: Option<i32>,
    ticket_id: Option<i32>,
    appointment_id: Option<i32>,
    request_id: Option<i32>,
    agent_id: Option<i32>,
    service_id: Option<i32>,
}

/// The surveys due while a campaign runs: one for each final desk visit and each reply
/// of the last 48 hours (and since the campaign opened) with a way to reach the resident.
/// Each is written with its message, which waits for a sensible hour. Safe to run again and
/// on several instances at once: a visit or a reply has at most one survey (unique
/// indexes) and one message (its outbox key). Returns how many were queued.
pub async fn queue_due(
    db: &DatabaseConnection,
    public_url: &PublicUrl,
    now: DateTime<Utc>,
) -> Result<usize, SurveysError> {
    let Some(campaign) = running(db, now).await? else {
        return Ok(0);
    };
    let since = (now - LOOK_BACK).max(campaign.opened_at);
    let mut asks = visits_due(db, since, now).await?;
    asks.extend(replies_due(db, since, now).await?);
    let mut queued = 0;
    for ask in asks {
        if queue_one(db, public_url, &campaign, &ask, now).await? {
            queued += 1;
        }
    }
    Ok(queued)
}

/// The final desk visits (not a transfer: the resident is not done) ended in the window,
/// not surveyed yet, whose resident left a number or an address.
async fn visits_due(
    db: &DatabaseConnection,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Ask>, DbErr> {
    let surveyed = Query::select()
        .column(survey_response::Column::ContactId)
        .from(survey_response::Entity)
        .and_where(survey_response::Column::ContactId.is_not_null())
        .to_owned();
    let visits = contact::Entity::find()
        .filter(contact::Column::Channel.eq(DESK))
        .filter(contact::Column::Outcome.ne(TRANSFERRED))
        .filter(contact::Column::EndedAt.gte(since))
        .filter(contact::Column::EndedAt.lte(now))
        .filter(contact::Column::Id.not_in_subquery(surveyed))
        .order_by_asc(contact::Column::Id)
        .all(db)
        .await?;
    let mut asks = Vec::new();
    for c in visits {
        let mut reach = Reach::default();
        let mut language = None;
        if let Some(id) = c.ticket_id
            && let Some(t) = ticket::Entity::find_by_id(id).one(db).await?
        {
            reach.add_phone(t.phone.as_ref());
            language = Some(t.language);
        }
        if let Some(id) = c.appointment_id
            && let Some(a) = appointment::Entity::find_by_id(id).one(db).await?
        {
            reach.add_phone(a.phone.as_ref());
            reach.add_email(a.email.as_ref());
            language = language.or(Some(a.language));
        }
        if reach.recipient().is_none() {
            continue;
        }
        asks.push(Ask {
            key: format!("survey:contact:{}", c.id),
            about: About::Visit,
            ended: c.ended_at.unwrap_or(now),
            reach,
            language: language
                .as_deref()
                .and_then(Locale::from_tag)
                .unwrap_or_default(),
            site_id: c.site_id,
            channel: c.channel,
            contact_id: Some(c.id),
            ticket_id: c.ticket_id,
            appointment_id: c.appointment_id,
            request_id: None,
            agent_id: c.agent_id,
            service_id: c.service_id,
        });
    }
    Ok(asks)
}

/// The requests answered in the window, not surveyed yet, with a number or an address.
async fn replies_due(
    db: &DatabaseConnection,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Ask>, DbErr> {
    let surveyed = Query::select()
        .column(survey_response::Column::RequestId)
        .from(survey_response::Entity)
        .and_where(survey_response::Column::RequestId.is_not_null())
        .to_owned();
    let replies = request::Entity::find()
        .filter(request::Column::AnsweredAt.gte(since))
        .filter(request::Column::AnsweredAt.lte(now))
        .filter(request::Column::MergedIntoId.is_null())
        .filter(
            Condition::any()
                .add(request::Column::Phone.is_not_null())
                .add(request::Column::Email.is_not_null()),
        )
        .filter(request::Column::Id.not_in_subquery(surveyed))
        .order_by_asc(request::Column::Id)
        .all(db)
        .await?;
    Ok(replies
        .into_iter()
        .filter_map(|r| {
            let mut reach = Reach::default();
            reach.add_phone(r.phone.as_ref());
            reach.add_email(r.email.as_ref());
            reach.recipient()?;
            Some(Ask {
                key: format!("survey:request:{}", r.id),
                about: About::Reply,
                ended: r.answered_at.unwrap_or(now),
                reach,
                language: Locale::from_tag(&r.language).unwrap_or_default(),
                site_id: r.site_id,
                channel: r.channel.as_str().to_owned(),
                // The request is what is asked about; its first contact may be a desk
                // visit with its own survey.
                contact_id: None,
                ticket_id: None,
                appointment_id: None,
                request_id: Some(r.id),
                agent_id: r.owner_agent_id,
                service_id: r.service_id,
            })
        })
        .collect())
}

async fn opted_out<C: ConnectionTrait>(db: &C, digests: &[String]) -> Result<bool, DbErr> {
    if digests.is_empty() {
        return Ok(false);
    }
    Ok(survey_opt_out::Entity::find()
        .filter(survey_opt_out::Column::RecipientHash.is_in(digests.to_vec()))
        .count(db)
        .await?
        > 0)
}

/// Writes one survey and its message; false when someone was first, or the resident
/// said never again.
async fn queue_one(
    db: &DatabaseConnection,
    public_url: &PublicUrl,
    campaign: &survey_campaign::Model,
    ask: &Ask,
    now: DateTime<Utc>,
) -> Result<bool, SurveysError> {
    let Some((channel, recipient)) = ask.reach.recipient() else {
        return Ok(false);
    };
    if opted_out(db, &ask.reach.digests()).await? {
        return Ok(false);
    }
    let token = new_token();
    let txn = begin_write(db).await?;
    let mut already = survey_response::Entity::find();
    already = match (ask.contact_id, ask.request_id) {
        (Some(c), _) => already.filter(survey_response::Column::ContactId.eq(c)),
        (None, Some(r)) => already.filter(survey_response::Column::RequestId.eq(r)),
        (None, None) => return Ok(false),
    };
    if already.one(&txn).await?.is_some() {
        return Ok(false);
    }
    let source = match channel {
        Channel::Sms => SMS,
        Channel::Email => EMAIL,
    };
    let row = survey_response::ActiveModel {
        token_hash: Set(digest(&token)),
        site_id: Set(ask.site_id),
        channel: Set(ask.channel.clone()),
        contact_id: Set(ask.contact_id),
        language: Set(ask.language.code().into()),
        score: Set(None),
        comment: Set(None),
        created_at: Set(now),
        answered_at: Set(None),
        ticket_id: Set(ask.ticket_id),
        appointment_id: Set(ask.appointment_id),
        request_id: Set(ask.request_id),
        agent_id: Set(ask.agent_id),
        service_id: Set(ask.service_id),
        campaign_id: Set(Some(campaign.id)),
        source: Set(source.into()),
        clarity: Set(None),
        channels_tried: Set(None),
        ..Default::default()
    };
    match row.insert(&txn).await {
        Ok(_) => {}
        // Another instance wrote it between our look and our write (PostgreSQL).
        Err(e) if is_unique_violation(&e) => return Ok(false),
        Err(e) => return Err(e.into()),
    }
    let link = public_url.absolute(&survey_path(&token));
    let message = survey_message(ask.about, ask.language, channel, recipient, &link, &ask.key);
    // Found late (the job was down), it still waits for a sensible hour rather than going
    // at once, whatever the time.
    let send_at = timing::send_at(ask.ended.max(now - timing::AFTER));
    enqueue_at(&txn, &message, send_at, now).await?;
    txn.commit().await?;
    Ok(true)
}

/// The survey's text or e-mail in the resident's language, with its link.
pub fn survey_message(
    about: About,
    locale: Locale,
    channel: Channel,
    recipient: String,
    link: &str,
    key: &str,
) -> Outgoing {
    let with_link = args([("link", link.to_owned().into())]);
    let (subject, body) = match (channel, about) {
        (Channel::Sms, About::Visit) => (None, text_with(locale, "surveys-sms-visit", &with_link)),
        (Channel::Sms, About::Reply) => (None, text_with(locale, "surveys-sms-reply", &with_link)),
        (Channel::Email, about) => {
            let intro = match about {
                About::Visit => "surveys-email-visit",
                About::Reply => "surveys-email-reply",
            };
            let lines = [
                text(locale, intro),
                text_with(locale, "surveys-email-link", &with_link),
                text(locale, "surveys-email-opt-out"),
                text(locale, "notif-footer"),
            ];
            (
                Some(clean(locale, &text(locale, "surveys-email-subject"))),
                lines.join("\n\n"),
            )
        }
    };
    let body = match channel {
        Channel::Sms => fold_to_gsm(&clean(locale, &body)),
        Channel::Email => clean(locale, &body),
    };
    Outgoing {
        channel,
        recipient,
        language: locale.code().into(),
        template: "survey".into(),
        subject,
        body,
        idempotency_key: key.to_owned(),
    }
}

// ---------------------------------------------------------------------------------------
// Answering

/// What a link leads to.
enum Found {
    /// A survey row (asked by text or e-mail, or already answered through a ticket's code).
    Row(Box<survey_response::Model>),
    /// A finished ticket's code whose visit has no survey yet: it gets one when answered.
    Ticket(Box<FinishedVisit>),
}

/// A finished ticket and the visit that ended it.
struct FinishedVisit {
    ticket: ticket::Model,
    visit: contact::Model,
}

async fn row_by_token<C: ConnectionTrait>(
    db: &C,
    token: &str,
) -> Result<Option<survey_response::Model>, DbErr> {
    survey_response::Entity::find()
        .filter(survey_response::Column::TokenHash.eq(digest(token)))
        .one(db)
        .await
}

/// The survey behind `token`: a survey's own token, or the code of a finished ticket
/// (the kiosk receipt's QR code) while a campaign runs.
async fn find(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Found, SurveysError> {
    let token = token.trim();
    // Tokens are letters and digits: anything else is no survey, and never reaches a query.
    if token.is_empty() || token.len() > 128 || !token.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(SurveysError::NotFound);
    }
    // Kiosk rows have a token nobody holds; a link older than its validity is gone.
    if let Some(row) = row_by_token(db, token).await? {
        if row.source == KIOSK || now - row.created_at > LINK_VALID {
            return Err(SurveysError::NotFound);
        }
        return Ok(Found::Row(Box::new(row)));
    }
    let ticket = ticket::Entity::find()
        .filter(ticket::Column::PublicToken.eq(token))
        .filter(ticket::Column::Status.eq(TicketStatus::Done))
        .one(db)
        .await?
        .ok_or(SurveysError::NotFound)?;
    if ticket.ended_at.is_none_or(|at| now - at > LINK_VALID) {
        return Err(SurveysError::NotFound);
    }
    let visit = contact::Entity::find()
        .filter(contact::Column::TicketId.eq(ticket.id))
        .filter(contact::Column::Channel.eq(DESK))
        .filter(contact::Column::Outcome.ne(TRANSFERRED))
        .order_by_desc(contact::Column::EndedAt)
        .one(db)
        .await?
        .ok_or(SurveysError::NotFound)?;
    // Asked by text already (the ticket had a number): the same survey.
    if let Some(row) = survey_response::Entity::find()
        .filter(survey_response::Column::ContactId.eq(visit.id))
        .one(db)
        .await?
    {
        return Ok(Found::Row(Box::new(row)));
    }
    if running(db, now).await?.is_none() {
        return Err(SurveysError::NotFound);
    }
    Ok(Found::Ticket(Box::new(FinishedVisit { ticket, visit })))
}

/// `/avis/<token>`: the survey as its resident sees it.
pub async fn survey(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<SurveyView, SurveysError> {
    let found = find(db, token, now).await?;
    let site_name = |id: Option<i32>| async move {
        match id {
            Some(id) => site::Entity::find_by_id(id)
                .one(db)
                .await
                .map(|s| s.map(|s| s.name)),
            None => Ok(None),
        }
    };
    Ok(match found {
        Found::Row(row) => SurveyView {
            token: token.trim().to_owned(),
            language: row.language.clone(),
            about: if row.request_id.is_some() {
                About::Reply
            } else {
                About::Visit
            },
            site: site_name(row.site_id).await?,
            score: row.score.and_then(Score::from_value),
            clarity: row.clarity.and_then(Clarity::from_value),
            tried: row
                .channels_tried
                .as_deref()
                .unwrap_or_default()
                .split(',')
                .filter_map(TriedChannel::parse)
                .collect(),
            comment: row.comment.clone().unwrap_or_default(),
            can_change: row.answered_at.is_none_or(|at| now - at <= CHANGE_WINDOW),
            can_opt_out: row.source == SMS || row.source == EMAIL,
        },
        Found::Ticket(finished) => SurveyView {
            token: token.trim().to_owned(),
            language: finished.ticket.language.clone(),
            about: About::Visit,
            site: site_name(Some(finished.ticket.site_id)).await?,
            score: None,
            clarity: None,
            tried: Vec::new(),
            comment: String::new(),
            can_change: true,
            can_opt_out: false,
        },
    })
}

/// The survey row behind `found`, written now for a ticket's code (once: a second tap at
/// the same moment finds the first one's row).
async fn ensure_row(
    db: &DatabaseConnection,
    found: Found,
    token: &str,
    now: DateTime<Utc>,
) -> Result<survey_response::Model, SurveysError> {
    let (ticket, visit) = match found {
        Found::Row(row) => return Ok(*row),
        Found::Ticket(finished) => (finished.ticket, finished.visit),
    };
    let campaign = running(db, now).await?.ok_or(SurveysError::NotFound)?;
    crate::store::data_changed();
    let row = survey_response::ActiveModel {
        // The ticket's code leads here; only its digest is kept, like a survey token.
        token_hash: Set(digest(token)),
        site_id: Set(visit.site_id.or(Some(ticket.site_id))),
        channel: Set(visit.channel.clone()),
        contact_id: Set(Some(visit.id)),
        language: Set(ticket.language.clone()),
        score: Set(None),
        comment: Set(None),
        created_at: Set(now),
        answered_at: Set(None),
        ticket_id: Set(Some(ticket.id)),
        appointment_id: Set(visit.appointment_id.or(ticket.appointment_id)),
        request_id: Set(None),
        agent_id: Set(visit.agent_id),
        service_id: Set(visit.service_id),
        campaign_id: Set(Some(campaign.id)),
        source: Set(QR.into()),
        clarity: Set(None),
        channels_tried: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await;
    match row {
        Ok(row) => Ok(row),
        Err(e) if is_unique_violation(&e) => survey_response::Entity::find()
            .filter(survey_response::Column::ContactId.eq(visit.id))
            .one(db)
            .await?
            .ok_or(SurveysError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// What became of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answered {
    Recorded,
    /// The first answer is more than 24 hours old: it stays as it was.
    Kept,
}

/// A smiley tapped: the score counts at once, even if the resident stops there. Within
/// 24 hours of the first answer a new tap changes it; after that it stays.
pub async fn answer(
    db: &DatabaseConnection,
    form: &AnswerForm,
    now: DateTime<Utc>,
) -> Result<Answered, SurveysError> {
    let found = find(db, &form.token, now).await?;
    let score = Score::parse(&form.score).ok_or(SurveysError::Invalid("surveys-error-score"))?;
    let row = ensure_row(db, found, &form.token, now).await?;
    let txn = begin_write(db).await?;
    let row = survey_response::Entity::find_by_id(row.id)
        .one(&txn)
        .await?
        .ok_or(SurveysError::NotFound)?;
    if row.answered_at.is_some_and(|at| now - at > CHANGE_WINDOW) {
        return Ok(Answered::Kept);
    }
    survey_response::Entity::update_many()
        .col_expr(survey_response::Column::Score, Expr::value(score.value()))
        .col_expr(
            survey_response::Column::AnsweredAt,
            Expr::value(row.answered_at.unwrap_or(now)),
        )
        .filter(survey_response::Column::Id.eq(row.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Answered::Recorded)
}

/// The optional questions and the comment, after a smiley.
pub async fn follow_up(
    db: &DatabaseConnection,
    form: &FollowUpForm,
    now: DateTime<Utc>,
) -> Result<Answered, SurveysError> {
    let found = find(db, &form.token, now).await?;
    let clarity = match form.clarity.trim() {
        "" => None,
        v => Some(
            v.parse::<i16>()
                .ok()
                .and_then(Clarity::from_value)
                .ok_or(SurveysError::Invalid("surveys-error-clarity"))?,
        ),
    };
    let comment = form.comment.trim();
    if comment.chars().count() > MAX_COMMENT {
        return Err(SurveysError::Invalid("surveys-error-comment-long"));
    }
    let Found::Row(row) = found else {
        return Err(SurveysError::Invalid("surveys-error-score-first"));
    };
    let row = *row;
    let tried: Vec<&str> = form.tried().into_iter().map(TriedChannel::as_str).collect();
    let txn = begin_write(db).await?;
    let row = survey_response::Entity::find_by_id(row.id)
        .one(&txn)
        .await?
        .ok_or(SurveysError::NotFound)?;
    let Some(answered_at) = row.answered_at.filter(|_| row.score.is_some()) else {
        return Err(SurveysError::Invalid("surveys-error-score-first"));
    };
    if now - answered_at > CHANGE_WINDOW {
        return Ok(Answered::Kept);
    }
    survey_response::Entity::update_many()
        .col_expr(
            survey_response::Column::Clarity,
            Expr::value(clarity.map(Clarity::value)),
        )
        .col_expr(
            survey_response::Column::ChannelsTried,
            Expr::value((!tried.is_empty()).then(|| tried.join(","))),
        )
        .col_expr(
            survey_response::Column::Comment,
            Expr::value((!comment.is_empty()).then(|| comment.to_owned())),
        )
        .filter(survey_response::Column::Id.eq(row.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Answered::Recorded)
}

/// "Never ask me again": the number and address the survey was sent to (and any other
/// the visit or request had) go on the opt-out list, as digests.
pub async fn opt_out(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(), SurveysError> {
    let Found::Row(row) = find(db, token, now).await? else {
        return Err(SurveysError::NotFound);
    };
    let row = *row;
    let mut reach = Reach::default();
    if let Some(id) = row.ticket_id
        && let Some(t) = ticket::Entity::find_by_id(id).one(db).await?
    {
        reach.add_phone(t.phone.as_ref());
    }
    if let Some(id) = row.appointment_id
        && let Some(a) = appointment::Entity::find_by_id(id).one(db).await?
    {
        reach.add_phone(a.phone.as_ref());
        reach.add_email(a.email.as_ref());
    }
    if let Some(id) = row.request_id
        && let Some(r) = request::Entity::find_by_id(id).one(db).await?
    {
        reach.add_phone(r.phone.as_ref());
        reach.add_email(r.email.as_ref());
    }
    let txn = begin_write(db).await?;
    for hash in reach.digests() {
        let known = survey_opt_out::Entity::find()
            .filter(survey_opt_out::Column::RecipientHash.eq(hash.clone()))
            .one(&txn)
            .await?;
        if known.is_none() {
            survey_opt_out::ActiveModel {
                recipient_hash: Set(hash),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// A smiley tapped on the kiosk of the site at `slug` while a campaign runs: an answer at
/// once, about a desk visit at that site (nobody knows which). Only the site's enrolled
/// kiosk may send it.
pub async fn kiosk_answer(
    db: &DatabaseConnection,
    kiosk: Option<&device::Model>,
    form: &KioskAnswerForm,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<(), SurveysError> {
    let site = site::Entity::find()
        .filter(site::Column::Slug.eq(form.site.trim()))
        .one(db)
        .await?
        .ok_or(SurveysError::NotFound)?;
    if kiosk.is_none_or(|k| k.site_id != Some(site.id)) {
        return Err(SurveysError::Forbidden);
    }
    let score = Score::parse(&form.score).ok_or(SurveysError::Invalid("surveys-error-score"))?;
    let campaign = running(db, now)
        .await?
        .ok_or(SurveysError::Invalid("surveys-error-no-campaign"))?;
    let txn = begin_write(db).await?;
    survey_response::ActiveModel {
        // Nobody holds this token: a kiosk answer is never reopened.
        token_hash: Set(digest(&new_token())),
        site_id: Set(Some(site.id)),
        channel: Set(DESK.into()),
        contact_id: Set(None),
        language: Set(locale.code().into()),
        score: Set(Some(score.value())),
        comment: Set(None),
        created_at: Set(now),
        answered_at: Set(Some(now)),
        ticket_id: Set(None),
        appointment_id: Set(None),
        request_id: Set(None),
        agent_id: Set(None),
        service_id: Set(None),
        campaign_id: Set(Some(campaign.id)),
        source: Set(KIOSK.into()),
        clarity: Set(None),
        channels_tried: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notifications::templates::sms_segments;

    const LINK: &str = "https://rdv.villebourg.fr/avis/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn the_french_text_is_one_sms_with_its_link() {
        for about in [About::Visit, About::Reply] {
            let m = survey_message(
                about,
                Locale::Fr,
                Channel::Sms,
                "+33612345678".into(),
                LINK,
                "survey:contact:1",
            );
            assert!(m.body.contains(LINK), "{}", m.body);
            assert!(m.body.chars().count() <= 160, "{} chars", m.body.len());
            assert_eq!(sms_segments(&m.body), 1, "{}", m.body);
        }
    }

    #[test]
    fn every_language_has_the_link_in_its_messages() {
        for locale in Locale::ALL {
            for channel in [Channel::Sms, Channel::Email] {
                let m = survey_message(
                    About::Visit,
                    locale,
                    channel,
                    "x".into(),
                    LINK,
                    "survey:contact:1",
                );
                assert!(m.body.contains(LINK), "{locale:?} {channel:?}");
                assert_eq!(m.language, locale.code());
            }
        }
    }

    #[test]
    fn opt_outs_match_however_the_address_was_typed() {
        assert_eq!(
            recipient_digest("06 12 34 56 78"),
            recipient_digest("+33612345678")
        );
        assert_eq!(
            recipient_digest("Camille@Exemple.FR"),
            recipient_digest("camille@exemple.fr ")
        );
        assert_ne!(
            recipient_digest("+33612345678"),
            recipient_digest("+33612345679")
        );
    }
}
