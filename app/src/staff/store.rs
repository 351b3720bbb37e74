//! Staff access in the database: workstations, PIN sign-in with lockout, sessions.
//! Plain async functions taking `now`, so integration tests drive time themselves.

use super::identity::StaffIdentity;
use super::model::{AgentTile, WorkstationRow};
use super::pin;
use super::roles::Role;
use super::tokens;
use crate::audit::{self, AuditEntry};
use crate::store::begin_write;
use crate::store::entities::{agent, device, session};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

/// After this many wrong PINs in a row the agent is locked out for [`LOCKOUT`].
pub const MAX_FAILED_ATTEMPTS: i32 = 5;
pub const LOCKOUT: Duration = Duration::minutes(15);
/// A staff session never lives longer than a working day, even when active.
pub const SESSION_MAX_AGE: Duration = Duration::hours(12);
/// How long an enrolment code stays usable.
pub const ENROLMENT_VALIDITY: Duration = Duration::hours(24);

pub const WORKSTATION: &str = "workstation";

/// The enrolled, not revoked device behind a device token.
pub async fn device_by_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<device::Model>, DbErr> {
    device::Entity::find()
        .filter(device::Column::TokenHash.eq(tokens::digest(token)))
        .filter(device::Column::RevokedAt.is_null())
        .one(db)
        .await
}

