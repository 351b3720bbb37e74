//! The desk in the database: what the page reads (the site, its desks and queues, the
//! agent's visitor, the waiting list in call order, the transfer targets), and each of
//! its forms, checked, applied through the queue's store and audited.

use super::model::{
    COMMON_QUEUE, CallForm, CloseForm, DeskParams, DeskView, IssueForm, MAX_NOTE, QueueRow, Step,
    StepForm, TransferForm, Visitor,
};
use crate::components::fields::Choice;
use crate::hooks::Hooks;
use crate::i18n::Locale;
use crate::i18n::names::{motif_name, service_name};
use crate::queue::model::{Outcome, Status};
use crate::queue::order::Priority;
use crate::queue::store::{
    self as queue, AuditedBy, Boards, DeskAction, NewTicket, Origin, QueueChoice, QueueError,
    callable, positions, site_of, waiting_today,
};
use crate::staff::identity::StaffIdentity;
use crate::staff::model::Me;
use crate::store::entities::{agent, agent_skill, desk, motif, service, site, ticket};
use crate::store::visits::current_of;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The site by slug, and the queue by `commune` or a service's slug.
async fn site_and_queue(
    db: &DatabaseConnection,
    lieu: &str,
    file: &str,
) -> Result<(i32, QueueChoice), QueueError> {
    let site = site_of(db, lieu).await?.ok_or(QueueError::NotFound)?;
    if file == COMMON_QUEUE || file.is_empty() {
        return Ok((site.id, QueueChoice::Common));
    }
    let service = service::Entity::find()
        .filter(service::Column::Slug.eq(file))
        .one(db)
        .await?
        .ok_or(QueueError::NotFound)?;
    Ok((site.id, QueueChoice::Service(service.id)))
}

