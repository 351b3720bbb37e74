//! `/agent/pilotage/enquetes`: the survey campaigns (when residents are asked their
//! opinion), the answers each has had, opening one and closing the one that runs.

use crate::components::fields::Field;
use crate::i18n::{args, t, t_with};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::surveys::model::{CampaignsView, MAX_NAME};
use crate::surveys::{CloseCampaign, OpenCampaign, load_campaigns};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/pilotage/enquetes`
#[component]
pub fn SurveyCampaignsPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| load_campaigns());
    view! { <StaffPage title="surveys-campaigns-title" page view=|view| view! { <Campaigns view/> }/> }
}

#[component]
fn Campaigns(view: CampaignsView) -> impl IntoView {
    let q = use_query_map().get_untracked();
    let error = q
        .get("erreur")
        .filter(|e| e.starts_with("surveys-error-"))
        .map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> });
    let done = [
        ("ouverte", "surveys-campaign-opened"),
        ("fermee", "surveys-campaign-closed"),
    ]
    .into_iter()
    .find(|(param, _)| q.get(param).is_some())
    .map(|(_, id)| view! { <p class="notice ok" role="status">{t(id)}</p> });
    let rows = if view.rows.is_empty() {
        view! { <p>{t("surveys-campaigns-none")}</p> }.into_any()
    } else {
        view! {
            <table class="data">
                <caption class="visually-hidden">{t("surveys-campaigns-list")}</caption>
                <thead><tr>
                    <th scope="col">{t("surveys-campaign-name")}</th>
                    <th scope="col">{t("surveys-campaign-opened-on")}</th>
                    <th scope="col">{t("surveys-campaign-closes-on")}</th>
                    <th scope="col">{t("surveys-campaign-state")}</th>
                    <th scope="col">{t("surveys-campaign-answers")}</th>
                </tr></thead>
                <tbody>
                    {view.rows.into_iter().map(|r| {
                        let state = match (&r.closed_on, r.open) {
                            (_, true) => t("surveys-campaign-running"),
                            (Some(on), false) => t_with("surveys-campaign-closed-on", &args([
                                ("date", on.clone().into()),
                                ("name", r.closed_by.clone().unwrap_or_default().into()),
                            ])),
                            (None, false) => t("surveys-campaign-ended"),
                        };
                        view! {
                            <tr>
                                <td><bdi>{r.name}</bdi></td>
                                <td>{r.opened_on}{r.opened_by.map(|n| view! { <br/><span class="muted">{n}</span> })}</td>
                                <td>{r.closes_on}</td>
                                <td>{state}</td>
                                <td>{r.answers}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    let action = match view.open {
        Some(_) => view! {
            <form method="post" action=CloseCampaign::PATH class="admin-card">
                <h2>{t("surveys-campaign-close-title")}</h2>
                <p class="hint">{t("surveys-campaign-close-hint")}</p>
                <button type="submit" class="button danger">{t("surveys-campaign-close")}</button>
            </form>
        }
        .into_any(),
        None => view! {
            <form method="post" action=OpenCampaign::PATH class="admin-card">
                <h2>{t("surveys-campaign-new")}</h2>
                <p class="hint">{t("surveys-campaign-new-hint")}</p>
                <Field id="enquete-nom" name="nom" label=t("surveys-campaign-name") required=true max_length=MAX_NAME/>
                <Field id="enquete-fin" name="fin" kind="date" label=t("surveys-campaign-last-day")
                    value=view.today.clone() required=true/>
                <button type="submit" class="button primary">{t("surveys-campaign-open")}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Quality)>
            <p><a href=StaffSection::Quality.path() rel="external">{t("surveys-back-quality")}</a></p>
            <h1>{t("surveys-campaigns-title")}</h1>
            <p class="hint">{t("surveys-campaigns-intro")}</p>
            {done}
            {error}
            {action}
            <h2>{t("surveys-campaigns-list")}</h2>
            {rows}
        </StaffFrame>
    }
}
