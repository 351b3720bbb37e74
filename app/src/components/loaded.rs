//! The content of a page that waits for its data, loaded on the server: shown once the data
//! is there, or what the page says when loading was refused. The staff pages (access
//! denied) and the residents' and devices' pages (not found) differ only in that.

use crate::errors::AppError;
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// What a page shows of its data, once loaded: type-erased, so that every page shares one
/// `Suspense` and one `Transition` in the wasm instead of one pair per page.
type Content = Arc<dyn Fn() -> Suspend<AnyView> + Send + Sync>;

/// `view` of what `page` loaded, or `refused` of the error. A `live` page reloads its data
/// while it is open: the page in front of the person stays, its buttons clickable, until
/// the new one is ready (a `Transition`), instead of blanking (a `Suspense`).
pub fn loaded<T, F, V, R, W>(
    page: Resource<Result<T, AppError>>,
    view: F,
    refused: R,
    live: bool,
) -> AnyView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    R: Fn(AppError) -> W + Clone + Send + Sync + 'static,
    W: IntoView + 'static,
{
    let content: Content = Arc::new(move || {
        let (view, refused) = (view.clone(), refused.clone());
        Suspend::new(async move {
            match page.await {
                Ok(data) => view(data).into_any(),
                Err(e) => refused(e).into_any(),
            }
        })
    });
    boundary(content, live)
}

fn boundary(content: Content, live: bool) -> AnyView {
    let content = move || content();
    if live {
        view! { <Transition fallback=|| ()>{content}</Transition> }.into_any()
    } else {
        view! { <Suspense fallback=|| ()>{content}</Suspense> }.into_any()
    }
}
