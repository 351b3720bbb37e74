//! The counsellors' agenda and the desk's booking page.

use super::model::{
    AGENDA_PAGE, AgendaDay, AgendaParams, AgendaRow, AgendaView, CANCEL_REASONS, DESK_BOOKING_PAGE,
    DeskBookingParams, DeskBookingView, agenda_url, desk_booking_url, safe_return,
};
use super::{DeskBook, DeskCancel, DeskCheckIn, DeskNoShow, agenda, desk_booking};
use crate::booking::model::{ContactDraft, MAX_NEEDS, MAX_NOTE, StaffData, instant_param};
use crate::booking::views::{interpreter_options, language_options, week_view};
use crate::components::fields::{Choice, Field, Select, TextArea};
use crate::i18n::dates::{clock, long_date, long_date_time, short_date};
use crate::i18n::languages::{SIGN_LANGUAGE, language_name};
use crate::i18n::{Locale, args, t, t_with, use_locale};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::statuses::AppointmentStatus;
use chrono::{DateTime, Duration, Utc};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

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
    // The reference of an appointment just booked from the desk, said at the top.
    let agenda = move |page: StaffData<AgendaView>| {
        let booked = query.with_untracked(|q| q.get("reserve"));
        view! { <Agenda page booked/> }
    };
    view! { <StaffPage title="section-appointments" page view=agenda/> }
}

