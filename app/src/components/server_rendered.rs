//! Pages the server renders alone, without the app's WebAssembly: the administration.
//! They are plain forms that work without JavaScript, opened now and then on a desk
//! computer; keeping their code out of the wasm keeps what every resident's phone downloads
//! small (`budgets/wasm.txt`). The router still names them (`app.rs`): on the server with
//! their view, in the browser with [`ServerRendered`].

use leptos::prelude::*;

/// The addresses served without the wasm: `/agent/admin` and below.
pub fn is_server_rendered(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    path == "/agent/admin" || path.starts_with("/agent/admin/")
}

/// Whether the page being rendered is one of them: the shell then leaves out the hydration
/// scripts, and the staff frame brings its own small inactivity lock.
pub fn this_page_is_server_rendered() -> bool {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().is_some_and(|p| is_server_rendered(p.uri.path()))
    }
    #[cfg(not(feature = "ssr"))]
    false
}

/// In the browser's router in place of a server-rendered page: reached by a link inside
/// the app, it asks the server for the page instead.
#[component]
pub fn ServerRendered() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_administration_and_only_it_is_server_rendered() {
        for path in ["/agent/admin", "/agent/admin/", "/agent/admin/lieux"] {
            assert!(is_server_rendered(path), "{path}");
        }
        for path in [
            "/",
            "/agent",
            "/agent/administration",
            "/agent/file",
            "/rendez-vous",
        ] {
            assert!(!is_server_rendered(path), "{path}");
        }
    }
}
