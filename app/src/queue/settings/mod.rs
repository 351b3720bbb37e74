//! `/agent/admin/file`: each site's queue settings for administrators: whether residents
//! may take a ticket from home, the head start of each priority, and how many calls make a
//! visitor absent. One plain form per site; every change audited and pushed to the site's
//! screens and desks at once (the order of waiting visitors may change with it).

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{QueueAdminView, SettingsForm};

/// Every site's settings, for administrators.
#[server(prefix = "/api/agent", endpoint = "admin/file")]
pub async fn queue_admin() -> Result<QueueAdminView, AppError> {
    use crate::staff::{model::Me, roles::StaffSection, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    Ok(QueueAdminView {
        sites: store::sites(&state.db).await?,
        me: Me::from_identity(identity).await?,
    })
}

/// Saves one site's settings and goes back to its form, with the reason when a value is
/// out of bounds (nothing is saved then).
#[server(prefix = "/api/agent", endpoint = "admin/file/lieu")]
pub async fn save_queue_settings(#[server(flatten)] form: SettingsForm) -> Result<(), AppError> {
    use crate::errors::{FeatureError, Refusal};
    use crate::staff::{roles::StaffSection, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    match store::save(&state.db, &identity, &form).await {
        Ok(site_id) => {
            crate::queue::live::Live::from_context()?.changed(site_id);
            crate::components::url::redirect(&form.saved());
        }
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => crate::components::url::redirect(&form.refused(id)),
            _ => return Err(e.into()),
        },
    }
    Ok(())
}
