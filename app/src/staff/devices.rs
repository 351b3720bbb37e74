//! Workstations. An administrator creates one and gets a one-time code; typing that code on
//! the new computer (`/agent/poste`) enrols it. PINs are accepted only on enrolled ones.

use super::frame::StaffFrame;
use super::model::Me;
use super::page::AccessDenied;
use super::roles::StaffSection;
use crate::components::PublicLayout;
use crate::errors::AppError;
use crate::i18n::{args, t, t_with};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkstationRow {
    pub id: i32,
    pub name: String,
    pub enrolled: bool,
    pub revoked: bool,
    /// Last use, as Paris wall-clock `YYYY-MM-DD HH:MM`.
    pub last_seen: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DevicesView {
    pub me: Me,
    pub workstations: Vec<WorkstationRow>,
}

#[server(prefix = "/api/agent", endpoint = "postes")]
pub async fn devices_page() -> Result<DevicesView, AppError> {
    use crate::state::AppState;
    let identity = super::session::require_section(StaffSection::Admin).await?;
    let state = AppState::from_context()?;
    let paris = crate::i18n::dates::paris_stamp;
    let workstations = super::store::list_devices(&state.db)
        .await?
        .into_iter()
        .filter(|d| d.kind == super::store::WORKSTATION)
        .map(|d| WorkstationRow {
            id: d.id,
            name: d.name,
            enrolled: d.enrolled_at.is_some(),
            revoked: d.revoked_at.is_some(),
            last_seen: d.last_seen_at.map(paris),
        })
        .collect();
    Ok(DevicesView {
        me: Me::from_identity(identity)?,
        workstations,
    })
}

pub const CREATE_URL: &str = "/api/agent/postes/nouveau";
pub const REVOKE_URL: &str = "/api/agent/postes/retirer";
pub const ENROL_URL: &str = "/api/poste/enregistrer";

/// Creates a workstation and shows its one-time enrolment code once.
#[server(prefix = "/api/agent", endpoint = "postes/nouveau")]
pub async fn create_workstation(name: String) -> Result<(), AppError> {
    use crate::state::AppState;
    let identity = super::session::require_section(StaffSection::Admin).await?;
    let state = AppState::from_context()?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        leptos_axum::redirect("/agent/admin/postes?erreur=nom");
        return Ok(());
    }
    let (device, code) = super::store::create_enrolment(
        &state.db,
        name,
        super::store::WORKSTATION,
        None,
        Some(identity.agent_id),
        chrono::Utc::now(),
    )
    .await?;
    leptos_axum::redirect(&format!(
        "/agent/admin/postes?poste={}&code={code}",
        device.id
    ));
    Ok(())
}

#[server(prefix = "/api/agent", endpoint = "postes/retirer")]
pub async fn revoke_workstation(device_id: i32) -> Result<(), AppError> {
    use crate::state::AppState;
    let identity = super::session::require_section(StaffSection::Admin).await?;
    let state = AppState::from_context()?;
    super::store::revoke_device(&state.db, device_id, identity.agent_id, chrono::Utc::now())
        .await?;
    leptos_axum::redirect("/agent/admin/postes");
    Ok(())
}

/// Enrols this browser as a workstation with a code made by an administrator.
#[server(prefix = "/api/poste", endpoint = "enregistrer")]
pub async fn enrol_workstation(code: String) -> Result<(), AppError> {
    use super::session::{DEVICE_COOKIE, set_cookie};
    use crate::state::AppState;
    let state = AppState::from_context()?;
    match super::store::enrol(&state.db, &code, chrono::Utc::now()).await? {
        Some((_, token)) => {
            set_cookie(
                DEVICE_COOKIE,
                &token,
                Some(400 * 24 * 3600),
                state.staff.secure_cookies,
            );
            leptos_axum::redirect("/agent");
        }
        None => leptos_axum::redirect("/agent/poste?erreur=code"),
    }
    Ok(())
}

/// `/agent/admin/postes`
#[component]
pub fn AdminDevicesPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| devices_page());
    let query = use_query_map();
    view! {
        <leptos_meta::Title text=t("devices-title")/>
        <Suspense fallback=|| ()>
            {move || {
                // Tracked: a link to the same page with another query (an agent's tile)
                // must render again.
                let q = query.get();
                Suspend::new(async move {
                match page.await {
                    Ok(DevicesView { me, workstations }) => {
                        let new_code = q.get("code");
                        let name_error = q.get("erreur").is_some();
                        view! {
                            <StaffFrame me current=Some(StaffSection::Admin)>
                                <h1>{t("devices-title")}</h1>
                                <p>{t("devices-intro")}</p>
                                {new_code.map(|code| view! {
                                    <div class="notice" role="status">
                                        <p>{t("devices-code-intro")}</p>
                                        <p class="code" lang="fr">{code}</p>
                                        <p>{t("devices-code-help")}</p>
                                    </div>
                                })}
                                <form method="post" action=CREATE_URL class="inline-form">
                                    {name_error.then(|| view! { <p id="name-error" class="error" role="alert">{t("devices-name-error")}</p> })}
                                    <label for="device-name">{t("devices-name-label")}</label>
                                    <input id="device-name" name="name" type="text" required maxlength="100"
                                        aria-invalid=name_error.then_some("true")
                                        aria-describedby=name_error.then_some("name-error")/>
                                    <button type="submit" class="button primary">{t("devices-create")}</button>
                                </form>
                                <table>
                                    <caption>{t("devices-table-caption")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t("devices-col-name")}</th>
                                            <th scope="col">{t("devices-col-status")}</th>
                                            <th scope="col">{t("devices-col-last-seen")}</th>
                                            <th scope="col"><span class="visually-hidden">{t("devices-col-actions")}</span></th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {workstations.into_iter().map(|w| {
                                            let status = if w.revoked { "devices-status-revoked" }
                                                else if w.enrolled { "devices-status-enrolled" }
                                                else { "devices-status-pending" };
                                            let revoke_label = t_with("devices-revoke", &args([("name", w.name.clone().into())]));
                                            view! {
                                                <tr>
                                                    <td>{w.name.clone()}</td>
                                                    <td>{t(status)}</td>
                                                    <td>{w.last_seen.unwrap_or_default()}</td>
                                                    <td>
                                                        {(!w.revoked).then(|| view! {
                                                            <form method="post" action=REVOKE_URL>
                                                                <input type="hidden" name="device_id" value=w.id/>
                                                                <button type="submit" class="button danger">{revoke_label}</button>
                                                            </form>
                                                        })}
                                                    </td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </StaffFrame>
                        }
                        .into_any()
                    }
                    Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

/// `/agent/poste`: enrol this computer with a code.
#[component]
pub fn EnrolPage() -> impl IntoView {
    let query = use_query_map();
    let error = move || query.with_untracked(|q| q.get("erreur").is_some());
    view! {
        <leptos_meta::Title text=t("enrol-title")/>
        <PublicLayout>
            <h1>{t("enrol-title")}</h1>
            <p>{t("enrol-intro")}</p>
            <form method="post" action=ENROL_URL class="pin-form">
                {error().then(|| view! { <p id="code-error" class="error" role="alert">{t("enrol-error")}</p> })}
                <label for="code">{t("enrol-code-label")}</label>
                <input id="code" name="code" type="text" required autocomplete="off"
                    autocapitalize="characters" spellcheck="false"
                    aria-invalid=error().then_some("true")
                    aria-describedby=error().then_some("code-error")/>
                <button type="submit" class="button primary">{t("enrol-submit")}</button>
            </form>
        </PublicLayout>
    }
}
