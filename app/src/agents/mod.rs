//! Administration of agents, for administrators: the list with each agent's role, state,
//! skills and languages (`/agent/admin/agents`), creating and editing one, PIN set and
//! reset, unlock after a lockout, deactivate and reactivate (`/agent/admin/agents/<id>`),
//! and the import of a spreadsheet with a preview (`/agent/admin/agents/import`). Plain
//! forms that go back to their page with what became of them; every change audited.

#[cfg(feature = "ssr")]
pub mod csv_import;
pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{AgentAction, AgentForm, AgentView, AgentsView, ImportForm, ImportView, PinForm};

/// Every agent, and the creation form's choices.
#[server(prefix = "/api/agent", endpoint = "admin/agents")]
pub async fn agents_list() -> Result<AgentsView, AppError> {
    use crate::staff::{Me, StaffSection, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let (agents, services) = store::overview(&state.db, locale, chrono::Utc::now()).await?;
    let me = Me::from_identity(identity).await?;
    Ok(AgentsView {
        me,
        agents,
        services,
    })
}

/// One agent's editor.
#[server(prefix = "/api/agent", endpoint = "admin/agents/fiche")]
pub async fn agent_editor(agent: i32) -> Result<AgentView, AppError> {
    use crate::staff::{Me, StaffSection, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let now = chrono::Utc::now();
    let (agent, services) = store::editor(&state.db, locale, agent, now).await?;
    let me = Me::from_identity(identity).await?;
    Ok(AgentView {
        me,
        agent,
        services,
    })
}

/// Creates an agent or saves one's name, role, skills and languages (and a PIN, when
/// typed), then shows the agent; on a mistake, back to the form with what was typed.
#[server(prefix = "/api/agent", endpoint = "admin/agents/enregistrer")]
pub async fn save_agent(#[server(flatten)] form: AgentForm) -> Result<(), AppError> {
    use crate::staff::{StaffSection, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let pepper = &state.staff.pin_pepper;
    let saved = store::save(&state.db, pepper, &identity, &form, chrono::Utc::now()).await;
    let to = match store::mistake(saved)? {
        Ok(id) => model::back_to(&model::agent_page(id), None, None),
        Err(error) => {
            let page = form
                .agent
                .map_or_else(|| model::AGENTS_PAGE.to_owned(), model::agent_page);
            model::back_to(&page, Some(error), Some(&form))
        }
    };
    crate::components::url::redirect(&to);
    Ok(())
}

/// Sets or resets an agent's PIN, typed twice.
#[server(prefix = "/api/agent", endpoint = "admin/agents/pin")]
pub async fn set_agent_pin(#[server(flatten)] form: PinForm) -> Result<(), AppError> {
    use crate::staff::{StaffSection, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let done = store::set_pin(&state.db, &state.staff.pin_pepper, &identity, &form).await;
    let error = store::mistake(done)?.err();
    crate::components::url::redirect(&model::back_to(&model::agent_page(form.agent), error, None));
    Ok(())
}

/// Lifts an agent's lockout after wrong PINs.
#[server(prefix = "/api/agent", endpoint = "admin/agents/debloquer")]
pub async fn unlock_agent(#[server(flatten)] form: AgentAction) -> Result<(), AppError> {
    use crate::staff::{StaffSection, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    store::unlock(&state.db, &identity, form.agent).await?;
    crate::components::url::redirect(&model::back_to(&model::agent_page(form.agent), None, None));
    Ok(())
}

/// Deactivates an agent: off the login screen, their sessions ended, what they had open
/// with a resident closed. Refused for the last active administrator.
#[server(prefix = "/api/agent", endpoint = "admin/agents/desactiver")]
pub async fn deactivate_agent(#[server(flatten)] form: AgentAction) -> Result<(), AppError> {
    use crate::staff::{StaffSection, model::LOGIN_PAGE, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let done = store::set_active(&state.db, &identity, form.agent, false).await;
    let error = store::mistake(done)?.err();
    if error.is_none() {
        state.hooks.agent_leaves(form.agent).await?;
    }
    let page = model::agent_page(form.agent);
    // An administrator who deactivated themselves has no session left.
    let to = if error.is_none() && form.agent == identity.agent_id {
        LOGIN_PAGE.to_owned()
    } else {
        model::back_to(&page, error, None)
    };
    crate::components::url::redirect(&to);
    Ok(())
}

/// Reactivates an agent: back on the login screen.
#[server(prefix = "/api/agent", endpoint = "admin/agents/reactiver")]
pub async fn reactivate_agent(#[server(flatten)] form: AgentAction) -> Result<(), AppError> {
    use crate::staff::{StaffSection, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    store::set_active(&state.db, &identity, form.agent, true).await?;
    crate::components::url::redirect(&model::back_to(&model::agent_page(form.agent), None, None));
    Ok(())
}

/// The import page: the services a file may name, and the preview of `csv` (read-only:
/// the preview is a GET of the page, so it works without JavaScript).
#[server(prefix = "/api/agent", endpoint = "admin/agents/apercu")]
pub async fn import_preview(csv: Option<String>) -> Result<ImportView, AppError> {
    use crate::staff::{Me, StaffSection, session::require_section};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let (services, preview) = store::import_page(&state.db, locale, csv.as_deref()).await?;
    let me = Me::from_identity(identity).await?;
    Ok(ImportView {
        me,
        services,
        preview,
    })
}

/// Creates every agent of the file confirmed after its preview, in one transaction, or
/// none (back to the preview, which says why).
#[server(prefix = "/api/agent", endpoint = "admin/agents/importer")]
pub async fn import_agents(#[server(flatten)] form: ImportForm) -> Result<(), AppError> {
    use crate::components::url::escape;
    use crate::staff::{StaffSection, session::require_section};
    use model::{AGENTS_PAGE, IMPORT_PAGE, query};
    let identity = require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let now = chrono::Utc::now();
    let imported = store::import(&state.db, &identity, locale, &form.csv, now).await;
    let to = match store::mistake(imported)? {
        Ok(count) => format!("{AGENTS_PAGE}?{}={count}", query::IMPORTED),
        Err(error) => format!(
            "{IMPORT_PAGE}?{}={error}&{}={}",
            query::ERROR,
            query::CSV,
            escape(&form.csv)
        ),
    };
    crate::components::url::redirect(&to);
    Ok(())
}
