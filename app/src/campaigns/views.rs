//! The campaign pages: the list and the form that builds one, a campaign's progress, and
//! the call in hand.

use super::calls::{CallOutcome, CallStatus};
use super::model::{
    CallCard, CallView, CampaignForm, CampaignView, CampaignsView, MAX_NOTE, MAX_PURPOSE,
    MAX_TITLE, PATH, campaign_path,
};
use super::{
    CloseCampaign, CreateCampaign, NextCall, RecordCall, load_call, load_campaign, load_campaigns,
};
use crate::components::fields::{Choice, Field, Select, TextArea};
use crate::i18n::{args, t, t_with};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The reason a form came back, from the redirect's query.
fn refusal() -> Option<String> {
    let q = use_query_map().get_untracked();
    let id = q
        .get("erreur")
        .filter(|e| e.starts_with("campaigns-error-"))?;
    let lines = q.get("lignes").unwrap_or_default().replace('-', ", ");
    Some(t_with(&id, &args([("lines", lines.into())])))
}

fn notice(param: &str, message: &str) -> Option<impl IntoView + use<>> {
    let said = use_query_map().get_untracked().get(param).is_some();
    let text = t(message);
    said.then(|| view! { <p class="notice ok" role="status">{text}</p> })
}

fn campaign_id() -> Memo<i32> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse().ok()).unwrap_or(0)))
}

/// `/agent/usagers/campagnes`
#[component]
pub fn CampaignsPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| load_campaigns());
    view! { <StaffPage title="campaigns-title" page view=|view| view! { <Campaigns view/> }/> }
}

