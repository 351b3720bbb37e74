//! The shell every staff page shares: its title, its data loaded on the server (the loading
//! server function checks who is asking), and, when that check refuses, a page that says
//! why with the way back to the login screen.

use crate::components::loaded::loaded;
use crate::errors::AppError;
use crate::i18n::t;
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A staff page: `title` (a Fluent id) in the tab, then `view` of what `page` loaded, or
/// [`AccessDenied`]. Each page's `view` puts its content in a `StaffFrame`.
#[component]
pub fn StaffPage<T, F, V>(
    /// Fluent id of the title shown in the browser tab.
    title: &'static str,
    /// The page's data, from a server function that checks the agent's role first.
    page: Resource<Result<T, AppError>>,
    /// The page itself, from its data.
    view: F,
    /// A page that reloads its data while it is open (a live desk): the page in front of
    /// the agent stays, and its buttons clickable, until the new one is ready, instead of
    /// blanking (a `Transition` rather than a `Suspense`).
    #[prop(optional)]
    live: bool,
) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let refused = |error: AppError| view! { <AccessDenied error/> };
    view! {
        <leptos_meta::Title text=t(title)/>
        {loaded(page, view, refused, live)}
    }
}

/// Shown instead of a staff page when the session is missing or the role does not allow it.
#[component]
pub fn AccessDenied(error: AppError) -> impl IntoView {
    view! {
        <main id="main" class="staff-main">
            <h1>{t(error.message_id())}</h1>
            <p><a class="button" href="/agent" rel="external">{t("back-to-login")}</a></p>
        </main>
    }
}
