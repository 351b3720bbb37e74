//! `/agent/admin/services`: one editor per service, and a new service's form.

use super::model::{ServiceSettings, ServicesAdminView};
use super::{CreateService, SaveService, SetServiceActive, admin_services};
use crate::booking::admin::kept::Typed;
use crate::booking::model::StaffData;
use crate::components::fields::{Check, Field};
use crate::components::outcome::Outcome;
use crate::i18n::{args, t, t_with};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// `/agent/admin/services`
#[component]
pub fn AdminServicesPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| admin_services());
    view! { <StaffPage title="town-services-title" page view=|page| view! { <ServicesAdmin page/> }/> }
}

#[component]
fn ServicesAdmin(page: StaffData<ServicesAdminView>) -> impl IntoView {
    let next = page
        .data
        .services
        .iter()
        .map(|s| s.position)
        .max()
        .unwrap_or(0)
        + 1;
    let new_service = ServiceSettings {
        slug: String::new(),
        name: String::new(),
        letter: String::new(),
        experts: false,
        position: next,
        active: true,
        version: 0,
        active_motifs: 0,
    };
    view! {
        <StaffFrame me=page.me current=Some(StaffSection::Admin)>
            <h1>{t("town-services-title")}</h1>
            <Outcome/>
            <p class="hint">{t("town-services-intro")}</p>
            <ServiceEditor service=new_service new=true/>
            {page.data.services.into_iter().map(|service| view! { <ServiceEditor service/> }).collect_view()}
        </StaffFrame>
    }
}

/// A service's editor, or with `new` the form of a new service.
#[component]
fn ServiceEditor(service: ServiceSettings, #[prop(optional)] new: bool) -> impl IntoView {
    let p = if new {
        "service-new".to_owned()
    } else {
        format!("service-{}", service.slug)
    };
    let typed = Typed::of(&p);
    let id = move |f: &str| format!("{p}-{f}");
    let v = |name: &str, stored: String| typed.text(name, stored);
    let summary = if new {
        view! { <strong>{t("town-service-add")}</strong> }.into_any()
    } else {
        let motifs = t_with(
            "town-service-motifs",
            &args([("count", service.active_motifs.into())]),
        );
        view! {
            <strong>{service.letter.clone()}" · "<bdi lang="fr">{service.name.clone()}</bdi></strong>
            " · "<span class="muted">{motifs}</span>
            {(!service.active).then(|| view! { " · "<span class="muted">{t("town-retired")}</span> })}
        }
        .into_any()
    };
    view! {
        <details class="admin-card" open=typed.here()>
            <summary>{summary}</summary>
            <form method="post" action=if new { CreateService::PATH } else { SaveService::PATH }>
                {if new {
                    view! {
                        <Field id=id("slug") label=t("town-slug") name="slug" value=v("slug", String::new())
                            required=true hint=t("town-slug-hint") ltr=true max_length=64/>
                    }.into_any()
                } else {
                    view! {
                        <input type="hidden" name="slug" value=service.slug.clone()/>
                        <input type="hidden" name="version" value=service.version/>
                    }.into_any()
                }}
                <Field id=id("name") label=t("town-service-name") name="name" value=v("name", service.name.clone()) required=true max_length=200/>
                <div class="agenda-filters">
                    <div><Field id=id("letter") label=t("town-service-letter") name="lettre" value=v("lettre", service.letter.clone())
                        required=true max_length=1 code=true hint=t("town-service-letter-hint")/></div>
                    <div><Field id=id("position") label=t("town-service-position") name="position" kind="number"
                        value=v("position", service.position.to_string()) min="1".to_owned() max="999".to_owned() required=true/></div>
                </div>
                <p class="checkbox">
                    <Check id=id("experts") label=t("town-service-experts") name="experts" checked=typed.checked("experts", service.experts)
                        hint=t("town-service-experts-hint")/>
                </p>
                <button type="submit" class="button primary">{t(if new { "town-create" } else { "admin-save" })}</button>
            </form>
            {(!new).then(|| view! {
                <form method="post" action=SetServiceActive::PATH class="inline-form">
                    <input type="hidden" name="slug" value=service.slug.clone()/>
                    <input type="hidden" name="version" value=service.version/>
                    {(!service.active).then(|| view! { <input type="hidden" name="active" value="on"/> })}
                    <button type="submit" class=if service.active { "button danger" } else { "button" }>
                        {t(if service.active { "town-retire" } else { "town-reactivate" })}
                    </button>
                </form>
            })}
        </details>
    }
}
