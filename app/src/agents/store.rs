//! Agents in the database, as administrators change them: create and edit (name, role,
//! skills by service, languages), PIN set or reset, unlock after a lockout, deactivate and
//! reactivate (never deleted: appointments, tickets and the audit log point to agents),
//! and the import of a whole spreadsheet in one transaction. Every change writes its audit
//! row in the transaction that makes it.

use super::csv_import::{self, Catalogue, ServiceEntry};
use super::model::{
    AgentDetails, AgentForm, AgentRow, ImportPreview, MAX_NAME, PinForm, ServiceName, clean_name,
    is_known_language, name_key,
};
use crate::audit::{self, AuditEntry};
use crate::components::fields::Choice;
use crate::errors::{FeatureError, Refusal};
use crate::i18n::{self, Locale, names::service_name};
use crate::staff::identity::StaffIdentity;
use crate::staff::{Role, pin};
use crate::store::begin_write;
use crate::store::entities::{agent, agent_language, agent_skill, motif, service, session};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::{BTreeSet, HashMap};

/// What the agents' administration refuses, as the administrator is told, or a failure of
/// ours.
#[derive(Debug, thiserror::Error)]
pub enum AgentsError {
    #[error("no such agent")]
    NotFound,
    /// Empty, or too long for a login tile.
    #[error("bad name")]
    Name,
    /// Another agent (active or not) has that name: the login tiles would look alike.
    #[error("name taken")]
    NameTaken,
    #[error("unknown role")]
    Role,
    /// A service that is not in the list (a forged form, or deleted meanwhile).
    #[error("unknown service")]
    Service,
    #[error("unknown language")]
    Language,
    /// Not 4 to 8 digits.
    #[error("bad PIN format")]
    PinFormat,
    /// The two PINs typed differ.
    #[error("PINs differ")]
    PinMismatch,
    /// The change would leave no active administrator: nobody could administer any more.
    #[error("last administrator")]
    LastAdmin,
    /// An import with at least one problem: nothing saved.
    #[error("import has problems")]
    Import,
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl FeatureError for AgentsError {
    fn refusal(&self) -> Option<Refusal> {
        Some(match self {
            AgentsError::NotFound => Refusal::NotFound,
            AgentsError::Name => Refusal::Invalid("admin-error-agent-name"),
            AgentsError::NameTaken => Refusal::Invalid("admin-error-agent-name-taken"),
            AgentsError::Role => Refusal::Invalid("admin-error-agent-role"),
            AgentsError::Service => Refusal::Invalid("admin-error-agent-service"),
            AgentsError::Language => Refusal::Invalid("admin-error-agent-language"),
            AgentsError::PinFormat => Refusal::Invalid("admin-error-agent-pin-format"),
            AgentsError::PinMismatch => Refusal::Invalid("admin-error-agent-pin-mismatch"),
            AgentsError::LastAdmin => Refusal::Invalid("admin-error-agent-last-admin"),
            AgentsError::Import => Refusal::Invalid("admin-error-agent-import"),
            AgentsError::Db(_) => return None,
        })
    }
}

/// A refusal the form shows (its Fluent id), apart from failures, which stay errors.
pub fn mistake<T>(outcome: Result<T, AgentsError>) -> Result<Result<T, &'static str>, AgentsError> {
    match outcome {
        Ok(value) => Ok(Ok(value)),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => Ok(Err(id)),
            _ => Err(e),
        },
    }
}

/// Commits the transaction when the work went through, rolls it back otherwise.
async fn settle<T>(
    txn: DatabaseTransaction,
    outcome: Result<T, AgentsError>,
) -> Result<T, AgentsError> {
    match outcome {
        Ok(value) => {
            txn.commit().await?;
            Ok(value)
        }
        Err(e) => {
            txn.rollback().await?;
            Err(e)
        }
    }
}

