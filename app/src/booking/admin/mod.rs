//! Administration of what the booking engine works from: sites with their opening hours
//! (the late Wednesday), desks and closures (`/agent/admin/lieux`), services
//! (`/agent/admin/services`), motifs with their durations, documents and delays
//! (`/agent/admin/motifs`, and their import from a spreadsheet), agents' weekly schedules
//! and absences (`/agent/admin/plannings`). Plain forms that go back to their page with
//! what became of them; every change audited; more time open offers itself to the waitlist.

pub mod import;
pub mod kept;
pub mod model;
pub mod rules;
pub mod services;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::booking::model::StaffData;
use crate::errors::AppError;
use leptos::prelude::*;
use model::{
    AbsenceForm, AbsenceRemoval, ActiveForm, ClosureForm, DeskActiveForm, DeskForm, MotifForm,
    MotifsAdminView, ScheduleForm, SchedulesAdminView, SiteForm, SitesAdminView,
};

/// Sites, their weeks and the closures to come.
#[server(prefix = "/api/agent", endpoint = "admin/lieux")]
pub async fn admin_sites() -> Result<StaffData<SitesAdminView>, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let page = store::sites(&state.db, chrono::Utc::now()).await?;
    StaffData::new(identity, page).await
}

/// Saves a site and its opening hours, unless someone saved it since the form was shown.
#[server(prefix = "/api/agent", endpoint = "admin/lieu")]
pub async fn save_site(#[server(flatten)] form: SiteForm) -> Result<(), AppError> {
    use crate::booking::policy::BookingPolicy;
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let now = chrono::Utc::now();
    let saved = store::save_site(&state.db, &policy, &identity, &form, now).await;
    let objet = format!("site-{}", form.details.slug);
    let back = model::back_with(
        model::SITES_PAGE,
        store::mistake(saved)?,
        &objet,
        form.kept(),
    );
    crate::components::url::redirect(&back);
    Ok(())
}

/// Creates a site with its opening hours.
#[server(prefix = "/api/agent", endpoint = "admin/lieu/nouveau")]
pub async fn create_site(#[server(flatten)] form: SiteForm) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let saved = store::create_site(&state.db, &identity, &form, chrono::Utc::now()).await;
    let error = store::mistake(saved)?;
    crate::components::url::redirect(&model::back_with(
        model::SITES_PAGE,
        error,
        "site-new",
        form.kept(),
    ));
    Ok(())
}

/// Retires a site, or brings it back.
#[server(prefix = "/api/agent", endpoint = "admin/lieu/actif")]
pub async fn set_site_active(#[server(flatten)] form: ActiveForm) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let saved = store::set_site_active(&state.db, &identity, &form, chrono::Utc::now()).await;
    let objet = format!("site-{}", form.slug);
    let back = model::back_with(
        model::SITES_PAGE,
        store::mistake(saved)?,
        &objet,
        Vec::new(),
    );
    crate::components::url::redirect(&back);
    Ok(())
}

/// Adds a desk to a site, or renames one.
#[server(prefix = "/api/agent", endpoint = "admin/guichet")]
pub async fn save_desk(#[server(flatten)] form: DeskForm) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let saved = store::save_desk(&state.db, &identity, &form).await;
    let (error, objet) = (store::mistake(saved)?, form.objet());
    crate::components::url::redirect(&model::back_with(
        model::SITES_PAGE,
        error,
        &objet,
        form.kept(),
    ));
    Ok(())
}

/// Retires a desk, or brings it back.
#[server(prefix = "/api/agent", endpoint = "admin/guichet/actif")]
pub async fn set_desk_active(#[server(flatten)] form: DeskActiveForm) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    store::set_desk_active(&state.db, &identity, &form).await?;
    crate::components::url::redirect(&model::back_to(model::SITES_PAGE, None));
    Ok(())
}

