//! `/agent/admin/file`: each site's queue settings for administrators: whether residents
//! may take a ticket from home, the head start of each priority, and how many calls make a
//! visitor absent. One plain form per site; every change audited and pushed to the site's
//! screens and desks at once (the order of waiting visitors may change with it).

// A plain HTML form posts one field per server-function argument.
#![allow(clippy::too_many_arguments)]

use super::kiosk::PRIORITY_CHOICES;
use super::order::{Priority, Weights};
use super::settings::QueueSettings;
use crate::errors::AppError;
use crate::i18n::{args, t, t_with};
use crate::staff::frame::StaffFrame;
use crate::staff::page::AccessDenied;
use crate::staff::{Me, StaffSection};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const PAGE: &str = "/agent/admin/file";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteQueueForm {
    pub slug: String,
    pub name: String,
    pub tickets_from_home: bool,
    pub settings: QueueSettings,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueAdminView {
    pub me: Me,
    pub sites: Vec<SiteQueueForm>,
}

/// What an administrator typed, checked: the settings, or the message id of the problem.
pub fn parse_form(weights: [&str; 4], max_calls: &str) -> Result<QueueSettings, &'static str> {
    let minutes = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|m| *m <= Weights::MAX_MINUTES)
            .ok_or("admin-error-queue-weight")
    };
    let weights = Weights {
        disability: minutes(weights[0])?,
        pregnancy: minutes(weights[1])?,
        elderly: minutes(weights[2])?,
        young_child: minutes(weights[3])?,
    };
    let max_calls = max_calls
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|n| QueueSettings::MAX_CALLS_RANGE.contains(n))
        .ok_or("admin-error-queue-calls")?;
    Ok(QueueSettings { weights, max_calls })
}

#[server(prefix = "/api/agent", endpoint = "admin/file")]
pub async fn queue_admin() -> Result<QueueAdminView, AppError> {
    use crate::store::entities::site;
    use sea_orm::{EntityTrait, QueryOrder};
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let mut sites = Vec::new();
    for s in site::Entity::find()
        .order_by_asc(site::Column::Name)
        .all(&state.db)
        .await?
    {
        sites.push(SiteQueueForm {
            settings: QueueSettings::load(&state.db, s.id).await?,
            slug: s.slug,
            name: s.name,
            tickets_from_home: s.tickets_from_home,
        });
    }
    Ok(QueueAdminView {
        me: Me::from_identity(identity)?,
        sites,
    })
}

#[server(prefix = "/api/agent", endpoint = "admin/file/lieu")]
pub async fn save_queue_settings(
    lieu: String,
    from_home: Option<String>,
    disability: String,
    pregnancy: String,
    elderly: String,
    young_child: String,
    max_calls: String,
) -> Result<(), AppError> {
    use crate::store::begin_write;
    use crate::store::entities::site;
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let settings = match parse_form(
        [&disability, &pregnancy, &elderly, &young_child],
        &max_calls,
    ) {
        Ok(s) => s,
        Err(id) => {
            leptos_axum::redirect(&format!("{PAGE}?erreur={id}#{lieu}"));
            return Ok(());
        }
    };
    let Some(row) = site::Entity::find()
        .filter(site::Column::Slug.eq(&lieu))
        .one(&state.db)
        .await?
    else {
        return Err(AppError::NotFound.with_status());
    };
    let site_id = row.id;
    // The site's switch and its settings change together, or not at all.
    let txn = begin_write(&state.db).await?;
    let mut active = row.into_active_model();
    active.tickets_from_home = Set(from_home.is_some());
    active.update(&txn).await?;
    settings.save(&txn, site_id).await?;
    super::live::notify(&txn, site_id).await?;
    txn.commit().await?;
    crate::queue::live::Live::from_context()?.changed(site_id);
    crate::audit::staff_action(
        &state.db,
        &identity,
        "admin.queue.save",
        "queue-settings",
        Some(lieu.clone()),
    )
    .await?;
    leptos_axum::redirect(&format!("{PAGE}?enregistre=1#{lieu}"));
    Ok(())
}

/// `/agent/admin/file`
#[component]
pub fn QueueAdminPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| queue_admin());
    view! {
        <leptos_meta::Title text=t("queue-admin-title")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(view) => view! {
                        <StaffFrame me=view.me.clone() current=Some(StaffSection::Admin)>
                            <h1>{t("queue-admin-title")}</h1>
                            <crate::components::outcome::Outcome/>
                            <p>{t("queue-admin-intro")}</p>
                            {view.sites.into_iter().map(|site| view! { <SiteSettings site/> }).collect_view()}
                        </StaffFrame>
                    }.into_any(),
                    Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SiteSettings(site: SiteQueueForm) -> impl IntoView {
    let p = format!("queue-{}", site.slug);
    let id = move |f: &str| format!("{p}-{f}");
    let w = site.settings.weights;
    let max = Weights::MAX_MINUTES.to_string();
    view! {
        <section class="admin-card" id=site.slug.clone() aria-labelledby=id("title")>
            <h2 id=id("title")><bdi lang="fr">{site.name.clone()}</bdi></h2>
            <form method="post" action="/api/agent/admin/file/lieu">
                <input type="hidden" name="lieu" value=site.slug.clone()/>
                <p class="checkbox">
                    <input id=id("home") name="from_home" type="checkbox" value="1" checked=site.tickets_from_home/>
                    <label for=id("home")>{t("queue-admin-from-home")}</label>
                </p>
                <fieldset class="agenda-filters">
                    <legend>{t_with("queue-admin-head-start", &args([("max", i64::from(Weights::MAX_MINUTES).into())]))}</legend>
                    {PRIORITY_CHOICES.into_iter().map(|(name, label)| {
                        let minutes = w.minutes(Priority::parse(name));
                        let input = id(name);
                        view! {
                            <div>
                                <label for=input.clone()>{t(label)}</label>
                                <input id=input name=name type="number" min="0" max=max.clone() step="1" required value=minutes.to_string()/>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <label for=id("calls")>{t("queue-admin-max-calls")}</label>
                <input id=id("calls") name="max_calls" type="number" step="1" required
                    min=QueueSettings::MAX_CALLS_RANGE.start().to_string()
                    max=QueueSettings::MAX_CALLS_RANGE.end().to_string()
                    value=site.settings.max_calls.to_string()/>
                <button type="submit" class="button primary">{t("admin-save")}</button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_within_bounds_gives_the_settings() {
        let s = parse_form(["30", "0", " 15 ", "60"], "2").unwrap();
        assert_eq!(
            s.weights,
            Weights {
                disability: 30,
                pregnancy: 0,
                elderly: 15,
                young_child: 60
            }
        );
        assert_eq!(s.max_calls, 2);
    }

    #[test]
    fn out_of_bounds_or_not_a_number_is_refused() {
        assert_eq!(
            parse_form(["61", "0", "0", "0"], "3"),
            Err("admin-error-queue-weight")
        );
        assert_eq!(
            parse_form(["10", "-1", "0", "0"], "3"),
            Err("admin-error-queue-weight")
        );
        assert_eq!(
            parse_form(["10", "1.5", "0", "0"], "3"),
            Err("admin-error-queue-weight")
        );
        assert_eq!(
            parse_form(["10", "10", "10", "10"], "0"),
            Err("admin-error-queue-calls")
        );
        assert_eq!(
            parse_form(["10", "10", "10", "10"], "ten"),
            Err("admin-error-queue-calls")
        );
    }
}