/// A transfer to a named expert: an active expert with a skill in that service.
async fn check_expert(
    db: &DatabaseConnection,
    agent_id: i32,
    service_id: i32,
) -> Result<(), QueueError> {
    let expert = agent::Entity::find_by_id(agent_id)
        .one(db)
        .await?
        .filter(|a| a.active && a.role == "expert")
        .ok_or(QueueError::NotExpert)?;
    let motifs: Vec<i32> = motif::Entity::find()
        .filter(motif::Column::ServiceId.eq(service_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    let skilled = agent_skill::Entity::find()
        .filter(agent_skill::Column::AgentId.eq(expert.id))
        .filter(agent_skill::Column::MotifId.is_in(motifs))
        .one(db)
        .await?
        .is_some();
    if skilled {
        Ok(())
    } else {
        Err(QueueError::NotExpert)
    }
}

/// The desk page of the signed-in agent, in `locale` (audited: it lists who waits).
pub async fn desk_view(
    db: &DatabaseConnection,
    boards: &impl Boards,
    identity: &StaffIdentity,
    me: Me,
    params: DeskParams,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<DeskView, QueueError> {
    crate::audit::staff_action(db, identity, "queue.read", "site", None).await?;
    let agent_id = identity.agent_id;
    let sites = site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(db)
        .await?;
    let current = current_of(db, agent_id).await?;
    // The site and desk of the visitor in front of the agent win over the query string.
    let site = current
        .as_ref()
        .and_then(|t| sites.iter().find(|s| s.id == t.site_id))
        .or_else(|| {
            params
                .lieu
                .as_deref()
                .and_then(|slug| sites.iter().find(|s| s.slug == slug))
        })
        .or(sites.first())
        .cloned()
        .ok_or(DbErr::RecordNotFound("no site".into()))?;
    // Read before the queue itself: a board published in between is newer, not older.
    let stamp = boards.latest_stamp(site.id);
    let desks = desk::Entity::find()
        .filter(desk::Column::SiteId.eq(site.id))
        .filter(desk::Column::Active.eq(true))
        .order_by_asc(desk::Column::Label)
        .all(db)
        .await?;
    let desk = current
        .as_ref()
        .and_then(|t| t.desk_id)
        .or_else(|| params.guichet.as_deref().and_then(|d| d.parse().ok()))
        .filter(|id| desks.iter().any(|d| d.id == *id));
    let services = queue::services(db).await?;
    let service_names: HashMap<i32, String> = services
        .iter()
        .map(|s| (s.id, service_name(locale, &s.slug, &s.name)))
        .collect();
    let service_of = |id: i32| service_names.get(&id).cloned().unwrap_or_default();
    let queue = params
        .file
        .clone()
        .filter(|f| f == COMMON_QUEUE || services.iter().any(|s| &s.slug == f))
        .unwrap_or_else(|| COMMON_QUEUE.to_owned());
    let choice = services
        .iter()
        .find(|s| s.slug == queue)
        .map(|s| QueueChoice::Service(s.id))
        .unwrap_or(QueueChoice::Common);
    let motifs = motif::Entity::find()
        .order_by_asc(motif::Column::Id)
        .all(db)
        .await?;
    let motif_names: HashMap<i32, String> = motifs
        .iter()
        .map(|m| (m.id, motif_name(locale, &m.slug, &m.name)))
        .collect();
    let motif_slugs: HashMap<i32, String> = motifs.iter().map(|m| (m.id, m.slug.clone())).collect();
    let motif_of = |id: Option<i32>| {
        id.and_then(|m| motif_names.get(&m).cloned())
            .unwrap_or_default()
    };
    let agents: HashMap<i32, agent::Model> = agent::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let settings = queue::settings(db, site.id).await?;

    let waiting = waiting_today(db, site.id, now).await?;
    let places = positions(&waiting, now, &settings.weights);
    let mut rows: Vec<(bool, usize, QueueRow)> = waiting
        .iter()
        .map(|(t, w)| {
            let callable = callable(t, agent_id, choice);
            let row = QueueRow {
                code: t.code.clone(),
                motif: motif_of(t.motif_id),
                language: t.language.clone(),
                priority: Priority::parse(&t.priority),
                arrival_at: t.arrival_at,
                queue: if t.status == Status::Transferred {
                    service_of(t.service_id)
                } else {
                    String::new()
                },
                for_agent: t
                    .target_agent_id
                    .and_then(|a| agents.get(&a))
                    .map(|a| a.display_name.clone()),
                appointment_at: w.appointment_at,
                callable,
            };
            (!callable, places.get(&t.id).copied().unwrap_or(0), row)
        })
        .collect();
    // What this desk would call first, in call order; then the other queues.
    rows.sort_by(|a, b| (a.0, &a.2.queue, a.1).cmp(&(b.0, &b.2.queue, b.1)));

    let mine_aside = ticket::Entity::find()
        .filter(ticket::Column::AgentId.eq(agent_id))
        .filter(ticket::Column::Status.eq(Status::Aside))
        .order_by_asc(ticket::Column::CalledAt)
        .all(db)
        .await?;
    let ids = current
        .iter()
        .chain(mine_aside.iter())
        .filter_map(|t| t.appointment_id)
        .collect();
    let appointments = queue::appointments(db, ids).await?;
    let visitor = |t: &ticket::Model| Visitor {
        id: t.id,
        code: t.code.clone(),
        status: t.status,
        call_count: t.call_count,
        motif: motif_of(t.motif_id),
        motif_slug: t.motif_id.and_then(|m| motif_slugs.get(&m).cloned()),
        service: service_of(t.service_id),
        language: t.language.clone(),
        priority: Priority::parse(&t.priority),
        arrival_at: t.arrival_at,
        called_at: t.called_at,
        transfer_note: t.transfer_note.clone(),
        appointment_of: t
            .appointment_id
            .and_then(|a| appointments.get(&a))
            .map(|a| a.contact_name.clone()),
    };

    let mut experts: Vec<Choice> = Vec::new();
    let skills = agent_skill::Entity::find().all(db).await?;
    let motif_service: HashMap<i32, i32> = motifs.iter().map(|m| (m.id, m.service_id)).collect();
    let mut listed: Vec<&agent::Model> = agents
        .values()
        .filter(|a| a.active && a.role == "expert")
        .collect();
    listed.sort_by(|a, b| a.display_name.cmp(&b.display_name));
    for a in listed {
        let mut of: Vec<i32> = skills
            .iter()
            .filter(|s| s.agent_id == a.id)
            .filter_map(|s| motif_service.get(&s.motif_id).copied())
            .collect();
        of.sort_unstable();
        of.dedup();
        let names: Vec<String> = of
            .iter()
            .filter_map(|s| service_names.get(s).cloned())
            .collect();
        experts.push(Choice::new(
            a.id.to_string(),
            format!("{} ({})", a.display_name, names.join(", ")),
        ));
    }

    Ok(DeskView {
        stamp,
        me,
        site: site.slug.clone(),
        sites: sites
            .iter()
            .map(|s| Choice::new(s.slug.clone(), s.name.clone()))
            .collect(),
        desks: desks
            .iter()
            .map(|d| Choice::new(d.id.to_string(), d.label.clone()))
            .collect(),
        desk: desk.map(|d| d.to_string()),
        queue,
        queues: std::iter::once(Choice::new(
            COMMON_QUEUE,
            crate::i18n::text(locale, "queue-common"),
        ))
        .chain(
            services
                .iter()
                .filter(|s| s.handled_by_experts)
                .map(|s| Choice::new(s.slug.clone(), service_of(s.id))),
        )
        .collect(),
        current: current.as_ref().map(visitor),
        aside: mine_aside.iter().map(visitor).collect(),
        waiting: rows.into_iter().map(|(_, _, r)| r).collect(),
        max_calls: settings.max_calls,
        services: services
            .iter()
            .map(|s| Choice::new(s.id.to_string(), service_of(s.id)))
            .collect(),
        experts,
        motifs: services
            .iter()
            .map(|s| {
                (
                    service_of(s.id),
                    motifs
                        .iter()
                        .filter(|m| m.service_id == s.id && m.active)
                        .map(|m| Choice::new(m.id.to_string(), motif_of(Some(m.id))))
                        .collect(),
                )
            })
            .filter(|(_, m): &(String, Vec<Choice>)| !m.is_empty())
            .collect(),
        now,
    })
}

/// "Appeler le suivant": the first visitor of the desk's queue, called to the desk.
pub async fn call(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &CallForm,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let (site_id, choice) = site_and_queue(db, &form.site, &form.queue).await?;
    let by = AuditedBy {
        identity,
        action: "ticket.call",
    };
    let agent = identity.agent_id;
    queue::call_next_by(db, site_id, form.desk, agent, choice, Some(by), now)
        .await?
        .ok_or(QueueError::Empty)
}

/// Recall, absent, start, set aside or resume.
pub async fn step(
    db: &DatabaseConnection,
    hooks: &Hooks,
    identity: &StaffIdentity,
    form: &StepForm,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let action = match form.action {
        Step::Recall => DeskAction::Recall,
        Step::NoShow => DeskAction::NoShow,
        Step::Start => DeskAction::Start,
        Step::SetAside => DeskAction::SetAside,
        Step::Resume => DeskAction::Resume,
    };
    act(db, hooks, identity, form.id, action, now).await
}

/// Sends the visitor to a service's queue, or to one of its experts, with a note.
pub async fn transfer(
    db: &DatabaseConnection,
    hooks: &Hooks,
    identity: &StaffIdentity,
    form: &TransferForm,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let service_id = form.service.ok_or(QueueError::NoService)?;
    let note = note_text(&form.note)?;
    if let Some(expert) = form.expert {
        check_expert(db, expert, service_id).await?;
    }
    let transfer = DeskAction::Transfer {
        service_id,
        agent_id: form.expert,
        note,
    };
    act(db, hooks, identity, form.id, transfer, now).await
}

/// Ends the visit with its outcome; so ends the exchange on the resident's screen.
pub async fn close(
    db: &DatabaseConnection,
    hooks: &Hooks,
    identity: &StaffIdentity,
    form: &CloseForm,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let outcome = Outcome::closing(&form.outcome).ok_or(QueueError::NoOutcome)?;
    let note = note_text(&form.note)?;
    let closed = act(
        db,
        hooks,
        identity,
        form.id,
        DeskAction::Close { outcome, note },
        now,
    )
    .await?;
    hooks.agent_leaves(identity.agent_id).await?;
    Ok(closed)
}

/// A ticket for a walk-in at the desk or a caller on the phone.
pub async fn issue(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &IssueForm,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let (site_id, _) = site_and_queue(db, &form.site, COMMON_QUEUE).await?;
    let motif_id = form.motif.ok_or(QueueError::NoMotif)?;
    let language = Locale::from_tag(&form.language).unwrap_or_default();
    let new = NewTicket {
        site_id,
        motif_id,
        language: language.code().into(),
        priority: Priority::parse(&form.priority),
        phone: None,
        origin: Origin::Desk,
    };
    let by = AuditedBy {
        identity,
        action: "ticket.issue",
    };
    queue::issue_by(db, &new, Some(by), now).await
}

/// Applies a desk action to ticket `id` for the signed-in agent, audited under the
/// action's name.
async fn act(
    db: &DatabaseConnection,
    hooks: &Hooks,
    identity: &StaffIdentity,
    id: i32,
    action: DeskAction,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let by = AuditedBy {
        identity,
        action: action.audit_name(),
    };
    queue::act_by(db, hooks, id, identity.agent_id, action, Some(by), now).await
}

/// A note for the next desk or the record: trimmed, empty as none, at most [`MAX_NOTE`].
fn note_text(note: &str) -> Result<Option<String>, QueueError> {
    let note = note.trim();
    if note.chars().count() > MAX_NOTE {
        return Err(QueueError::NoteTooLong);
    }
    Ok((!note.is_empty()).then(|| note.to_owned()))
}
