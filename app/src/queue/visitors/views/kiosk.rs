//! `/borne/<site>`: the entrance kiosk, a touch screen nobody signs in to. Language first,
//! then the service family (big pictograms), the motif, whether the visitor needs to go
//! first; the ticket comes out as a number, the wait, a QR code to follow it on a phone,
//! and a receipt through the browser's print. Every step is a plain link or form. Only the
//! site's enrolled kiosk shows it; any other browser gets the enrolment prompt.

use super::parts::{FamilyIcon, VisitorPage, route_param, wait_text};
use crate::components::smiley::Smiley;
use crate::i18n::{LANG_QUERY, Locale, args, t, t_with, use_locale};
use crate::queue::order::Priority;
use crate::queue::visitors::model::{Family, SiteQueue, TakeTicketForm, TicketView};
use crate::queue::visitors::{TakeTicket, load_kiosk, load_ticket};
use crate::staff::device_prompt::DevicePromptView;
use crate::staff::model::Enrolled;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/borne/<site>`
#[component]
pub fn KioskPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(route_param("site"), load_kiosk);
    let kiosk = move |page: Enrolled<SiteQueue>| {
        let q = query.get();
        let error = q.get("erreur");
        let site = match page {
            Enrolled::Yes(site) => site,
            Enrolled::No(prompt) => return view! { <DevicePromptView prompt error/> }.into_any(),
        };
        let family = q.get("service");
        let motif = q.get("motif");
        let error = error.filter(|e| e.starts_with("queue-error-"));
        let thanked = q.get("avis").is_some();
        view! { <Kiosk site family motif error thanked/> }.into_any()
    };
    view! { <VisitorPage title="queue-kiosk-title" page view=kiosk/> }
}

#[component]
fn Kiosk(
    site: SiteQueue,
    family: Option<String>,
    motif: Option<String>,
    error: Option<String>,
    /// Back from the survey's smileys.
    thanked: bool,
) -> impl IntoView {
    let locale = use_locale();
    let home = format!("/borne/{}?{LANG_QUERY}={}", site.site, locale.code());
    let chosen_motif = motif
        .as_deref()
        .and_then(|m| m.parse::<i32>().ok())
        .and_then(|id| {
            site.families.iter().find_map(|f| {
                f.motifs
                    .iter()
                    .find(|m| m.id == id)
                    .map(|m| (f.clone(), m.clone()))
            })
        });
    let chosen_family = family
        .as_deref()
        .and_then(|slug| site.families.iter().find(|f| f.slug == slug).cloned());
    let body = if !site.open {
        view! {
            <section class="kiosk-closed">
                <h2>{t("queue-closed-title")}</h2>
                <p>{site.hours_today.clone()}</p>
            </section>
        }
        .into_any()
    } else if let Some((family, motif)) = chosen_motif {
        view! { <PriorityStep site=site.site.clone() family motif_id=motif.id motif_name=motif.name home=home.clone()/> }.into_any()
    } else if let Some(family) = chosen_family {
        view! { <MotifStep site=site.site.clone() family home=home.clone()/> }.into_any()
    } else {
        let survey = site
            .survey_open
            .then(|| view! { <KioskSurvey site=site.site.clone()/> });
        view! {
            <FamilyStep site=site.site.clone() families=site.families.clone()/>
            {survey}
        }
        .into_any()
    };
    view! {
        <main id="main" class="kiosk" tabindex="-1">
            <header class="kiosk-header">
                <p class="kiosk-site"><bdi lang="fr">{site.site_name.clone()}</bdi></p>
                <KioskLanguages site=site.site.clone() current=locale/>
            </header>
            {error.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {thanked.then(|| view! { <p class="notice ok" role="status">{t("queue-survey-thanks")}</p> })}
            {body}
        </main>
        <KioskIdle home/>
    }
}

/// Language buttons by their own names; a plain link per language.
#[component]
fn KioskLanguages(site: String, current: Locale) -> impl IntoView {
    view! {
        <nav class="kiosk-languages" aria-label=t("language-picker-label")>
            <ul>
                {Locale::ALL.into_iter().map(|l| {
                    let href = format!("/borne/{site}?{LANG_QUERY}={}", l.code());
                    view! {
                        <li><a class="kiosk-lang" href=href rel="external" lang=l.code() hreflang=l.code() dir=l.dir()
                            aria-current=(l == current).then_some("true")>{l.native_name()}</a></li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn FamilyStep(site: String, families: Vec<Family>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1 class="kiosk-title">{t("queue-kiosk-choose-family")}</h1>
        <ul class="kiosk-grid">
            {families.into_iter().map(|f| {
                let href = format!("/borne/{site}?service={}&{LANG_QUERY}={}", f.slug, locale.code());
                view! {
                    <li>
                        <a class="kiosk-button" href=href>
                            <FamilyIcon slug=f.slug.clone()/>
                            <span class="kiosk-button-label">{f.name.clone()}</span>
                            <span class="kiosk-button-hint">{wait_text(f.wait)}</span>
                        </a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn MotifStep(site: String, family: Family, home: String) -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1 class="kiosk-title"><FamilyIcon slug=family.slug.clone()/>{family.name.clone()}</h1>
        <p class="kiosk-lead">{t("queue-kiosk-choose-motif")}</p>
        <ul class="kiosk-list">
            {family.motifs.into_iter().map(|m| {
                let href = format!("/borne/{site}?motif={}&{LANG_QUERY}={}", m.id, locale.code());
                view! { <li><a class="kiosk-button wide" href=href>{m.name}</a></li> }
            }).collect_view()}
        </ul>
        <p><a class="button kiosk-back" href=home>{t("queue-kiosk-back")}</a></p>
    }
}

/// One tap takes the ticket: "no" or the reason to go first.
#[component]
fn PriorityStep(
    site: String,
    family: Family,
    motif_id: i32,
    motif_name: String,
    home: String,
) -> impl IntoView {
    view! {
        <h1 class="kiosk-title"><FamilyIcon slug=family.slug.clone()/>{motif_name}</h1>
        <form method="post" action=TakeTicket::PATH class="kiosk-priority">
            <input type="hidden" name="lieu" value=site/>
            <input type="hidden" name="motif" value=motif_id.to_string()/>
            <input type="hidden" name="telephone" value=""/>
            <input type="hidden" name="depuis" value=TakeTicketForm::KIOSK/>
            <fieldset>
                <legend class="kiosk-lead">{t("queue-priority-question")}</legend>
                <button type="submit" name="priorite" value=Priority::None.as_str() class="kiosk-button wide primary">{t(Priority::None.message_id())}</button>
                <div class="kiosk-grid small">
                    {Priority::DECLARED.into_iter().map(|p| view! {
                        <button type="submit" name="priorite" value=p.as_str() class="kiosk-button">{t(p.message_id())}</button>
                    }).collect_view()}
                </div>
            </fieldset>
        </form>
        <p><a class="button kiosk-back" href=home>{t("queue-kiosk-back")}</a></p>
    }
}

/// While a satisfaction-survey campaign runs, a row of three faces under the services:
/// one tap is an answer about a visit at this site (the surveys feature records it at
/// `/api/public/avis-borne` and comes back here with a thank-you).
#[component]
fn KioskSurvey(site: String) -> impl IntoView {
    let faces = [
        (1, "queue-survey-unhappy"),
        (2, "queue-survey-neutral"),
        (3, "queue-survey-happy"),
    ];
    view! {
        <form method="post" action=KIOSK_SURVEY_PATH class="kiosk-survey">
            <input type="hidden" name="lieu" value=site/>
            <input type="hidden" name="lang" value=use_locale().code()/>
            <fieldset>
                <legend class="kiosk-lead">{t("queue-survey-question")}</legend>
                <div class="kiosk-survey-faces">
                    {faces.into_iter().map(|(score, label)| view! {
                        <button type="submit" name="note" value=score.to_string() class="kiosk-button smiley">
                            <Smiley score/>
                            <span class="smiley-label">{t(label)}</span>
                        </button>
                    }).collect_view()}
                </div>
            </fieldset>
        </form>
    }
}

/// The surveys feature's kiosk answer (a plain address: features do not import each other).
const KIOSK_SURVEY_PATH: &str = "/api/public/avis-borne";

/// An unattended kiosk goes back to its first screen, in French, when nobody touches it.
#[component]
fn KioskIdle(home: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        let home = home
            .split('?')
            .next()
            .map(|p| format!("{p}?{LANG_QUERY}=fr"))
            .unwrap_or_default();
        crate::queue::client::return_when_idle(home, 90);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = home;
}

/// Prints the receipt on the kiosk's printer (a handler, not an inline `onclick`: the
/// page's Content-Security-Policy runs no inline code).
fn print(_: leptos::ev::MouseEvent) {
    #[cfg(feature = "hydrate")]
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// `/borne/<site>/ticket/<token>`: the ticket as the kiosk shows and prints it.
#[component]
pub fn KioskTicketPage() -> impl IntoView {
    let ticket = Resource::new_blocking(route_param("token"), |token| load_ticket(token, true));
    view! { <VisitorPage title="queue-kiosk-title" page=ticket view=|ticket| view! { <KioskTicket ticket/> }/> }
}

#[component]
fn KioskTicket(ticket: TicketView) -> impl IntoView {
    let locale = use_locale();
    let done = format!("/borne/{}?{LANG_QUERY}=fr", ticket.site);
    let wait = ticket.wait.map(wait_text);
    let ahead = ticket.ahead.unwrap_or(0);
    view! {
        <main id="main" class="kiosk kiosk-ticket" tabindex="-1">
            <section class="receipt" aria-labelledby="ticket-number-label">
                <p class="receipt-site"><bdi lang="fr">{ticket.site_name.clone()}</bdi></p>
                <p id="ticket-number-label" class="receipt-label">{t("queue-ticket-number")}</p>
                <p class="receipt-number" dir="ltr">{ticket.code.clone()}</p>
                <p class="receipt-motif">{ticket.motif.clone()}</p>
                <p class="receipt-wait">{t_with("queue-ahead", &args([("count", ahead.into())]))}</p>
                {wait.map(|w| view! { <p class="receipt-wait">{w}</p> })}
                <p class="receipt-time">{crate::i18n::dates::long_date_time(locale, ticket.issued_at)}</p>
                {ticket.qr_svg.clone().map(|svg| view! {
                    <figure class="receipt-qr">
                        <div class="qr" role="img" aria-label=t("queue-qr-label") inner_html=svg></div>
                        <figcaption>{t("queue-qr-hint")}</figcaption>
                    </figure>
                })}
                {(ticket.survey_open && ticket.qr_svg.is_some())
                    .then(|| view! { <p class="receipt-survey">{t("queue-survey-receipt")}</p> })}
            </section>
            <div class="kiosk-actions no-print">
                <button type="button" class="kiosk-button primary" id="print-ticket" on:click=print>{t("queue-print")}</button>
                <a class="kiosk-button" href=done.clone()>{t("queue-kiosk-done")}</a>
            </div>
        </main>
        <KioskIdle home=done/>
    }
}
