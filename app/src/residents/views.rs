//! `/agent/usagers`: the search, then each person found with their appointments and
//! requests.

use super::model::{PATH, Person, ResidentsView, export_href};
use super::{EraseResident, MergeResidents, SeparateResidents, search_residents};
use crate::components::fields::{Choice, Field, Select};
use crate::i18n::{args, t, t_with};
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::staff::{Role, StaffSection};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
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
        Some(false) => Some(
            view! { <p class="notice error" role="alert">{t("residents-too-short")}</p> }
                .into_any(),
        ),
        Some(true) if people.is_empty() => {
            Some(view! { <p role="status">{t("residents-none")}</p> }.into_any())
        }
        Some(true) => {
            let admin = me.role == Role::Admin;
            // Each person may be merged with any other one shown.
            let everyone: Vec<Choice> = people
                .iter()
                .map(|p| {
                    let contact = p.email.clone().or(p.phone.clone()).unwrap_or_default();
                    Choice::new(
                        p.key.clone(),
                        format!("{} {}", p.name, contact).trim().to_owned(),
                    )
                })
                .collect();
            let cards = people
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let others: Vec<Choice> = everyone
                        .iter()
                        .filter(|c| c.value != p.key)
                        .cloned()
                        .collect();
                    view! { <PersonCard person=p index=i others typed=typed.clone() admin/> }
                })
                .collect_view();
            Some(view! { <div class="residents">{cards}</div> }.into_any())
        }
    };
    let query = use_query_map();
    let outcome = move || {
        let q = query.get();
        if let Some(error) = q.get("erreur") {
            // Only the messages this page may be sent back with.
            let id = ERRORS
                .into_iter()
                .find(|id| *id == error)
                .unwrap_or(ERRORS[0]);
            Some(view! { <p class="notice warn" role="alert">{t(id)}</p> }.into_any())
        } else if let Some(count) = q.get("efface") {
            let count = count.parse::<u64>().unwrap_or(0);
            Some(
                view! { <p class="notice ok" role="status">{t_with("residents-erased", &args([("count", count.into())]))}</p> }
                    .into_any(),
            )
        } else if q.get("regroupe").is_some() {
            Some(
                view! { <p class="notice ok" role="status">{t("residents-merged")}</p> }.into_any(),
            )
        } else {
            q.get("separe").map(|_| {
                view! { <p class="notice ok" role="status">{t("residents-separated")}</p> }
                    .into_any()
            })
        }
    };
    view! {
        <StaffFrame me current=Some(StaffSection::Residents)>
            <h1>{t("section-residents")}</h1>
            {outcome}
            <p>{t("residents-intro")}</p>
            // The "aller vers" campaigns (feature `campaigns`) live under this section.
            <p><a href="/agent/usagers/campagnes">{t("residents-campaigns")}</a></p>
            <form method="get" action=PATH class="filters" role="search">
                <Field id="u-q" name="q" label=t("residents-search") value=typed hint=t("residents-search-hint")
                    autocomplete="off" required=true/>
                <button type="submit" class="button primary">{t("residents-look")}</button>
            </form>
            {result}
        </StaffFrame>
    }
}

/// The messages a merge or an erasure may come back with (`?erreur=`).
const ERRORS: [&str; 3] = [
    "residents-merge-refused",
    "residents-erase-unconfirmed",
    "residents-erase-nobody",
];

#[component]
fn PersonCard(
    person: Person,
    index: usize,
    others: Vec<Choice>,
    typed: String,
    /// Administrators give a person their data, or erase it, on the person's request.
    admin: bool,
) -> impl IntoView {
    let rights = admin.then(|| {
        let confirm = format!("u-confirme-{index}");
        let heading = format!("u-droits-{index}");
        let labelled_by = heading.clone();
        view! {
            <section class="person-rights" aria-labelledby=labelled_by>
                <h3 id=heading>{t("residents-rights")}</h3>
                <p>
                    <a href=export_href(&typed, &person.key) download="">{t("residents-export")}</a>
                </p>
                <form method="post" action=EraseResident::PATH class="erase-form">
                    <input type="hidden" name="q" value=typed.clone()/>
                    <input type="hidden" name="personne" value=person.key.clone()/>
                    <p class="check">
                        <input type="checkbox" id=confirm.clone() name="confirme" value="1" required=true/>
                        <label for=confirm>{t("residents-erase-confirm")}</label>
                    </p>
                    <button type="submit" class="button danger">{t("residents-erase")}</button>
                </form>
            </section>
        }
    });
    let merge = (!others.is_empty()).then(|| {
        let select = format!("u-avec-{index}");
        view! {
            <form method="post" action=MergeResidents::PATH class="merge-form">
                <input type="hidden" name="q" value=typed.clone()/>
                <input type="hidden" name="personne" value=person.key.clone()/>
                <Select id=select name="avec" label=t("residents-merge-with") choices=others
                    hint=t("residents-merge-hint")/>
                <button type="submit" class="button">{t("residents-merge")}</button>
            </form>
        }
    });
    let links = (!person.links.is_empty()).then(|| {
        let lines = person
            .links
            .iter()
            .cloned()
            .map(|l| {
                let said = t_with(
                    "residents-merged-by",
                    &args([
                        ("first", l.first.into()),
                        ("second", l.second.into()),
                        ("agent", l.by.into()),
                        ("date", l.when.into()),
                    ]),
                );
                view! {
                    <li>
                        {said}" "
                        <form method="post" action=SeparateResidents::PATH class="inline-form">
                            <input type="hidden" name="q" value=typed.clone()/>
                            <input type="hidden" name="lien" value=l.id.to_string()/>
                            <button type="submit" class="button">{t("residents-separate")}</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{t("residents-links")}</h3>
            <ul class="resident-links">{lines}</ul>
        }
    });
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
            {(!person.calls.is_empty()).then(|| view! {
                <h3>{t("residents-calls")}</h3>
                <ul>
                    {person.calls.iter().cloned().map(|c| view! {
                        <li>
                            <span dir="ltr">{c.when}</span>" · "<bdi>{c.campaign}</bdi>" · "{t(&c.outcome)}
                            {(!c.by.is_empty()).then(|| view! { " · "{c.by.clone()} })}
                            {c.note.map(|n| view! { " · "<bdi>{n}</bdi> })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {links}
            {merge}
            {rights}
        </section>
    }
}