#[component]
fn Campaigns(view: CampaignsView) -> impl IntoView {
    let refused = refusal();
    let rows = if view.rows.is_empty() {
        view! { <p>{t("campaigns-none")}</p> }.into_any()
    } else {
        view! {
            <table class="data">
                <caption class="visually-hidden">{t("campaigns-list")}</caption>
                <thead><tr>
                    <th scope="col">{t("campaigns-name")}</th>
                    <th scope="col">{t("campaigns-service")}</th>
                    <th scope="col">{t("campaigns-created")}</th>
                    <th scope="col">{t("campaigns-progress")}</th>
                </tr></thead>
                <tbody>
                    {view.rows.into_iter().map(|r| {
                        let progress = t_with("campaigns-left", &args([("left", r.to_call.into()), ("people", r.people.into())]));
                        view! {
                            <tr>
                                <td><a href=campaign_path(r.id)><bdi>{r.title}</bdi></a>
                                    {r.closed.then(|| view! { " · "<span class="badge">{t("campaigns-closed")}</span> })}</td>
                                <td>{r.service.unwrap_or_else(|| t("campaigns-no-service"))}</td>
                                <td dir="ltr">{r.created}</td>
                                <td>{progress}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }.into_any()
    };
    let months: Vec<Choice> = CampaignForm::MONTHS
        .iter()
        .map(|m| {
            Choice::new(
                m.to_string(),
                t_with("campaigns-months", &args([("months", (*m).into())])),
            )
        })
        .collect();
    let services = view.services.clone();
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Residents)>
            <p><a href=StaffSection::Residents.path()>{t("campaigns-back-residents")}</a></p>
            <h1>{t("campaigns-title")}</h1>
            <p class="hint">{t("campaigns-intro")}</p>
            {refused.map(|e| view! { <p class="notice error" role="alert">{e}</p> })}
            <h2>{t("campaigns-list")}</h2>
            {rows}
            {view.can_create.then(|| view! {
                <form method="post" action=CreateCampaign::PATH class="admin-card campaign-form">
                    <h2>{t("campaigns-new")}</h2>
                    <Field id="k-titre" name="titre" label=t("campaigns-name") required=true max_length=MAX_TITLE/>
                    <TextArea id="k-objet" name="objet" label=t("campaigns-purpose") hint=t("campaigns-purpose-hint")
                        rows=4 required=true max_length=MAX_PURPOSE/>
                    <Select id="k-service" name="service" label=t("campaigns-service") choices=services
                        empty=t("campaigns-no-service")/>
                    <fieldset class="field means">
                        <legend>{t("campaigns-source")}</legend>
                        <label for="k-source-liste" class="means-option">
                            <input type="radio" id="k-source-liste" name="source" value=CampaignForm::FROM_LIST checked=true/>
                            " "{t("campaigns-source-list")}
                        </label>
                        <label for="k-source-filtre" class="means-option">
                            <input type="radio" id="k-source-filtre" name="source" value=CampaignForm::FROM_FILTER/>
                            " "{t("campaigns-source-filter")}
                        </label>
                    </fieldset>
                    <TextArea id="k-liste" name="liste" label=t("campaigns-list-field") hint=t("campaigns-list-hint") rows=8/>
                    <Select id="k-mois" name="mois" label=t("campaigns-filter-months") choices=months
                        selected=Some("12".to_owned())/>
                    <button type="submit" class="button primary">{t("campaigns-create")}</button>
                </form>
            })}
        </StaffFrame>
    }
}

/// `/agent/usagers/campagnes/:id`
#[component]
pub fn CampaignPage() -> impl IntoView {
    let id = campaign_id();
    let page = Resource::new_blocking(move || id.get(), load_campaign);
    view! { <StaffPage title="campaigns-title" page view=|view| view! { <Campaign view/> }/> }
}

#[component]
fn Campaign(view: CampaignView) -> impl IntoView {
    let refused = refusal();
    let finished = notice("fini", "campaigns-finished");
    let called = notice("appele", "campaigns-called");
    let created = notice("creee", "campaigns-created-ok");
    let closed_now = notice("terminee", "campaigns-closed-ok");
    let id = view.id;
    let counts = view
        .counts
        .iter()
        .map(|(s, n)| view! { <dt>{t(s.message_id())}</dt><dd>{*n}</dd> })
        .collect_view();
    let to_call = view
        .counts
        .iter()
        .find(|(s, _)| *s == CallStatus::ToCall)
        .map_or(0, |(_, n)| *n);
    let action = match (view.closed, view.calling, to_call) {
        (true, _, _) => view! { <p class="notice">{t("campaigns-closed-hint")}</p> }.into_any(),
        (false, true, _) => view! {
            <p><a class="button primary" href=super::model::call_path(id)>{t("campaigns-resume")}</a></p>
        }.into_any(),
        (false, false, 0) => view! { <p>{t("campaigns-nobody-left")}</p> }.into_any(),
        (false, false, _) => view! {
            <form method="post" action=NextCall::PATH>
                <input type="hidden" name="campagne" value=id.to_string()/>
                <button type="submit" class="button primary">{t("campaigns-next")}</button>
            </form>
        }.into_any(),
    };
    let calls = view
        .calls
        .into_iter()
        .map(|c| view! {
            <tr>
                <td><bdi>{c.name}</bdi></td>
                <td dir="ltr">{c.phone}</td>
                <td>{t(c.status.message_id())}</td>
                <td>{c.attempts}</td>
                <td><span dir="ltr">{c.called.unwrap_or_default()}</span>" "{c.by.unwrap_or_default()}</td>
                <td><bdi>{c.note.unwrap_or_default()}</bdi></td>
            </tr>
        })
        .collect_view();
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Residents)>
            <p><a href=PATH>{t("campaigns-back")}</a></p>
            <h1><bdi>{view.title.clone()}</bdi></h1>
            {refused.map(|e| view! { <p class="notice error" role="alert">{e}</p> })}
            {finished}{called}{created}{closed_now}
            <dl class="request-facts">
                <dt>{t("campaigns-service")}</dt>
                <dd>{view.service.clone().unwrap_or_else(|| t("campaigns-no-service"))}</dd>
                {counts}
            </dl>
            <h2>{t("campaigns-purpose")}</h2>
            <p class="campaign-purpose"><bdi>{view.purpose.clone()}</bdi></p>
            {action}
            <h2>{t("campaigns-people")}</h2>
            <table class="data">
                <caption class="visually-hidden">{t("campaigns-people")}</caption>
                <thead><tr>
                    <th scope="col">{t("campaigns-person")}</th>
                    <th scope="col">{t("campaigns-phone")}</th>
                    <th scope="col">{t("campaigns-status")}</th>
                    <th scope="col">{t("campaigns-attempts")}</th>
                    <th scope="col">{t("campaigns-last-call")}</th>
                    <th scope="col">{t("campaigns-note")}</th>
                </tr></thead>
                <tbody>{calls}</tbody>
            </table>
            {view.can_close.then(|| view! {
                <form method="post" action=CloseCampaign::PATH class="admin-card">
                    <input type="hidden" name="campagne" value=id.to_string()/>
                    <p class="hint">{t("campaigns-close-hint")}</p>
                    <button type="submit" class="button danger">{t("campaigns-close")}</button>
                </form>
            })}
        </StaffFrame>
    }
}