/// An audit row about one agent, by the administrator acting.
async fn audited<C: ConnectionTrait>(
    db: &C,
    by: &StaffIdentity,
    action: &'static str,
    agent_id: i32,
    detail: Option<String>,
) -> Result<(), DbErr> {
    audit::record(
        db,
        AuditEntry {
            action,
            agent_id: Some(by.agent_id),
            device_id: Some(by.device_id),
            subject_kind: Some("agent"),
            subject_id: Some(agent_id.to_string()),
            detail,
        },
    )
    .await
}

async fn services<C: ConnectionTrait>(db: &C) -> Result<Vec<service::Model>, DbErr> {
    service::Entity::find()
        .order_by_asc(service::Column::Position)
        .order_by_asc(service::Column::Id)
        .all(db)
        .await
}

/// The services as the form's check boxes offer them: by slug, named in `locale`.
pub async fn service_choices(
    db: &DatabaseConnection,
    locale: Locale,
) -> Result<Vec<Choice>, AgentsError> {
    Ok(services(db)
        .await?
        .into_iter()
        .map(|s| Choice::new(s.slug.clone(), service_name(locale, &s.slug, &s.name)))
        .collect())
}

/// The services as an import may name them.
pub async fn service_names(
    db: &DatabaseConnection,
    locale: Locale,
) -> Result<Vec<ServiceName>, AgentsError> {
    Ok(services(db)
        .await?
        .into_iter()
        .map(|s| ServiceName {
            name: service_name(locale, &s.slug, &s.name),
            slug: s.slug,
        })
        .collect())
}

/// Every agent as the list shows them, by name.
pub async fn list(
    db: &DatabaseConnection,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<AgentRow>, AgentsError> {
    let agents = agent::Entity::find()
        .order_by_asc(agent::Column::DisplayName)
        .all(db)
        .await?;
    let rows = Rows::load(db, locale).await?;
    Ok(agents.iter().map(|a| rows.row(a, now)).collect())
}

/// One agent, for their editor.
pub async fn details(
    db: &DatabaseConnection,
    locale: Locale,
    agent_id: i32,
    now: DateTime<Utc>,
) -> Result<AgentDetails, AgentsError> {
    let found = agent::Entity::find_by_id(agent_id)
        .one(db)
        .await?
        .ok_or(AgentsError::NotFound)?;
    let rows = Rows::load(db, locale).await?;
    Ok(AgentDetails {
        row: rows.row(&found, now),
        service_slugs: rows
            .service_ids(found.id)
            .iter()
            .filter_map(|id| rows.services.iter().find(|s| s.id == *id))
            .map(|s| s.slug.clone())
            .collect(),
        failed_attempts: found.failed_attempts,
    })
}

/// The list page in one call: every agent, and the services the creation form offers.
pub async fn overview(
    db: &DatabaseConnection,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<(Vec<AgentRow>, Vec<Choice>), AgentsError> {
    Ok((
        list(db, locale, now).await?,
        service_choices(db, locale).await?,
    ))
}

/// An agent's editor in one call: the agent, and the services to tick.
pub async fn editor(
    db: &DatabaseConnection,
    locale: Locale,
    agent_id: i32,
    now: DateTime<Utc>,
) -> Result<(AgentDetails, Vec<Choice>), AgentsError> {
    let agent = details(db, locale, agent_id, now).await?;
    Ok((agent, service_choices(db, locale).await?))
}

/// The import page in one call: the services a file may name, and the preview of the
/// file pasted, if any.
pub async fn import_page(
    db: &DatabaseConnection,
    locale: Locale,
    csv: Option<&str>,
) -> Result<(Vec<ServiceName>, Option<ImportPreview>), AgentsError> {
    let preview = match csv {
        Some(csv) => Some(preview(db, locale, csv).await?),
        None => None,
    };
    Ok((service_names(db, locale).await?, preview))
}

/// What the rows of agents are made from: skills are stored by motif, shown by service.
struct Rows {
    services: Vec<service::Model>,
    locale: Locale,
    motif_service: HashMap<i32, i32>,
    skills: Vec<agent_skill::Model>,
    languages: Vec<agent_language::Model>,
}

impl Rows {
    async fn load(db: &DatabaseConnection, locale: Locale) -> Result<Rows, DbErr> {
        let motif_service = motif::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.id, m.service_id))
            .collect();
        Ok(Rows {
            services: services(db).await?,
            locale,
            motif_service,
            skills: agent_skill::Entity::find().all(db).await?,
            languages: agent_language::Entity::find()
                .order_by_asc(agent_language::Column::Lang)
                .all(db)
                .await?,
        })
    }

    /// The services of which the agent handles at least one motif.
    fn service_ids(&self, agent_id: i32) -> BTreeSet<i32> {
        self.skills
            .iter()
            .filter(|s| s.agent_id == agent_id)
            .filter_map(|s| self.motif_service.get(&s.motif_id).copied())
            .collect()
    }

    fn row(&self, a: &agent::Model, now: DateTime<Utc>) -> AgentRow {
        let handled = self.service_ids(a.id);
        AgentRow {
            id: a.id,
            name: a.display_name.clone(),
            role: Role::parse(&a.role).unwrap_or(Role::Counsellor),
            active: a.active,
            locked_until: a
                .locked_until
                .filter(|until| *until > now)
                .map(i18n::dates::paris_stamp),
            has_pin: !a.pin_hash.is_empty(),
            services: self
                .services
                .iter()
                .filter(|s| handled.contains(&s.id))
                .map(|s| service_name(self.locale, &s.slug, &s.name))
                .collect(),
            languages: self
                .languages
                .iter()
                .filter(|l| l.agent_id == a.id)
                .map(|l| l.lang.clone())
                .collect(),
        }
    }
}