/// Creates a device awaiting enrolment and returns it with its one-time code.
pub async fn create_enrolment(
    db: &DatabaseConnection,
    name: &str,
    kind: &str,
    site_id: Option<i32>,
    by_agent: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(device::Model, String), DbErr> {
    let code = tokens::new_enrolment_code();
    let txn = begin_write(db).await?;
    let device = device::ActiveModel {
        site_id: Set(site_id),
        name: Set(name.to_owned()),
        kind: Set(kind.to_owned()),
        enrolment_code_hash: Set(Some(tokens::digest(&code))),
        enrolment_expires_at: Set(Some(now + ENROLMENT_VALIDITY)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEntry {
            action: "device.enrolment_created",
            agent_id: by_agent,
            subject_kind: Some("device"),
            subject_id: Some(device.id.to_string()),
            detail: Some(name.to_owned()),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok((device, code))
}

/// Trades a valid enrolment code for a long-lived device token. The code works once.
pub async fn enrol(
    db: &DatabaseConnection,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Option<(device::Model, String)>, DbErr> {
    let hash = tokens::digest(&tokens::normalise_code(code));
    let txn = begin_write(db).await?;
    let Some(found) = device::Entity::find()
        .filter(device::Column::EnrolmentCodeHash.eq(hash))
        .filter(device::Column::RevokedAt.is_null())
        .one(&txn)
        .await?
    else {
        return Ok(None);
    };
    if found.enrolment_expires_at.is_none_or(|t| t < now) {
        return Ok(None);
    }
    let token = tokens::new_token();
    let mut active = found.into_active_model();
    active.token_hash = Set(Some(tokens::digest(&token)));
    active.enrolment_code_hash = Set(None);
    active.enrolment_expires_at = Set(None);
    active.enrolled_at = Set(Some(now));
    active.last_seen_at = Set(Some(now));
    let device = active.update(&txn).await?;
    audit::record(
        &txn,
        AuditEntry {
            action: "device.enrolled",
            device_id: Some(device.id),
            subject_kind: Some("device"),
            subject_id: Some(device.id.to_string()),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Some((device, token)))
}

/// Revokes a device: its token stops working and its open sessions end.
pub async fn revoke_device(
    db: &DatabaseConnection,
    device_id: i32,
    by_agent: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = begin_write(db).await?;
    let Some(found) = device::Entity::find_by_id(device_id).one(&txn).await? else {
        return Ok(false);
    };
    let mut active = found.into_active_model();
    active.revoked_at = Set(Some(now));
    active.token_hash = Set(None);
    active.enrolment_code_hash = Set(None);
    active.update(&txn).await?;
    session::Entity::delete_many()
        .filter(session::Column::DeviceId.eq(device_id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        AuditEntry {
            action: "device.revoked",
            agent_id: Some(by_agent),
            subject_kind: Some("device"),
            subject_id: Some(device_id.to_string()),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

pub async fn list_devices(db: &DatabaseConnection) -> Result<Vec<device::Model>, DbErr> {
    device::Entity::find()
        .order_by_asc(device::Column::Name)
        .all(db)
        .await
}

/// The agents who can sign in, by name: the tiles of the login screen.
pub async fn active_agents(db: &DatabaseConnection) -> Result<Vec<agent::Model>, DbErr> {
    agent::Entity::find()
        .filter(agent::Column::Active.eq(true))
        .order_by_asc(agent::Column::DisplayName)
        .all(db)
        .await
}

#[derive(Debug, PartialEq)]
pub enum SignInOutcome {
    /// Signed in: the new session's cookie token.
    SignedIn {
        token: String,
        identity: StaffIdentity,
    },
    WrongPin {
        attempts_left: i32,
    },
    LockedOut {
        until: DateTime<Utc>,
    },
    UnknownAgent,
}

/// Checks a PIN on an enrolled workstation. Every outcome is audited; the failure counter
/// and lockout are written in the same transaction as the check, so parallel guesses
/// cannot get more tries than allowed.
pub async fn sign_in(
    db: &DatabaseConnection,
    pepper: &[u8],
    device: &device::Model,
    agent_id: i32,
    pin: &str,
    now: DateTime<Utc>,
) -> Result<SignInOutcome, DbErr> {
    let txn = begin_write(db).await?;
    // FOR UPDATE on PostgreSQL (SQLite's IMMEDIATE transaction already serialises writers),
    // so two guesses at once cannot both read the same failure count.
    let Some(agent) = agent::Entity::find_by_id(agent_id)
        .filter(agent::Column::Active.eq(true))
        .lock_exclusive()
        .one(&txn)
        .await?
    else {
        return Ok(SignInOutcome::UnknownAgent);
    };
    let Some(role) = Role::parse(&agent.role) else {
        return Ok(SignInOutcome::UnknownAgent);
    };
    let entry = |action| AuditEntry {
        action,
        agent_id: Some(agent.id),
        device_id: Some(device.id),
        ..Default::default()
    };
    if let Some(until) = agent.locked_until
        && until > now
    {
        audit::record(&txn, entry("session.sign_in_refused_locked")).await?;
        txn.commit().await?;
        return Ok(SignInOutcome::LockedOut { until });
    }
    if !pin::verify_pin(pepper, pin, &agent.pin_hash) {
        let failed = agent.failed_attempts + 1;
        let mut active = agent.clone().into_active_model();
        let outcome = if failed >= MAX_FAILED_ATTEMPTS {
            let until = now + LOCKOUT;
            active.failed_attempts = Set(0);
            active.locked_until = Set(Some(until));
            audit::record(&txn, entry("session.locked_out")).await?;
            SignInOutcome::LockedOut { until }
        } else {
            active.failed_attempts = Set(failed);
            audit::record(&txn, entry("session.sign_in_failed")).await?;
            SignInOutcome::WrongPin {
                attempts_left: MAX_FAILED_ATTEMPTS - failed,
            }
        };
        active.update(&txn).await?;
        txn.commit().await?;
        return Ok(outcome);
    }
    let mut active = agent.clone().into_active_model();
    active.failed_attempts = Set(0);
    active.locked_until = Set(None);
    active.update(&txn).await?;
    // One person at a time on a shared workstation: signing in ends the device's other sessions.
    session::Entity::delete_many()
        .filter(session::Column::DeviceId.eq(device.id))
        .exec(&txn)
        .await?;
    let token = tokens::new_token();
    session::ActiveModel {
        id: Set(tokens::digest(&token)),
        agent_id: Set(agent.id),
        device_id: Set(device.id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + SESSION_MAX_AGE),
    }
    .insert(&txn)
    .await?;
    audit::record(&txn, entry("session.sign_in")).await?;
    txn.commit().await?;
    Ok(SignInOutcome::SignedIn {
        token,
        identity: StaffIdentity {
            agent_id: agent.id,
            agent_name: agent.display_name,
            role,
            device_id: device.id,
            device_name: device.name.clone(),
        },
    })
}

#[derive(Debug, PartialEq)]
pub enum SessionState {
    Active(StaffIdentity),
    /// The session ended because nobody used it for the inactivity period.
    Locked,
    None,
}

/// The session behind a cookie token. An idle one is ended here (auto-lock) and audited;
/// an active one has its last-seen time moved forward.
pub async fn session_state(
    db: &DatabaseConnection,
    token: &str,
    device: &device::Model,
    inactivity: std::time::Duration,
    now: DateTime<Utc>,
) -> Result<SessionState, DbErr> {
    let id = tokens::digest(token);
    let Some(found) = session::Entity::find_by_id(id.clone()).one(db).await? else {
        return Ok(SessionState::None);
    };
    // A session cookie moved to another workstation is worthless.
    if found.device_id != device.id {
        return Ok(SessionState::None);
    }
    let idle_limit = Duration::from_std(inactivity).unwrap_or(Duration::minutes(5));
    if now - found.last_seen_at > idle_limit || now > found.expires_at {
        let txn = begin_write(db).await?;
        let deleted = session::Entity::delete_by_id(id).exec(&txn).await?;
        if deleted.rows_affected > 0 {
            audit::record(
                &txn,
                AuditEntry {
                    action: "session.auto_lock",
                    agent_id: Some(found.agent_id),
                    device_id: Some(device.id),
                    ..Default::default()
                },
            )
            .await?;
        }
        txn.commit().await?;
        return Ok(SessionState::Locked);
    }
    let Some(agent) = agent::Entity::find_by_id(found.agent_id)
        .filter(agent::Column::Active.eq(true))
        .one(db)
        .await?
    else {
        return Ok(SessionState::None);
    };
    let Some(role) = Role::parse(&agent.role) else {
        return Ok(SessionState::None);
    };
    // Writing on every request would make SQLite a bottleneck; a few seconds of slack in
    // the idle clock do not matter.
    if now - found.last_seen_at > Duration::seconds(10) {
        let mut active = found.into_active_model();
        active.last_seen_at = Set(now);
        active.update(db).await?;
    }
    Ok(SessionState::Active(StaffIdentity {
        agent_id: agent.id,
        agent_name: agent.display_name,
        role,
        device_id: device.id,
        device_name: device.name.clone(),
    }))
}

/// Ends a session on purpose: `session.switch` (changer de conseiller), `session.sign_out`
/// or `session.lock` (the browser's inactivity timer).
pub async fn end_session(
    db: &DatabaseConnection,
    token: &str,
    action: &'static str,
) -> Result<(), DbErr> {
    let txn = begin_write(db).await?;
    if let Some(found) = session::Entity::find_by_id(tokens::digest(token))
        .one(&txn)
        .await?
    {
        session::Entity::delete_by_id(found.id.clone())
            .exec(&txn)
            .await?;
        audit::record(
            &txn,
            AuditEntry {
                action,
                agent_id: Some(found.agent_id),
                device_id: Some(found.device_id),
                ..Default::default()
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The login screen's names, in the order they are shown.
pub async fn login_tiles(db: &DatabaseConnection) -> Result<Vec<AgentTile>, DbErr> {
    Ok(active_agents(db)
        .await?
        .into_iter()
        .filter_map(|a| {
            Role::parse(&a.role).map(|role| AgentTile {
                id: a.id,
                name: a.display_name,
                role,
            })
        })
        .collect())
}

/// The workstations (not the kiosks or screens), as the administration lists them.
pub async fn workstations(db: &DatabaseConnection) -> Result<Vec<WorkstationRow>, DbErr> {
    Ok(list_devices(db)
        .await?
        .into_iter()
        .filter(|d| d.kind == WORKSTATION)
        .map(|d| WorkstationRow {
            id: d.id,
            name: d.name,
            enrolled: d.enrolled_at.is_some(),
            revoked: d.revoked_at.is_some(),
            last_seen: d.last_seen_at.map(crate::i18n::dates::paris_stamp),
        })
        .collect())
}

/// Whether an active administrator exists: without one, nobody can enrol a workstation
/// or create agents, and the server says how to create the first one.
pub async fn has_active_admin(db: &DatabaseConnection) -> Result<bool, DbErr> {
    Ok(agent::Entity::find()
        .filter(agent::Column::Active.eq(true))
        .filter(agent::Column::Role.eq(Role::Admin.as_str()))
        .one(db)
        .await?
        .is_some())
}

/// Why the command line refused to create an administrator.
#[derive(Debug, PartialEq, Eq)]
pub enum CreateAdminRefusal {
    EmptyName,
    /// An active agent already has this name: the login screen shows names.
    NameTaken,
    /// 4 to 8 digits.
    InvalidPin,
}

/// Creates an administrator with a PIN (`guichet create-admin`), audited in the same
/// transaction. The PIN is hashed before the transaction opens: argon2 takes a while.
pub async fn create_admin(
    db: &DatabaseConnection,
    pepper: &[u8],
    name: &str,
    pin: &str,
    now: DateTime<Utc>,
) -> Result<Result<agent::Model, CreateAdminRefusal>, DbErr> {
    let name = name.trim();
    if name.is_empty() {
        return Ok(Err(CreateAdminRefusal::EmptyName));
    }
    if !pin::is_valid_pin(pin) {
        return Ok(Err(CreateAdminRefusal::InvalidPin));
    }
    let pin_hash = pin::hash_pin(pepper, pin);
    let txn = begin_write(db).await?;
    let taken = agent::Entity::find()
        .filter(agent::Column::Active.eq(true))
        .filter(agent::Column::DisplayName.eq(name))
        .one(&txn)
        .await?
        .is_some();
    if taken {
        return Ok(Err(CreateAdminRefusal::NameTaken));
    }
    let admin = agent::ActiveModel {
        display_name: Set(name.to_owned()),
        role: Set(Role::Admin.as_str().to_owned()),
        pin_hash: Set(pin_hash),
        failed_attempts: Set(0),
        locked_until: Set(None),
        active: Set(true),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEntry {
            action: "agent.created",
            subject_kind: Some("agent"),
            subject_id: Some(admin.id.to_string()),
            detail: Some("command line: create-admin".to_owned()),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(admin))
}
