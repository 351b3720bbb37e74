//! `/file` and `/file/<site>`: taking a ticket from home, where the site allows it and
//! while it is open, with an optional phone number for a text when one's turn is near.
//! No priority from home: it is declared at the kiosk, in front of the reception, or to a
//! counsellor (the server refuses one sent from here).

use super::parts::{VisitorPage, route_param, wait_text};
use crate::calendar::sites::sites_today;
use crate::calendar::today::SiteToday;
use crate::components::PublicLayout;
use crate::i18n::{t, use_locale};
use crate::queue::visitors::model::{SiteQueue, TakeTicketForm};
use crate::queue::visitors::{TakeTicket, load_site_queue};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/file`: which site to queue at.
#[component]
pub fn TicketSitesPage() -> impl IntoView {
    let sites = Resource::new_blocking(|| (), |_| sites_today());
    let locale = use_locale();
    view! {
        <leptos_meta::Title text=t("home-action-ticket")/>
        <PublicLayout>
            <h1>{t("home-action-ticket")}</h1>
            <p>{t("queue-home-intro")}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let list: Vec<SiteToday> = sites.await.unwrap_or_default();
                    view! {
                        <ul class="sites">
                            {list.into_iter().map(|s| {
                                let href = format!("/file/{}", s.slug);
                                view! {
                                    <li class="site">
                                        <h2><a href=href><bdi lang="fr">{s.name}</bdi></a></h2>
                                        <p>{s.today.describe(locale)}</p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                })}
            </Suspense>
        </PublicLayout>
    }
}

/// `/file/<site>`
#[component]
pub fn TakeTicketPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(route_param("site"), load_site_queue);
    let take = move |site: SiteQueue| {
        let q = query.get();
        let error = q
            .get("erreur")
            .filter(|e| e.starts_with("queue-error-") || e.starts_with("devices-error-"));
        let phone_error = q
            .get("telephone-erreur")
            .filter(|e| e.starts_with("contact-"));
        let motif = q.get("motif");
        view! { <TakeFromHome site error phone_error motif/> }
    };
    view! {
        <PublicLayout>
            <VisitorPage title="home-action-ticket" page view=take/>
        </PublicLayout>
    }
}

#[component]
fn TakeFromHome(
    site: SiteQueue,
    error: Option<String>,
    phone_error: Option<String>,
    motif: Option<String>,
) -> impl IntoView {
    let heading = view! { <h1>{t("home-action-ticket")}" — "<bdi lang="fr">{site.site_name.clone()}</bdi></h1> };
    if !site.tickets_from_home || !site.open {
        let why = if site.tickets_from_home {
            "queue-error-closed"
        } else {
            "queue-error-no-home-tickets"
        };
        return view! {
            {heading}
            <p class="notice" role="status">{t(why)}</p>
            <p>{site.hours_today.clone()}</p>
            {site.phone.clone().map(|p| { let href = format!("tel:{}", p.replace(' ', "")); view! { <p><a href=href dir="ltr">{p}</a></p> } })}
            <p><a class="button" href="/rendez-vous">{t("home-action-appointment")}</a></p>
        }
        .into_any();
    }
    let selected = motif.and_then(|m| m.parse::<i32>().ok());
    let phone_described = if phone_error.is_some() {
        "telephone-aide telephone-erreur"
    } else {
        "telephone-aide"
    };
    view! {
        {heading}
        <p>{site.hours_today.clone()}</p>
        {error.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
        <form method="post" action=TakeTicket::PATH class="take-ticket">
            <input type="hidden" name="lieu" value=site.site.clone()/>
            <input type="hidden" name="depuis" value=TakeTicketForm::HOME/>
            <div class="field">
                <label for="motif">{t("booking-label-motif")}</label>
                <select id="motif" name="motif" required>
                    {site.families.iter().map(|f| view! {
                        <optgroup label=format!("{} — {}", f.name, wait_text(f.wait))>
                            {f.motifs.iter().map(|m| view! {
                                <option value=m.id.to_string() selected=selected == Some(m.id)>{m.name.clone()}</option>
                            }).collect_view()}
                        </optgroup>
                    }).collect_view()}
                </select>
            </div>
            <p class="hint">{t("devices-priority-at-kiosk")}</p>
            // Written out rather than a `Field`: its error is optional here, which `Field`
            // cannot take as such, and its hint and error keep the ids they always had.
            <div class="field">
                <label for="telephone">{t("queue-phone-label")}</label>
                <input id="telephone" name="telephone" type="tel" autocomplete="tel" inputmode="tel" dir="ltr"
                    aria-describedby=phone_described aria-invalid=phone_error.is_some().then_some("true")/>
                <p id="telephone-aide" class="hint">{t("queue-phone-hint")}</p>
                {phone_error.map(|e| view! { <p id="telephone-erreur" class="field-error">{t(&e)}</p> })}
            </div>
            <button type="submit" class="button primary">{t("queue-take")}</button>
        </form>
    }
    .into_any()
}
