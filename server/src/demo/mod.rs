//! The demo town of Villebourg: two reception points, six services, sixteen motifs, eight
//! agents, and 90 days of past activity so that indicators have something to show.
//! Loaded once (a `setting` row remembers it), in one transaction: a failed load leaves
//! nothing half-saved.

mod activity;
mod town;

use app::store::begin_write;
use app::store::entities::{device, setting};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, Set,
};

const LOADED_KEY: &str = "demo.loaded";

/// What the start command prints: who can sign in, and how to enrol this computer.
pub struct DemoReport {
    pub loaded_now: bool,
    pub agents: Vec<(String, &'static str, &'static str)>,
    pub enrolment_code: Option<String>,
}

impl std::fmt::Display for DemoReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.loaded_now {
            writeln!(
                f,
                "Ville de démonstration chargée (Villebourg, 90 jours d'activité)."
            )?;
        }
        writeln!(f, "Agents de démonstration :")?;
        for (name, role, pin) in &self.agents {
            writeln!(f, "  {name:<18} {role:<20} PIN {pin}")?;
        }
        if let Some(code) = &self.enrolment_code {
            writeln!(
                f,
                "Code d'enregistrement de ce poste : {code} (valable 24 h, à saisir sur /agent/poste)"
            )?;
        }
        Ok(())
    }
}

/// Loads the demo town unless it is already there, and reports the demo agents. When no
/// workstation is enrolled yet, makes a fresh enrolment code so the printed one works.
pub async fn load(db: &DatabaseConnection, pepper: &[u8]) -> Result<DemoReport, DbErr> {
    let already = setting::Entity::find_by_id(LOADED_KEY.to_owned())
        .one(db)
        .await?
        .is_some();
    if !already {
        let txn = begin_write(db).await?;
        let town = town::create(&txn, pepper).await?;
        activity::create(&txn, &town, Utc::now()).await?;
        setting::ActiveModel {
            key: Set(LOADED_KEY.to_owned()),
            value: Set(Utc::now().to_rfc3339()),
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
    }
    Ok(DemoReport {
        loaded_now: !already,
        agents: town::AGENTS
            .iter()
            .map(|a| (a.name.to_owned(), a.role_label, a.pin))
            .collect(),
        enrolment_code: enrolment_code_if_needed(db).await?,
    })
}

async fn enrolment_code_if_needed(db: &DatabaseConnection) -> Result<Option<String>, DbErr> {
    let workstations = device::Entity::find()
        .filter(device::Column::Kind.eq(app::staff::store::WORKSTATION))
        .filter(device::Column::RevokedAt.is_null())
        .all(db)
        .await?;
    if workstations.iter().any(|d| d.enrolled_at.is_some()) {
        return Ok(None);
    }
    // Codes are stored hashed: an old pending one cannot be shown again, so retire it.
    for pending in workstations {
        let mut active = pending.into_active_model();
        active.revoked_at = Set(Some(Utc::now()));
        active.enrolment_code_hash = Set(None);
        active.update(db).await?;
    }
    let (_, code) = app::staff::store::create_enrolment(
        db,
        "Poste de démonstration",
        app::staff::store::WORKSTATION,
        None,
        None,
        Utc::now(),
    )
    .await?;
    Ok(Some(code))
}
