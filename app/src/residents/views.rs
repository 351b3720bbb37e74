//! `/agent/usagers`: the search, then each person found with their appointments and
//! requests.

use super::model::{PATH, Person, ResidentsView};
use super::search_residents;
use crate::components::fields::Field;
use crate::i18n::t;
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/agent/usagers`
#[component]
pub fn ResidentsPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(
        move || query.with(|q| q.get("q").unwrap_or_default()),
        search_residents,
    );
    view! { <StaffPage title="section-residents" page view=|view| view! { <Residents view/> }/> }
}

#[component]
fn Residents(view: ResidentsView) -> impl IntoView {
    let ResidentsView {
        me,
        typed,
        searched,
        people,
    } = view;
    let result = match searched {
        None => None,
        Some(false) => Some(view! { <p class="notice error" role="alert">{t("residents-too-short")}</p> }.into_any()),
        Some(true) if people.is_empty() => Some(view! { <p role="status">{t("residents-none")}</p> }.into_any()),
        Some(true) => Some(view! {
            <div class="residents">{people.into_iter().map(|p| view! { <PersonCard person=p/> }).collect_view()}</div>
        }.into_any()),
    };
    view! {
        <StaffFrame me current=Some(StaffSection::Residents)>
            <h1>{t("section-residents")}</h1>
            <p>{t("residents-intro")}</p>
            <form method="get" action=PATH class="filters" role="search">
                <Field id="u-q" name="q" label=t("residents-search") value=typed hint=t("residents-search-hint")
                    autocomplete="off" required=true/>
                <button type="submit" class="button primary">{t("residents-look")}</button>
            </form>
            {result}
        </StaffFrame>
    }
}

#[component]
fn PersonCard(person: Person) -> impl IntoView {
    view! {
        <section class="admin-card person">
            <h2><bdi>{person.name.clone()}</bdi></h2>
            <dl class="request-facts">
                {person.phone.clone().map(|p| view! { <dt>{t("requests-phone")}</dt><dd dir="ltr">{p}</dd> })}
                {person.email.clone().map(|e| view! { <dt>{t("requests-email")}</dt><dd dir="ltr">{e}</dd> })}
                {person.language.clone().map(|l| view! { <dt>{t("requests-language")}</dt><dd>{l}</dd> })}
                {(!person.needs.is_empty()).then(|| view! { <dt>{t("residents-needs")}</dt><dd>{person.needs.join(" · ")}</dd> })}
            </dl>
            {(!person.appointments.is_empty()).then(|| view! {
                <h3>{t("residents-appointments")}</h3>
                <ul>
                    {person.appointments.iter().cloned().map(|a| view! {
                        <li><span dir="ltr">{a.when}</span>" · "{a.motif}" · "{t(a.status.message_id())}" · "<span dir="ltr">{a.reference}</span></li>
                    }).collect_view()}
                </ul>
            })}
            {(!person.requests.is_empty()).then(|| view! {
                <h3>{t("residents-requests")}</h3>
                <ul>
                    {person.requests.iter().cloned().map(|r| {
                        let href = format!("/agent/demandes/{}", r.reference);
                        view! {
                            <li><span dir="ltr">{r.received}</span>" · "<a href=href>{r.reference}</a>" · "<bdi>{r.subject}</bdi>" · "{t(r.status.message_id())}</li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
