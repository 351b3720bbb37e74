//! `/agent/interpretation/interpretes`, and the request box on the language panel.

use super::{
    ACCEPT_URL, ASSIGN_URL, AppointmentRow, CANCEL_URL, InterpretersView, MyRequest, PATH,
    REQUEST_URL, RequestRow, RequestStatus, STREAM, load_interpreters,
};
use crate::components::fields::options;
use crate::i18n::dates::{clock, long_date_time};
use crate::i18n::{args, t, t_with, use_locale};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::AccessDenied;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn InterpretersPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(|| (), |_| load_interpreters());
    view! {
        <leptos_meta::Title text=t("interpreters-title")/>
        // A Transition: a live update keeps the page on screen until the new one is ready.
        <Transition fallback=|| ()>
            {move || {
                let q = query.get();
                let error = q.get("erreur").filter(|e| e.starts_with("interpreters-error-"));
                let saved = q.get("enregistre").is_some();
                Suspend::new(async move {
                    match page.await {
                        Ok(view) => view! { <Interpreters view error saved reload=move || page.refetch()/> }.into_any(),
                        Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

#[component]
fn Interpreters(
    view: InterpretersView,
    error: Option<String>,
    saved: bool,
    reload: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    crate::components::live_stream::open(STREAM.to_owned(), move |_| reload(), || {});
    #[cfg(not(feature = "hydrate"))]
    let _ = (reload, STREAM);
    let fresh: Vec<RequestRow> = view
        .requests
        .iter()
        .filter(|r| r.fresh && r.can_accept)
        .cloned()
        .collect();
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Interpretation)>
            <h1>{t("interpreters-title")}</h1>
            <p><a href=crate::interpretation::panel::PATH>{t("interpreters-back-to-panel")}</a></p>
            {error.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {saved.then(|| view! { <p class="notice ok" role="status">{t("admin-saved")}</p> })}
            {view.is_interpreter.then(|| view! {
                <p>{t_with("interpreters-my-languages", &args([("languages", view.my_languages.join(", ").into())]))}</p>
            })}
            // Announced as it appears: a counsellor is waiting with a visitor.
            <div class="interpreter-alerts" aria-live="assertive">
                {fresh.into_iter().map(|r| view! {
                    <p class="notice interpreter-alert">
                        {t_with("interpreters-new-request", &args([
                            ("language", r.language.clone().into()),
                            ("place", r.place.clone().into()),
                            ("name", r.requested_by.clone().into()),
                        ]))}
                    </p>
                }).collect_view()}
            </div>
            <section aria-labelledby="requests-title">
                <h2 id="requests-title">{t("interpreters-requests")}</h2>
                {if view.requests.is_empty() {
                    view! { <p>{t("interpreters-no-request")}</p> }.into_any()
                } else {
                    view! { <ul class="request-list">{view.requests.iter().cloned().map(|r| view! { <Request row=r/> }).collect_view()}</ul> }.into_any()
                }}
            </section>
            <section aria-labelledby="appointments-title">
                <h2 id="appointments-title">{if view.is_interpreter { t("interpreters-my-appointments") } else { t("interpreters-appointments") }}</h2>
                {if view.appointments.is_empty() {
                    view! { <p>{t("interpreters-no-appointment")}</p> }.into_any()
                } else {
                    let can_assign = view.can_assign;
                    view! {
                        <table class="agenda-table interpreter-table">
                            <thead><tr>
                                <th scope="col">{t("interpreters-when")}</th>
                                <th scope="col">{t("interpreters-language")}</th>
                                <th scope="col">{t("interpreters-where")}</th>
                                <th scope="col">{t("interpreters-interpreter")}</th>
                            </tr></thead>
                            <tbody>{view.appointments.iter().cloned().map(|a| view! { <Appointment row=a can_assign/> }).collect_view()}</tbody>
                        </table>
                    }.into_any()
                }}
            </section>
        </StaffFrame>
    }
}

#[component]
fn Request(row: RequestRow) -> impl IntoView {
    let status = match (&row.status, &row.accepted_by) {
        (RequestStatus::Accepted, Some(name)) => t_with(
            "interpreters-coming",
            &args([("name", name.clone().into())]),
        ),
        _ => t("interpreters-waiting"),
    };
    let duty = if row.on_duty.is_empty() {
        t("interpreters-nobody-on-duty")
    } else {
        t_with(
            "interpreters-on-duty",
            &args([("names", row.on_duty.join(", ").into())]),
        )
    };
    view! {
        <li class="request" class:fresh=row.fresh>
            <p>
                <strong>{row.language.clone()}</strong>" — "{row.place.clone()}
                " · "{t_with("interpreters-asked-by", &args([("name", row.requested_by.clone().into()), ("time", clock(row.created_at).into())]))}
            </p>
            <p>{status}" "<span class="muted">{duty}</span></p>
            {row.can_accept.then(|| view! {
                <form method="post" action=ACCEPT_URL class="inline-form">
                    <input type="hidden" name="id" value=row.id.to_string()/>
                    <button type="submit" class="button primary">{t("interpreters-accept")}</button>
                </form>
            })}
            {(row.mine && row.status != RequestStatus::Cancelled).then(|| view! {
                <form method="post" action=CANCEL_URL class="inline-form">
                    <input type="hidden" name="id" value=row.id.to_string()/>
                    <input type="hidden" name="retour" value=PATH/>
                    <button type="submit" class="button">{t("interpreters-cancel")}</button>
                </form>
            })}
        </li>
    }
}

#[component]
fn Appointment(row: AppointmentRow, can_assign: bool) -> impl IntoView {
    let locale = use_locale();
    let select_id = format!("interprete-{}", row.id);
    view! {
        <tr class:mine=row.mine>
            <td>{long_date_time(locale, row.starts_at)}</td>
            <td>{row.language.clone()}</td>
            <td>{row.site.clone()}" — "{row.motif.clone()}</td>
            <td>
                {if can_assign {
                    let assigned = row.assigned_to.map(|a| a.to_string());
                    view! {
                        <form method="post" action=ASSIGN_URL class="inline-form">
                            <input type="hidden" name="rendez_vous" value=row.id.to_string()/>
                            <label for=select_id.clone() class="visually-hidden">{t("interpreters-interpreter")}</label>
                            <select id=select_id name="interprete">
                                <option value="">{t("interpreters-none")}</option>
                                {options(&row.candidates, assigned.as_deref())}
                            </select>
                            <button type="submit" class="button">{t("interpreters-assign")}</button>
                        </form>
                    }.into_any()
                } else {
                    view! { <span>{row.interpreter.clone().unwrap_or_else(|| t("interpreters-none"))}</span> }.into_any()
                }}
            </td>
        </tr>
    }
}

/// On the panel: ask for an interpreter of the panel's language, or see the request.
#[component]
pub fn RequestBox(
    code: String,
    language: String,
    request: Option<MyRequest>,
    retour: String,
) -> impl IntoView {
    // While a request is out, its answer ("X arrive") shows without a reload.
    #[cfg(feature = "hydrate")]
    if request.is_some()
        && let Some(crate::interpretation::panel::PanelReload(reload)) = use_context()
    {
        crate::components::live_stream::open(
            STREAM.to_owned(),
            move |changed| {
                if changed == code {
                    reload.run(());
                }
            },
            || {},
        );
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = code;
    view! {
        <section class="panel-interpreter" aria-labelledby="panel-interpreter-title">
            <h2 id="panel-interpreter-title">{t("interpreters-panel-title")}</h2>
            {match request {
                None => view! {
                    <form method="post" action=REQUEST_URL class="inline-form">
                        <input type="hidden" name="retour" value=retour/>
                        <button type="submit" class="button">{t_with("interpreters-ask", &args([("language", language.into())]))}</button>
                    </form>
                }.into_any(),
                Some(r) => {
                    let status = match &r.accepted_by {
                        Some(name) => t_with("interpreters-coming", &args([("name", name.clone().into())])),
                        None => t_with("interpreters-asked-at", &args([("time", clock(r.created_at).into())])),
                    };
                    let duty = if r.on_duty.is_empty() {
                        t("interpreters-nobody-on-duty")
                    } else {
                        t_with("interpreters-on-duty", &args([("names", r.on_duty.join(", ").into())]))
                    };
                    view! {
                        <p role="status">{status}</p>
                        <p class="muted">{duty}</p>
                        <form method="post" action=CANCEL_URL class="inline-form">
                            <input type="hidden" name="id" value=r.id.to_string()/>
                            <input type="hidden" name="retour" value=retour/>
                            <button type="submit" class="button">{t("interpreters-cancel")}</button>
                        </form>
                        <p><a href=PATH>{t("interpreters-title")}</a></p>
                    }.into_any()
                }
            }}
        </section>
    }
}