/// Closes a site, or every site, for some days.
#[server(prefix = "/api/agent", endpoint = "admin/fermeture")]
pub async fn add_closure(#[server(flatten)] form: ClosureForm) -> Result<(), AppError> {
    use crate::booking::store::mistake;
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let added = store::add_closure(&state.db, &identity, &form).await;
    crate::components::url::redirect(&model::back_to(model::SITES_PAGE, mistake(added)?));
    Ok(())
}

/// Removes a closure.
#[server(prefix = "/api/agent", endpoint = "admin/fermeture/supprimer")]
pub async fn delete_closure(id: i32) -> Result<(), AppError> {
    use crate::booking::policy::BookingPolicy;
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let now = chrono::Utc::now();
    store::delete_closure(&state.db, &policy, &identity, id, now).await?;
    crate::components::url::redirect(&model::back_to(model::SITES_PAGE, None));
    Ok(())
}

/// Every motif with its settings.
#[server(prefix = "/api/agent", endpoint = "admin/motifs")]
pub async fn admin_motifs() -> Result<StaffData<MotifsAdminView>, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    StaffData::new(identity, store::motifs(&state.db).await?).await
}

/// Saves a motif's settings, unless someone saved it since the form was shown.
#[server(prefix = "/api/agent", endpoint = "admin/motif")]
pub async fn save_motif(#[server(flatten)] form: MotifForm) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let saved = store::save_motif(&state.db, &identity, &form).await;
    let objet = format!("motif-{}", form.slug);
    let back = model::back_with(
        model::MOTIFS_PAGE,
        store::mistake(saved)?,
        &objet,
        form.kept(),
    );
    crate::components::url::redirect(&back);
    Ok(())
}

/// Creates a motif in its service.
#[server(prefix = "/api/agent", endpoint = "admin/motif/nouveau")]
pub async fn create_motif(#[server(flatten)] form: MotifForm) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let error = store::mistake(store::create_motif(&state.db, &identity, &form).await)?;
    crate::components::url::redirect(&model::back_with(
        model::MOTIFS_PAGE,
        error,
        "motif-new",
        form.kept(),
    ));
    Ok(())
}

/// The agents, and the chosen one's weeks and absences.
#[server(prefix = "/api/agent", endpoint = "admin/plannings")]
pub async fn admin_schedules(
    agent: Option<i32>,
) -> Result<StaffData<SchedulesAdminView>, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let page = store::schedules(&state.db, agent, chrono::Utc::now()).await?;
    StaffData::new(identity, page).await
}

/// Saves an agent's week at a site.
#[server(prefix = "/api/agent", endpoint = "admin/planning")]
pub async fn save_schedule(#[server(flatten)] form: ScheduleForm) -> Result<(), AppError> {
    use crate::booking::{policy::BookingPolicy, store::mistake};
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let now = chrono::Utc::now();
    let saved = store::save_schedule(&state.db, &policy, &identity, &form, now).await;
    let page = model::schedules_page(form.agent);
    crate::components::url::redirect(&model::back_to(&page, mistake(saved)?));
    Ok(())
}

/// Records an agent's absence.
#[server(prefix = "/api/agent", endpoint = "admin/absence")]
pub async fn add_absence(#[server(flatten)] form: AbsenceForm) -> Result<(), AppError> {
    use crate::booking::store::mistake;
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let added = store::add_absence(&state.db, &identity, &form).await;
    let page = model::schedules_page(form.agent);
    crate::components::url::redirect(&model::back_to(&page, mistake(added)?));
    Ok(())
}

/// Removes an agent's absence.
#[server(prefix = "/api/agent", endpoint = "admin/absence/supprimer")]
pub async fn delete_absence(#[server(flatten)] form: AbsenceRemoval) -> Result<(), AppError> {
    use crate::booking::policy::BookingPolicy;
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let policy = BookingPolicy::from_context()?;
    let (id, agent, now) = (form.id, form.agent, chrono::Utc::now());
    store::delete_absence(&state.db, &policy, &identity, id, agent, now).await?;
    crate::components::url::redirect(&model::back_to(&model::schedules_page(agent), None));
    Ok(())
}
