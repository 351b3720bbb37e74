//! Staff access on shared workstations: enrolment of devices (workstations, and the
//! kiosks and waiting-room screens of each site), sign-in by name and PIN, auto-lock,
//! "changer de conseiller", roles, and the staff home with its navigation. A base module:
//! every staff page uses its sessions, roles, `StaffPage` and `StaffFrame`; the kiosk and
//! the screen use its devices and `DevicePromptView`.
//!
//! This file holds the server functions of the staff's own pages (`views/`) and of the
//! devices' enrolment.

pub mod device_prompt;
pub mod devices;
pub mod frame;
#[cfg(feature = "ssr")]
pub mod identity;
pub mod model;
pub mod page;
#[cfg(feature = "ssr")]
pub mod pin;
pub mod roles;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod tokens;
pub mod views;

pub use model::Me;
pub use roles::{Role, StaffSection};

use crate::errors::AppError;
use leptos::prelude::*;
use model::{DeviceEnrolForm, DevicesView, LoginView, NewDeviceForm, SignInForm};

/// What the login page shows on this device.
#[server(prefix = "/api/poste", endpoint = "ecran")]
pub async fn login_screen() -> Result<LoginView, AppError> {
    use session::{Access, current_access};
    let state = crate::state::AppState::from_context()?;
    Ok(match current_access().await? {
        Access::NoDevice => LoginView::NotEnrolled,
        Access::SignedIn(_) => LoginView::SignedIn,
        Access::Device { device, .. } => LoginView::ChooseAgent {
            workstation: device.name,
            agents: store::login_tiles(&state.db).await?,
        },
    })
}

/// Signs an agent in on this workstation, then goes to the staff home; on a wrong PIN,
/// back to the PIN form with the reason.
#[server(prefix = "/api/poste", endpoint = "connexion")]
pub async fn sign_in(#[server(flatten)] form: SignInForm) -> Result<(), AppError> {
    use session::{SESSION_COOKIE, current_device, set_cookie};
    use store::SignInOutcome;
    let state = crate::state::AppState::from_context()?;
    // PINs are only accepted from an enrolled workstation.
    let device = current_device()
        .await?
        .ok_or_else(|| AppError::DeviceNotEnrolled.with_status())?;
    let back = |error: &str| format!("/agent?agent={}&erreur={error}", form.agent_id);
    let pin = form.pin.trim();
    if !pin::is_valid_pin(pin) {
        crate::components::url::redirect(&back("format"));
        return Ok(());
    }
    let now = chrono::Utc::now();
    let pepper = &state.staff.pin_pepper;
    match store::sign_in(&state.db, pepper, &device, form.agent_id, pin, now).await? {
        SignInOutcome::SignedIn { token, .. } => {
            set_cookie(SESSION_COOKIE, &token, None, state.staff.secure_cookies);
            crate::components::url::redirect(model::HOME_PAGE);
        }
        SignInOutcome::WrongPin { attempts_left } => {
            crate::components::url::redirect(&format!("{}&restants={attempts_left}", back("pin")));
        }
        SignInOutcome::LockedOut { until } => {
            let local = crate::i18n::dates::clock(until);
            crate::components::url::redirect(&format!("{}&jusqua={local}", back("bloque")));
        }
        SignInOutcome::WorkstationLocked { until } => {
            let local = crate::i18n::dates::clock(until);
            crate::components::url::redirect(&format!("{}&jusqua={local}", back("poste-bloque")));
        }
        SignInOutcome::UnknownAgent => crate::components::url::redirect(model::LOGIN_PAGE),
    }
    Ok(())
}

/// "Changer de conseiller": ends the session and reloads the login screen, so nothing of
/// the previous agent stays on screen; the next sign-in gets a new session token.
#[server(prefix = "/api/poste", endpoint = "changer")]
pub async fn switch_agent() -> Result<(), AppError> {
    // The next agent starts a new visit: what the previous one had open ends with them.
    if let Ok(session::Access::SignedIn(identity)) = session::current_access().await {
        let state = crate::state::AppState::from_context()?;
        state.hooks.agent_leaves(identity.agent_id).await?;
    }
    session::end_current("session.switch").await?;
    crate::components::url::redirect(model::LOGIN_PAGE);
    Ok(())
}

/// Called by the page's inactivity timer; the server also ends idle sessions by itself.
#[server(prefix = "/api/poste", endpoint = "verrouiller")]
pub async fn lock_session() -> Result<(), AppError> {
    session::end_current("session.lock").await?;
    crate::components::url::redirect(&format!("{}?verrouille=1", model::LOGIN_PAGE));
    Ok(())
}

