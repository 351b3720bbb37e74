//! Pages the server renders alone, without the app's WebAssembly: the administration, the
//! requests, residents and procedure sheets pages of the staff, and the residents' request
//! form, follow-up and procedure sheets. They are plain forms and links that work without
//! JavaScript; keeping their code out of the wasm keeps what every resident's phone
//! downloads small (`budgets/wasm.txt`). The router still names them (`app.rs`): on the
//! server with their view, in the browser with [`ServerRendered`].

use leptos::prelude::*;

/// The addresses served without the wasm: these and the pages below them.
const SERVER_RENDERED: [&str; 12] = [
    "/agent/admin",
    "/agent/courrier",
    "/agent/demarches",
    "/agent/demandes",
    "/agent/modeles-reponse",
    "/agent/pilotage",
    "/agent/usagers",
    "/avis",
    "/demande",
    "/demarches",
    "/statistiques",
    "/suivi",
];

pub fn is_server_rendered(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    SERVER_RENDERED.iter().any(|p| {
        path == *p
            || path
                .strip_prefix(p)
                .is_some_and(|rest| rest.starts_with('/'))
    })
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
    fn the_administration_requests_residents_and_sheets_are_server_rendered() {
        for path in [
            "/agent/admin",
            "/agent/admin/",
            "/agent/admin/lieux",
            "/agent/demandes",
            "/agent/demandes/D-2026-00042",
            "/agent/usagers",
            "/agent/demarches/carte-identite/modifier",
            "/demarches",
            "/demarches/passeport/imprimer",
            "/demande",
            "/suivi",
            "/agent/pilotage",
            "/agent/pilotage/resultats",
            "/avis/abc",
            "/statistiques",
        ] {
            assert!(is_server_rendered(path), "{path}");
        }
        for path in [
            "/",
            "/agent",
            "/agent/administration",
            "/agent/demandesx",
            "/demandes",
            "/demarchesx",
            "/agent/file",
            "/rendez-vous",
        ] {
            assert!(!is_server_rendered(path), "{path}");
        }
    }
}