#[component]
fn Agenda(page: StaffData<AgendaView>, booked: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let StaffData { me, data: view } = page;
    let agent = view.agent.as_deref();
    let here = agenda_url(&view.site, view.day, view.week, agent);
    let step = Duration::days(if view.week { 7 } else { 1 });
    let previous = agenda_url(&view.site, view.day - step, view.week, agent);
    let next = agenda_url(&view.site, view.day + step, view.week, agent);
    let other_view = agenda_url(&view.site, view.day, !view.week, agent);
    let title = if view.week {
        t_with(
            "agenda-week-of",
            &args([("date", long_date(locale, view.days[0].date).into())]),
        )
    } else {
        long_date(locale, view.day)
    };
    let total: usize = view.days.iter().map(|d| d.rows.len()).sum();
    let book = format!("{DESK_BOOKING_PAGE}?lieu={}", view.site);
    view! {
        <StaffFrame me current=Some(StaffSection::Appointments)>
            <h1>{t("section-appointments")}</h1>
            {booked.map(|r| view! { <p class="notice ok" role="status">{t_with("agenda-booked", &args([("reference", r.into())]))}</p> })}
            <form class="agenda-filters" method="get" action=AGENDA_PAGE>
                <div>
                    <Select id="lieu" label=t("booking-label-site") name="lieu" choices=view.sites.clone() selected=Some(view.site.clone())/>
                </div>
                <div>
                    <Select id="agent" label=t("agenda-agent") name="agent" choices=view.agents.clone() selected=view.agent.clone() empty=t("agenda-all-agents")/>
                </div>
                <div>
                    <Field id="jour" label=t("agenda-day") name="jour" kind="date" value=view.day.format("%Y-%m-%d").to_string()/>
                </div>
                {view.week.then(|| view! { <input type="hidden" name="vue" value="semaine"/> })}
                <button type="submit" class="button">{t("agenda-show")}</button>
            </form>
            <nav class="week-nav" aria-label=t("agenda-navigation")>
                <a class="button" href=previous>{if view.week { t("booking-previous-week") } else { t("agenda-previous-day") }}</a>
                <a class="button" href=other_view>{if view.week { t("agenda-day-view") } else { t("agenda-week-view") }}</a>
                <a class="button" href=next>{if view.week { t("booking-next-week") } else { t("agenda-next-day") }}</a>
                <a class="button primary" href=book>{t("agenda-book")}</a>
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

/// A form acting on appointment `id`, which comes back to the agenda page `back`.
#[component]
fn RowAction(id: i32, action: &'static str, back: String, children: Children) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <input type="hidden" name="id" value=id/>
            <input type="hidden" name="retour" value=back/>
            {children()}
        </form>
    }
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
    let back = safe_return(&here);
    let reasons: Vec<Choice> = CANCEL_REASONS
        .iter()
        .map(|r| Choice::new(*r, t(&format!("agenda-reason-{r}"))))
        .collect();
    let actions = booked.then(|| {
        view! {
            <RowAction id action=DeskCheckIn::PATH back=back.clone()>
                <button type="submit" class="button">{t("agenda-check-in")}</button>
            </RowAction>
            {row.started.then(|| view! {
                <RowAction id action=DeskNoShow::PATH back=back.clone()>
                    <button type="submit" class="button">{t("agenda-no-show")}</button>
                </RowAction>
            })}
            <details class="cancel-details">
                <summary>{t("agenda-cancel")}</summary>
                <RowAction id action=DeskCancel::PATH back=back.clone()>
                    <Select id=format!("raison-{id}") label=t("agenda-cancel-reason") name="raison" choices=reasons/>
                    <button type="submit" class="button danger">{t("agenda-cancel-confirm")}</button>
                </RowAction>
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
        <StaffPage title="agenda-book" page view=|page| view! { <DeskBooking page/> }/>
    }
}

#[component]
fn DeskBooking(page: StaffData<DeskBookingView>) -> impl IntoView {
    let locale = use_locale();
    let StaffData {
        me,
        data:
            DeskBookingView {
                motifs,
                sites,
                motif,
                site,
                week,
                starts_at,
                draft,
            },
    } = page;
    let chosen = match (&motif, &site, &week, starts_at) {
        (Some(m), Some(s), _, Some(at)) => Some(
            view! { <DeskContact motif=m.clone() site=s.clone() at draft=draft.clone()/> }
                .into_any(),
        ),
        (Some(m), Some(s), Some(w), None) => {
            let here = desk_booking_url(m, s);
            Some(
                week_view(
                    locale,
                    w,
                    &|at| format!("{here}&creneau={}", instant_param(at)),
                    &|wk| format!("{here}&semaine={}", wk.format("%Y-%m-%d")),
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
            <form class="agenda-filters" method="get" action=DESK_BOOKING_PAGE>
                <div>
                    <Select id="motif" label=t("booking-label-motif") name="motif" choices=motifs selected=motif empty=t("agenda-choose") required=true/>
                </div>
                <div>
                    <Select id="lieu" label=t("booking-label-site") name="lieu" choices=sites selected=site required=true/>
                </div>
                <button type="submit" class="button">{t("agenda-see-times")}</button>
            </form>
            {at_text.map(|s| view! { <p class="notice"><strong>{t("booking-label-when")}" : "</strong>{s}</p> })}
            {chosen}
            <p><a href=AGENDA_PAGE>{t("agenda-back")}</a></p>
        </StaffFrame>
    }
}

/// The resident's details for the time chosen. The desk's computer is shared: nothing is
/// filled in from the browser's memory.
#[component]
fn DeskContact(
    motif: String,
    site: String,
    at: DateTime<Utc>,
    draft: ContactDraft,
) -> impl IntoView {
    view! {
        <h2 id="coordonnees">{t("contact-title")}</h2>
        {(!draft.errors.is_empty()).then(|| view! {
            <div class="error-summary" role="alert">
                <h3>{t("form-errors-title")}</h3>
                <ul>{draft.errors.iter().map(|e| view! { <li>{t(e)}</li> }).collect_view()}</ul>
            </div>
        })}
        <form method="post" action=DeskBook::PATH class="contact-form">
            <input type="hidden" name="motif" value=motif/>
            <input type="hidden" name="lieu" value=site/>
            <input type="hidden" name="creneau" value=instant_param(at)/>
            <Field id="name" label=t("contact-name") name="name" value=draft.name.clone() required=true max_length=120 autocomplete="off"/>
            <Field id="phone" label=t("contact-phone") name="phone" kind="tel" value=draft.phone.clone() ltr=true autocomplete="off"/>
            <Field id="email" label=t("contact-email") name="email" kind="email" value=draft.email.clone() ltr=true autocomplete="off" hint=t("contact-reach-hint")/>
            <label for="language">{t("contact-language")}</label>
            <select id="language" name="language">
                {language_options(&draft.language)}
            </select>
            <label for="interpreter">{t("contact-interpreter")}</label>
            <select id="interpreter" name="interpreter">
                {interpreter_options(&draft.interpreter)}
            </select>
            <Field id="accessibility" label=t("contact-accessibility") name="accessibility" value=draft.accessibility.clone() max_length=MAX_NEEDS/>
            <TextArea id="note" label=t("contact-note") name="note" value=draft.note.clone() rows=2 max_length=MAX_NOTE/>
            <button type="submit" class="button primary">{t("review-confirm")}</button>
        </form>
    }
}