/// The PIN typed twice, checked; `None` when both were left empty.
fn typed_pin(pin: &str, confirmation: &str) -> Result<Option<String>, AgentsError> {
    let (pin, confirmation) = (pin.trim(), confirmation.trim());
    if pin.is_empty() && confirmation.is_empty() {
        return Ok(None);
    }
    if !pin::is_valid_pin(pin) {
        return Err(AgentsError::PinFormat);
    }
    if pin != confirmation {
        return Err(AgentsError::PinMismatch);
    }
    Ok(Some(pin.to_owned()))
}

/// Whether another agent than `except` bears that name (compared by [`name_key`]).
async fn name_taken<C: ConnectionTrait>(
    db: &C,
    name: &str,
    except: Option<i32>,
) -> Result<bool, DbErr> {
    let key = name_key(name);
    Ok(agent::Entity::find()
        .all(db)
        .await?
        .iter()
        .any(|a| Some(a.id) != except && name_key(&a.display_name) == key))
}

/// Refuses to take `agent` out of the active administrators when nobody else is one. The
/// other administrators' rows are locked (PostgreSQL; SQLite's write transaction is
/// serialised already), so two administrators demoting each other at once cannot both pass.
async fn keep_an_administrator(
    txn: &DatabaseTransaction,
    agent: &agent::Model,
) -> Result<(), AgentsError> {
    if !(agent.active && agent.role == Role::Admin.as_str()) {
        return Ok(());
    }
    let others = agent::Entity::find()
        .filter(agent::Column::Role.eq(Role::Admin.as_str()))
        .filter(agent::Column::Active.eq(true))
        .filter(agent::Column::Id.ne(agent.id))
        .lock_exclusive()
        .all(txn)
        .await?;
    if others.is_empty() {
        return Err(AgentsError::LastAdmin);
    }
    Ok(())
}

