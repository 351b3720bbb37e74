//! What the booking administration pages show.

use crate::components::fields::Choice;
use crate::staff::Me;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteForm {
    pub slug: String,
    pub name: String,
    pub address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub access_info: String,
    pub alsace_moselle: bool,
    /// Monday to Sunday, as `08:30-12:00, 13:30-17:00`.
    pub hours: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClosureRow {
    pub id: i32,
    /// None: every site.
    pub site: Option<String>,
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SitesAdminView {
    pub me: Me,
    pub sites: Vec<SiteForm>,
    pub closures: Vec<ClosureRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MotifForm {
    pub slug: String,
    pub name: String,
    pub service: String,
    pub duration: i32,
    pub buffer: i32,
    pub documents: String,
    pub online: bool,
    pub min_delay: i32,
    pub max_delay: i32,
    pub active: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MotifsAdminView {
    pub me: Me,
    pub motifs: Vec<MotifForm>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteWeek {
    pub site: Choice,
    pub days: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AbsenceRow {
    pub id: i32,
    pub from: chrono::DateTime<chrono::Utc>,
    pub to: chrono::DateTime<chrono::Utc>,
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchedulesAdminView {
    pub me: Me,
    pub agents: Vec<Choice>,
    pub agent: Option<i32>,
    pub weeks: Vec<SiteWeek>,
    pub absences: Vec<AbsenceRow>,
}

#[cfg(feature = "ssr")]
fn week_text(
    rows: impl IntoIterator<Item = (i16, chrono::NaiveTime, chrono::NaiveTime)>,
) -> Vec<String> {
    use crate::calendar::hours::{WeeklyHours, format_day_ranges};
    let weekly = WeeklyHours::from_rows(rows);
    (0..7u8)
        .map(|d| format_day_ranges(weekly.ranges(d)))
        .collect()
}

#[cfg(feature = "ssr")]
pub async fn load_sites(
    db: &sea_orm::DatabaseConnection,
    identity: crate::staff::identity::StaffIdentity,
) -> Result<SitesAdminView, crate::errors::AppError> {
    use crate::store::entities::{closure, opening_hour, site};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let today = crate::calendar::paris_today(chrono::Utc::now());
    let sites = site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(db)
        .await?;
    let hours = opening_hour::Entity::find().all(db).await?;
    let closures = closure::Entity::find()
        .filter(closure::Column::EndsOn.gte(today))
        .order_by_asc(closure::Column::StartsOn)
        .all(db)
        .await?;
    Ok(SitesAdminView {
        me: Me::from_identity(identity)?,
        closures: closures
            .into_iter()
            .map(|c| ClosureRow {
                id: c.id,
                site: c
                    .site_id
                    .and_then(|id| sites.iter().find(|s| s.id == id).map(|s| s.name.clone())),
                from: c.starts_on,
                to: c.ends_on,
                reason: c.reason,
            })
            .collect(),
        sites: sites
            .into_iter()
            .map(|s| SiteForm {
                hours: week_text(
                    hours
                        .iter()
                        .filter(|h| h.site_id == s.id)
                        .map(|h| (h.weekday, h.opens, h.closes)),
                ),
                slug: s.slug,
                name: s.name,
                address: s.address,
                postal_code: s.postal_code,
                city: s.city,
                phone: s.phone.unwrap_or_default(),
                access_info: s.access_info.unwrap_or_default(),
                alsace_moselle: s.alsace_moselle,
            })
            .collect(),
    })
}

#[cfg(feature = "ssr")]
pub async fn load_motifs(
    db: &sea_orm::DatabaseConnection,
    identity: crate::staff::identity::StaffIdentity,
) -> Result<MotifsAdminView, crate::errors::AppError> {
    use crate::store::entities::{motif, service};
    use sea_orm::{EntityTrait, QueryOrder};
    let services = service::Entity::find().all(db).await?;
    let motifs = motif::Entity::find()
        .order_by_asc(motif::Column::ServiceId)
        .order_by_asc(motif::Column::Id)
        .all(db)
        .await?;
    Ok(MotifsAdminView {
        me: Me::from_identity(identity)?,
        motifs: motifs
            .into_iter()
            .map(|m| MotifForm {
                service: services
                    .iter()
                    .find(|s| s.id == m.service_id)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                slug: m.slug,
                name: m.name,
                duration: m.duration_minutes,
                buffer: m.buffer_minutes,
                documents: m.documents,
                online: m.bookable_online,
                min_delay: m.min_delay_hours,
                max_delay: m.max_delay_days,
                active: m.active,
            })
            .collect(),
    })
}

#[cfg(feature = "ssr")]
pub async fn load_schedules(
    db: &sea_orm::DatabaseConnection,
    identity: crate::staff::identity::StaffIdentity,
    agent: Option<i32>,
) -> Result<SchedulesAdminView, crate::errors::AppError> {
    use crate::store::entities::{agent as agent_entity, agent_absence, agent_schedule, site};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let agents = agent_entity::Entity::find()
        .filter(agent_entity::Column::Active.eq(true))
        .order_by_asc(agent_entity::Column::DisplayName)
        .all(db)
        .await?;
    let chosen = agent.filter(|id| agents.iter().any(|a| a.id == *id));
    let sites = site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(db)
        .await?;
    let (weeks, absences) = match chosen {
        Some(id) => {
            let rows = agent_schedule::Entity::find()
                .filter(agent_schedule::Column::AgentId.eq(id))
                .all(db)
                .await?;
            let weeks = sites
                .iter()
                .map(|s| SiteWeek {
                    site: Choice {
                        value: s.slug.clone(),
                        label: s.name.clone(),
                    },
                    days: week_text(
                        rows.iter()
                            .filter(|r| r.site_id == s.id)
                            .map(|r| (r.weekday, r.starts, r.ends)),
                    ),
                })
                .collect();
            let absences = agent_absence::Entity::find()
                .filter(agent_absence::Column::AgentId.eq(id))
                .filter(agent_absence::Column::EndsAt.gt(chrono::Utc::now()))
                .order_by_asc(agent_absence::Column::StartsAt)
                .all(db)
                .await?
                .into_iter()
                .map(|a| AbsenceRow {
                    id: a.id,
                    from: a.starts_at,
                    to: a.ends_at,
                    reason: a.reason,
                })
                .collect();
            (weeks, absences)
        }
        None => (Vec::new(), Vec::new()),
    };
    Ok(SchedulesAdminView {
        me: Me::from_identity(identity)?,
        agents: agents
            .into_iter()
            .map(|a| Choice {
                value: a.id.to_string(),
                label: a.display_name,
            })
            .collect(),
        agent: chosen,
        weeks,
        absences,
    })
}
