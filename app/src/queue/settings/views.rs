//! The queue settings page: one card and one form per site.

use super::model::{QueueAdminView, SiteSettings};
use super::{SaveQueueSettings, queue_admin};
use crate::components::fields::{Check, Field};
use crate::components::outcome::Outcome;
use crate::i18n::{args, t, t_with};
use crate::queue::model::QueueSettings;
use crate::queue::order::{Priority, Weights};
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// `/agent/admin/file`
#[component]
pub fn QueueAdminPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| queue_admin());
    view! { <StaffPage title="queue-admin-title" page view=|view| view! { <QueueAdmin view/> }/> }
}

#[component]
fn QueueAdmin(view: QueueAdminView) -> impl IntoView {
    view! {
        <StaffFrame me=view.me current=Some(StaffSection::Admin)>
            <h1>{t("queue-admin-title")}</h1>
            <Outcome/>
            <p>{t("queue-admin-intro")}</p>
            {view.sites.into_iter().map(|site| view! { <SiteCard site/> }).collect_view()}
        </StaffFrame>
    }
}

#[component]
fn SiteCard(site: SiteSettings) -> impl IntoView {
    let p = format!("queue-{}", site.slug);
    let id = move |f: &str| format!("{p}-{f}");
    let w = site.settings.weights;
    let head_start = t_with(
        "queue-admin-head-start",
        &args([("max", i64::from(Weights::MAX_MINUTES).into())]),
    );
    view! {
        <section class="admin-card" id=site.slug.clone() aria-labelledby=id("title")>
            <h2 id=id("title")><bdi lang="fr">{site.name.clone()}</bdi></h2>
            <form method="post" action=SaveQueueSettings::PATH>
                <input type="hidden" name="lieu" value=site.slug.clone()/>
                <p class="checkbox">
                    <Check id=id("home") label=t("queue-admin-from-home") name="from_home" checked=site.tickets_from_home/>
                </p>
                <fieldset class="agenda-filters">
                    <legend>{head_start}</legend>
                    {Priority::DECLARED.into_iter().map(|priority| view! {
                        <div>
                            <Field id=id(priority.as_str()) label=t(priority.message_id()) name=priority.as_str()
                                kind="number" required=true min="0".to_owned() max=Weights::MAX_MINUTES.to_string()
                                value=w.minutes(priority).to_string()/>
                        </div>
                    }).collect_view()}
                </fieldset>
                <Field id=id("calls") label=t("queue-admin-max-calls") name="max_calls" kind="number" required=true
                    min=QueueSettings::MAX_CALLS_RANGE.start().to_string()
                    max=QueueSettings::MAX_CALLS_RANGE.end().to_string()
                    value=site.settings.max_calls.to_string()/>
                <button type="submit" class="button primary">{t("admin-save")}</button>
            </form>
        </section>
    }
}