/// The motifs of these services: an agent who handles a service handles all its motifs.
async fn motifs_of<C: ConnectionTrait>(db: &C, service_ids: &[i32]) -> Result<Vec<i32>, DbErr> {
    if service_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(motif::Entity::find()
        .filter(motif::Column::ServiceId.is_in(service_ids.iter().copied()))
        .order_by_asc(motif::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect())
}

/// Replaces the agent's skills and languages.
async fn replace_skills_and_languages<C: ConnectionTrait>(
    db: &C,
    agent_id: i32,
    service_ids: &[i32],
    languages: &[String],
) -> Result<(), DbErr> {
    agent_skill::Entity::delete_many()
        .filter(agent_skill::Column::AgentId.eq(agent_id))
        .exec(db)
        .await?;
    let skills: Vec<agent_skill::ActiveModel> = motifs_of(db, service_ids)
        .await?
        .into_iter()
        .map(|motif_id| agent_skill::ActiveModel {
            agent_id: Set(agent_id),
            motif_id: Set(motif_id),
        })
        .collect();
    if !skills.is_empty() {
        agent_skill::Entity::insert_many(skills).exec(db).await?;
    }
    agent_language::Entity::delete_many()
        .filter(agent_language::Column::AgentId.eq(agent_id))
        .exec(db)
        .await?;
    let spoken: Vec<agent_language::ActiveModel> = languages
        .iter()
        .map(|lang| agent_language::ActiveModel {
            agent_id: Set(agent_id),
            lang: Set(lang.clone()),
        })
        .collect();
    if !spoken.is_empty() {
        agent_language::Entity::insert_many(spoken).exec(db).await?;
    }
    Ok(())
}

/// The form's values, checked before anything is written.
struct Checked {
    name: String,
    role: Role,
    service_ids: Vec<i32>,
    languages: Vec<String>,
    pin_hash: Option<String>,
}

async fn check(
    db: &DatabaseConnection,
    pepper: &[u8],
    form: &AgentForm,
) -> Result<Checked, AgentsError> {
    let name = clean_name(&form.name);
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(AgentsError::Name);
    }
    let role = Role::parse(form.role.trim()).ok_or(AgentsError::Role)?;
    let known = services(db).await?;
    let mut service_ids = Vec::new();
    for slug in form
        .services
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        let found = known.iter().find(|s| s.slug == slug);
        let id = found.ok_or(AgentsError::Service)?.id;
        if !service_ids.contains(&id) {
            service_ids.push(id);
        }
    }
    let mut languages: Vec<String> = Vec::new();
    for tag in form
        .languages
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
    {
        if !is_known_language(tag) {
            return Err(AgentsError::Language);
        }
        if !languages.iter().any(|l| l == tag) {
            languages.push(tag.to_owned());
        }
    }
    // Hashing is slow on purpose: done here, before the write transaction holds the lock.
    let pin_hash = typed_pin(&form.pin, &form.confirmation)?.map(|p| pin::hash_pin(pepper, &p));
    Ok(Checked {
        name,
        role,
        service_ids,
        languages,
        pin_hash,
    })
}

/// Creates an agent (`form.agent` empty) or updates one; returns its id. An agent created
/// without a PIN cannot sign in until an administrator sets one.
pub async fn save(
    db: &DatabaseConnection,
    pepper: &[u8],
    by: &StaffIdentity,
    form: &AgentForm,
    now: DateTime<Utc>,
) -> Result<i32, AgentsError> {
    let checked = check(db, pepper, form).await?;
    let txn = begin_write(db).await?;
    let outcome = save_in(&txn, by, form.agent, checked, now).await;
    settle(txn, outcome).await
}

