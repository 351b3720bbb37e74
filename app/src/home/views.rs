//! The resident home: language choice, the big actions, the sites with their day.

use crate::calendar::sites::sites_today;
use crate::calendar::today::{SiteToday, TodayHours};
use crate::components::PublicLayout;
use crate::components::server_rendered::is_server_rendered;
use crate::i18n::{t, use_locale};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let sites = Resource::new_blocking(|| (), |_| sites_today());
    view! {
        <leptos_meta::Title text=t("app-name")/>
        <leptos_meta::Meta name="description" content=t("home-description")/>
        <PublicLayout>
            <h1>{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <nav aria-label=t("home-actions-label")>
                <ul class="big-actions">
                    <BigAction href="/rendez-vous" icon="calendar" text_id="home-action-appointment"/>
                    <BigAction href="/file" icon="ticket" text_id="home-action-ticket"/>
                    <BigAction href="/suivi" icon="search" text_id="home-action-follow"/>
                    <BigAction href="/demarches" icon="document" text_id="home-action-procedures"/>
                    <BigAction href="#horaires" icon="clock" text_id="home-action-hours"/>
                </ul>
            </nav>
            <section id="horaires" aria-labelledby="horaires-title">
                <h2 id="horaires-title">{t("home-sites-title")}</h2>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match sites.await {
                            Ok(list) => view! { <SiteList sites=list/> }.into_any(),
                            Err(e) => view! { <p role="alert">{t(e.message_id())}</p> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        </PublicLayout>
    }
}

#[component]
fn BigAction(href: &'static str, icon: &'static str, text_id: &'static str) -> impl IntoView {
    view! {
        <li>
            // A page the server renders alone is asked of the server, not of the router.
            <a class="big-action" href=href rel=is_server_rendered(href).then_some("external")>
                <Icon name=icon/>
                <span class="big-action-title">{t(text_id)}</span>
                <span class="big-action-hint">{t(&format!("{text_id}-hint"))}</span>
            </a>
        </li>
    }
}

/// Simple line pictograms; decorative, the text beside them says it all.
#[component]
pub fn Icon(name: &'static str) -> impl IntoView {
    let path = match name {
        "calendar" => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
        "ticket" => "M4 7h16v4a2 2 0 0 0 0 4v4H4v-4a2 2 0 0 0 0-4zM12 7v12",
        "search" => "M10 4a6 6 0 1 1 0 12a6 6 0 0 1 0-12zM15 15l5 5",
        "document" => "M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7",
        _ => "M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18zM12 7v5l3 3",
    };
    view! {
        <svg class="icon big-icon" aria-hidden="true" viewBox="0 0 24 24" width="40" height="40">
            <path d=path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}

/// Site names and addresses are French data shown inside pages of any language: `bdi`
/// keeps "1 place de la Mairie" and phone numbers in their order on right-to-left pages.
#[component]
fn SiteList(sites: Vec<SiteToday>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ul class="sites">
            {sites
                .into_iter()
                .map(|site| {
                    let today = site.today.describe(locale);
                    let open = matches!(site.today, TodayHours::Open(_));
                    view! {
                        <li class="site">
                            <h3><bdi lang="fr">{site.name}</bdi></h3>
                            <p class=if open { "today open" } else { "today closed" }>{today}</p>
                            <address>
                                <bdi lang="fr">{site.address}</bdi><br/><bdi lang="fr">{format!("{} {}", site.postal_code, site.city)}</bdi>
                                {site.phone.map(|p| { let href = format!("tel:{}", p.replace(' ', "")); view! { <br/><a href=href dir="ltr">{p}</a> } })}
                            </address>
                            {site.access_info.map(|a| view! { <p class="muted"><bdi lang="fr">{a}</bdi></p> })}
                            <details>
                                <summary>{t("home-week-hours")}</summary>
                                <dl class="week-hours">
                                    {site.week.into_iter().map(|(day, ranges)| view! {
                                        <dt>{t(&day)}</dt>
                                        <dd>{if ranges.is_empty() { t("hours-closed") } else { ranges.join(", ") }}</dd>
                                    }).collect_view()}
                                </dl>
                            </details>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
