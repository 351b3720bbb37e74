//! The shell every staff page shares: its title, its data loaded on the server (the loading
//! server function checks who is asking), and, when that check refuses, a page that says
//! why with the way back to the login screen.

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
    /// The page reloads its data while it is shown (a live update): it stays on screen
    /// until the new data is there (a `Transition`) instead of going blank meanwhile.
    #[prop(optional)]
    live: bool,
) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let content = move || {
        let view = view.clone();
        Suspend::new(async move {
            match page.await {
                Ok(data) => view(data).into_any(),
                Err(e) => view! { <AccessDenied error=e/> }.into_any(),
            }
        })
    };
    view! {
        <leptos_meta::Title text=t(title)/>
        {if live {
            view! { <Transition fallback=|| ()>{content.clone()}</Transition> }.into_any()
        } else {
            view! { <Suspense fallback=|| ()>{content.clone()}</Suspense> }.into_any()
        }}
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
