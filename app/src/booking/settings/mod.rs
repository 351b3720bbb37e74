//! `/agent/admin/reglages`: the booking settings a town changes at run time (the deadline
//! for changes online, the waitlist hold, the reminders). The environment gives their
//! defaults; what an administrator saves wins, is audited, and is in force at once.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{BookingSettingsView, ResetForm, SettingForm};

/// Every setting with its value, default and origin; administrators only.
#[server(prefix = "/api/agent", endpoint = "admin/reglages")]
pub async fn booking_settings() -> Result<BookingSettingsView, AppError> {
    use crate::staff::{Me, StaffSection};
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let live = crate::state::context::<crate::booking::policy::LivePolicy>()?;
    Ok(BookingSettingsView {
        rows: store::page(&state.db, &live).await?,
        me: Me::from_identity(identity).await?,
    })
}

/// Saves one setting and goes back to its form; a value out of bounds goes back with the
/// reason and the value as typed, nothing saved.
#[server(prefix = "/api/agent", endpoint = "admin/reglage")]
pub async fn save_booking_setting(#[server(flatten)] form: SettingForm) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let live = crate::state::context::<crate::booking::policy::LivePolicy>()?;
    match store::save(&state.db, &live, &identity, &form).await {
        Ok(_) => crate::components::url::redirect(&model::saved(&form.setting)),
        Err(store::SettingsError::Invalid(id)) => {
            crate::components::url::redirect(&model::refused(&form.setting, &form.value, id))
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// Back to the environment's default for one setting.
#[server(prefix = "/api/agent", endpoint = "admin/reglage/defaut")]
pub async fn reset_booking_setting(#[server(flatten)] form: ResetForm) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let live = crate::state::context::<crate::booking::policy::LivePolicy>()?;
    store::reset(&state.db, &live, &identity, &form).await?;
    crate::components::url::redirect(&model::saved(&form.setting));
    Ok(())
}