async fn save_in(
    txn: &DatabaseTransaction,
    by: &StaffIdentity,
    agent_id: Option<i32>,
    checked: Checked,
    now: DateTime<Utc>,
) -> Result<i32, AgentsError> {
    if name_taken(txn, &checked.name, agent_id).await? {
        return Err(AgentsError::NameTaken);
    }
    let detail = Some(format!("{} ({})", checked.name, checked.role.as_str()));
    let saved = match agent_id {
        None => {
            agent::ActiveModel {
                display_name: Set(checked.name),
                role: Set(checked.role.as_str().to_owned()),
                pin_hash: Set(checked.pin_hash.clone().unwrap_or_default()),
                failed_attempts: Set(0),
                locked_until: Set(None),
                active: Set(true),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(txn)
            .await?
        }
        Some(id) => {
            let found = agent::Entity::find_by_id(id)
                .lock_exclusive()
                .one(txn)
                .await?
                .ok_or(AgentsError::NotFound)?;
            if checked.role != Role::Admin {
                keep_an_administrator(txn, &found).await?;
            }
            let mut active = found.into_active_model();
            active.display_name = Set(checked.name);
            active.role = Set(checked.role.as_str().to_owned());
            if let Some(hash) = checked.pin_hash.clone() {
                active.pin_hash = Set(hash);
                active.failed_attempts = Set(0);
                active.locked_until = Set(None);
            }
            active.update(txn).await?
        }
    };
    replace_skills_and_languages(txn, saved.id, &checked.service_ids, &checked.languages).await?;
    let action = if agent_id.is_none() {
        "agent.created"
    } else {
        "agent.updated"
    };
    audited(txn, by, action, saved.id, detail).await?;
    if checked.pin_hash.is_some() {
        audited(txn, by, "agent.pin_reset", saved.id, None).await?;
    }
    Ok(saved.id)
}

/// Sets or resets an agent's PIN, typed twice; a new PIN also lifts a lockout.
pub async fn set_pin(
    db: &DatabaseConnection,
    pepper: &[u8],
    by: &StaffIdentity,
    form: &PinForm,
) -> Result<(), AgentsError> {
    let pin = typed_pin(&form.pin, &form.confirmation)?.ok_or(AgentsError::PinFormat)?;
    // Hashing is slow on purpose: done before the write transaction holds the lock.
    let hash = pin::hash_pin(pepper, &pin);
    let txn = begin_write(db).await?;
    let outcome = async {
        let found = agent::Entity::find_by_id(form.agent)
            .one(&txn)
            .await?
            .ok_or(AgentsError::NotFound)?;
        let mut active = found.into_active_model();
        active.pin_hash = Set(hash);
        active.failed_attempts = Set(0);
        active.locked_until = Set(None);
        active.update(&txn).await?;
        audited(&txn, by, "agent.pin_reset", form.agent, None).await?;
        Ok(())
    }
    .await;
    settle(txn, outcome).await
}

/// Lifts a lockout after wrong PINs: the counter starts again from zero.
pub async fn unlock(
    db: &DatabaseConnection,
    by: &StaffIdentity,
    agent_id: i32,
) -> Result<(), AgentsError> {
    let txn = begin_write(db).await?;
    let outcome = async {
        let found = agent::Entity::find_by_id(agent_id)
            .one(&txn)
            .await?
            .ok_or(AgentsError::NotFound)?;
        let mut active = found.into_active_model();
        active.failed_attempts = Set(0);
        active.locked_until = Set(None);
        active.lockouts = Set(0);
        active.update(&txn).await?;
        audited(&txn, by, "agent.unlocked", agent_id, None).await?;
        Ok(())
    }
    .await;
    settle(txn, outcome).await
}

/// Deactivates an agent (their name leaves the login screen and their open sessions end)
/// or reactivates one. Never a deletion: history points to agents.
pub async fn set_active(
    db: &DatabaseConnection,
    by: &StaffIdentity,
    agent_id: i32,
    active: bool,
) -> Result<(), AgentsError> {
    let txn = begin_write(db).await?;
    let outcome = async {
        let found = agent::Entity::find_by_id(agent_id)
            .lock_exclusive()
            .one(&txn)
            .await?
            .ok_or(AgentsError::NotFound)?;
        if !active {
            keep_an_administrator(&txn, &found).await?;
        }
        let mut row = found.into_active_model();
        row.active = Set(active);
        row.update(&txn).await?;
        if !active {
            session::Entity::delete_many()
                .filter(session::Column::AgentId.eq(agent_id))
                .exec(&txn)
                .await?;
        }
        let action = if active {
            "agent.reactivated"
        } else {
            "agent.deactivated"
        };
        audited(&txn, by, action, agent_id, None).await?;
        Ok(())
    }
    .await;
    settle(txn, outcome).await
}

/// What an import checks a file against: every spelling of each role (stored, and as
/// pages name it in every language), the services, the names taken.
async fn catalogue<C: ConnectionTrait>(db: &C, locale: Locale) -> Result<Catalogue, DbErr> {
    let mut roles = Vec::new();
    for role in Role::ALL {
        roles.push((role.as_str().to_owned(), role));
        roles.extend(
            Locale::ALL
                .into_iter()
                .map(|l| (i18n::text(l, role.message_id()), role)),
        );
    }
    let services = services(db)
        .await?
        .into_iter()
        .map(|s| ServiceEntry {
            id: s.id,
            shown: service_name(locale, &s.slug, &s.name),
            slug: s.slug,
            name: s.name,
        })
        .collect();
    let existing_names = agent::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.display_name)
        .collect();
    Ok(Catalogue {
        roles,
        services,
        existing_names,
    })
}

