//! What visitors' pages share: their shell, a wait in words, the families' pictograms.

use crate::components::NotFound;
use crate::components::loaded::loaded;
use crate::errors::AppError;
use crate::i18n::{args, t, t_with};
use crate::queue::estimate::WaitBand;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A visitor's page: `title` (a Fluent id) in the tab, then `view` of what `page` loaded,
/// or "not found" (an unknown site or ticket).
#[component]
pub fn VisitorPage<T, F, V>(
    title: &'static str,
    page: Resource<Result<T, AppError>>,
    view: F,
    /// A page that reloads while it is open: it stays on screen until the new one is
    /// ready, instead of blanking (a `Transition`).
    #[prop(optional)]
    live: bool,
) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let refused = |_: AppError| view! { <NotFound/> };
    view! {
        <leptos_meta::Title text=t(title)/>
        {loaded(page, view, refused, live)}
    }
}

/// The value of a parameter of the page's route (`site`, `token`), as a resource's source.
pub fn route_param(name: &'static str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let params = use_params_map();
    move || params.get().get(name).unwrap_or_default()
}

/// A wait in words.
pub fn wait_text(wait: WaitBand) -> String {
    match wait {
        WaitBand::Now => t("queue-wait-now"),
        WaitBand::Few => t("queue-wait-few"),
        WaitBand::About(m) => t_with("queue-wait-about", &args([("minutes", m.into())])),
    }
}

/// Pictograms of the service families; the name beside them says it all.
#[component]
pub fn FamilyIcon(slug: String) -> impl IntoView {
    let path = match slug.as_str() {
        "etat-civil" => "M7 3h10v18H7zM10 7h4M10 11h4M10 15h4",
        "urbanisme" => "M3 21h18M5 21V10l7-6 7 6v11M10 21v-6h4v6",
        "funeraire" => "M12 3v18M7 8h10",
        "affaires-scolaires" => "M3 9l9-5 9 5-9 5zM7 11v5c3 2 7 2 10 0v-5",
        "ccas" => "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
        _ => "M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18zM12 8v.5M12 11v6",
    };
    view! {
        <svg class="icon kiosk-icon" aria-hidden="true" viewBox="0 0 24 24" width="56" height="56">
            <path d=path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
