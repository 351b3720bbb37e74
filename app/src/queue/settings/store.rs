//! Each site's queue settings: read for the page, and saved with the site's switch for
//! tickets from home in one transaction.

use super::model::{SettingsForm, SiteSettings};
use crate::queue::model::QueueSettings;
use crate::queue::store::{QueueError, notify, settings, site_of};
use crate::staff::identity::StaffIdentity;
use crate::store::begin_write;
use crate::store::entities::{setting, site};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel,
    QueryOrder, Set,
};

/// Every site with its settings, by name.
pub async fn sites(db: &DatabaseConnection) -> Result<Vec<SiteSettings>, QueueError> {
    let mut sites = Vec::new();
    for s in site::Entity::find()
        .order_by_asc(site::Column::Name)
        .all(db)
        .await?
    {
        sites.push(SiteSettings {
            settings: settings(db, s.id).await?,
            slug: s.slug,
            name: s.name,
            tickets_from_home: s.tickets_from_home,
        });
    }
    Ok(sites)
}

/// Saves one site's form, if every value is within bounds, and audits it; returns the
/// site's id (its screens and desks follow: the order of waiting visitors may change).
pub async fn save(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &SettingsForm,
) -> Result<i32, QueueError> {
    let settings = form.settings().map_err(QueueError::Settings)?;
    let row = site_of(db, &form.site).await?.ok_or(QueueError::NotFound)?;
    let site_id = row.id;
    // The site's switch and its settings change together, or not at all.
    let txn = begin_write(db).await?;
    let mut active = row.into_active_model();
    active.tickets_from_home = Set(form.from_home);
    active.update(&txn).await?;
    write(&txn, site_id, &settings).await?;
    notify(&txn, site_id).await?;
    txn.commit().await?;
    crate::audit::staff_action(
        db,
        identity,
        "admin.queue.save",
        "queue-settings",
        Some(form.site.clone()),
    )
    .await?;
    Ok(site_id)
}

async fn write<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    settings: &QueueSettings,
) -> Result<(), QueueError> {
    let value = serde_json::to_string(settings).expect("settings serialise");
    match setting::Entity::find_by_id(QueueSettings::key(site_id))
        .one(db)
        .await?
    {
        Some(row) => {
            let mut active = row.into_active_model();
            active.value = Set(value);
            active.update(db).await?;
        }
        None => {
            setting::ActiveModel {
                key: Set(QueueSettings::key(site_id)),
                value: Set(value),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}
