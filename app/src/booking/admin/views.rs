//! Pages of the booking administration.

use super::model::{MotifForm, SiteForm};
use super::{admin_motifs, admin_schedules, admin_sites};
use crate::calendar::hours::WEEKDAY_IDS;
use crate::components::outcome::Outcome;
use crate::i18n::dates::{long_date, paris_stamp};
use crate::i18n::{t, use_locale};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::AccessDenied;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Seven inputs, one per weekday, with the ranges as text.
#[component]
fn WeekInputs(prefix: String, days: Vec<String>) -> impl IntoView {
    view! {
        <fieldset class="week-inputs">
            <legend>{t("admin-hours")}</legend>
            <p class="hint" id=format!("{prefix}-hint")>{t("admin-hours-hint")}</p>
            {days.into_iter().enumerate().map(|(i, value)| {
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

/// `/agent/admin/lieux`
#[component]
pub fn AdminSitesPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| admin_sites());
    view! {
        <leptos_meta::Title text=t("admin-sites-title")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let locale = use_locale();
                match page.await {
                    Ok(view) => {
                        let sites = view.sites.clone();
                        view! {
                            <StaffFrame me=view.me.clone() current=Some(StaffSection::Admin)>
                                <h1>{t("admin-sites-title")}</h1>
                                <Outcome/>
                                {view.sites.into_iter().map(|site| view! { <SiteEditor site/> }).collect_view()}
                                <h2>{t("admin-closures")}</h2>
                                {if view.closures.is_empty() {
                                    view! { <p class="muted">{t("admin-no-closure")}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="closures">
                                            {view.closures.into_iter().map(|c| view! {
                                                <li>
                                                    <strong>{long_date(locale, c.from)}" → "{long_date(locale, c.to)}</strong>
                                                    " · "{c.site.unwrap_or_else(|| t("admin-all-sites"))}" · "<bdi>{c.reason}</bdi>
                                                    <form method="post" action="/api/agent/admin/fermeture/supprimer" class="inline-form">
                                                        <input type="hidden" name="id" value=c.id/>
                                                        <button type="submit" class="button danger">{t("admin-delete")}</button>
                                                    </form>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                <h3>{t("admin-closure-add")}</h3>
                                <form method="post" action="/api/agent/admin/fermeture" class="agenda-filters">
                                    <div>
                                        <label for="closure-site">{t("booking-label-site")}</label>
                                        <select id="closure-site" name="lieu">
                                            <option value="">{t("admin-all-sites")}</option>
                                            {sites.into_iter().map(|s| view! { <option value=s.slug>{s.name}</option> }).collect_view()}
                                        </select>
                                    </div>
                                    <div><label for="closure-from">{t("waitlist-from")}</label><input id="closure-from" name="du" type="date" required/></div>
                                    <div><label for="closure-to">{t("waitlist-to")}</label><input id="closure-to" name="au" type="date" required/></div>
                                    <div><label for="closure-reason">{t("admin-reason")}</label><input id="closure-reason" name="raison" type="text" required maxlength="200"/></div>
                                    <button type="submit" class="button">{t("admin-add")}</button>
                                </form>
                            </StaffFrame>
                        }.into_any()
                    }
                    Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SiteEditor(site: SiteForm) -> impl IntoView {
    let p = format!("site-{}", site.slug);
    let id = move |f: &str| format!("{p}-{f}");
    view! {
        <section class="admin-card">
            <h2><bdi lang="fr">{site.name.clone()}</bdi></h2>
            <form method="post" action="/api/agent/admin/lieu">
                <input type="hidden" name="slug" value=site.slug.clone()/>
                <label for=id("name")>{t("admin-site-name")}</label>
                <input id=id("name") name="name" type="text" required value=site.name.clone()/>
                <label for=id("address")>{t("admin-site-address")}</label>
                <input id=id("address") name="address" type="text" required value=site.address.clone()/>
                <label for=id("postal")>{t("admin-site-postal-code")}</label>
                <input id=id("postal") name="postal_code" type="text" value=site.postal_code.clone()/>
                <label for=id("city")>{t("admin-site-city")}</label>
                <input id=id("city") name="city" type="text" required value=site.city.clone()/>
                <label for=id("phone")>{t("admin-site-phone")}</label>
                <input id=id("phone") name="phone" type="tel" dir="ltr" value=site.phone.clone()/>
                <label for=id("access")>{t("admin-site-access")}</label>
                <input id=id("access") name="access_info" type="text" value=site.access_info.clone()/>
                <p class="checkbox">
                    <input id=id("alsace") name="alsace_moselle" type="checkbox" value="1" checked=site.alsace_moselle/>
                    <label for=id("alsace")>{t("admin-site-alsace")}</label>
                </p>
                <WeekInputs prefix=id("hours") days=site.hours.clone()/>
                <button type="submit" class="button primary">{t("admin-save")}</button>
            </form>
        </section>
    }
}

/// `/agent/admin/motifs`
#[component]
pub fn AdminMotifsPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| admin_motifs());
    view! {
        <leptos_meta::Title text=t("admin-motifs-title")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(view) => view! {
                        <StaffFrame me=view.me.clone() current=Some(StaffSection::Admin)>
                            <h1>{t("admin-motifs-title")}</h1>
                            <Outcome/>
                            {view.motifs.into_iter().map(|m| view! { <MotifEditor motif=m/> }).collect_view()}
                        </StaffFrame>
                    }.into_any(),
                    Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MotifEditor(motif: MotifForm) -> impl IntoView {
    let p = format!("motif-{}", motif.slug);
    let id = move |f: &str| format!("{p}-{f}");
    view! {
        <details class="admin-card">
            <summary><strong><bdi lang="fr">{motif.name.clone()}</bdi></strong>" · "<span class="muted">{motif.service.clone()}</span></summary>
            <form method="post" action="/api/agent/admin/motif">
                <input type="hidden" name="slug" value=motif.slug.clone()/>
                <label for=id("name")>{t("admin-motif-name")}</label>
                <input id=id("name") name="name" type="text" required value=motif.name.clone()/>
                <div class="agenda-filters">
                    <div><label for=id("duration")>{t("admin-motif-duration")}</label><input id=id("duration") name="duration" type="number" min="5" max="480" value=motif.duration/></div>
                    <div><label for=id("buffer")>{t("admin-motif-buffer")}</label><input id=id("buffer") name="buffer" type="number" min="0" max="120" value=motif.buffer/></div>
                    <div><label for=id("min")>{t("admin-motif-min-delay")}</label><input id=id("min") name="min_delay" type="number" min="0" value=motif.min_delay/></div>
                    <div><label for=id("max")>{t("admin-motif-max-delay")}</label><input id=id("max") name="max_delay" type="number" min="1" max="366" value=motif.max_delay/></div>
                </div>
                <label for=id("documents")>{t("admin-motif-documents")}</label>
                <textarea id=id("documents") name="documents" rows="4" lang="fr">{motif.documents.clone()}</textarea>
                <p class="checkbox">
                    <input id=id("online") name="online" type="checkbox" value="1" checked=motif.online/>
                    <label for=id("online")>{t("admin-motif-online")}</label>
                </p>
                <p class="checkbox">
                    <input id=id("active") name="active" type="checkbox" value="1" checked=motif.active/>
                    <label for=id("active")>{t("admin-motif-active")}</label>
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
        <leptos_meta::Title text=t("admin-schedules-title")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(view) => {
                        let chosen = view.agent;
                        view! {
                            <StaffFrame me=view.me.clone() current=Some(StaffSection::Admin)>
                                <h1>{t("admin-schedules-title")}</h1>
                                <Outcome/>
                                <form method="get" action="/agent/admin/plannings" class="agenda-filters">
                                    <div>
                                        <label for="agent">{t("agenda-agent")}</label>
                                        <select id="agent" name="agent">
                                            <option value="">{t("agenda-choose")}</option>
                                            {view.agents.iter().map(|a| view! { <option value=a.value.clone() selected=Some(a.value.clone()) == chosen.map(|c| c.to_string())>{a.label.clone()}</option> }).collect_view()}
                                        </select>
                                    </div>
                                    <button type="submit" class="button">{t("agenda-show")}</button>
                                </form>
                                {chosen.map(|agent| view! {
                                    {view.weeks.into_iter().map(|w| view! {
                                        <section class="admin-card">
                                            <h2><bdi lang="fr">{w.site.label.clone()}</bdi></h2>
                                            <form method="post" action="/api/agent/admin/planning">
                                                <input type="hidden" name="agent" value=agent/>
                                                <input type="hidden" name="lieu" value=w.site.value.clone()/>
                                                <WeekInputs prefix=format!("schedule-{}", w.site.value) days=w.days/>
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
                                                <form method="post" action="/api/agent/admin/absence/supprimer" class="inline-form">
                                                    <input type="hidden" name="id" value=a.id/>
                                                    <input type="hidden" name="agent" value=agent/>
                                                    <button type="submit" class="button danger">{t("admin-delete")}</button>
                                                </form>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                    <h3>{t("admin-absence-add")}</h3>
                                    <form method="post" action="/api/agent/admin/absence" class="agenda-filters">
                                        <input type="hidden" name="agent" value=agent/>
                                        <div><label for="absence-from">{t("waitlist-from")}</label><input id="absence-from" name="du" type="datetime-local" required/></div>
                                        <div><label for="absence-to">{t("waitlist-to")}</label><input id="absence-to" name="au" type="datetime-local" required/></div>
                                        <div><label for="absence-reason">{t("admin-reason")}</label><input id="absence-reason" name="raison" type="text" maxlength="200"/></div>
                                        <button type="submit" class="button">{t("admin-add")}</button>
                                    </form>
                                })}
                            </StaffFrame>
                        }.into_any()
                    }
                    Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
