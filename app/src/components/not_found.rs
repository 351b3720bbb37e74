use super::layout::PublicLayout;
use crate::i18n::t;
use leptos::prelude::*;

/// The page for an address that leads nowhere, with a 404 status for the server render.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <leptos_meta::Title text=t("not-found-title")/>
        <PublicLayout>
            <h1>{t("not-found-title")}</h1>
            <p>{t("not-found-body")}</p>
            <p><a class="button" href="/">{t("back-home")}</a></p>
        </PublicLayout>
    }
}
