//! Staff access in the database: devices (workstations, kiosks, screens), PIN sign-in with
//! lockout, sessions. Plain async functions taking `now`, so integration tests drive time
//! themselves.

use super::devices::DeviceKind;
use super::identity::StaffIdentity;
use super::model::{AgentTile, DeviceRow, NewDevice, SiteChoice};
use super::pin;
use super::roles::Role;
use super::tokens;
use crate::audit::{self, AuditEntry};
use crate::store::begin_write;
use crate::store::entities::{agent, device, session, site};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

/// After this many wrong PINs in a row the agent is locked out for [`LOCKOUT`], then twice
/// as long each time it happens again before a right PIN (see [`growing`]).
pub const MAX_FAILED_ATTEMPTS: i32 = 5;
pub const LOCKOUT: Duration = Duration::minutes(15);
/// After this many wrong PINs on one workstation, whatever the agent (someone trying every
/// name with a few guesses each), the workstation takes no PIN for [`WORKSTATION_LOCKOUT`],
/// doubling likewise.
pub const MAX_FAILED_PINS_PER_WORKSTATION: i32 = 10;
pub const WORKSTATION_LOCKOUT: Duration = Duration::minutes(5);
/// No lockout lasts longer than a working day (an administrator can lift an agent's sooner).
pub const LONGEST_LOCKOUT: Duration = Duration::hours(8);
/// A staff session never lives longer than a working day, even when active.
pub const SESSION_MAX_AGE: Duration = Duration::hours(12);
/// How long an enrolment code stays usable.
pub const ENROLMENT_VALIDITY: Duration = Duration::hours(24);

pub const WORKSTATION: &str = "workstation";
/// A kiosk's or screen's "last seen" is written at most this often (not on every request).
const LAST_SEEN_STEP: Duration = Duration::minutes(5);

/// The enrolled, not revoked device behind a device token, whatever its kind.
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

/// The enrolled, not revoked device of `kind` behind a device token: a kiosk's token opens
/// no workstation, and the other way round.
pub async fn device_of_kind(
    db: &DatabaseConnection,
    kind: DeviceKind,
    token: &str,
) -> Result<Option<device::Model>, DbErr> {
    Ok(device_by_token(db, token)
        .await?
        .filter(|d| d.kind == kind.as_str()))
}

