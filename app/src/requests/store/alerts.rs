//! The alerts the staff frame shows on every page (through `hooks::Hooks::on_staff_alerts`):
//! to the owner, their requests due within two working days and those past due; to a
//! supervisor, every late request of the services they belong to.

use super::RUNNING;
use crate::alerts::{AlertsFor, StaffAlert};
use crate::requests::model::{RequestFilter, Standing};
use crate::store::entities::{agent_skill, motif, request};
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};

pub async fn staff_alerts(
    db: &DatabaseConnection,
    to: AlertsFor,
    now: DateTime<Utc>,
) -> Result<Vec<StaffAlert>, DbErr> {
    let running = || request::Entity::find().filter(request::Column::Status.is_in(RUNNING));
    let owned = || running().filter(request::Column::OwnerAgentId.eq(to.agent_id));
    let mine = |due| {
        RequestFilter {
            due: Some(due),
            mine: true,
            ..RequestFilter::default()
        }
        .href(0)
    };
    let mut alerts = Vec::new();
    let my_late = owned()
        .filter(request::Column::DueAt.lt(now))
        .count(db)
        .await?;
    if my_late > 0 {
        alerts.push(StaffAlert {
            message: "alert-my-requests-late".into(),
            count: my_late,
            href: mine(Standing::Late),
            urgent: true,
        });
    }
    // Warned two working days ahead (`warn_at`, counted on the site's calendar when the
    // deadline was set), until the deadline passes.
    let my_soon = owned()
        .filter(request::Column::DueAt.gte(now))
        .filter(request::Column::WarnAt.lte(now))
        .count(db)
        .await?;
    if my_soon > 0 {
        alerts.push(StaffAlert {
            message: "alert-my-requests-due-soon".into(),
            count: my_soon,
            href: mine(Standing::DueSoon),
            urgent: false,
        });
    }
    if to.supervisor {
        let motifs: Vec<i32> = agent_skill::Entity::find()
            .select_only()
            .column(agent_skill::Column::MotifId)
            .filter(agent_skill::Column::AgentId.eq(to.agent_id))
            .into_tuple()
            .all(db)
            .await?;
        let services: Vec<i32> = match motifs.is_empty() {
            true => Vec::new(),
            false => {
                motif::Entity::find()
                    .select_only()
                    .column(motif::Column::ServiceId)
                    .distinct()
                    .filter(motif::Column::Id.is_in(motifs))
                    .into_tuple()
                    .all(db)
                    .await?
            }
        };
        // A supervisor without services of their own watches the whole town.
        let late = running().filter(request::Column::DueAt.lt(now));
        let late = match services.is_empty() {
            true => late,
            false => late.filter(request::Column::ServiceId.is_in(services)),
        };
        let late = late.count(db).await?;
        if late > 0 {
            alerts.push(StaffAlert {
                message: "alert-service-requests-late".into(),
                count: late,
                href: RequestFilter {
                    due: Some(Standing::Late),
                    ..RequestFilter::default()
                }
                .href(0),
                urgent: true,
            });
        }
    }
    Ok(alerts)
}
