//! Workstations. An administrator creates one and gets a one-time code; typing that code on
//! the new computer (`/agent/poste`) enrols it. PINs are accepted only on enrolled ones.

use crate::components::PublicLayout;
use crate::components::fields::Field;
use crate::i18n::{args, t, t_with};
use crate::staff::frame::StaffFrame;
use crate::staff::model::{DevicesView, MAX_WORKSTATION_NAME, WorkstationRow};
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use crate::staff::{CreateWorkstation, EnrolWorkstation, RevokeWorkstation, devices_page};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/admin/postes`
#[component]
pub fn AdminDevicesPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| devices_page());
    view! { <StaffPage title="devices-title" page view=|view| view! { <Devices view/> }/> }
}

#[component]
fn Devices(view: DevicesView) -> impl IntoView {
    let DevicesView { me, workstations } = view;
    // Read from the address: a workstation just created shows its code once.
    let query = use_query_map();
    let new_code = move || query.with(|q| q.get("code"));
    let name_error = query.with_untracked(|q| q.get("erreur").is_some());
    view! {
        <StaffFrame me current=Some(StaffSection::Admin)>
            <h1>{t("devices-title")}</h1>
            <p>{t("devices-intro")}</p>
            {move || new_code().map(|code| view! {
                <div class="notice" role="status">
                    <p>{t("devices-code-intro")}</p>
                    <p class="code" lang="fr">{code}</p>
                    <p>{t("devices-code-help")}</p>
                </div>
            })}
            <form method="post" action=CreateWorkstation::PATH class="inline-form">
                <Field id="device-name" name="name" label=t("devices-name-label") required=true
                    max_length=MAX_WORKSTATION_NAME
                    error=name_error.then(|| t("devices-name-error"))/>
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
                    {workstations.into_iter().map(|w| view! { <WorkstationLine w/> }).collect_view()}
                </tbody>
            </table>
        </StaffFrame>
    }
}

#[component]
fn WorkstationLine(w: WorkstationRow) -> impl IntoView {
    let status = if w.revoked {
        "devices-status-revoked"
    } else if w.enrolled {
        "devices-status-enrolled"
    } else {
        "devices-status-pending"
    };
    let revoke_label = t_with("devices-revoke", &args([("name", w.name.clone().into())]));
    view! {
        <tr>
            <td>{w.name.clone()}</td>
            <td>{t(status)}</td>
            <td>{w.last_seen.unwrap_or_default()}</td>
            <td>
                {(!w.revoked).then(|| view! {
                    <form method="post" action=RevokeWorkstation::PATH>
                        <input type="hidden" name="device_id" value=w.id/>
                        <button type="submit" class="button danger">{revoke_label}</button>
                    </form>
                })}
            </td>
        </tr>
    }
}

/// `/agent/poste`: enrol this computer with a code.
#[component]
pub fn EnrolPage() -> impl IntoView {
    let query = use_query_map();
    let error = query.with_untracked(|q| q.get("erreur").is_some());
    view! {
        <leptos_meta::Title text=t("enrol-title")/>
        <PublicLayout>
            <h1>{t("enrol-title")}</h1>
            <p>{t("enrol-intro")}</p>
            <form method="post" action=EnrolWorkstation::PATH class="pin-form">
                <Field id="code" name="code" label=t("enrol-code-label") required=true
                    autocomplete="off" code=true error=error.then(|| t("enrol-error"))/>
                <button type="submit" class="button primary">{t("enrol-submit")}</button>
            </form>
        </PublicLayout>
    }
}
