//! The counsellors' agenda and the desk's booking page.

use super::model::{AgendaDay, AgendaParams, AgendaRow, AgendaView, safe_return};
use super::{CANCEL_REASONS, DeskBookingParams, DeskBookingView, agenda, desk_booking};
use crate::booking::parts::week_view;
use crate::booking::wizard::model::{MAX_NEEDS, MAX_NOTE, instant_param};
use crate::components::fields::options;
use crate::i18n::dates::{clock, long_date, long_date_time, short_date};
use crate::i18n::languages::{SIGN_LANGUAGE, interpreter_choices, language_name};
use crate::i18n::{Locale, args, t, t_with, use_locale};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::AccessDenied;
use crate::statuses::AppointmentStatus;
use chrono::Duration;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub const CHECK_IN_URL: &str = "/api/agent/rendez-vous/arrivee";
pub const NO_SHOW_URL: &str = "/api/agent/rendez-vous/absent";
pub const CANCEL_URL: &str = "/api/agent/rendez-vous/annuler";
pub const BOOK_URL: &str = "/api/agent/rendez-vous/reserver";

/// `/agent/rendez-vous`
#[component]
pub fn AgendaPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(
        move || {
            let q = query.get();
            AgendaParams {
                lieu: q.get("lieu"),
                jour: q.get("jour"),
                vue: q.get("vue"),
                agent: q.get("agent"),
            }
        },
        agenda,
    );
    view! {
        <leptos_meta::Title text=t("section-appointments")/>
        <Suspense fallback=|| ()>
            {move || {
                let booked = query.get().get("reserve");
                Suspend::new(async move {
                    match page.await {
                        Ok(view) => view! { <Agenda view booked/> }.into_any(),
                        Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn Agenda(view: AgendaView, booked: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let params = AgendaParams::default();
    let here = params.url(&view.site, view.day, view.week, view.agent.as_deref());
    let step = if view.week { 7 } else { 1 };
    let previous = params.url(
        &view.site,
        view.day - Duration::days(step),
        view.week,
        view.agent.as_deref(),
    );
    let next = params.url(
        &view.site,
        view.day + Duration::days(step),
        view.week,
        view.agent.as_deref(),
    );
    let other_view = params.url(&view.site, view.day, !view.week, view.agent.as_deref());
    let title = if view.week {
        t_with(
            "agenda-week-of",
            &args([("date", long_date(locale, view.days[0].date).into())]),
        )
    } else {
        long_date(locale, view.day)
    };
    let total: usize = view.days.iter().map(|d| d.rows.len()).sum();
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Appointments)>
            <h1>{t("section-appointments")}</h1>
            {booked.map(|r| view! { <p class="notice ok" role="status">{t_with("agenda-booked", &args([("reference", r.into())]))}</p> })}
            <form class="agenda-filters" method="get" action="/agent/rendez-vous">
                <div>
                    <label for="lieu">{t("booking-label-site")}</label>
                    <select id="lieu" name="lieu">
                        {options(&view.sites, Some(&view.site))}
                    </select>
                </div>
                <div>
                    <label for="agent">{t("agenda-agent")}</label>
                    <select id="agent" name="agent">
                        <option value="">{t("agenda-all-agents")}</option>
                        {options(&view.agents, view.agent.as_deref())}
                    </select>
                </div>
                <div>
                    <label for="jour">{t("agenda-day")}</label>
                    <input id="jour" name="jour" type="date" value=view.day.format("%Y-%m-%d").to_string()/>
                </div>
                {view.week.then(|| view! { <input type="hidden" name="vue" value="semaine"/> })}
                <button type="submit" class="button">{t("agenda-show")}</button>
            </form>
            <nav class="week-nav" aria-label=t("agenda-navigation")>
                <a class="button" href=previous>{if view.week { t("booking-previous-week") } else { t("agenda-previous-day") }}</a>
                <a class="button" href=other_view>{if view.week { t("agenda-day-view") } else { t("agenda-week-view") }}</a>
                <a class="button" href=next>{if view.week { t("booking-next-week") } else { t("agenda-next-day") }}</a>
                <a class="button primary" href=format!("/agent/rendez-vous/nouveau?lieu={}", view.site)>{t("agenda-book")}</a>
            </nav>
            <h2>{title}" "<span class="muted">{t_with("agenda-count", &args([("count", total.into())]))}</span></h2>
            {view.days.into_iter().map(|day| view! { <AgendaDayView day week=view.week here=here.clone()/> }).collect_view()}
        </StaffFrame>
    }
}

#[component]
fn AgendaDayView(day: AgendaDay, week: bool, here: String) -> impl IntoView {
    let locale = use_locale();
    let heading = week.then(|| view! { <h3>{short_date(locale, day.date)}</h3> });
    if day.rows.is_empty() {
        return view! { {heading} <p class="muted">{t("agenda-empty")}</p> }.into_any();
    }
    view! {
        {heading}
        <table class="agenda">
            <caption class="visually-hidden">{long_date(locale, day.date)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("agenda-time")}</th>
                    <th scope="col">{t("agenda-resident")}</th>
                    <th scope="col">{t("booking-label-motif")}</th>
                    <th scope="col">{t("agenda-needs")}</th>
                    <th scope="col">{t("agenda-status")}</th>
                    <th scope="col">{t("agenda-actions")}</th>
                </tr>
            </thead>
            <tbody>
                {day.rows.into_iter().map(|row| view! { <AgendaLine row here=here.clone()/> }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[component]
fn AgendaLine(row: AgendaRow, here: String) -> impl IntoView {
    let booked = row.status == AppointmentStatus::Booked;
    let status = t(row.status.message_id());
    let interpreter = row.interpreter.clone().map(|tag| {
        let name = if tag == SIGN_LANGUAGE { t("interpreter-lsf") } else { language_name(&tag) };
        view! { <span class="badge interpreter">{t_with("agenda-interpreter", &args([("language", name.into())]))}</span> }
    });
    let speaks = (row.language != "fr").then(|| {
        let name = Locale::from_tag(&row.language).map(|l| l.native_name().to_owned()).unwrap_or(row.language.clone());
        view! { <span class="badge">{t_with("agenda-speaks", &args([("language", name.into())]))}</span> }
    });
    let id = row.id;
    let actions = booked.then(|| {
        let here2 = here.clone();
        let here3 = here.clone();
        view! {
            <form method="post" action=CHECK_IN_URL class="inline-form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="retour" value=safe_return(&here).to_owned()/>
                <button type="submit" class="button">{t("agenda-check-in")}</button>
            </form>
            {row.started.then(|| view! {
                <form method="post" action=NO_SHOW_URL class="inline-form">
                    <input type="hidden" name="id" value=id/>
                    <input type="hidden" name="retour" value=safe_return(&here2).to_owned()/>
                    <button type="submit" class="button">{t("agenda-no-show")}</button>
                </form>
            })}
            <details class="cancel-details">
                <summary>{t("agenda-cancel")}</summary>
                <form method="post" action=CANCEL_URL class="inline-form">
                    <input type="hidden" name="id" value=id/>
                    <input type="hidden" name="retour" value=safe_return(&here3).to_owned()/>
                    <label for=format!("raison-{id}")>{t("agenda-cancel-reason")}</label>
                    <select id=format!("raison-{id}") name="raison">
                        {CANCEL_REASONS.iter().map(|r| view! { <option value=*r>{t(&format!("agenda-reason-{r}"))}</option> }).collect_view()}
                    </select>
                    <button type="submit" class="button danger">{t("agenda-cancel-confirm")}</button>
                </form>
            </details>
        }
    });
    view! {
        <tr class=format!("status-{}", row.status.as_str())>
            <td class="time">{clock(row.starts_at)}</td>
            <td>
                <strong><bdi>{row.name.clone()}</bdi></strong>
                {row.phone.clone().map(|p| { let href = format!("tel:{p}"); view! { <br/><a href=href dir="ltr">{p}</a> } })}
                <br/><span class="muted" dir="ltr">{row.reference.clone()}</span>
            </td>
            <td>{row.motif_name.clone()}{row.agent_name.clone().map(|a| view! { <br/><span class="muted">{a}</span> })}</td>
            <td>
                {interpreter}{speaks}
                {row.accessibility.clone().map(|a| view! { <span class="badge"><bdi>{a}</bdi></span> })}
                {row.note.clone().map(|n| view! { <p class="muted"><bdi>{n}</bdi></p> })}
            </td>
            <td>{status}</td>
            <td class="actions-cell">{actions}</td>
        </tr>
    }
}

/// `/agent/rendez-vous/nouveau`
#[component]
pub fn DeskBookingPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(
        move || {
            let q = query.get();
            DeskBookingParams {
                motif: q.get("motif"),
                lieu: q.get("lieu"),
                semaine: q.get("semaine"),
                creneau: q.get("creneau"),
                pris: q.get("pris"),
            }
        },
        desk_booking,
    );
    view! {
        <leptos_meta::Title text=t("agenda-book")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(view) => view! { <DeskBooking view/> }.into_any(),
                    Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DeskBooking(view: DeskBookingView) -> impl IntoView {
    let locale = use_locale();
    let DeskBookingView {
        me,
        motifs,
        sites,
        motif,
        site,
        week,
        starts_at,
        draft,
    } = view;
    let chosen = match (&motif, &site, &week, starts_at) {
        (Some(m), Some(s), _, Some(at)) => Some(
            view! { <DeskContact motif=m.clone() site=s.clone() at draft=draft.clone()/> }
                .into_any(),
        ),
        (Some(m), Some(s), Some(w), None) => {
            let (m1, s1, m2, s2) = (m.clone(), s.clone(), m.clone(), s.clone());
            Some(
                week_view(
                    locale,
                    w,
                    move |at| {
                        format!(
                            "/agent/rendez-vous/nouveau?motif={m1}&lieu={s1}&creneau={}",
                            instant_param(at)
                        )
                    },
                    move |wk| {
                        format!(
                            "/agent/rendez-vous/nouveau?motif={m2}&lieu={s2}&semaine={}",
                            wk.format("%Y-%m-%d")
                        )
                    },
                )
                .into_any(),
            )
        }
        _ => None,
    };
    let at_text = starts_at.map(|at| long_date_time(locale, at));
    view! {
        <StaffFrame me current=Some(StaffSection::Appointments)>
            <h1>{t("agenda-book")}</h1>
            <form class="agenda-filters" method="get" action="/agent/rendez-vous/nouveau">
                <div>
                    <label for="motif">{t("booking-label-motif")}</label>
                    <select id="motif" name="motif" required>
                        <option value="">{t("agenda-choose")}</option>
                        {options(&motifs, motif.as_deref())}
                    </select>
                </div>
                <div>
                    <label for="lieu">{t("booking-label-site")}</label>
                    <select id="lieu" name="lieu" required>
                        {options(&sites, site.as_deref())}
                    </select>
                </div>
                <button type="submit" class="button">{t("agenda-see-times")}</button>
            </form>
            {at_text.map(|s| view! { <p class="notice"><strong>{t("booking-label-when")}" : "</strong>{s}</p> })}
            {chosen}
            <p><a href="/agent/rendez-vous">{t("agenda-back")}</a></p>
        </StaffFrame>
    }
}

#[component]
fn DeskContact(
    motif: String,
    site: String,
    at: chrono::DateTime<chrono::Utc>,
    draft: crate::booking::wizard::model::ContactDraft,
) -> impl IntoView {
    let language = draft.language.clone();
    let interpreter = draft.interpreter.clone();
    view! {
        <h2 id="coordonnees">{t("contact-title")}</h2>
        {(!draft.errors.is_empty()).then(|| view! {
            <div class="error-summary" role="alert">
                <h3>{t("form-errors-title")}</h3>
                <ul>{draft.errors.iter().map(|e| view! { <li>{t(e)}</li> }).collect_view()}</ul>
            </div>
        })}
        <form method="post" action=BOOK_URL class="contact-form">
            <input type="hidden" name="motif" value=motif/>
            <input type="hidden" name="lieu" value=site/>
            <input type="hidden" name="creneau" value=instant_param(at)/>
            <label for="name">{t("contact-name")}</label>
            <input id="name" name="name" type="text" required maxlength="120" value=draft.name.clone() autocomplete="off"/>
            <label for="phone">{t("contact-phone")}</label>
            <input id="phone" name="phone" type="tel" dir="ltr" value=draft.phone.clone() autocomplete="off"/>
            <label for="email">{t("contact-email")}</label>
            <input id="email" name="email" type="email" dir="ltr" value=draft.email.clone() autocomplete="off"/>
            <p class="hint">{t("contact-reach-hint")}</p>
            <label for="language">{t("contact-language")}</label>
            <select id="language" name="language">
                {Locale::ALL.into_iter().map(|l| view! { <option value=l.code() selected=l.code() == language lang=l.code()>{l.native_name()}</option> }).collect_view()}
            </select>
            <label for="interpreter">{t("contact-interpreter")}</label>
            <select id="interpreter" name="interpreter">
                <option value="" selected=interpreter.is_empty()>{t("contact-interpreter-none")}</option>
                <option value=SIGN_LANGUAGE selected=interpreter == SIGN_LANGUAGE>{t("interpreter-lsf")}</option>
                {interpreter_choices().into_iter().map(|(tag, name)| view! { <option value=tag selected=tag == interpreter lang=tag>{name}</option> }).collect_view()}
            </select>
            <label for="accessibility">{t("contact-accessibility")}</label>
            <input id="accessibility" name="accessibility" type="text" maxlength=MAX_NEEDS.to_string() value=draft.accessibility.clone()/>
            <label for="note">{t("contact-note")}</label>
            <textarea id="note" name="note" rows="2" maxlength=MAX_NOTE.to_string()>{draft.note.clone()}</textarea>
            <button type="submit" class="button primary">{t("review-confirm")}</button>
        </form>
    }
}
