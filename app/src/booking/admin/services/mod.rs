//! The services of the town (`/agent/admin/services`): their ticket letters, whether
//! experts handle them, their order; created, edited, retired.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::booking::admin::model::ActiveForm;
use crate::booking::model::StaffData;
use crate::errors::AppError;
use leptos::prelude::*;
use model::{ServiceForm, ServicesAdminView};

/// Every service, retired ones last.
#[server(prefix = "/api/agent", endpoint = "admin/services")]
pub async fn admin_services() -> Result<StaffData<ServicesAdminView>, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    StaffData::new(identity, store::services(&state.db).await?).await
}

/// Creates a service.
#[server(prefix = "/api/agent", endpoint = "admin/service/nouveau")]
pub async fn create_service(#[server(flatten)] form: ServiceForm) -> Result<(), AppError> {
    use crate::booking::admin::{model::back_with, store::mistake};
    use crate::staff::StaffSection;
    use model::SERVICES_PAGE;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let error = mistake(store::create_service(&state.db, &identity, &form).await)?;
    crate::components::url::redirect(&back_with(SERVICES_PAGE, error, "service-new", form.kept()));
    Ok(())
}

/// Saves a service, unless someone saved it since the form was shown.
#[server(prefix = "/api/agent", endpoint = "admin/service")]
pub async fn save_service(#[server(flatten)] form: ServiceForm) -> Result<(), AppError> {
    use crate::booking::admin::{model::back_with, store::mistake};
    use crate::staff::StaffSection;
    use model::SERVICES_PAGE;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let error = mistake(store::save_service(&state.db, &identity, &form).await)?;
    let objet = format!("service-{}", form.slug);
    crate::components::url::redirect(&back_with(SERVICES_PAGE, error, &objet, form.kept()));
    Ok(())
}

/// Retires a service without active motifs, or brings it back.
#[server(prefix = "/api/agent", endpoint = "admin/service/actif")]
pub async fn set_service_active(#[server(flatten)] form: ActiveForm) -> Result<(), AppError> {
    use crate::booking::admin::{model::back_with, store::mistake};
    use crate::staff::StaffSection;
    use model::SERVICES_PAGE;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let error = mistake(store::set_service_active(&state.db, &identity, &form).await)?;
    let objet = format!("service-{}", form.slug);
    crate::components::url::redirect(&back_with(SERVICES_PAGE, error, &objet, Vec::new()));
    Ok(())
}
