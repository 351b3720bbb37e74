//! Pieces of the booking pages that its parts share: what was chosen, the documents to
//! bring, a week of free times, the language choices of the contact forms, and what a
//! public page says when it cannot show its appointment or step.

use super::model::{MotifInfo, SiteInfo, WeekOfSlots};
use crate::errors::AppError;
use crate::i18n::dates::{clock, long_date, long_date_time, paris_date, short_date};
use crate::i18n::languages::{SIGN_LANGUAGE, interpreter_choices};
use crate::i18n::names::{motif_name, service_name};
use crate::i18n::{Locale, args, t, t_with, use_locale};
use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;

pub fn motif_label(locale: Locale, motif: &MotifInfo) -> String {
    motif_name(locale, &motif.slug, &motif.name)
}

pub fn service_label(locale: Locale, motif: &MotifInfo) -> String {
    service_name(locale, &motif.service_slug, &motif.service_name)
}

/// "30 min"
pub fn duration_label(minutes: i32) -> String {
    t_with("booking-duration", &args([("minutes", minutes.into())]))
}

/// The documents to bring. They are the town's French wording: marked as French so that
/// screen readers pronounce them right on a page in another language.
#[component]
pub fn Documents(documents: Vec<String>) -> impl IntoView {
    if documents.is_empty() {
        return view! { <p>{t("booking-documents-none")}</p> }.into_any();
    }
    view! {
        <ul class="documents" lang="fr">
            {documents.into_iter().map(|d| view! { <li><bdi>{d}</bdi></li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A site's name, address and how to reach it.
#[component]
pub fn SiteCard(site: SiteInfo) -> impl IntoView {
    let locale = use_locale();
    view! {
        <span class="site-name"><bdi lang="fr">{site.name}</bdi></span>
        <span class="site-address"><bdi lang="fr">{format!("{}, {} {}", site.address, site.postal_code, site.city)}</bdi></span>
        <span class="site-today">{site.today.describe(locale)}</span>
        {site.access_info.map(|a| view! { <span class="muted"><bdi lang="fr">{a}</bdi></span> })}
    }
}

/// What was chosen so far, each with a link to change it.
#[component]
pub fn Chosen(
    motif: MotifInfo,
    #[prop(optional)] site: Option<SiteInfo>,
    #[prop(optional)] starts_at: Option<DateTime<Utc>>,
    /// Links to change each choice; none on pages past booking.
    #[prop(optional)]
    change: Option<(String, String, String)>,
) -> impl IntoView {
    let locale = use_locale();
    let (change_motif, change_site, change_time) = match change {
        Some((m, s, c)) => (Some(m), Some(s), Some(c)),
        None => (None, None, None),
    };
    let change_link = |href: Option<String>, what: &'static str| {
        href.map(|h| {
            view! { <a class="change" href=h>{t("booking-change")}<span class="visually-hidden">{format!(" : {}", t(what))}</span></a> }
        })
    };
    view! {
        <dl class="chosen">
            <div>
                <dt>{t("booking-label-motif")}</dt>
                <dd>
                    {motif_label(locale, &motif)} " " <span class="muted">{format!("({})", duration_label(motif.duration_minutes))}</span>
                    {change_link(change_motif, "booking-label-motif")}
                </dd>
            </div>
            {site.map(|s| view! {
                <div>
                    <dt>{t("booking-label-site")}</dt>
                    <dd>
                        <bdi lang="fr">{s.name}</bdi>", " <bdi lang="fr">{format!("{}, {} {}", s.address, s.postal_code, s.city)}</bdi>
                        {change_link(change_site, "booking-label-site")}
                    </dd>
                </div>
            })}
            {starts_at.map(|at| view! {
                <div>
                    <dt>{t("booking-label-when")}</dt>
                    <dd>
                        {long_date_time(locale, at)}
                        {change_link(change_time, "booking-label-when")}
                    </dd>
                </div>
            })}
        </dl>
    }
}

/// One week of free times: the earliest first, then day by day, with links to the weeks
/// around it. `slot_href` and `week_href` say where a choice leads.
// Links are made by `&dyn Fn`: one copy of this view in the wasm serves the three pages.
pub fn week_view(
    locale: Locale,
    week: &WeekOfSlots,
    slot_href: &dyn Fn(DateTime<Utc>) -> String,
    week_href: &dyn Fn(NaiveDate) -> String,
) -> AnyView {
    let taken = week.taken.map(|at| {
        view! {
            <div class="notice warn" role="alert">
                <p>{t_with("booking-slot-taken", &args([("time", long_date_time(locale, at).into())]))}</p>
                {(!week.nearest.is_empty()).then(|| view! {
                    <p>{t("booking-slot-nearest")}</p>
                    <ul class="slot-grid">
                        {week.nearest.iter().map(|s| view! {
                            <li><a class="slot" href=slot_href(*s)>{short_date(locale, paris_date(*s))}", "{clock(*s)}</a></li>
                        }).collect_view()}
                    </ul>
                })}
            </div>
        }
    });
    let earliest = match week.earliest {
        Some(at) => view! {
            <p class="earliest">
                {t("booking-earliest")}" "
                <a class="button primary" href=slot_href(at)>{long_date_time(locale, at)}</a>
            </p>
        }
        .into_any(),
        None => {
            view! { <p class="notice" role="status">{t("booking-no-slot-at-all")}</p> }.into_any()
        }
    };
    let previous = week.previous_week.map(&week_href);
    let next = week.next_week.map(&week_href);
    let nav = move || {
        let (previous, next) = (previous.clone(), next.clone());
        view! {
            <nav class="week-nav" aria-label=t("booking-weeks")>
                {previous.map(|href| view! { <a class="button" href=href><span aria-hidden="true">"‹ "</span>{t("booking-previous-week")}</a> })}
                {next.map(|href| view! { <a class="button" href=href>{t("booking-next-week")}<span aria-hidden="true">" ›"</span></a> })}
            </nav>
        }
    };
    let days = week
        .days
        .iter()
        .map(|day| {
            let heading = short_date(locale, day.date);
            let slots = if day.slots.is_empty() {
                view! { <p class="muted">{t("booking-day-full")}</p> }.into_any()
            } else {
                view! {
                    <ul class="slot-grid">
                        {day.slots.iter().map(|s| view! {
                            <li><a class="slot" href=slot_href(*s)><span class="visually-hidden">{format!("{heading}, ")}</span>{clock(*s)}</a></li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            };
            view! {
                <section class="day">
                    <h3>{heading.clone()}</h3>
                    {slots}
                </section>
            }
        })
        .collect_view();
    view! {
        {taken}
        {earliest}
        <h2>{t_with("booking-week-of", &args([("date", long_date(locale, week.week_start).into())]))}</h2>
        {nav()}
        {if week.days.is_empty() { Some(view! { <p class="muted">{t("booking-week-closed")}</p> }) } else { None }}
        {days}
        {nav()}
    }
    .into_any()
}

/// The `<option>`s of the languages messages can be sent in, each named in itself.
pub fn language_options(chosen: &str) -> impl IntoView + use<> {
    Locale::ALL
        .into_iter()
        .map(|l| {
            let selected = l.code() == chosen;
            view! { <option value=l.code() selected=selected lang=l.code()>{l.native_name()}</option> }
        })
        .collect_view()
}

/// The `<option>`s of the interpreter select: none, sign language, then spoken languages,
/// each named in itself.
pub fn interpreter_options(chosen: &str) -> impl IntoView + use<> {
    let spoken = interpreter_choices()
        .into_iter()
        .map(|(tag, name)| {
            let selected = tag == chosen;
            view! { <option value=tag selected=selected lang=tag>{name}</option> }
        })
        .collect_view();
    view! {
        <option value="" selected=chosen.is_empty()>{t("contact-interpreter-none")}</option>
        <option value=SIGN_LANGUAGE selected=chosen == SIGN_LANGUAGE>{t("interpreter-lsf")}</option>
        {spoken}
    }
}

/// What a public booking page says when its data cannot be shown: why (`not_found` when
/// there is no such thing), and the way to book again.
#[component]
pub fn LoadError(
    error: AppError,
    /// Fluent id of the page's title.
    title: &'static str,
    /// Fluent id of what to say when nothing was found.
    not_found: &'static str,
    /// Fluent id of the link back to the booking pages.
    again: &'static str,
) -> impl IntoView {
    let message = match error {
        AppError::NotFound => t(not_found),
        other => t(other.message_id()),
    };
    view! {
        <leptos_meta::Title text=t(title)/>
        <h1>{t(title)}</h1>
        <p class="notice" role="alert">{message}</p>
        <p><a class="button primary" href="/rendez-vous">{t(again)}</a></p>
    }
}