/// The signed-in agent, for any staff page.
#[server(prefix = "/api/agent", endpoint = "moi")]
pub async fn current_agent() -> Result<Me, AppError> {
    let identity = session::require_role(&Role::ALL).await?;
    Me::from_identity(identity).await
}

/// The signed-in agent, if their role opens `section`.
#[server(prefix = "/api/agent", endpoint = "section")]
pub async fn section_access(section: StaffSection) -> Result<Me, AppError> {
    let identity = session::require_section(section).await?;
    Me::from_identity(identity).await
}

/// The devices (workstations, kiosks, screens), for administrators.
#[server(prefix = "/api/agent", endpoint = "postes")]
pub async fn devices_page() -> Result<DevicesView, AppError> {
    let identity = session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    Ok(DevicesView {
        devices: store::devices(&state.db).await?,
        sites: store::site_choices(&state.db).await?,
        me: Me::from_identity(identity).await?,
    })
}

/// Creates a workstation, or a kiosk or screen of a site, and shows its one-time enrolment
/// code once; back to the form with what is wrong otherwise.
#[server(prefix = "/api/agent", endpoint = "postes/nouveau")]
pub async fn create_device(#[server(flatten)] form: NewDeviceForm) -> Result<(), AppError> {
    let identity = session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let new = match form.check() {
        Ok(new) => new,
        Err(error) => {
            crate::components::url::redirect(&form.refused(error));
            return Ok(());
        }
    };
    let by = Some(identity.agent_id);
    match store::create_device(&state.db, &new, by, chrono::Utc::now()).await? {
        Some((device, code)) => {
            let page = model::DEVICES_PAGE;
            crate::components::url::redirect(&format!("{page}?poste={}&code={code}", device.id));
        }
        None => crate::components::url::redirect(&form.refused(model::ERROR_SITE)),
    }
    Ok(())
}

/// Revokes a device: its token stops working at once, its sessions end, and a screen's
/// live stream ends within seconds.
#[server(prefix = "/api/agent", endpoint = "postes/retirer")]
pub async fn revoke_device(device_id: i32) -> Result<(), AppError> {
    let identity = session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let now = chrono::Utc::now();
    store::revoke_device(&state.db, device_id, identity.agent_id, now).await?;
    crate::components::url::redirect(model::DEVICES_PAGE);
    Ok(())
}

/// Enrols this browser as a workstation with a code made by an administrator.
#[server(prefix = "/api/poste", endpoint = "enregistrer")]
pub async fn enrol_workstation(code: String) -> Result<(), AppError> {
    use session::{DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, set_cookie};
    let state = crate::state::AppState::from_context()?;
    match store::enrol(&state.db, &code, chrono::Utc::now()).await? {
        Some((_, token)) => {
            let max_age = Some(DEVICE_COOKIE_MAX_AGE);
            set_cookie(DEVICE_COOKIE, &token, max_age, state.staff.secure_cookies);
            crate::components::url::redirect(model::LOGIN_PAGE);
        }
        None => crate::components::url::redirect(&format!("{}?erreur=code", model::ENROL_PAGE)),
    }
    Ok(())
}

/// Enrols this browser as a site's kiosk or waiting-room screen with a code made for it by
/// an administrator, then shows the device's page; back to the prompt with the reason when
/// the code enrols nothing.
#[server(prefix = "/api/poste", endpoint = "appareil")]
pub async fn enrol_device(#[server(flatten)] form: DeviceEnrolForm) -> Result<(), AppError> {
    use session::{DEVICE_COOKIE_MAX_AGE, device_cookie, set_cookie};
    let state = crate::state::AppState::from_context()?;
    let kind = devices::DeviceKind::from_slug(&form.kind)
        .filter(|k| k.has_site())
        .ok_or_else(|| AppError::NotFound.with_status())?;
    let page = kind.page(&crate::components::url::escape(&form.site));
    let now = chrono::Utc::now();
    match store::enrol_as(&state.db, &form.code, kind, Some(&form.site), now).await? {
        Some((_, token)) => {
            let max_age = Some(DEVICE_COOKIE_MAX_AGE);
            set_cookie(
                device_cookie(kind),
                &token,
                max_age,
                state.staff.secure_cookies,
            );
            crate::components::url::redirect(&page);
        }
        None => crate::components::url::redirect(&format!("{page}?erreur={}", model::ERROR_CODE)),
    }
    Ok(())
}
