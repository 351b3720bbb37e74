//! Pages of the booking administration.

use super::model::{
    MotifSettings, MotifsAdminView, SCHEDULES_PAGE, SchedulesAdminView, SiteSettings,
    SitesAdminView, WeekHours,
};
use super::{
    AddAbsence, AddClosure, DeleteAbsence, DeleteClosure, SaveMotif, SaveSchedule, SaveSite,
    admin_motifs, admin_schedules, admin_sites,
};
use crate::booking::model::StaffData;
use crate::calendar::hours::WEEKDAY_IDS;
use crate::components::fields::{Check, Choice, Field, Select, TextArea};
use crate::components::outcome::Outcome;
use crate::i18n::dates::{long_date, paris_stamp};
use crate::i18n::{t, use_locale};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// Seven inputs, one per weekday, with the ranges as text. Hand-written rather than
/// `Field`s: the seven share one hint, said with each of them.
#[component]
fn WeekInputs(prefix: String, hours: WeekHours) -> impl IntoView {
    view! {
        <fieldset class="week-inputs">
            <legend>{t("admin-hours")}</legend>
            <p class="hint" id=format!("{prefix}-hint")>{t("admin-hours-hint")}</p>
            {hours.days().into_iter().map(str::to_owned).enumerate().map(|(i, value)| {
                let id = format!("{prefix}-h{i}");
                view! {
                    <div class="week-day">
                        <label for=id.clone()>{t(WEEKDAY_IDS[i])}</label>
                        <input id=id type="text" name=format!("h{i}") value=value inputmode="text" autocomplete="off" aria-describedby=format!("{prefix}-hint")/>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// A button that deletes row `id` through `action`, with the hidden inputs it needs.
#[component]
fn DeleteButton(
    action: &'static str,
    id: i32,
    #[prop(optional)] agent: Option<i32>,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <input type="hidden" name="id" value=id/>
            {agent.map(|agent| view! { <input type="hidden" name="agent" value=agent/> })}
            <button type="submit" class="button danger">{t("admin-delete")}</button>
        </form>
    }
}

/// `/agent/admin/lieux`
#[component]
pub fn AdminSitesPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| admin_sites());
    view! { <StaffPage title="admin-sites-title" page view=|page| view! { <SitesAdmin page/> }/> }
}

#[component]
fn SitesAdmin(page: StaffData<SitesAdminView>) -> impl IntoView {
    let locale = use_locale();
    let StaffData { me, data: view } = page;
    let sites: Vec<Choice> = view
        .sites
        .iter()
        .map(|s| Choice::new(s.details.slug.clone(), s.details.name.clone()))
        .collect();
    let closures = if view.closures.is_empty() {
        view! { <p class="muted">{t("admin-no-closure")}</p> }.into_any()
    } else {
        view! {
            <ul class="closures">
                {view.closures.into_iter().map(|c| view! {
                    <li>
                        <strong>{long_date(locale, c.from)}" → "{long_date(locale, c.to)}</strong>
                        " · "{c.site.unwrap_or_else(|| t("admin-all-sites"))}" · "<bdi>{c.reason}</bdi>
                        <DeleteButton action=DeleteClosure::PATH id=c.id/>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <StaffFrame me current=Some(StaffSection::Admin)>
            <h1>{t("admin-sites-title")}</h1>
            <Outcome/>
            {view.sites.into_iter().map(|site| view! { <SiteEditor site/> }).collect_view()}
            <h2>{t("admin-closures")}</h2>
            {closures}
            <h3>{t("admin-closure-add")}</h3>
            <form method="post" action=AddClosure::PATH class="agenda-filters">
                <div>
                    <Select id="closure-site" label=t("booking-label-site") name="lieu" choices=sites empty=t("admin-all-sites")/>
                </div>
                <div><Field id="closure-from" label=t("waitlist-from") name="du" kind="date" required=true/></div>
                <div><Field id="closure-to" label=t("waitlist-to") name="au" kind="date" required=true/></div>
                <div><Field id="closure-reason" label=t("admin-reason") name="raison" required=true max_length=200/></div>
                <button type="submit" class="button">{t("admin-add")}</button>
            </form>
        </StaffFrame>
    }
}

#[component]
fn SiteEditor(site: SiteSettings) -> impl IntoView {
    let SiteSettings {
        details: site,
        alsace_moselle,
        hours,
    } = site;
    let p = format!("site-{}", site.slug);
    let id = move |f: &str| format!("{p}-{f}");
    view! {
        <section class="admin-card">
            <h2><bdi lang="fr">{site.name.clone()}</bdi></h2>
            <form method="post" action=SaveSite::PATH>
                <input type="hidden" name="slug" value=site.slug.clone()/>
                <Field id=id("name") label=t("admin-site-name") name="name" value=site.name.clone() required=true/>
                <Field id=id("address") label=t("admin-site-address") name="address" value=site.address.clone() required=true/>
                <Field id=id("postal") label=t("admin-site-postal-code") name="postal_code" value=site.postal_code.clone()/>
                <Field id=id("city") label=t("admin-site-city") name="city" value=site.city.clone() required=true/>
                <Field id=id("phone") label=t("admin-site-phone") name="phone" kind="tel" value=site.phone.clone() ltr=true/>
                <Field id=id("access") label=t("admin-site-access") name="access_info" value=site.access_info.clone()/>
                <p class="checkbox">
                    <Check id=id("alsace") label=t("admin-site-alsace") name="alsace_moselle" checked=alsace_moselle/>
                </p>
                <WeekInputs prefix=id("hours") hours/>
                <button type="submit" class="button primary">{t("admin-save")}</button>
            </form>
        </section>
    }
}

/// `/agent/admin/motifs`
#[component]
pub fn AdminMotifsPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| admin_motifs());
    view! { <StaffPage title="admin-motifs-title" page view=|page| view! { <MotifsAdmin page/> }/> }
}

#[component]
fn MotifsAdmin(page: StaffData<MotifsAdminView>) -> impl IntoView {
    view! {
        <StaffFrame me=page.me current=Some(StaffSection::Admin)>
            <h1>{t("admin-motifs-title")}</h1>
            <Outcome/>
            {page.data.motifs.into_iter().map(|m| view! { <MotifEditor motif=m/> }).collect_view()}
        </StaffFrame>
    }
}

#[component]
fn MotifEditor(motif: MotifSettings) -> impl IntoView {
    let p = format!("motif-{}", motif.slug);
    let id = move |f: &str| format!("{p}-{f}");
    view! {
        <details class="admin-card">
            <summary><strong><bdi lang="fr">{motif.name.clone()}</bdi></strong>" · "<span class="muted">{motif.service.clone()}</span></summary>
            <form method="post" action=SaveMotif::PATH>
                <input type="hidden" name="slug" value=motif.slug.clone()/>
                <Field id=id("name") label=t("admin-motif-name") name="name" value=motif.name.clone() required=true/>
                <div class="agenda-filters">
                    <div><Field id=id("duration") label=t("admin-motif-duration") name="duration" kind="number" value=motif.duration.to_string() min="5".to_owned() max="480".to_owned()/></div>
                    <div><Field id=id("buffer") label=t("admin-motif-buffer") name="buffer" kind="number" value=motif.buffer.to_string() min="0".to_owned() max="120".to_owned()/></div>
                    <div><Field id=id("min") label=t("admin-motif-min-delay") name="min_delay" kind="number" value=motif.min_delay.to_string() min="0".to_owned()/></div>
                    <div><Field id=id("max") label=t("admin-motif-max-delay") name="max_delay" kind="number" value=motif.max_delay.to_string() min="1".to_owned() max="366".to_owned()/></div>
                </div>
                // The documents are the town's French wording, whatever the page's language.
                <TextArea id=id("documents") label=t("admin-motif-documents") name="documents" rows=4
                    lang="fr" value=motif.documents.clone()/>
                <p class="checkbox">
                    <Check id=id("online") label=t("admin-motif-online") name="online" checked=motif.online/>
                </p>
                <p class="checkbox">
                    <Check id=id("active") label=t("admin-motif-active") name="active" checked=motif.active/>
                </p>
                <button type="submit" class="button primary">{t("admin-save")}</button>
            </form>
        </details>
    }
}

/// `/agent/admin/plannings`
#[component]
pub fn AdminSchedulesPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(
        move || query.get().get("agent").and_then(|a| a.parse::<i32>().ok()),
        admin_schedules,
    );
    view! {
        <StaffPage title="admin-schedules-title" page view=|page| view! { <SchedulesAdmin page/> }/>
    }
}

#[component]
fn SchedulesAdmin(page: StaffData<SchedulesAdminView>) -> impl IntoView {
    let StaffData { me, data: view } = page;
    let chosen = view.agent;
    view! {
        <StaffFrame me current=Some(StaffSection::Admin)>
            <h1>{t("admin-schedules-title")}</h1>
            <Outcome/>
            <form method="get" action=SCHEDULES_PAGE class="agenda-filters">
                <div>
                    <Select id="agent" label=t("agenda-agent") name="agent" choices=view.agents selected=chosen.map(|c| c.to_string()) empty=t("agenda-choose")/>
                </div>
                <button type="submit" class="button">{t("agenda-show")}</button>
            </form>
            {chosen.map(|agent| view! {
                {view.weeks.into_iter().map(|w| view! {
                    <section class="admin-card">
                        <h2><bdi lang="fr">{w.site.label.clone()}</bdi></h2>
                        <form method="post" action=SaveSchedule::PATH>
                            <input type="hidden" name="agent" value=agent/>
                            <input type="hidden" name="lieu" value=w.site.value.clone()/>
                            <WeekInputs prefix=format!("schedule-{}", w.site.value) hours=w.hours/>
                            <button type="submit" class="button primary">{t("admin-save")}</button>
                        </form>
                    </section>
                }).collect_view()}
                <h2>{t("admin-absences")}</h2>
                <ul class="closures">
                    {view.absences.into_iter().map(|a| view! {
                        <li>
                            <strong>{paris_stamp(a.from)}" → "{paris_stamp(a.to)}</strong>
                            {a.reason.map(|r| view! { " · "<bdi>{r}</bdi> })}
                            <DeleteButton action=DeleteAbsence::PATH id=a.id agent=agent/>
                        </li>
                    }).collect_view()}
                </ul>
                <h3>{t("admin-absence-add")}</h3>
                <form method="post" action=AddAbsence::PATH class="agenda-filters">
                    <input type="hidden" name="agent" value=agent/>
                    <div><Field id="absence-from" label=t("waitlist-from") name="du" kind="datetime-local" required=true/></div>
                    <div><Field id="absence-to" label=t("waitlist-to") name="au" kind="datetime-local" required=true/></div>
                    <div><Field id="absence-reason" label=t("admin-reason") name="raison" max_length=200/></div>
                    <button type="submit" class="button">{t("admin-add")}</button>
                </form>
            })}
        </StaffFrame>
    }
}
