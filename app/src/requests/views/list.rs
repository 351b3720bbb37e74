//! `/agent/demandes`: log a contact in a few keystrokes (an instant answer, or a request
//! to follow up), and the requests to handle, late ones and those due soon first.

use super::standing::StandingBadge;
use crate::components::fields::Choice;
use crate::components::fields::{Check, Field, Select, TextArea};
use crate::i18n::{args, t, t_with};
use crate::requests::model::{
    ContactForm, LETTER_PATH, MAX_ADDRESS, MAX_SUBJECT, MAX_TEXT, PAGE_SIZE, RequestFilter,
    RequestsView, Standing, TEMPLATES_PATH, request_path,
};
use crate::requests::{LogContact, load_requests};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::statuses::{Channel, RequestKind, RequestStatus};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/demandes`
#[component]
pub fn RequestsPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(
        move || query.with(|q| RequestFilter::from_query(|k| q.get(k))),
        load_requests,
    );
    view! { <StaffPage title="requests-title" page view=|view| view! { <Requests view/> }/> }
}

#[component]
fn Requests(view: RequestsView) -> impl IntoView {
    let q = use_query_map().get_untracked();
    let refused = q
        .get("erreur")
        .filter(|e| e.starts_with("requests-error-") || e.starts_with("contact-error-"));
    let logged = q.get("contact").is_some();
    let filter = view.filter.clone();
    let pages = view.total.div_ceil(PAGE_SIZE);
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Requests)>
            <h1>{t("requests-title")}</h1>
            {refused.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {logged.then(|| view! { <p class="notice ok" role="status">{t("requests-contact-logged")}</p> })}
            <p><a class="button" href=LETTER_PATH>{t("letter-title")}</a>" "<a class="button" href=TEMPLATES_PATH>{t("reply-templates-title")}</a></p>
            <MyDeadlines view=view.clone()/>
            <ContactLog view=view.clone()/>
            <h2>{t("requests-list")}</h2>
            <p class="request-counts">
                <a class="badge standing-late" href=RequestFilter { due: Some(Standing::Late), ..filter.clone() }.href(0)>
                    {t_with("requests-count-late", &args([("count", view.late.into())]))}
                </a>" "
                <a class="badge standing-due-soon" href=RequestFilter { due: Some(Standing::DueSoon), ..filter.clone() }.href(0)>
                    {t_with("requests-count-due-soon", &args([("count", view.due_soon.into())]))}
                </a>
            </p>
            <Filters view=view.clone()/>
            {if view.rows.is_empty() {
                view! { <p>{t("requests-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="requests">
                        <caption>{t_with("requests-total", &args([("count", view.total.into())]))}</caption>
                        <thead><tr>
                            <th scope="col">{t("requests-reference")}</th>
                            <th scope="col">{t("requests-subject")}</th>
                            <th scope="col">{t("requests-channel")}</th>
                            <th scope="col">{t("requests-service")}</th>
                            <th scope="col">{t("requests-status")}</th>
                            <th scope="col">{t("requests-due")}</th>
                        </tr></thead>
                        <tbody>
                            {view.rows.into_iter().map(|r| view! {
                                <tr>
                                    <td><a href=request_path(&r.reference)>{r.reference.clone()}</a></td>
                                    <td><bdi>{r.subject.clone()}</bdi><br/><span class="muted">{t(r.kind.message_id())}</span></td>
                                    <td>{t(r.channel.message_id())}</td>
                                    <td>{r.service.clone().unwrap_or_default()}<br/><span class="muted">{r.owner.clone().unwrap_or_default()}</span></td>
                                    <td>{t(r.status.message_id())}</td>
                                    <td><span dir="ltr">{r.due.clone().unwrap_or_default()}</span>" "<StandingBadge standing=r.standing/></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            {(pages > 1).then(|| view! {
                <nav class="pages" aria-label=t("requests-pages")>
                    {(filter.page > 0).then(|| view! { <a href=filter.href(filter.page - 1)>{t("requests-previous")}</a> })}" "
                    <span>{t_with("requests-page", &args([("page", (filter.page + 1).into()), ("pages", pages.into())]))}</span>" "
                    {(filter.page + 1 < pages).then(|| view! { <a href=filter.href(filter.page + 1)>{t("requests-next")}</a> })}
                </nav>
            })}
        </StaffFrame>
    }
}

/// The warning of the agent's own requests late or due within two working days.
#[component]
fn MyDeadlines(view: RequestsView) -> impl IntoView {
    (view.my_late + view.my_due_soon > 0).then(|| {
        let mine = |due| {
            RequestFilter {
                due: Some(due),
                mine: true,
                ..Default::default()
            }
            .href(0)
        };
        view! {
            <div class="notice warn" role="status">
                <p><strong>{t("requests-mine-title")}</strong></p>
                <p>
                    <a href=mine(Standing::Late)>{t_with("requests-count-late", &args([("count", view.my_late.into())]))}</a>
                    " · "
                    <a href=mine(Standing::DueSoon)>{t_with("requests-count-due-soon", &args([("count", view.my_due_soon.into())]))}</a>
                </p>
            </div>
        }
    })
}

/// The list's filters: a plain GET form, so the address keeps them.
#[component]
fn Filters(view: RequestsView) -> impl IntoView {
    let f = view.filter;
    let statuses: Vec<Choice> = RequestStatus::ALL
        .iter()
        .map(|s| Choice::new(s.as_str(), t(s.message_id())))
        .collect();
    let due = vec![
        Choice::new("retard", t("requests-standing-late")),
        Choice::new("bientot", t("requests-standing-due-soon")),
    ];
    let due_selected = match f.due {
        Some(Standing::Late) => Some("retard".to_owned()),
        Some(Standing::DueSoon) => Some("bientot".to_owned()),
        _ => None,
    };
    view! {
        <form method="get" action=crate::requests::model::PATH class="filters">
            <Select id="f-service" name="service" label=t("requests-service") choices=view.services
                selected=f.service.map(|s| s.to_string()) empty=t("requests-all")/>
            <Select id="f-statut" name="statut" label=t("requests-status") choices=statuses
                selected=f.status.map(|s| s.as_str().to_owned()) empty=t("requests-open")/>
            <Select id="f-echeance" name="echeance" label=t("requests-due") choices=due
                selected=due_selected empty=t("requests-all")/>
            <div class="field">
                <Check id="f-miennes" name="miennes" label=t("requests-mine") checked=f.mine/>
            </div>
            <button type="submit" class="button">{t("requests-filter")}</button>
        </form>
    }
}

/// The contact log: channel, service and outcome are enough for an instant answer; a
/// follow-up also needs a subject and a way to reach the resident.
#[component]
fn ContactLog(view: RequestsView) -> impl IntoView {
    let channels: Vec<Choice> = [
        Channel::Phone,
        Channel::Desk,
        Channel::Email,
        Channel::Letter,
        Channel::OutboundCall,
    ]
    .iter()
    .map(|c| Choice::new(c.as_str(), t(c.message_id())))
    .collect();
    let kinds: Vec<Choice> = RequestKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), t(k.message_id())))
        .collect();
    view! {
        <form method="post" action=LogContact::PATH class="contact-log admin-card">
            <h2>{t("requests-log-title")}</h2>
            <p class="hint">{t("requests-log-hint")}</p>
            <div class="contact-log-row">
                <Select id="c-canal" name="canal" label=t("requests-channel") choices=channels selected=Some(Channel::Phone.as_str().to_owned()) required=true/>
                <Select id="c-lieu" name="lieu" label=t("requests-site") choices=view.sites
                    selected=view.site.map(|s| s.to_string())/>
                <Select id="c-service" name="service" label=t("requests-service") choices=view.services.clone() empty=t("requests-no-service")/>
            </div>
            <div>
                <TextArea id="c-note" name="note" label=t("requests-note") rows=2 max_length=MAX_TEXT/>
            </div>
            <button type="submit" name="issue" value=ContactForm::ANSWERED class="button primary">{t("requests-log-answered")}</button>
            <details>
                <summary>{t("requests-log-follow-up")}</summary>
                <p class="hint">{t("requests-log-follow-up-hint")}</p>
                <Select id="c-type" name="type" label=t("requests-kind") choices=kinds/>
                <Field id="c-sujet" name="sujet" label=t("requests-subject") max_length=MAX_SUBJECT/>
                <Field id="c-nom" name="nom" label=t("requests-name") autocomplete="off"/>
                <Field id="c-telephone" name="telephone" label=t("requests-phone") kind="tel" ltr=true/>
                <Field id="c-courriel" name="courriel" label=t("requests-email") kind="email" ltr=true/>
                <TextArea id="c-adresse" name="adresse" label=t("requests-postal-address") rows=3
                    hint=t("requests-postal-address-hint") max_length=MAX_ADDRESS/>
                <button type="submit" name="issue" value=ContactForm::FOLLOW_UP class="button">{t("requests-log-open")}</button>
            </details>
        </form>
    }
}
