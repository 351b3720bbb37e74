//! Devices. An administrator creates a workstation, or a kiosk or waiting-room screen of a
//! site, and gets a one-time code; typing that code on the new computer (`/agent/poste`)
//! or on the kiosk's or screen's own page (`/borne/<site>`, `/ecran/<site>`) enrols it.
//! PINs are accepted only on enrolled workstations, kiosk tickets only from the site's
//! enrolled kiosks, and the waiting room's calls are shown only on its enrolled screens.

use crate::components::PublicLayout;
use crate::components::fields::{Choice, Field, Select};
use crate::i18n::{args, t, t_with};
use crate::staff::devices::DeviceKind;
use crate::staff::frame::StaffFrame;
use crate::staff::model::{
    DeviceRow, DevicesView, ERROR_KIND, ERROR_NAME, ERROR_SITE, MAX_WORKSTATION_NAME,
};
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use crate::staff::{CreateDevice, EnrolWorkstation, RevokeDevice, devices_page};
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
    let DevicesView { me, devices, sites } = view;
    // Read from the address: a device just created shows its code once; a refused form
    // comes back with the reason and what was typed.
    let query = use_query_map();
    let new_code = move || query.with(|q| q.get("code"));
    let (error, kind, site, name) = query.with_untracked(|q| {
        (
            q.get("erreur").unwrap_or_default(),
            q.get("type"),
            q.get("lieu"),
            q.get("nom").unwrap_or_default(),
        )
    });
    let name_error = error == "nom";
    let site_error = |id: &str| (error == id).then(|| t(id));
    let (kind_error, site_error, device_name_error) = (
        site_error(ERROR_KIND),
        site_error(ERROR_SITE),
        site_error(ERROR_NAME),
    );
    let kinds = DeviceKind::OF_A_SITE
        .into_iter()
        .map(|k| Choice::new(k.slug(), t(k.message_id())))
        .collect();
    let sites = sites
        .into_iter()
        .map(|s| Choice::new(s.slug, s.name))
        .collect();
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
            <h2>{t("devices-new-workstation")}</h2>
            <form method="post" action=CreateDevice::PATH class="inline-form">
                <Field id="device-name" name="name" label=t("devices-name-label") required=true
                    max_length=MAX_WORKSTATION_NAME
                    error=name_error.then(|| t("devices-name-error"))/>
                <button type="submit" class="button primary">{t("devices-create")}</button>
            </form>
            <h2>{t("devices-new-site-device")}</h2>
            <p>{t("devices-site-device-help")}</p>
            <form method="post" action=CreateDevice::PATH class="inline-form">
                <Select id="site-device-kind" name="type" label=t("devices-kind-label") choices=kinds
                    selected=kind required=true error=kind_error/>
                <Select id="site-device-site" name="lieu" label=t("devices-site-label") choices=sites
                    selected=site empty=t("devices-site-choose") required=true error=site_error/>
                <Field id="site-device-name" name="name" label=t("devices-site-device-name-label") required=true
                    max_length=MAX_WORKSTATION_NAME value=name error=device_name_error/>
                <button type="submit" class="button primary">{t("devices-create-site-device")}</button>
            </form>
            <table>
                <caption>{t("devices-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("devices-col-name")}</th>
                        <th scope="col">{t("devices-col-kind")}</th>
                        <th scope="col">{t("devices-col-site")}</th>
                        <th scope="col">{t("devices-col-status")}</th>
                        <th scope="col">{t("devices-col-last-seen")}</th>
                        <th scope="col"><span class="visually-hidden">{t("devices-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {devices.into_iter().map(|d| view! { <DeviceLine d/> }).collect_view()}
                </tbody>
            </table>
        </StaffFrame>
    }
}

#[component]
fn DeviceLine(d: DeviceRow) -> impl IntoView {
    let status = if d.revoked {
        "devices-status-revoked"
    } else if d.enrolled {
        "devices-status-enrolled"
    } else {
        "devices-status-pending"
    };
    let revoke_label = t_with("devices-revoke", &args([("name", d.name.clone().into())]));
    view! {
        <tr>
            <td>{d.name.clone()}</td>
            <td>{t(d.kind.message_id())}</td>
            <td>{d.site.map(|s| view! { <bdi lang="fr">{s}</bdi> })}</td>
            <td>{t(status)}</td>
            <td>{d.last_seen.unwrap_or_default()}</td>
            <td>
                {(!d.revoked).then(|| view! {
                    <form method="post" action=RevokeDevice::PATH>
                        <input type="hidden" name="device_id" value=d.id/>
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
