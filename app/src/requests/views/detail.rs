//! `/agent/demandes/<reference>`: one request, what the resident asked, how to reach
//! them, its deadline, its whole history, and the actions its status allows.

use super::standing::StandingBadge;
use crate::components::fields::{Choice, Select, TextArea};
use crate::i18n::t;
use crate::requests::model::{
    Action, MAX_TEXT, PATH, RequestDetail, acknowledgement_path, follow_link,
};
use crate::requests::rules::readable_code;
use crate::requests::{ActOnRequest, load_request};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::statuses::RequestKind;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/agent/demandes/<reference>`
#[component]
pub fn RequestPage() -> impl IntoView {
    let params = use_params_map();
    let page = Resource::new_blocking(
        move || params.with(|p| p.get("reference").unwrap_or_default()),
        load_request,
    );
    view! { <StaffPage title="requests-one-title" page view=|view| view! { <Request view/> }/> }
}

#[component]
fn Request(view: RequestDetail) -> impl IntoView {
    let q = use_query_map().get_untracked();
    let refused = q.get("erreur").filter(|e| e.starts_with("requests-error-"));
    let saved = q.get("enregistre").is_some();
    let opened = q.get("ouverte").is_some();
    let follow = follow_link(&view.reference, &view.check_code);
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Requests)>
            <p><a href=PATH>{t("requests-back")}</a></p>
            <h1>{view.reference.clone()}" — "<bdi>{view.subject.clone()}</bdi></h1>
            {refused.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {saved.then(|| view! { <p class="notice ok" role="status">{t("requests-saved")}</p> })}
            {opened.then(|| view! { <p class="notice ok" role="status">{t("requests-opened")}</p> })}
            <dl class="request-facts">
                <dt>{t("requests-status")}</dt><dd>{t(view.status.message_id())}</dd>
                <dt>{t("requests-due")}</dt>
                <dd><span dir="ltr">{view.due.clone().unwrap_or_default()}</span>" "<StandingBadge standing=view.standing/></dd>
                <dt>{t("requests-kind")}</dt><dd>{t(view.kind.message_id())}</dd>
                <dt>{t("requests-channel")}</dt><dd>{t(view.channel.message_id())}</dd>
                <dt>{t("requests-received")}</dt><dd dir="ltr">{view.received.clone()}</dd>
                <dt>{t("requests-service")}</dt><dd>{view.service.clone().unwrap_or_default()}</dd>
                <dt>{t("requests-owner")}</dt><dd>{view.owner.clone().unwrap_or_default()}</dd>
                <dt>{t("requests-name")}</dt><dd><bdi>{view.contact_name.clone()}</bdi></dd>
                <dt>{t("requests-phone")}</dt><dd dir="ltr">{view.phone.clone().unwrap_or_default()}</dd>
                <dt>{t("requests-email")}</dt><dd dir="ltr">{view.email.clone().unwrap_or_default()}</dd>
                <dt>{t("requests-language")}</dt><dd>{view.language.clone()}</dd>
                <dt>{t("requests-check-code")}</dt>
                <dd><code>{readable_code(&view.check_code)}</code>" "<a href=acknowledgement_path(&view.reference)>{t("ack-open")}</a>" "<a href=follow>{t("requests-resident-view")}</a></dd>
            </dl>
            {(!view.description.is_empty()).then(|| view! {
                <h2>{t("requests-message")}</h2>
                <p class="request-message"><bdi>{view.description.clone()}</bdi></p>
            })}
            <h2>{t("requests-history")}</h2>
            <ol class="request-history">
                {view.events.iter().cloned().map(|e| view! {
                    <li>
                        <span dir="ltr">{e.at}</span>" · "<strong>{t(&e.what)}</strong>
                        {e.status.map(|s| view! { " · "{t(s.message_id())} })}
                        {e.agent.map(|a| view! { " · "<bdi>{a}</bdi> })}
                        {(!e.body.is_empty()).then(|| view! { <p class="event-body"><bdi>{e.body}</bdi></p> })}
                    </li>
                }).collect_view()}
            </ol>
            <Actions view=view.clone()/>
        </StaffFrame>
    }
}

/// One form per action the status allows, each with its own text when it needs one.
#[component]
fn Actions(view: RequestDetail) -> impl IntoView {
    let allowed: Vec<Action> = Action::ALL
        .into_iter()
        .filter(|a| a.allowed_from(view.status))
        .collect();
    let services: Vec<Choice> = view
        .services
        .iter()
        .filter(|c| Some(c.value.as_str()) != view.service_id.map(|s| s.to_string()).as_deref())
        .cloned()
        .collect();
    let kinds: Vec<Choice> = RequestKind::ALL
        .iter()
        .filter(|k| **k != view.kind)
        .map(|k| Choice::new(k.as_str(), t(k.message_id())))
        .collect();
    view! {
        <h2>{t("requests-actions")}</h2>
        <div class="request-actions">
            {allowed.into_iter().map(|action| {
                let id = format!("a-{}", action.as_str());
                view! {
                    <form method="post" action=ActOnRequest::PATH class="admin-card">
                        <input type="hidden" name="reference" value=view.reference.clone()/>
                        <input type="hidden" name="action" value=action.as_str()/>
                        {(action == Action::Transfer).then(|| view! {
                            <Select id=format!("{id}-service") name="service" label=t("requests-service") choices=services.clone() required=true/>
                        })}
                        {(action == Action::ChangeKind).then(|| view! {
                            <Select id=format!("{id}-type") name="type" label=t("requests-kind") choices=kinds.clone() required=true/>
                        })}
                        {(action.needs_text() || matches!(action, Action::Close | Action::ResidentAnswered | Action::Reopen | Action::Take)).then(|| view! {
                            <TextArea id=format!("{id}-texte") name="texte" label=t(text_label(action)) rows=3
                                required=action.needs_text() max_length=MAX_TEXT/>
                        })}
                        <button type="submit" class="button">{t(action.message_id())}</button>
                    </form>
                }
            }).collect_view()}
        </div>
    }
}

/// What the text of an action is called.
fn text_label(action: Action) -> &'static str {
    match action {
        Action::Reply => "requests-text-reply",
        Action::AskResident => "requests-text-ask",
        Action::Note => "requests-text-note",
        _ => "requests-text-comment",
    }
}
