//! Pages of the booking administration.

use super::import::model::IMPORT_PAGE;
use super::kept::Typed;
use super::model::{
    DeskRow, MotifSettings, MotifsAdminView, SCHEDULES_PAGE, SchedulesAdminView, SiteDetails,
    SiteSettings, SitesAdminView, WeekHours,
};
use super::services::model::SERVICES_PAGE;
use super::{
    AddAbsence, AddClosure, CreateMotif, CreateSite, DeleteAbsence, DeleteClosure, SaveDesk,
    SaveMotif, SaveSchedule, SaveSite, SetDeskActive, SetSiteActive, admin_motifs, admin_schedules,
    admin_sites,
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
fn WeekInputs(prefix: String, hours: WeekHours, #[prop(optional)] typed: Typed) -> impl IntoView {
    let hours = WeekHours::from_days(std::array::from_fn(|d| {
        typed.text(&format!("h{d}"), hours.days()[d])
    }));
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
            <NewSite/>
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

/// The fields a site's form and the new site's form share, with what was typed when a
/// save was refused.
#[component]
fn SiteFields(
    prefix: String,
    site: SiteDetails,
    alsace_moselle: bool,
    hours: WeekHours,
    typed: Typed,
) -> impl IntoView {
    let id = move |f: &str| format!("{prefix}-{f}");
    let v = |name: &str, stored: &str| typed.text(name, stored);
    view! {
        <Field id=id("name") label=t("admin-site-name") name="name" value=v("name", &site.name) required=true/>
        <Field id=id("address") label=t("admin-site-address") name="address" value=v("address", &site.address) required=true/>
        <Field id=id("postal") label=t("admin-site-postal-code") name="postal_code" value=v("postal_code", &site.postal_code)/>
        <Field id=id("city") label=t("admin-site-city") name="city" value=v("city", &site.city) required=true/>
        <Field id=id("phone") label=t("admin-site-phone") name="phone" kind="tel" value=v("phone", &site.phone) ltr=true/>
        <Field id=id("email") label=t("town-site-email") name="email" kind="email" value=v("email", &site.email) ltr=true/>
        <Field id=id("access") label=t("admin-site-access") name="access_info" value=v("access_info", &site.access_info)/>
        <p class="checkbox">
            <Check id=id("alsace") label=t("admin-site-alsace") name="alsace_moselle" checked=typed.checked("alsace_moselle", alsace_moselle)/>
        </p>
        <WeekInputs prefix=id("hours") hours typed=typed.clone()/>
    }
}

/// A new site: its identifier in addresses, then the fields of every site.
#[component]
fn NewSite() -> impl IntoView {
    let typed = Typed::of("site-new");
    let (open, slug) = (typed.here(), typed.text("slug", ""));
    view! {
        <details class="admin-card" open=open>
            <summary><strong>{t("town-site-add")}</strong></summary>
            <form method="post" action=CreateSite::PATH>
                <Field id="site-new-slug" label=t("town-slug") name="slug" value=slug
                    required=true hint=t("town-slug-hint") ltr=true max_length=64/>
                <SiteFields prefix="site-new".into() site=SiteDetails::default() alsace_moselle=false
                    hours=WeekHours::default() typed/>
                <button type="submit" class="button primary">{t("town-create")}</button>
            </form>
        </details>
    }
}

#[component]
fn SiteEditor(site: SiteSettings) -> impl IntoView {
    let SiteSettings {
        details: site,
        alsace_moselle,
        hours,
        active,
        version,
        desks,
    } = site;
    let p = format!("site-{}", site.slug);
    let typed = Typed::of(&p);
    let (slug, name) = (site.slug.clone(), site.name.clone());
    view! {
        <section class="admin-card" aria-labelledby=format!("{p}-title")>
            <h2 id=format!("{p}-title")>
                <bdi lang="fr">{name}</bdi>
                {(!active).then(|| view! { " · "<span class="muted">{t("town-retired")}</span> })}
            </h2>
            <form method="post" action=SaveSite::PATH>
                <input type="hidden" name="slug" value=slug.clone()/>
                <input type="hidden" name="version" value=version/>
                <SiteFields prefix=p.clone() site alsace_moselle hours typed/>
                <button type="submit" class="button primary">{t("admin-save")}</button>
            </form>
            <Desks site=slug.clone() desks/>
            <ActiveButton action=SetSiteActive::PATH slug version active/>
        </section>
    }
}

/// Retires what is active, brings back what is retired, from the version shown.
#[component]
fn ActiveButton(action: &'static str, slug: String, version: i32, active: bool) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <input type="hidden" name="slug" value=slug/>
            <input type="hidden" name="version" value=version/>
            {(!active).then(|| view! { <input type="hidden" name="active" value="on"/> })}
            <button type="submit" class=if active { "button danger" } else { "button" }>
                {t(if active { "town-retire" } else { "town-reactivate" })}
            </button>
        </form>
    }
}

/// A site's desks: renamed, retired or brought back one by one, and a new one added.
#[component]
fn Desks(site: String, desks: Vec<DeskRow>) -> impl IntoView {
    let adding = Typed::of(&format!("desk-new-{site}"));
    let new_id = format!("desk-new-{site}-label");
    view! {
        <h3>{t("town-desks")}</h3>
        <ul class="closures">
            {desks.into_iter().map(|d| {
                let typed = Typed::of(&format!("desk-{}", d.id));
                let input = format!("desk-{}-label", d.id);
                view! {
                    <li>
                        <form method="post" action=SaveDesk::PATH class="inline-form">
                            <input type="hidden" name="id" value=d.id/>
                            <input type="hidden" name="lieu" value=site.clone()/>
                            <Field id=input label=t("town-desk-label") name="nom" value=typed.text("nom", d.label.clone())
                                required=true max_length=64/>
                            <button type="submit" class="button">{t("town-desk-rename")}</button>
                        </form>
                        {(!d.active).then(|| view! { <span class="muted">{t("town-retired")}</span>" " })}
                        <form method="post" action=SetDeskActive::PATH class="inline-form">
                            <input type="hidden" name="id" value=d.id/>
                            {(!d.active).then(|| view! { <input type="hidden" name="active" value="on"/> })}
                            <button type="submit" class=if d.active { "button danger" } else { "button" }>
                                {t(if d.active { "town-retire" } else { "town-reactivate" })}
                            </button>
                        </form>
                    </li>
                }
            }).collect_view()}
        </ul>
        <form method="post" action=SaveDesk::PATH class="agenda-filters">
            <input type="hidden" name="lieu" value=site.clone()/>
            <div><Field id=new_id label=t("town-desk-new") name="nom" value=adding.text("nom", "") required=true max_length=64/></div>
            <button type="submit" class="button">{t("admin-add")}</button>
        </form>
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
    let services = page.data.services;
    let new_motif = MotifSettings {
        slug: String::new(),
        name: String::new(),
        service: String::new(),
        service_slug: String::new(),
        version: 0,
        duration: 15,
        buffer: 0,
        documents: String::new(),
        online: true,
        min_delay: 2,
        max_delay: 60,
        active: true,
    };
    view! {
        <StaffFrame me=page.me current=Some(StaffSection::Admin)>
            <h1>{t("admin-motifs-title")}</h1>
            <Outcome/>
            <p>
                <a href=SERVICES_PAGE>{t("town-services-title")}</a>" · "
                <a href=IMPORT_PAGE>{t("town-import-title")}</a>
            </p>
            <MotifEditor motif=new_motif services=services.clone() new=true/>
            {page.data.motifs.into_iter().map(|m| view! { <MotifEditor motif=m services=services.clone()/> }).collect_view()}
        </StaffFrame>
    }
}

/// A motif's editor, or with `new` the form of a new motif (its identifier typed).
#[component]
fn MotifEditor(
    motif: MotifSettings,
    services: Vec<Choice>,
    #[prop(optional)] new: bool,
) -> impl IntoView {
    let p = if new {
        "motif-new".to_owned()
    } else {
        format!("motif-{}", motif.slug)
    };
    let typed = Typed::of(&p);
    let id = move |f: &str| format!("{p}-{f}");
    let v = |name: &str, stored: String| typed.text(name, stored);
    // A motif of a retired service keeps it in the list, so that saving does not move it.
    let mut services = services;
    if !motif.service_slug.is_empty() && !services.iter().any(|c| c.value == motif.service_slug) {
        services.push(Choice::new(
            motif.service_slug.clone(),
            motif.service.clone(),
        ));
    }
    let summary = if new {
        view! { <strong>{t("town-motif-add")}</strong> }.into_any()
    } else {
        view! {
            <strong><bdi lang="fr">{motif.name.clone()}</bdi></strong>" · "<span class="muted">{motif.service.clone()}</span>
            {(!motif.active).then(|| view! { " · "<span class="muted">{t("town-retired")}</span> })}
        }
        .into_any()
    };
    view! {
        <details class="admin-card" open=typed.here()>
            <summary>{summary}</summary>
            <form method="post" action=if new { CreateMotif::PATH } else { SaveMotif::PATH }>
                {if new {
                    view! {
                        <Field id=id("slug") label=t("town-slug") name="slug" value=v("slug", String::new())
                            required=true hint=t("town-slug-hint") ltr=true max_length=64/>
                    }.into_any()
                } else {
                    view! {
                        <input type="hidden" name="slug" value=motif.slug.clone()/>
                        <input type="hidden" name="version" value=motif.version/>
                    }.into_any()
                }}
                <Field id=id("name") label=t("admin-motif-name") name="name" value=v("name", motif.name.clone()) required=true/>
                <Select id=id("service") label=t("town-motif-service") name="service" choices=services
                    selected=Some(v("service", motif.service_slug.clone())) required=true empty=t("agenda-choose")/>
                <div class="agenda-filters">
                    <div><Field id=id("duration") label=t("admin-motif-duration") name="duration" kind="number" value=v("duration", motif.duration.to_string()) min="5".to_owned() max="480".to_owned()/></div>
                    <div><Field id=id("buffer") label=t("admin-motif-buffer") name="buffer" kind="number" value=v("buffer", motif.buffer.to_string()) min="0".to_owned() max="120".to_owned()/></div>
                    <div><Field id=id("min") label=t("admin-motif-min-delay") name="min_delay" kind="number" value=v("min_delay", motif.min_delay.to_string()) min="0".to_owned()/></div>
                    <div><Field id=id("max") label=t("admin-motif-max-delay") name="max_delay" kind="number" value=v("max_delay", motif.max_delay.to_string()) min="1".to_owned() max="366".to_owned()/></div>
                </div>
                // The documents are the town's French wording, whatever the page's language.
                <TextArea id=id("documents") label=t("admin-motif-documents") name="documents" rows=4
                    lang="fr" value=v("documents", motif.documents.clone())/>
                <p class="checkbox">
                    <Check id=id("online") label=t("admin-motif-online") name="online" checked=typed.checked("online", motif.online)/>
                </p>
                <p class="checkbox">
                    <Check id=id("active") label=t("admin-motif-active") name="active" checked=typed.checked("active", motif.active)/>
                </p>
                <button type="submit" class="button primary">{t(if new { "town-create" } else { "admin-save" })}</button>
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
