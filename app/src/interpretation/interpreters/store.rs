//! Interpreters in the database: who speaks what and is on duty, requests, assignments.

use super::duty::{Shift, on_duty_at, overlaps};
use super::model::{
    AppointmentRow, DAYS_AHEAD, FRESH_MINUTES, InterpretersView, MyRequest, RequestRow,
    RequestStatus,
};
use crate::calendar::paris_today;
use crate::components::fields::Choice;
use crate::i18n::Locale;
use crate::interpretation::live::hub::Hub;
use crate::interpretation::live::model::Message;
use crate::interpretation::store::{
    InterpretationError, agent_names, audit_and_commit, languages_of,
};
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::staff::roles::Role;
use crate::statuses::AppointmentStatus;
use crate::store::begin_write;
use crate::store::entities::{
    agent, agent_absence, agent_language, agent_schedule, appointment, desk, device,
    interpreter_assignment, interpreter_request, motif, site,
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// Appointments that still need their interpreter.
const LIVE_APPOINTMENTS: [AppointmentStatus; 2] =
    [AppointmentStatus::Booked, AppointmentStatus::CheckedIn];

/// Active interpreters who speak `lang`.
async fn interpreters_of<C: ConnectionTrait>(
    db: &C,
    lang: &str,
) -> Result<Vec<agent::Model>, DbErr> {
    let speakers: Vec<i32> = agent_language::Entity::find()
        .filter(agent_language::Column::Lang.eq(lang))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.agent_id)
        .collect();
    agent::Entity::find()
        .filter(agent::Column::Id.is_in(speakers))
        .filter(agent::Column::Role.eq(Role::Interpreter.as_str()))
        .filter(agent::Column::Active.eq(true))
        .order_by_asc(agent::Column::DisplayName)
        .all(db)
        .await
}

/// The names of the interpreters of `lang` on duty at `now`.
async fn on_duty<C: ConnectionTrait>(
    db: &C,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Vec<String>, DbErr> {
    let mut names = Vec::new();
    for a in interpreters_of(db, lang).await? {
        let shifts: Vec<Shift> = agent_schedule::Entity::find()
            .filter(agent_schedule::Column::AgentId.eq(a.id))
            .all(db)
            .await?
            .into_iter()
            .map(|s| Shift {
                weekday: s.weekday,
                starts: s.starts,
                ends: s.ends,
                site_id: s.site_id,
            })
            .collect();
        let absences: Vec<_> = agent_absence::Entity::find()
            .filter(agent_absence::Column::AgentId.eq(a.id))
            .filter(agent_absence::Column::EndsAt.gt(now))
            .all(db)
            .await?
            .into_iter()
            .map(|x| (x.starts_at, x.ends_at))
            .collect();
        if on_duty_at(&shifts, &absences, now).is_some() {
            names.push(a.display_name);
        }
    }
    Ok(names)
}

/// The name of a language tag in the page's language ("ukrainien"), or its own name for
/// languages beyond the interface's.
fn language_label(locale: Locale, tag: &str) -> String {
    if tag == crate::i18n::languages::SIGN_LANGUAGE {
        return crate::i18n::text(locale, "interpreter-lsf");
    }
    crate::i18n::try_text(locale, &format!("language-{tag}"))
        .unwrap_or_else(|| crate::i18n::languages::language_name(tag))
}

fn start_of_today(now: DateTime<Utc>) -> DateTime<Utc> {
    use chrono::TimeZone;
    let day = paris_today(now);
    chrono_tz::Europe::Paris
        .from_local_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight"))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(now - Duration::hours(24))
}

/// Today's requests still open or answered.
async fn todays_requests<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
) -> Result<Vec<interpreter_request::Model>, DbErr> {
    interpreter_request::Entity::find()
        .filter(interpreter_request::Column::CreatedAt.gte(start_of_today(now)))
        .filter(interpreter_request::Column::Status.is_in([
            RequestStatus::Open.as_str(),
            RequestStatus::Accepted.as_str(),
        ]))
        .order_by_desc(interpreter_request::Column::CreatedAt)
        .all(db)
        .await
}

