//! The motif import against the database: what the town has (services, existing codes),
//! and saving every row in one transaction with its audit row, or nothing.

use super::csv::{Town, online, preview};
use super::model::ImportPreview;
use crate::booking::admin::store::AdminError;
use crate::staff::identity::StaffIdentity;
use crate::store::begin_write;
use crate::store::entities::{motif, service};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, Set,
};

/// Reads and checks `text` against the town as it is now.
pub async fn check<C: ConnectionTrait>(db: &C, text: &str) -> Result<ImportPreview, AdminError> {
    let services: Vec<(String, String, bool)> = service::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.slug, s.name, s.active))
        .collect();
    let motifs: Vec<String> = motif::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.slug)
        .collect();
    let town = Town {
        services: &services,
        motifs: &motifs,
    };
    Ok(preview(text, &town))
}

/// Saves every row of `text`, creating or updating motifs, in one transaction checked
/// again inside it; refused, with nothing saved, when any row has a problem.
pub async fn import(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    text: &str,
) -> Result<usize, AdminError> {
    let txn = begin_write(db).await?;
    let checked = check(&txn, text).await?;
    if !checked.valid {
        txn.rollback().await?;
        return Err(AdminError::Invalid("admin-error-import"));
    }
    let services = service::Entity::find().all(&txn).await?;
    for row in &checked.rows {
        let service_id = services
            .iter()
            .find(|s| s.slug == row.service_slug)
            .map(|s| s.id)
            .ok_or(AdminError::Invalid("admin-error-import"))?;
        let existing = motif::Entity::find()
            .filter(motif::Column::Slug.eq(&row.code))
            .one(&txn)
            .await?;
        let mut m = match existing {
            Some(m) => {
                let version = m.version;
                let mut m = m.into_active_model();
                m.version = Set(version + 1);
                m
            }
            None => motif::ActiveModel {
                slug: Set(row.code.clone()),
                active: Set(true),
                version: Set(0),
                ..Default::default()
            },
        };
        // The rows were checked above: the numbers read.
        let number = |s: &str| s.trim().parse::<i32>().unwrap_or_default();
        m.service_id = Set(service_id);
        m.name = Set(row.name.trim().to_owned());
        m.duration_minutes = Set(number(&row.duration));
        m.buffer_minutes = Set(number(&row.buffer));
        m.documents = Set(row.documents.join("\n"));
        m.bookable_online = Set(online(row));
        m.min_delay_hours = Set(number(&row.min_delay));
        m.max_delay_days = Set(number(&row.max_delay));
        m.save(&txn).await?;
    }
    let count = checked.rows.len();
    let codes = checked
        .rows
        .iter()
        .map(|r| r.code.as_str())
        .collect::<Vec<_>>()
        .join(",");
    crate::audit::record(
        &txn,
        crate::audit::AuditEntry {
            action: "admin.motif.import",
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            subject_kind: Some("motif"),
            subject_id: Some(count.to_string()),
            detail: Some(codes),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(count)
}
