//! The demo town of Villebourg: two reception points, six services, sixteen motifs, eight
//! agents, 90 days of past activity (`GUICHET_DEMO_DAYS`) so that indicators have something to show, and two
//! weeks of booked appointments. Loaded once (a `setting` row remembers it), in one
//! transaction: a failed load leaves nothing half-saved.

mod activity;
pub mod sheets;
mod town;

pub use activity::Counts;

use app::store::begin_write;
use app::store::entities::{device, setting};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, Set,
};

const LOADED_KEY: &str = "demo.loaded";
const WORKSTATION_NAME: &str = "Poste de démonstration";

/// What the start command prints: who can sign in, and how to enrol this computer.
#[derive(Debug)]
pub struct DemoReport {
    /// Set when this call loaded the town; `None` when it was already there.
    pub loaded_now: Option<Counts>,
    /// (name, role in French, PIN)
    pub agents: Vec<(&'static str, &'static str, &'static str)>,
    /// A one-time code, made only while no workstation is enrolled.
    pub enrolment_code: Option<String>,
    /// Where to type the code, e.g. `http://127.0.0.1:3000/agent/poste`.
    pub enrolment_url: String,
}

impl std::fmt::Display for DemoReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(c) = &self.loaded_now {
            writeln!(
                f,
                "Ville de démonstration chargée : Villebourg, 2 lieux d'accueil, {} jours \
                 d'activité ({} tickets, {} rendez-vous dont {} à venir, {} contacts, \
                 {} demandes, {} avis).",
                c.days,
                c.tickets,
                c.appointments,
                c.upcoming_appointments,
                c.contacts,
                c.requests,
                c.surveys
            )?;
        }
        writeln!(f, "Agents de démonstration :")?;
        for (name, role, pin) in &self.agents {
            writeln!(f, "  {name} — {role} — PIN {pin}")?;
        }
        if let Some(code) = &self.enrolment_code {
            write!(
                f,
                "Code d'enregistrement de ce poste : {code} (valable 24 h, à saisir sur {})",
                self.enrolment_url
            )?;
        }
        Ok(())
    }
}

/// Loads the demo town once (idempotent: a second call changes nothing) and returns a report
/// to print: the demo agents with their PINs, and a one-time workstation enrolment code when no
/// workstation is enrolled yet.
pub async fn load(db: &DatabaseConnection, pepper: &[u8]) -> Result<DemoReport, DbErr> {
    load_days(db, pepper, activity::DAYS).await
}

/// As [`load`], with `days` of past activity (a year for the indicators' benchmark).
pub async fn load_days(
    db: &DatabaseConnection,
    pepper: &[u8],
    days: u32,
) -> Result<DemoReport, DbErr> {
    let now = Utc::now();
    // Checked inside the write transaction: two servers starting on one database at the
    // same moment cannot both load.
    let txn = begin_write(db).await?;
    let already = setting::Entity::find_by_id(LOADED_KEY.to_owned())
        .one(&txn)
        .await?
        .is_some();
    let loaded_now = if already {
        txn.rollback().await?;
        // A town loaded before the sheets existed gets them now.
        let txn = begin_write(db).await?;
        sheets::create(&txn, now).await?;
        txn.commit().await?;
        None
    } else {
        let town = town::create(&txn, pepper, now).await?;
        let counts = activity::create(&txn, &town, now, days).await?;
        sheets::create(&txn, now).await?;
        setting::ActiveModel {
            key: Set(LOADED_KEY.to_owned()),
            value: Set(app::calendar::paris_today(now).to_string()),
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        // PostgreSQL plans by its statistics, and a bulk load leaves the tables without
        // them until autovacuum comes by (which then competes with the first readers):
        // gather them now, as a town's database that has lived a while has them.
        if db.get_database_backend() == sea_orm::DbBackend::Postgres {
            db.execute_unprepared("VACUUM (ANALYZE)").await?;
        }
        Some(counts)
    };
    Ok(DemoReport {
        loaded_now,
        agents: town::AGENTS
            .iter()
            .map(|a| (a.name, a.role_label, a.pin))
            .collect(),
        enrolment_code: enrolment_code_if_needed(db).await?,
        enrolment_url: format!("{}/agent/poste", public_url()),
    })
}

/// The address residents and staff use, as configured for this server.
fn public_url() -> String {
    crate::config::Config::from_env()
        .map(|c| c.public_url)
        .unwrap_or_else(|_| "http://127.0.0.1:3000".to_owned())
}

/// While no workstation is enrolled, retires the demo's earlier pending code (only its hash
/// is kept, so it cannot be shown again) and makes a fresh one to print. Codes that an
/// administrator made with `guichet enrol-workstation` stay valid.
async fn enrolment_code_if_needed(db: &DatabaseConnection) -> Result<Option<String>, DbErr> {
    let workstations = device::Entity::find()
        .filter(device::Column::Kind.eq(app::staff::store::WORKSTATION))
        .filter(device::Column::RevokedAt.is_null())
        .all(db)
        .await?;
    if workstations.iter().any(|d| d.enrolled_at.is_some()) {
        return Ok(None);
    }
    let now = Utc::now();
    for pending in workstations
        .into_iter()
        .filter(|d| d.name == WORKSTATION_NAME)
    {
        let mut active = pending.into_active_model();
        active.revoked_at = Set(Some(now));
        active.enrolment_code_hash = Set(None);
        active.update(db).await?;
    }
    let (_, code) = app::staff::store::create_enrolment(
        db,
        WORKSTATION_NAME,
        app::staff::store::WORKSTATION,
        None,
        None,
        now,
    )
    .await?;
    Ok(Some(code))
}
