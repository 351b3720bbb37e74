//! `/agent/modeles-reponse`: the town's reply templates, one per kind of request (or for
//! any kind) and language. Supervisors and administrators write them; every agent starts
//! a reply or a question from them on a request's page.

use crate::components::fields::{Choice, Field, Select, TextArea};
use crate::i18n::{Locale, t, text};
use crate::requests::model::{MAX_SUBJECT, MAX_TEXT, PATH, TemplateRow, TemplatesView};
use crate::requests::{SaveReplyTemplate, load_reply_templates};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::statuses::RequestKind;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/modeles-reponse`
#[component]
pub fn ReplyTemplatesPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| load_reply_templates());
    view! { <StaffPage title="reply-templates-title" page view=|view| view! { <Templates view/> }/> }
}

fn kinds() -> Vec<Choice> {
    RequestKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), t(k.message_id())))
        .collect()
}

fn languages() -> Vec<Choice> {
    Locale::ALL
        .iter()
        .map(|l| Choice::new(l.code(), text(*l, &format!("language-{}", l.code()))))
        .collect()
}

#[component]
fn Templates(view: TemplatesView) -> impl IntoView {
    let q = use_query_map().get_untracked();
    let refused = q.get("erreur").filter(|e| e.starts_with("requests-error-"));
    let saved = q.get("enregistre").is_some();
    let can_edit = view.can_edit;
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Requests)>
            <p><a href=PATH>{t("requests-back")}</a></p>
            <h1>{t("reply-templates-title")}</h1>
            <p class="hint">{t("reply-templates-hint")}</p>
            {refused.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {saved.then(|| view! { <p class="notice ok" role="status">{t("reply-templates-saved")}</p> })}
            {can_edit.then(|| view! {
                <h2>{t("reply-templates-new")}</h2>
                <TemplateEditor row=None/>
            })}
            <h2>{t("reply-templates-list")}</h2>
            {if view.rows.is_empty() {
                view! { <p>{t("reply-templates-none")}</p> }.into_any()
            } else {
                view.rows.into_iter().map(|row| if can_edit {
                    view! { <TemplateEditor row=Some(row)/> }.into_any()
                } else {
                    view! { <TemplateCard row/> }.into_any()
                }).collect_view().into_any()
            }}
        </StaffFrame>
    }
}

/// One template as read.
#[component]
fn TemplateCard(row: TemplateRow) -> impl IntoView {
    let kind = row
        .kind
        .map_or_else(|| t("reply-templates-kind-any"), |k| t(k.message_id()));
    let language = Locale::from_tag(&row.language)
        .map(|l| text(l, &format!("language-{}", l.code())))
        .unwrap_or(row.language.clone());
    view! {
        <article class="admin-card">
            <h3><bdi>{row.title}</bdi></h3>
            <p class="muted">{kind}" · "{language}</p>
            <p class="event-body" lang=row.language.clone()><bdi>{row.body}</bdi></p>
        </article>
    }
}

/// The form of a new template, or of one to change or delete.
#[component]
fn TemplateEditor(row: Option<TemplateRow>) -> impl IntoView {
    let id = row.as_ref().map_or("n".to_owned(), |r| r.id.to_string());
    let field = move |name: &str| format!("tpl-{id}-{name}");
    let (title, body) = row
        .as_ref()
        .map(|r| (r.title.clone(), r.body.clone()))
        .unwrap_or_default();
    let kind = row
        .as_ref()
        .and_then(|r| r.kind)
        .map(|k| k.as_str().to_owned());
    let language = row
        .as_ref()
        .map_or_else(|| "fr".to_owned(), |r| r.language.clone());
    view! {
        <form method="post" action=SaveReplyTemplate::PATH class="admin-card">
            {row.as_ref().map(|r| view! { <input type="hidden" name="id" value=r.id.to_string()/> })}
            <Field id=field("titre") name="titre" label=t("reply-templates-name") value=title required=true max_length=MAX_SUBJECT/>
            <Select id=field("type") name="type" label=t("requests-kind") choices=kinds() selected=kind empty=t("reply-templates-kind-any")/>
            <Select id=field("langue") name="langue" label=t("requests-language") choices=languages() selected=Some(language)/>
            <TextArea id=field("texte") name="texte" label=t("reply-templates-text") value=body rows=5 required=true max_length=MAX_TEXT/>
            <button type="submit" class="button">{t("reply-templates-save")}</button>
            {row.is_some().then(|| view! {
                " "<button type="submit" name="supprimer" value="1" formnovalidate class="button">{t("reply-templates-delete")}</button>
            })}
        </form>
    }
}