/// The page of the agent signed in (`me`), in `locale`: an interpreter sees the requests
/// and appointments of the languages they speak, and theirs.
pub async fn view(
    db: &DatabaseConnection,
    locale: Locale,
    identity: &StaffIdentity,
    me: Me,
    now: DateTime<Utc>,
) -> Result<InterpretersView, InterpretationError> {
    let agent_id = identity.agent_id;
    let is_interpreter = identity.role == Role::Interpreter;
    let mine = languages_of(db, agent_id).await?;
    let names = agent_names(db).await?;
    let name = |id: i32| names.get(&id).cloned().unwrap_or_default();

    let mut duty_cache: HashMap<String, Vec<String>> = HashMap::new();
    let mut requests = Vec::new();
    for r in todays_requests(db, now).await? {
        if is_interpreter && !mine.contains(&r.language) {
            continue;
        }
        if !duty_cache.contains_key(&r.language) {
            duty_cache.insert(r.language.clone(), on_duty(db, &r.language, now).await?);
        }
        let status = RequestStatus::parse(&r.status).unwrap_or(RequestStatus::Open);
        requests.push(RequestRow {
            id: r.id,
            language: language_label(locale, &r.language),
            place: r.place.clone(),
            requested_by: name(r.requested_by),
            created_at: r.created_at,
            status,
            accepted_by: r.accepted_by.map(name),
            mine: r.requested_by == agent_id,
            can_accept: is_interpreter
                && mine.contains(&r.language)
                && status == RequestStatus::Open,
            on_duty: duty_cache[&r.language].clone(),
            fresh: status == RequestStatus::Open
                && now - r.created_at < Duration::minutes(FRESH_MINUTES),
        });
    }

    let upcoming = appointment::Entity::find()
        .filter(appointment::Column::InterpreterLanguage.is_not_null())
        .filter(appointment::Column::Status.is_in(LIVE_APPOINTMENTS))
        .filter(appointment::Column::EndsAt.gt(now))
        .filter(appointment::Column::StartsAt.lt(now + Duration::days(DAYS_AHEAD)))
        .order_by_asc(appointment::Column::StartsAt)
        .all(db)
        .await?;
    let assignments: HashMap<i32, i32> = interpreter_assignment::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.appointment_id, a.agent_id))
        .collect();
    let spans: HashMap<i32, (DateTime<Utc>, DateTime<Utc>)> = upcoming
        .iter()
        .map(|a| (a.id, (a.starts_at, a.ends_at)))
        .collect();
    let sites: HashMap<i32, String> = site::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let motifs: HashMap<i32, motif::Model> = motif::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let mut speakers: HashMap<String, Vec<agent::Model>> = HashMap::new();
    let mut appointments = Vec::new();
    for a in upcoming {
        let lang = a.interpreter_language.clone().unwrap_or_default();
        let assigned_to = assignments.get(&a.id).copied();
        if is_interpreter
            && assigned_to != Some(agent_id)
            && (assigned_to.is_some() || !mine.contains(&lang))
        {
            continue;
        }
        if !speakers.contains_key(&lang) {
            speakers.insert(lang.clone(), interpreters_of(db, &lang).await?);
        }
        // Free then: none of their other appointments on this page overlaps this one.
        let candidates = speakers[&lang]
            .iter()
            .filter(|i| {
                Some(i.id) == assigned_to
                    || !assignments.iter().any(|(other, who)| {
                        *who == i.id
                            && *other != a.id
                            && spans
                                .get(other)
                                .is_some_and(|s| overlaps(*s, (a.starts_at, a.ends_at)))
                    })
            })
            .map(|i| Choice {
                value: i.id.to_string(),
                label: i.display_name.clone(),
            })
            .collect();
        appointments.push(AppointmentRow {
            id: a.id,
            starts_at: a.starts_at,
            site: sites.get(&a.site_id).cloned().unwrap_or_default(),
            motif: motifs
                .get(&a.motif_id)
                .map(|m| crate::i18n::names::motif_name(locale, &m.slug, &m.name))
                .unwrap_or_default(),
            language: language_label(locale, &lang),
            interpreter: assigned_to.map(name),
            candidates,
            assigned_to,
            mine: assigned_to == Some(agent_id),
        });
    }
    Ok(InterpretersView {
        me,
        is_interpreter,
        my_languages: mine.iter().map(|l| language_label(locale, l)).collect(),
        requests,
        appointments,
        can_assign: !is_interpreter,
    })
}

