//! `/agent/interpretation/interpretes`: today's requests for an interpreter (live: the page
//! reloads when one is made, taken or withdrawn) and the coming appointments needing one.

use super::model::{
    AppointmentRow, InterpretersView, PATH, RequestRow, RequestStatus, STREAM, on_duty_text,
};
use super::{AcceptRequest, AssignInterpreter, CancelRequest, load_interpreters};
use crate::components::fields::Select;
use crate::i18n::dates::{clock, long_date_time};
use crate::i18n::{args, t, t_with, use_locale};
use crate::interpretation::model::posted;
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/interpretation/interpretes`
#[component]
pub fn InterpretersPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| load_interpreters());
    let reload = move || page.refetch();
    view! {
        <StaffPage title="interpreters-title" page live=true
            view=move |view| view! { <Interpreters view reload/> }/>
    }
}

/// What became of the form just posted: a refusal's message, or "saved".
#[component]
fn Outcome() -> impl IntoView {
    let query = use_query_map();
    move || {
        let done = [("enregistre", "admin-saved")];
        let (refused, done) = query.with(|q| posted(|k| q.get(k), "interpreters-error-", &done));
        view! {
            {refused.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {done.map(|d| view! { <p class="notice ok" role="status">{t(d)}</p> })}
        }
    }
}

#[component]
fn Interpreters(
    view: InterpretersView,
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
            <p><a href=crate::interpretation::panel::model::PATH>{t("interpreters-back-to-panel")}</a></p>
            <Outcome/>
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
            <section aria-labelledby="interpreter-requests-title">
                <h2 id="interpreter-requests-title">{t("interpreters-requests")}</h2>
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
    let duty = on_duty_text(&row.on_duty);
    view! {
        <li class="request" class:fresh=row.fresh>
            <p>
                <strong>{row.language.clone()}</strong>" — "{row.place.clone()}
                " · "{t_with("interpreters-asked-by", &args([("name", row.requested_by.clone().into()), ("time", clock(row.created_at).into())]))}
            </p>
            <p>{status}" "<span class="muted">{duty}</span></p>
            {row.can_accept.then(|| view! {
                <form method="post" action=AcceptRequest::PATH class="inline-form">
                    <input type="hidden" name="id" value=row.id.to_string()/>
                    <button type="submit" class="button primary">{t("interpreters-accept")}</button>
                </form>
            })}
            {(row.mine && row.status != RequestStatus::Cancelled).then(|| view! {
                <form method="post" action=CancelRequest::PATH class="inline-form">
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
    view! {
        <tr class:mine=row.mine>
            <td>{long_date_time(locale, row.starts_at)}</td>
            <td>{row.language.clone()}</td>
            <td>{row.site.clone()}" — "{row.motif.clone()}</td>
            <td>
                {if can_assign {
                    let assigned = row.assigned_to.map(|a| a.to_string());
                    view! {
                        <form method="post" action=AssignInterpreter::PATH class="inline-form">
                            <input type="hidden" name="rendez_vous" value=row.id.to_string()/>
                            <Select id=format!("interprete-{}", row.id) name="interprete"
                                label=t("interpreters-interpreter") hidden_label=true
                                choices=row.candidates.clone() selected=assigned empty=t("interpreters-none")/>
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
