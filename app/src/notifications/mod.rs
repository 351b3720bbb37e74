//! Notifications to residents (SMS and e-mail) through an outbox: a row is written in the
//! same transaction as the change it announces, and a background worker sends it later
//! with retries. Transports (SMTP, SMS providers, the demo journal) live in the server.
//! A base module (booking and the queue send messages); its pages, the journal of what
//! was sent and the town's wording of the messages (`/agent/admin/modeles`), are for
//! administrators.

pub mod backoff;
pub mod model;
#[cfg(feature = "ssr")]
pub mod outbox;
#[cfg(feature = "ssr")]
pub mod overrides;
pub mod redact;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod templates;
pub mod views;
#[cfg(feature = "ssr")]
pub mod wording;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{JournalView, TemplateForm, TemplateQuery, TemplateReset, TemplatesView};

/// The last messages; administrators only (they contain residents' contact details). The
/// reading is audited.
#[server(prefix = "/api/agent", endpoint = "messages")]
pub async fn message_journal() -> Result<JournalView, AppError> {
    use crate::staff::{Me, StaffSection};
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let messages = store::journal(&state.db, chrono::Utc::now()).await?;
    crate::audit::staff_action(&state.db, &identity, "notifications.read_journal", "", None)
        .await?;
    Ok(JournalView {
        me: Me::from_identity(identity).await?,
        messages,
    })
}

/// One message's default text, the town's wording, and its preview with a made-up
/// appointment; administrators only.
#[server(prefix = "/api/agent", endpoint = "admin/modeles")]
pub async fn message_templates(query: TemplateQuery) -> Result<TemplatesView, AppError> {
    use crate::staff::{Me, StaffSection};
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let public_url = state.public_url.absolute("");
    let message = store::templates_page(&state.db, &public_url, &query, chrono::Utc::now()).await?;
    Ok(TemplatesView {
        me: Me::from_identity(identity).await?,
        message,
    })
}

/// Saves a town's wording of one message, used from the next message on; a refused one
/// goes back to the page as typed, with the reason, nothing saved.
#[server(prefix = "/api/agent", endpoint = "admin/modele")]
pub async fn save_template(#[server(flatten)] form: TemplateForm) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    match store::save_template(&state.db, &identity, &form, chrono::Utc::now()).await {
        Ok(()) => crate::components::url::redirect(&form.saved()),
        Err(store::TemplateError::Invalid(e)) => {
            crate::components::url::redirect(&form.refused(e.message_id()))
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// Back to the default text of one message.
#[server(prefix = "/api/agent", endpoint = "admin/modele/defaut")]
pub async fn reset_template(#[server(flatten)] form: TemplateReset) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    store::reset_template(&state.db, &identity, &form, chrono::Utc::now()).await?;
    crate::components::url::redirect(&format!(
        "{}&enregistre=1",
        model::template_page(&form.kind, &form.channel, &form.language)
    ));
    Ok(())
}