/// Notes that a kiosk or screen is in use, at most every few minutes: one conditional
/// `UPDATE`, and none at all while the last one is recent.
pub async fn seen(
    db: &DatabaseConnection,
    device: &device::Model,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let recent = now - LAST_SEEN_STEP;
    if device.last_seen_at.is_some_and(|t| t > recent) {
        return Ok(());
    }
    device::Entity::update_many()
        .col_expr(
            device::Column::LastSeenAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(device::Column::Id.eq(device.id))
        .filter(
            sea_orm::Condition::any()
                .add(device::Column::LastSeenAt.is_null())
                .add(device::Column::LastSeenAt.lt(recent)),
        )
        .exec(db)
        .await?;
    Ok(())
}

/// The site of an address, for the devices bound to it.
pub async fn site_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<site::Model>, DbErr> {
    site::Entity::find()
        .filter(site::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// Creates a kiosk or screen of a site (or a workstation) awaiting enrolment, with its
/// one-time code; `None` when the site named does not exist.
pub async fn create_device(
    db: &DatabaseConnection,
    new: &NewDevice,
    by_agent: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Option<(device::Model, String)>, DbErr> {
    let site_id = match &new.site {
        Some(slug) => match site_by_slug(db, slug).await? {
            Some(site) => Some(site.id),
            None => return Ok(None),
        },
        None => None,
    };
    create_enrolment(db, &new.name, new.kind.as_str(), site_id, by_agent, now)
        .await
        .map(Some)
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
            detail: Some(describe(&device)),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok((device, code))
}

/// What the audit keeps of a device: its kind, its site's id if any, and its name.
fn describe(device: &device::Model) -> String {
    match device.site_id {
        Some(site) => format!("{} (site {site}): {}", device.kind, device.name),
        None => format!("{}: {}", device.kind, device.name),
    }
}

/// Trades a valid workstation enrolment code for a long-lived device token. The code works
/// once.
pub async fn enrol(
    db: &DatabaseConnection,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Option<(device::Model, String)>, DbErr> {
    enrol_as(db, code, DeviceKind::Workstation, None, now).await
}

/// Trades a valid enrolment code for a long-lived device token, if the code was made for a
/// device of `kind` (and of the site at `site_slug`, for kiosks and screens): a screen's
/// code typed on a kiosk enrols nothing and stays usable. The code works once.
pub async fn enrol_as(
    db: &DatabaseConnection,
    code: &str,
    kind: DeviceKind,
    site_slug: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<(device::Model, String)>, DbErr> {
    let hash = tokens::digest(&tokens::normalise_code(code));
    let site_id = match site_slug {
        Some(slug) => match site_by_slug(db, slug).await? {
            Some(site) => Some(site.id),
            None => return Ok(None),
        },
        None => None,
    };
    let txn = begin_write(db).await?;
    let Some(found) = device::Entity::find()
        .filter(device::Column::EnrolmentCodeHash.eq(hash))
        .filter(device::Column::RevokedAt.is_null())
        .one(&txn)
        .await?
    else {
        return Ok(None);
    };
    if found.enrolment_expires_at.is_none_or(|t| t < now)
        || found.kind != kind.as_str()
        || found.site_id != site_id
    {
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
            detail: Some(describe(&device)),
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
    let detail = describe(&found);
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
            detail: Some(detail),
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
    /// Too many wrong PINs on this workstation, whatever the agent.
    WorkstationLocked {
        until: DateTime<Utc>,
    },
    UnknownAgent,
}

/// Checks a PIN on an enrolled workstation. Every outcome is audited.
///
/// The hash (argon2, tens of milliseconds of CPU) is checked before the write transaction,
/// so it never holds the database's write lock. The transaction then reads the agent and
/// the workstation again, locked, and applies the outcome only if nothing moved meanwhile:
/// a lockout set by a guess sent at the same time refuses even a right PIN, and every
/// wrong one is counted, so parallel guesses get no more tries than one after the other.
pub async fn sign_in(
    db: &DatabaseConnection,
    pepper: &[u8],
    device: &device::Model,
    agent_id: i32,
    pin: &str,
    now: DateTime<Utc>,
) -> Result<SignInOutcome, DbErr> {
    let Some(seen) = agent::Entity::find_by_id(agent_id)
        .filter(agent::Column::Active.eq(true))
        .filter(agent::Column::PinHash.ne(""))
        .one(db)
        .await?
    else {
        return Ok(SignInOutcome::UnknownAgent);
    };
    let right = pin::verify_pin(pepper, pin, &seen.pin_hash);
    // A hash from before the pepper was derived is made again, outside the lock too.
    let rehashed = (right && pin::needs_rehash(&seen.pin_hash)).then(|| pin::hash_pin(pepper, pin));
    let txn = begin_write(db).await?;
    // FOR UPDATE on PostgreSQL (SQLite's IMMEDIATE transaction already serialises writers),
    // so two guesses at once cannot both read the same failure counts.
    let agent = agent::Entity::find_by_id(agent_id)
        .filter(agent::Column::Active.eq(true))
        .lock_exclusive()
        .one(&txn)
        .await?;
    let workstation = device::Entity::find_by_id(device.id)
        .lock_exclusive()
        .one(&txn)
        .await?;
    let (Some(agent), Some(workstation)) = (agent, workstation) else {
        return Ok(SignInOutcome::UnknownAgent);
    };
    let Some(role) = Role::parse(&agent.role) else {
        return Ok(SignInOutcome::UnknownAgent);
    };
    // The PIN was changed while the hash was being checked: judge against the new one.
    let right = right && agent.pin_hash == seen.pin_hash;
    let entry = |action| AuditEntry {
        action,
        agent_id: Some(agent.id),
        device_id: Some(device.id),
        ..Default::default()
    };
    if let Some(until) = workstation.pin_locked_until.filter(|u| *u > now) {
        audit::record(&txn, entry("session.sign_in_refused_workstation_locked")).await?;
        txn.commit().await?;
        return Ok(SignInOutcome::WorkstationLocked { until });
    }
    if let Some(until) = agent.locked_until.filter(|u| *u > now) {
        audit::record(&txn, entry("session.sign_in_refused_locked")).await?;
        txn.commit().await?;
        return Ok(SignInOutcome::LockedOut { until });
    }
    if !right {
        let outcome = count_wrong_pin(&txn, &agent, &workstation, now).await?;
        let action = match outcome {
            SignInOutcome::WorkstationLocked { .. } => "session.workstation_locked",
            SignInOutcome::LockedOut { .. } => "session.locked_out",
            _ => "session.sign_in_failed",
        };
        audit::record(&txn, entry(action)).await?;
        txn.commit().await?;
        return Ok(outcome);
    }
    let mut active = agent.clone().into_active_model();
    active.failed_attempts = Set(0);
    active.locked_until = Set(None);
    active.lockouts = Set(0);
    if let Some(hash) = rehashed {
        active.pin_hash = Set(hash);
    }
    active.update(&txn).await?;
    let mut active = workstation.into_active_model();
    active.failed_pins = Set(0);
    active.pin_lockouts = Set(0);
    active.pin_locked_until = Set(None);
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

/// Counts a wrong PIN against the agent and the workstation, locking either when it
/// reaches its limit; what the person at the workstation is told.
async fn count_wrong_pin(
    txn: &sea_orm::DatabaseTransaction,
    agent: &agent::Model,
    workstation: &device::Model,
    now: DateTime<Utc>,
) -> Result<SignInOutcome, DbErr> {
    let failed_here = workstation.failed_pins + 1;
    let mut here = workstation.clone().into_active_model();
    let workstation_locked = failed_here >= MAX_FAILED_PINS_PER_WORKSTATION;
    let mut outcome = None;
    if workstation_locked {
        let until = now + growing(WORKSTATION_LOCKOUT, workstation.pin_lockouts);
        here.failed_pins = Set(0);
        here.pin_lockouts = Set(workstation.pin_lockouts + 1);
        here.pin_locked_until = Set(Some(until));
        outcome = Some(SignInOutcome::WorkstationLocked { until });
    } else {
        here.failed_pins = Set(failed_here);
    }
    here.update(txn).await?;
    let failed = agent.failed_attempts + 1;
    let mut active = agent.clone().into_active_model();
    if failed >= MAX_FAILED_ATTEMPTS {
        let until = now + growing(LOCKOUT, agent.lockouts);
        active.failed_attempts = Set(0);
        active.locked_until = Set(Some(until));
        active.lockouts = Set(agent.lockouts + 1);
        outcome = outcome.or(Some(SignInOutcome::LockedOut { until }));
    } else {
        active.failed_attempts = Set(failed);
    }
    active.update(txn).await?;
    Ok(outcome.unwrap_or(SignInOutcome::WrongPin {
        attempts_left: MAX_FAILED_ATTEMPTS - failed,
    }))
}

/// `base` doubled for each lockout before this one, up to [`LONGEST_LOCKOUT`].
pub fn growing(base: Duration, lockouts_before: i32) -> Duration {
    let doublings = lockouts_before.clamp(0, 16) as u32;
    (base * 2_i32.pow(doublings)).min(LONGEST_LOCKOUT)
}

#[derive(Debug, PartialEq)]
pub enum SessionState {
    Active(StaffIdentity),
    /// The session ended because nobody used it for the inactivity period.
    Locked,
    None,
}

/// The session behind a cookie token. An idle one is ended here (auto-lock) and audited;
/// an active one has its last-seen time moved forward when the request is `user_input`.
pub async fn session_state(
    db: &DatabaseConnection,
    token: &str,
    device: &device::Model,
    inactivity: std::time::Duration,
    user_input: bool,
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
    // Only someone's input keeps the session awake: a page refreshing itself on a desk
    // left alone does not.
    if user_input && now - found.last_seen_at > Duration::seconds(10) {
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

/// The login screen's names, in the order they are shown. An agent imported without a PIN
/// is left out until an administrator gives them one: their tile could only lock them out.
pub async fn login_tiles(db: &DatabaseConnection) -> Result<Vec<AgentTile>, DbErr> {
    Ok(active_agents(db)
        .await?
        .into_iter()
        .filter(|a| !a.pin_hash.is_empty())
        .filter_map(|a| {
            Role::parse(&a.role).map(|role| AgentTile {
                id: a.id,
                name: a.display_name,
                role,
            })
        })
        .collect())
}

/// Every device, as the administration lists them: workstations first, then kiosks and
/// screens; by name within a kind.
pub async fn devices(db: &DatabaseConnection) -> Result<Vec<DeviceRow>, DbErr> {
    let sites = sites(db).await?;
    let mut rows: Vec<DeviceRow> = list_devices(db)
        .await?
        .into_iter()
        .filter_map(|d| {
            let kind = DeviceKind::parse(&d.kind)?;
            let site = d
                .site_id
                .and_then(|id| sites.iter().find(|s| s.id == id))
                .map(|s| s.name.clone());
            Some(DeviceRow {
                id: d.id,
                name: d.name,
                kind,
                site,
                enrolled: d.enrolled_at.is_some(),
                revoked: d.revoked_at.is_some(),
                last_seen: d.last_seen_at.map(crate::i18n::dates::paris_stamp),
            })
        })
        .collect();
    rows.sort_by_key(|r| DeviceKind::ALL.iter().position(|k| *k == r.kind));
    Ok(rows)
}

/// The sites a kiosk or screen can be made for, by name.
pub async fn site_choices(db: &DatabaseConnection) -> Result<Vec<SiteChoice>, DbErr> {
    Ok(sites(db)
        .await?
        .into_iter()
        .map(|s| SiteChoice {
            slug: s.slug,
            name: s.name,
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

async fn sites(db: &DatabaseConnection) -> Result<Vec<site::Model>, DbErr> {
    site::Entity::find()
        .order_by_asc(site::Column::Name)
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lockouts_double_up_to_a_working_day() {
        assert_eq!(growing(LOCKOUT, 0), Duration::minutes(15));
        assert_eq!(growing(LOCKOUT, 1), Duration::minutes(30));
        assert_eq!(growing(LOCKOUT, 3), Duration::hours(2));
        assert_eq!(growing(LOCKOUT, 6), LONGEST_LOCKOUT);
        assert_eq!(growing(LOCKOUT, i32::MAX), LONGEST_LOCKOUT);
        assert_eq!(growing(WORKSTATION_LOCKOUT, -1), WORKSTATION_LOCKOUT);
    }
}
