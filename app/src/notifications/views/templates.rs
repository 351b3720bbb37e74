//! `/agent/admin/modeles`: the town's wording of one message to residents at a time
//! (kind, channel, language): its default text, the editor, and a preview with a made-up
//! appointment. Plain forms: "preview" is a GET of this page with the text typed, "save"
//! and "back to the default" are POSTs that come back here.

use crate::components::fields::{Choice, Field, Select, TextArea};
use crate::i18n::{Locale, args, t, t_with};
use crate::notifications::model::{
    Editing, PreviewMessage, TEMPLATE_KINDS, TEMPLATES_PAGE, TemplateField, TemplateMessage,
    TemplateQuery, TemplatesView,
};
use crate::notifications::{ResetTemplate, SaveTemplate, message_templates};
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/admin/modeles`
#[component]
pub fn MessageTemplatesPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(
        move || {
            let q = query.get();
            TemplateQuery {
                kind: q.get("type"),
                channel: q.get("canal"),
                language: q.get("langue"),
                subject: q.get("objet"),
                body: q.get("texte"),
            }
        },
        message_templates,
    );
    view! { <StaffPage title="templates-title" page view=|view| view! { <Templates view/> }/> }
}

/// A text on several lines, its line breaks kept.
fn lines(text: &str) -> impl IntoView + use<> {
    let parts: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let last = parts.len().saturating_sub(1);
    parts
        .into_iter()
        .enumerate()
        .map(|(i, line)| view! { {line}{(i < last).then(|| view! { <br/> })} })
        .collect_view()
}

/// `{ $date }, { $link }`
fn placeable_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{{ ${n} }}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
fn Templates(view: TemplatesView) -> impl IntoView {
    let TemplatesView { me, message: m } = view;
    let saved_now = use_query_map().get_untracked().get("enregistre").is_some();
    let kinds: Vec<Choice> = TEMPLATE_KINDS
        .iter()
        .map(|k| Choice::new(*k, t(&format!("templates-kind-{k}"))))
        .collect();
    let channels = vec![
        Choice::new("sms", t("channel-sms")),
        Choice::new("email", t("channel-email")),
    ];
    let languages: Vec<Choice> = Locale::ALL
        .iter()
        .map(|l| Choice::new(l.code(), l.native_name()))
        .collect();
    view! {
        <StaffFrame me current=Some(StaffSection::Admin)>
            <h1>{t("templates-title")}</h1>
            {saved_now.then(|| view! { <p class="notice ok" role="status">{t("admin-saved")}</p> })}
            <p>{t("templates-intro")}</p>
            <form method="get" action=TEMPLATES_PAGE class="agenda-filters">
                <div><Select id="template-kind" label=t("templates-kind") name="type" choices=kinds selected=Some(m.kind.clone())/></div>
                <div><Select id="template-channel" label=t("templates-channel") name="canal" choices=channels selected=Some(m.channel.clone())/></div>
                <div><Select id="template-language" label=t("templates-language") name="langue" choices=languages selected=Some(m.language.clone())/></div>
                <button type="submit" class="button">{t("templates-show")}</button>
            </form>
            <DefaultText m=m.clone()/>
            <Editor m=m.clone()/>
            <Preview m/>
        </StaffFrame>
    }
}

#[component]
fn DefaultText(m: TemplateMessage) -> impl IntoView {
    let dir = if m.rtl { "rtl" } else { "ltr" };
    view! {
        <section class="admin-card" aria-labelledby="template-default-title">
            <h2 id="template-default-title">{t("templates-default")}</h2>
            <div lang=m.language.clone() dir=dir>
                {m.default_subject.map(|s| view! { <p><strong>{s}</strong></p> })}
                <p>{lines(&m.default_body)}</p>
            </div>
        </section>
    }
}

#[component]
fn Editor(m: TemplateMessage) -> impl IntoView {
    let dir = if m.rtl { "rtl" } else { "ltr" };
    let status = match &m.saved {
        Some(s) => t_with(
            "templates-status-saved",
            &args([
                ("when", s.updated.clone().into()),
                ("who", s.by.clone().into()),
            ]),
        ),
        None => t("templates-status-default"),
    };
    let error_of = |field: TemplateField| {
        m.errors
            .iter()
            .find(|(f, _, _)| *f == field)
            .map(|(_, id, detail)| {
                t_with(
                    id,
                    &args([
                        ("detail", detail.clone().into()),
                        ("allowed", placeable_list(&m.placeables).into()),
                    ]),
                )
            })
    };
    let body_error = error_of(TemplateField::Body);
    let subject_error = error_of(TemplateField::Subject);
    // What may go in, and what must stay where the default text has it.
    let hint = |mandatory: &[String]| {
        let allowed = t_with(
            "templates-placeables",
            &args([("allowed", placeable_list(&m.placeables).into())]),
        );
        if mandatory.is_empty() {
            allowed
        } else {
            let keep = t_with(
                "templates-keep",
                &args([("required", placeable_list(mandatory).into())]),
            );
            format!("{allowed} {keep}")
        }
    };
    let body_hint = hint(&m.mandatory_body);
    let subject_hint = hint(&m.mandatory_subject);
    let body_label = if m.channel == "sms" {
        t("templates-body-sms")
    } else {
        t("templates-body-email")
    };
    let hidden = {
        let (kind, channel, language) = (m.kind.clone(), m.channel.clone(), m.language.clone());
        move || {
            view! {
                <input type="hidden" name="type" value=kind.clone()/>
                <input type="hidden" name="canal" value=channel.clone()/>
                <input type="hidden" name="langue" value=language.clone()/>
            }
        }
    };
    view! {
        <section class="admin-card" aria-labelledby="template-editor-title">
            <h2 id="template-editor-title">{t("templates-editor")}</h2>
            <p>{status}</p>
            <form method="post" action=SaveTemplate::PATH>
                {hidden()}
                {m.subject.clone().map(|subject| view! {
                    <Field id="template-subject" label=t("templates-subject") name="objet" value=subject
                        required=true hint=subject_hint error=subject_error lang=m.language.clone()/>
                })}
                <TextArea id="template-body" label=body_label name="texte" value=m.body.clone() rows=6
                    required=true hint=body_hint error=body_error lang=m.language.clone() dir=dir/>
                <p>
                    <button type="submit" class="button" formmethod="get" formaction=TEMPLATES_PAGE>
                        {t("templates-preview")}
                    </button>
                    " "
                    <button type="submit" class="button primary">{t("admin-save")}</button>
                </p>
            </form>
            {m.saved.is_some().then(|| view! {
                <form method="post" action=ResetTemplate::PATH>
                    {hidden()}
                    <button type="submit" class="button">{t("templates-reset")}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn Preview(m: TemplateMessage) -> impl IntoView {
    let dir = if m.rtl { "rtl" } else { "ltr" };
    let of = t(match m.editing {
        Editing::Default => "templates-preview-of-default",
        Editing::Saved => "templates-preview-of-saved",
        Editing::Draft => "templates-preview-of-draft",
    });
    let sms = m.channel == "sms";
    let shown = m.preview.map(|p: PreviewMessage| {
        let length = t_with(
            if p.gsm {
                "templates-sms-length-gsm"
            } else {
                "templates-sms-length-ucs2"
            },
            &args([
                ("characters", p.characters.into()),
                ("segments", p.segments.into()),
            ]),
        );
        view! {
            <div class="notice" lang=m.language.clone() dir=dir>
                {p.subject.map(|s| view! { <p><strong>{s}</strong></p> })}
                <p>{lines(&p.body)}</p>
            </div>
            {sms.then(|| view! { <p>{length}</p> })}
        }
    });
    view! {
        <section class="admin-card" aria-labelledby="template-preview-title">
            <h2 id="template-preview-title">{t("templates-preview-title")}</h2>
            <p><strong>{t("templates-preview-example")}</strong>" "{of}</p>
            {match shown {
                Some(v) => v.into_any(),
                None => view! { <p class="muted">{t("templates-preview-none")}</p> }.into_any(),
            }}
        </section>
    }
}