/// `/agent/usagers/campagnes/:id/appel`
#[component]
pub fn CallPage() -> impl IntoView {
    let id = campaign_id();
    let page = Resource::new_blocking(move || id.get(), load_call);
    view! { <StaffPage title="campaigns-call-title" page view=|view| view! { <Call view/> }/> }
}

#[component]
fn Call(view: CallView) -> impl IntoView {
    let refused = refusal();
    let called = notice("appele", "campaigns-called");
    let id = view.campaign_id;
    let left = t_with("campaigns-left-short", &args([("left", view.left.into())]));
    let body = match view.call {
        Some(card) => view! { <CallForm campaign=id card/> }.into_any(),
        None => view! {
            <p>{t("campaigns-no-call")}</p>
            <form method="post" action=NextCall::PATH>
                <input type="hidden" name="campagne" value=id.to_string()/>
                <button type="submit" class="button primary">{t("campaigns-next")}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Residents)>
            <p><a href=campaign_path(id)>{t("campaigns-back-campaign")}</a>" · "{left}</p>
            <h1><bdi>{view.title}</bdi></h1>
            {refused.map(|e| view! { <p class="notice error" role="alert">{e}</p> })}
            {called}
            <section class="admin-card">
                <h2>{t("campaigns-purpose")}</h2>
                <p class="campaign-purpose"><bdi>{view.purpose}</bdi></p>
            </section>
            {body}
        </StaffFrame>
    }
}

#[component]
fn CallForm(campaign: i32, card: CallCard) -> impl IntoView {
    let tel = format!("tel:{}", card.phone);
    let attempts = t_with(
        "campaigns-attempts-before",
        &args([("count", card.attempts.into())]),
    );
    view! {
        <section class="admin-card call-card">
            <h2><bdi>{card.name}</bdi></h2>
            <p class="call-number"><a href=tel dir="ltr">{card.phone}</a></p>
            <dl class="request-facts">
                <dt>{t("campaigns-language")}</dt>
                <dd lang=card.language_code.clone()>{card.language}</dd>
                {card.detail.map(|d| view! { <dt>{t("campaigns-detail")}</dt><dd><bdi>{d}</bdi></dd> })}
                <dt>{t("campaigns-attempts")}</dt><dd>{attempts}</dd>
                {card.last_note.map(|n| view! { <dt>{t("campaigns-last-note")}</dt><dd><bdi>{n}</bdi></dd> })}
            </dl>
            <form method="post" action=RecordCall::PATH>
                <input type="hidden" name="campagne" value=campaign.to_string()/>
                <input type="hidden" name="appel" value=card.id.to_string()/>
                <fieldset class="field means">
                    <legend>{t("campaigns-outcome")}</legend>
                    {CallOutcome::ALL.into_iter().map(|o| {
                        let input = format!("o-{}", o.as_str());
                        let target = input.clone();
                        view! {
                            <label for=target class="means-option">
                                <input type="radio" id=input name="issue" value=o.as_str() required=true/>
                                " "{t(o.message_id())}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <TextArea id="o-note" name="note" label=t("campaigns-note") rows=3 max_length=MAX_NOTE/>
                <button type="submit" name="ensuite" value="suivant" class="button primary">{t("campaigns-save-next")}</button>
                " "
                <button type="submit" class="button">{t("campaigns-save")}</button>
            </form>
        </section>
    }
}
