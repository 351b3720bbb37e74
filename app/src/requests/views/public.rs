//! The residents' side: `/demande`, a request written from home (it works without
//! JavaScript and gives the reference at once), and `/suivi`, where the reference and the
//! check code printed on the acknowledgement show where a request stands, without an
//! account.

use crate::components::NotFound;
use crate::components::PublicLayout;
use crate::components::fields::{Choice, Field, Select, TextArea};
use crate::components::loaded::loaded;
use crate::errors::AppError;
use crate::i18n::{args, t, t_with};
use crate::requests::model::{
    FOLLOW_PATH, FollowView, FollowedRequest, MAX_ADDRESS, MAX_SUBJECT, MAX_TEXT, SubmitChoices,
};
use crate::requests::rules::readable_code;
use crate::requests::{AnswerRequest, SubmitRequest, follow_request, load_submit_choices};
use crate::statuses::{RequestKind, RequestStatus};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/demande`
#[component]
pub fn SubmitRequestPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| load_submit_choices());
    let form = |choices: SubmitChoices| view! { <SubmitFormView choices/> };
    let refused = |_: AppError| view! { <NotFound/> };
    view! {
        <leptos_meta::Title text=t("request-form-title")/>
        <PublicLayout>{loaded(page, form, refused, false)}</PublicLayout>
    }
}

#[component]
fn SubmitFormView(choices: SubmitChoices) -> impl IntoView {
    let q = use_query_map().get_untracked();
    let typed = |k: &str| q.get(k).unwrap_or_default();
    let error = q
        .get("erreur")
        .filter(|e| e.starts_with("requests-error-") || e.starts_with("contact-error-"));
    let kinds: Vec<Choice> = [
        RequestKind::Information,
        RequestKind::Certificate,
        RequestKind::Complaint,
        RequestKind::Other,
    ]
    .iter()
    .map(|k| Choice::new(k.as_str(), t(k.message_id())))
    .collect();
    let kind = Some(typed("type")).filter(|k| !k.is_empty());
    let service = Some(typed("service")).filter(|s| !s.is_empty());
    view! {
        <h1>{t("request-form-title")}</h1>
        <p>{t("request-form-intro")}</p>
        {error.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
        <form method="post" action=SubmitRequest::PATH class="request-form">
            <Select id="d-type" name="type" label=t("requests-kind") choices=kinds selected=kind/>
            <Select id="d-service" name="service" label=t("request-form-service") choices=choices.services
                selected=service empty=t("request-form-service-unknown")/>
            <Field id="d-sujet" name="sujet" label=t("requests-subject") value=typed("sujet") required=true max_length=MAX_SUBJECT/>
            <TextArea id="d-message" name="message" label=t("requests-message") value=typed("message") rows=6
                required=true max_length=MAX_TEXT hint=t("request-form-message-hint")/>
            <fieldset>
                <legend>{t("request-form-you")}</legend>
                <p class="hint">{t("request-form-you-hint")}</p>
                <Field id="d-nom" name="nom" label=t("requests-name") value=typed("nom") required=true autocomplete="name"/>
                <Field id="d-courriel" name="courriel" label=t("requests-email") value=typed("courriel") kind="email" autocomplete="email" ltr=true/>
                <Field id="d-telephone" name="telephone" label=t("requests-phone") value=typed("telephone") kind="tel" autocomplete="tel" ltr=true/>
                <TextArea id="d-adresse" name="adresse" label=t("requests-postal-address") value=typed("adresse") rows=3
                    hint=t("requests-postal-address-hint") max_length=MAX_ADDRESS/>
            </fieldset>
            <p class="hint">{t("request-form-privacy")}</p>
            <button type="submit" class="button primary">{t("request-form-send")}</button>
        </form>
    }
}

/// `/suivi`
#[component]
pub fn FollowRequestPage() -> impl IntoView {
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            (
                q.get("reference").unwrap_or_default(),
                q.get("code").unwrap_or_default(),
            )
        })
    };
    let page = Resource::new_blocking(asked, |(reference, code)| follow_request(reference, code));
    let show = move |found: FollowView| {
        let (reference, code) = asked();
        let (new, answered, refused) = query.with_untracked(|q| {
            (
                q.get("nouvelle").is_some(),
                q.get("repondu").is_some(),
                q.get("erreur").filter(|e| e.starts_with("requests-error-")),
            )
        });
        view! {
            {answered.then(|| view! { <p class="notice ok" role="status">{t("follow-answer-sent")}</p> })}
            {refused.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            <Follow found reference code new/>
        }
    };
    let refused = |_: AppError| view! { <NotFound/> };
    view! {
        <leptos_meta::Title text=t("follow-title")/>
        <PublicLayout>{loaded(page, show, refused, false)}</PublicLayout>
    }
}

#[component]
fn Follow(found: FollowView, reference: String, code: String, new: bool) -> impl IntoView {
    let result = match found {
        FollowView::Empty => None,
        FollowView::NoMatch => Some(view! { <p class="notice error" role="alert">{t("follow-no-match")}</p> }.into_any()),
        FollowView::Blocked { minutes } => Some(view! {
            <p class="notice error" role="alert">{t_with("follow-blocked", &args([("minutes", minutes.into())]))}</p>
        }.into_any()),
        FollowView::TooMany { minutes } => Some(view! {
            <p class="notice error" role="alert">{t_with("error-too-many", &args([("minutes", minutes.into())]))}</p>
        }.into_any()),
        FollowView::Found(r) => Some(view! { <Followed request=*r new code=code.clone()/> }.into_any()),
    };
    view! {
        <h1>{t("follow-title")}</h1>
        {result}
        <form method="get" action=FOLLOW_PATH class="follow-form">
            <p>{t("follow-intro")}</p>
            <Field id="s-reference" name="reference" label=t("follow-reference") value=reference required=true ltr=true code=true
                hint=t("follow-reference-hint") autocomplete="off"/>
            <Field id="s-code" name="code" label=t("follow-code") value=code required=true ltr=true code=true autocomplete="off"/>
            <button type="submit" class="button primary">{t("follow-look")}</button>
        </form>
        <p><a href=crate::requests::model::SUBMIT_PATH>{t("follow-write")}</a></p>
    }
}

#[component]
fn Followed(request: FollowedRequest, new: bool, code: String) -> impl IntoView {
    let status = request.status;
    let words = match status {
        RequestStatus::Received => "follow-words-received",
        RequestStatus::InProgress => "follow-words-in-progress",
        RequestStatus::WaitingResident => "follow-words-waiting",
        RequestStatus::Answered => "follow-words-answered",
        RequestStatus::Closed => "follow-words-closed",
    };
    view! {
        <section class="followed" aria-labelledby="followed-title">
            {new.then(|| view! {
                <div class="notice ok" role="status">
                    <p><strong>{t("follow-registered")}</strong></p>
                    <p>{t("follow-keep")}</p>
                    <p class="keep-codes">
                        {t("follow-reference")}" : "<strong dir="ltr">{request.reference.clone()}</strong><br/>
                        {t("follow-code")}" : "<strong dir="ltr">{readable_code(&code)}</strong>
                    </p>
                </div>
            })}
            {request.merged_from.clone().map(|from| view! {
                <p class="notice">{t_with("follow-merged", &args([("from", from.into()), ("reference", request.reference.clone().into())]))}</p>
            })}
            <h2 id="followed-title"><span dir="ltr">{request.reference.clone()}</span>" — "<bdi>{request.subject.clone()}</bdi></h2>
            <p class="follow-status"><strong>{t(status.message_id())}</strong></p>
            <p>{t(words)}</p>
            <dl class="request-facts">
                <dt>{t("follow-received")}</dt><dd>{request.received.clone()}</dd>
                {request.due.clone().map(|d| view! { <dt>{t("follow-due")}</dt><dd>{d}</dd> })}
                {request.service.clone().map(|s| view! {
                    <dt>{t("follow-service")}</dt>
                    <dd>
                        <bdi lang="fr">{s.name}</bdi>
                        {s.address.map(|a| view! { <br/><bdi lang="fr">{a}</bdi> })}
                        {s.phone.map(|p| { let href = format!("tel:{}", p.replace(' ', "")); view! { <br/><a href=href dir="ltr">{p}</a> } })}
                        {s.email.map(|e| { let href = format!("mailto:{e}"); view! { <br/><a href=href dir="ltr">{e}</a> } })}
                    </dd>
                })}
            </dl>
            {request.asked.clone().filter(|a| !a.is_empty()).map(|a| view! {
                <h3>{t("follow-asked")}</h3>
                <p class="request-message"><bdi lang="fr">{a}</bdi></p>
            })}
            {(status == RequestStatus::WaitingResident).then(|| view! {
                <form method="post" action=AnswerRequest::PATH class="answer-form">
                    <input type="hidden" name="reference" value=request.reference.clone()/>
                    <input type="hidden" name="code" value=code.clone()/>
                    <TextArea id="s-answer" name="texte" label=t("follow-answer") rows=5 required=true
                        max_length=MAX_TEXT hint=t("follow-answer-hint")/>
                    <button type="submit" class="button primary">{t("follow-answer-send")}</button>
                </form>
            })}
            {request.reply.clone().map(|r| view! {
                <h3>{t("follow-reply")}</h3>
                <p class="request-message"><bdi lang="fr">{r}</bdi></p>
            })}
        </section>
    }
}
