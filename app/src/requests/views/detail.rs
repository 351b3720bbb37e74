//! `/agent/demandes/<reference>`: one request, what the resident asked, how to reach
//! them, its deadline, its whole history, and the actions its status allows.

use super::standing::StandingBadge;
use crate::components::fields::{Choice, Field, Select, TextArea};
use crate::i18n::{args, t, t_with};
use crate::requests::files::MAX_SCAN_BYTES;
use crate::requests::model::{
    Action, MAX_TEXT, PATH, RequestDetail, acknowledgement_path, add_file_path, follow_link,
};
use crate::requests::replies::Means;
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
    let filed = q.get("fichier").is_some();
    let opened = q.get("ouverte").is_some();
    let follow = follow_link(&view.reference, &view.check_code);
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Requests)>
            <p><a href=PATH>{t("requests-back")}</a></p>
            <h1>{view.reference.clone()}" — "<bdi>{view.subject.clone()}</bdi></h1>
            {refused.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {saved.then(|| view! { <p class="notice ok" role="status">{t("requests-saved")}</p> })}
            {opened.then(|| view! { <p class="notice ok" role="status">{t("requests-opened")}</p> })}
            {filed.then(|| view! { <p class="notice ok" role="status">{t("requests-file-added")}</p> })}
            <dl class="request-facts">
                <dt>{t("requests-status")}</dt><dd>{t(view.status.message_id())}</dd>
                <dt>{t("requests-due")}</dt>
                <dd><span dir="ltr">{view.due.clone().unwrap_or_default()}</span>" "<StandingBadge standing=view.standing/></dd>
                <dt>{t("requests-kind")}</dt><dd>{t(view.kind.message_id())}" "
                    <a href=format!("{}?type={}", StaffSection::Procedures.path(), view.kind.as_str())>{t("requests-procedure-sheets")}</a></dd>
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
                        {e.means.map(|m| view! { " · "{t(&m)} })}
                        {e.letter.map(|href| view! { " · "<a href=href>{t("requests-print-letter")}</a> })}
                        {(!e.body.is_empty()).then(|| view! { <p class="event-body"><bdi>{e.body}</bdi></p> })}
                    </li>
                }).collect_view()}
            </ol>
            <Files view=view.clone()/>
            <TemplateChooser view=view.clone()/>
            <Actions view=view.clone()/>
        </StaffFrame>
    }
}

/// Starts a reply or a question from one of the town's templates (a GET form: the page
/// comes back with the text filled in, to adapt).
#[component]
fn TemplateChooser(view: RequestDetail) -> impl IntoView {
    (!view.templates.is_empty() && view.status != crate::statuses::RequestStatus::Closed).then(|| {
        let q = use_query_map().get_untracked();
        let choices: Vec<Choice> = view
            .templates
            .iter()
            .map(|t| Choice::new(t.id.to_string(), t.title.clone()))
            .collect();
        view! {
            <form method="get" action=crate::requests::model::request_path(&view.reference) class="filters">
                <Select id="modele" name="modele" label=t("reply-templates-use") choices selected=q.get("modele")/>
                <button type="submit" class="button">{t("reply-templates-fill")}</button>
            </form>
        }
    })
}

/// One form per action the status allows, each with its own text when it needs one.
#[component]
fn Actions(view: RequestDetail) -> impl IntoView {
    // A template chosen fills the reply and the question.
    let chosen = use_query_map()
        .get_untracked()
        .get("modele")
        .and_then(|m| m.parse::<i32>().ok())
        .and_then(|m| view.templates.iter().find(|t| t.id == m))
        .map(|t| t.body.clone())
        .unwrap_or_default();
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
                        {(action == Action::Merge).then(|| view! {
                            <Field id=format!("{id}-cible") name="cible" label=t("requests-merge-target")
                                hint=t("requests-merge-hint") required=true ltr=true code=true/>
                        })}
                        {(action == Action::ChangeKind).then(|| view! {
                            <Select id=format!("{id}-type") name="type" label=t("requests-kind") choices=kinds.clone() required=true/>
                        })}
                        {(action.needs_text() || matches!(action, Action::Close | Action::ResidentAnswered | Action::Reopen | Action::Take | Action::Merge)).then(|| view! {
                            <TextArea id=format!("{id}-texte") name="texte" label=t(text_label(action)) rows=3
                                value=if matches!(action, Action::Reply | Action::AskResident) { chosen.clone() } else { String::new() }
                                required=action.needs_text() max_length=MAX_TEXT/>
                        })}
                        {matches!(action, Action::Reply | Action::AskResident).then(|| view! {
                            <MeansChoice id=format!("{id}-moyen") means=view.means.clone()/>
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

/// How a reply or a question reaches the resident: the means the request allows, the
/// first one chosen.
#[component]
fn MeansChoice(id: String, means: Vec<Means>) -> impl IntoView {
    view! {
        <fieldset class="field means">
            <legend>{t("requests-means")}</legend>
            {means.into_iter().enumerate().map(|(i, m)| {
                let input = format!("{id}-{}", m.as_str());
                let target = input.clone();
                view! {
                    <label for=target class="means-option">
                        <input type="radio" id=input name="moyen" value=m.as_str() checked=i == 0/>
                        " "{t(m.message_id())}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The files kept with the request (scans, e-mail attachments), and a form to add one.
#[component]
fn Files(view: RequestDetail) -> impl IntoView {
    let megabytes = MAX_SCAN_BYTES / (1024 * 1024);
    view! {
        <h2>{t("requests-files")}</h2>
        {if view.files.is_empty() {
            view! { <p>{t("requests-files-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="request-files">
                    {view.files.iter().cloned().map(|f| view! {
                        <li>
                            <a href=f.href download=""><bdi>{f.name}</bdi></a>" · "
                            {t_with("requests-file-size", &args([("kilobytes", f.kilobytes.into())]))}" · "
                            <span dir="ltr">{f.added}</span>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <form method="post" action=add_file_path(&view.reference) enctype="multipart/form-data" class="admin-card">
            <div class="field">
                <label for="f-fichier">{t("requests-file-add")}</label>
                <p class="hint" id="f-fichier-hint">{t_with("letter-scan-hint", &args([("megabytes", megabytes.into())]))}</p>
                <input id="f-fichier" name="fichier" type="file" required
                    accept="application/pdf,image/jpeg,image/png" aria-describedby="f-fichier-hint"/>
            </div>
            <button type="submit" class="button">{t("requests-file-send")}</button>
        </form>
    }
}
