//! What became of the form just posted, said at the top of the page it redirected back to:
//! `?enregistre=1` or `?erreur=<Fluent id>` in the address (a plain redirect, so it works
//! without JavaScript).

use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// "Saved" or the translated problem, from the redirect's query.
#[component]
pub fn Outcome() -> impl IntoView {
    let query = use_query_map();
    move || {
        let q = query.get();
        if let Some(e) = q.get("erreur") {
            let id = if e.starts_with("admin-error-") {
                e
            } else {
                "error-internal".into()
            };
            Some(view! { <p class="notice warn" role="alert">{t(&id)}</p> }.into_any())
        } else {
            q.get("enregistre").map(|_| {
                view! { <p class="notice ok" role="status">{t("admin-saved")}</p> }.into_any()
            })
        }
    }
}