/// The agent's request for `lang` today, open or answered, as stored.
async fn todays_request_of(
    db: &DatabaseConnection,
    agent_id: i32,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Option<interpreter_request::Model>, DbErr> {
    Ok(todays_requests(db, now)
        .await?
        .into_iter()
        .find(|r| r.requested_by == agent_id && r.language == lang))
}

/// The agent's request for `lang` today, open or answered, with who is on duty for it.
pub async fn my_request(
    db: &DatabaseConnection,
    agent_id: i32,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Option<MyRequest>, InterpretationError> {
    let Some(r) = todays_request_of(db, agent_id, lang, now).await? else {
        return Ok(None);
    };
    let accepted_by = match r.accepted_by {
        Some(id) => agent::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|a| a.display_name),
        None => None,
    };
    Ok(Some(MyRequest {
        id: r.id,
        created_at: r.created_at,
        accepted_by,
        on_duty: on_duty(db, lang, now).await?,
    }))
}

/// Asks for an interpreter of `lang` to come to the agent's desk (once: asking again
/// keeps the open request), and tells the interpreters' pages.
pub async fn request(
    db: &DatabaseConnection,
    hub: &Hub,
    identity: &StaffIdentity,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<(), InterpretationError> {
    // Asked already (an open or answered request today): nothing more to do.
    if todays_request_of(db, identity.agent_id, lang, now)
        .await?
        .is_some()
    {
        return Ok(());
    }
    // Where to come: the desk of the visitor in front of the agent, else the workstation.
    let current = crate::store::visits::current_of(db, identity.agent_id).await?;
    let desk = match current.as_ref().and_then(|t| t.desk_id) {
        Some(id) => desk::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let workstation = device::Entity::find_by_id(identity.device_id)
        .one(db)
        .await?;
    let site_id = current
        .as_ref()
        .map(|t| t.site_id)
        .or_else(|| workstation.as_ref().and_then(|d| d.site_id));
    let site_name = match site_id {
        Some(id) => site::Entity::find_by_id(id).one(db).await?.map(|s| s.name),
        None => None,
    };
    let here = desk
        .map(|d| d.label)
        .unwrap_or_else(|| identity.device_name.clone());
    let place = match site_name {
        Some(s) => format!("{here}, {s}"),
        None => here,
    };
    interpreter_request::ActiveModel {
        site_id: Set(site_id),
        place: Set(place.chars().take(200).collect()),
        requested_by: Set(identity.agent_id),
        language: Set(lang.to_owned()),
        status: Set(RequestStatus::Open.as_str().to_owned()),
        accepted_by: Set(None),
        created_at: Set(now),
        accepted_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    requests_changed(hub, lang.to_owned()).await
}

/// Withdraws request `id` if agent `agent_id` made it (nothing otherwise), and tells the
/// interpreters' pages.
pub async fn cancel(
    db: &DatabaseConnection,
    hub: &Hub,
    agent_id: i32,
    id: i32,
) -> Result<(), InterpretationError> {
    let Some(r) = interpreter_request::Entity::find_by_id(id).one(db).await? else {
        return Ok(());
    };
    let done = interpreter_request::Entity::update_many()
        .col_expr(
            interpreter_request::Column::Status,
            Expr::value(RequestStatus::Cancelled.as_str()),
        )
        .filter(interpreter_request::Column::Id.eq(id))
        .filter(interpreter_request::Column::RequestedBy.eq(agent_id))
        .exec(db)
        .await?;
    if done.rows_affected > 0 {
        requests_changed(hub, r.language).await?;
    }
    Ok(())
}

/// The interpreter takes the request if it is still open.
pub async fn accept(
    db: &DatabaseConnection,
    hub: &Hub,
    identity: &StaffIdentity,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), InterpretationError> {
    let Some(r) = interpreter_request::Entity::find_by_id(id).one(db).await? else {
        return Err(InterpretationError::RequestGone);
    };
    let speaks = languages_of(db, identity.agent_id)
        .await?
        .contains(&r.language);
    if identity.role != Role::Interpreter || !speaks {
        return Err(InterpretationError::NotYourRequest);
    }
    // Conditional: of two interpreters answering at once, one changes the row.
    let done = interpreter_request::Entity::update_many()
        .col_expr(
            interpreter_request::Column::Status,
            Expr::value(RequestStatus::Accepted.as_str()),
        )
        .col_expr(
            interpreter_request::Column::AcceptedBy,
            Expr::value(identity.agent_id),
        )
        .col_expr(interpreter_request::Column::AcceptedAt, Expr::value(now))
        .filter(interpreter_request::Column::Id.eq(id))
        .filter(interpreter_request::Column::Status.eq(RequestStatus::Open.as_str()))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(InterpretationError::RequestTaken);
    }
    requests_changed(hub, r.language).await
}

/// After a request of `language` changed: the interpreters' pages and the panels reload.
async fn requests_changed(hub: &Hub, language: String) -> Result<(), InterpretationError> {
    crate::store::data_changed();
    hub.send(Message::Requests { language }).await?;
    Ok(())
}

/// Gives appointment `appointment_id` to interpreter `chosen` (None: to nobody), if they
/// speak its language and have no other appointment then. The interpreter's row is locked,
/// so two assignments at once cannot give them two overlapping appointments.
pub async fn assign(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    appointment_id: i32,
    chosen: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), InterpretationError> {
    if identity.role == Role::Interpreter {
        return Err(InterpretationError::NotAllowed);
    }
    let txn = begin_write(db).await?;
    let Some(a) = appointment::Entity::find_by_id(appointment_id)
        .one(&txn)
        .await?
        .filter(|a| LIVE_APPOINTMENTS.contains(&a.status) && a.ends_at > now)
    else {
        return Err(InterpretationError::AppointmentGone);
    };
    let Some(lang) = a.interpreter_language.clone() else {
        return Err(InterpretationError::AppointmentGone);
    };
    interpreter_assignment::Entity::delete_by_id(a.id)
        .exec(&txn)
        .await?;
    if let Some(who) = chosen {
        let interpreter = agent::Entity::find_by_id(who)
            .lock_exclusive()
            .one(&txn)
            .await?
            .filter(|i| i.active && i.role == Role::Interpreter.as_str());
        let speaks = languages_of(&txn, who).await?.contains(&lang);
        if interpreter.is_none() || !speaks {
            return Err(InterpretationError::WrongLanguage);
        }
        let theirs: Vec<i32> = interpreter_assignment::Entity::find()
            .filter(interpreter_assignment::Column::AgentId.eq(who))
            .all(&txn)
            .await?
            .into_iter()
            .map(|x| x.appointment_id)
            .collect();
        let busy = appointment::Entity::find()
            .filter(appointment::Column::Id.is_in(theirs))
            .filter(appointment::Column::Status.is_in(LIVE_APPOINTMENTS))
            .all(&txn)
            .await?
            .iter()
            .any(|o| overlaps((o.starts_at, o.ends_at), (a.starts_at, a.ends_at)));
        if busy {
            return Err(InterpretationError::InterpreterBusy);
        }
        interpreter_assignment::ActiveModel {
            appointment_id: Set(a.id),
            agent_id: Set(who),
            assigned_by: Set(identity.agent_id),
            assigned_at: Set(now),
        }
        .insert(&txn)
        .await?;
    }
    let subject = a.id.to_string();
    audit_and_commit(
        txn,
        identity,
        "appointment.interpreter",
        "appointment",
        subject,
    )
    .await
}