/// What importing this file would do, row by row; nothing is written.
pub async fn preview(
    db: &DatabaseConnection,
    locale: Locale,
    csv: &str,
) -> Result<ImportPreview, AgentsError> {
    let catalogue = catalogue(db, locale).await?;
    Ok(csv_import::parse(csv, &catalogue).preview)
}

/// Creates every agent of the file in one transaction, or none when any row has a problem
/// (checked again inside the transaction: names taken meanwhile count). Imported agents
/// have no PIN: they cannot sign in until an administrator sets one. Returns how many.
pub async fn import(
    db: &DatabaseConnection,
    by: &StaffIdentity,
    locale: Locale,
    csv: &str,
    now: DateTime<Utc>,
) -> Result<usize, AgentsError> {
    let txn = begin_write(db).await?;
    let outcome = async {
        let parsed = csv_import::parse(csv, &catalogue(&txn, locale).await?);
        if !parsed.preview.is_valid() {
            return Err(AgentsError::Import);
        }
        for new in &parsed.agents {
            let saved = agent::ActiveModel {
                display_name: Set(new.name.clone()),
                role: Set(new.role.as_str().to_owned()),
                pin_hash: Set(String::new()),
                failed_attempts: Set(0),
                locked_until: Set(None),
                active: Set(true),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            replace_skills_and_languages(&txn, saved.id, &new.service_ids, &new.languages).await?;
            let detail = Some(format!("{} ({})", new.name, new.role.as_str()));
            audited(&txn, by, "agent.imported", saved.id, detail).await?;
        }
        Ok(parsed.agents.len())
    }
    .await;
    settle(txn, outcome).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_is_said_in_french() {
        let all = [
            AgentsError::Name,
            AgentsError::NameTaken,
            AgentsError::Role,
            AgentsError::Service,
            AgentsError::Language,
            AgentsError::PinFormat,
            AgentsError::PinMismatch,
            AgentsError::LastAdmin,
            AgentsError::Import,
        ];
        for error in all {
            let id = error.message_id();
            // The administration's notice shows only ids of this family.
            assert!(id.starts_with("admin-error-"), "{id}");
            assert!(i18n::try_text(Locale::Fr, id).is_some(), "no text for {id}");
        }
    }

    #[test]
    fn a_pin_is_typed_twice_or_not_at_all() {
        assert_eq!(typed_pin("", "").unwrap(), None);
        assert_eq!(
            typed_pin(" 2468 ", "2468").unwrap().as_deref(),
            Some("2468")
        );
        assert!(matches!(
            typed_pin("2468", "2469"),
            Err(AgentsError::PinMismatch)
        ));
        assert!(matches!(typed_pin("24", "24"), Err(AgentsError::PinFormat)));
        assert!(matches!(typed_pin("", "2468"), Err(AgentsError::PinFormat)));
    }
}
