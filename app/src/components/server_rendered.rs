//! Pages the server renders alone, without the app's WebAssembly: the administration, the
//! requests, residents and procedure sheets pages of the staff, and the residents' pages
//! that are plain forms and links (the home page, booking and an appointment's page,
//! taking a ticket from home, the request form and follow-up, procedure sheets, surveys,
//! results) or that follow a live stream with a few lines of script (a resident's ticket:
//! [`super::LiveParts`]). They work without JavaScript as they are, and a resident's phone then
//! downloads some 10 KB for them instead of the whole app (`budgets/phones.txt`, issue
//! 17). The router still names them (`app.rs`): on the server with their view, in the
//! browser with [`ServerRendered`].

use leptos::prelude::*;

/// The addresses served without the wasm: these and the pages below them.
const SERVER_RENDERED: [&str; 16] = [
    "/",
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
    "/file",
    "/rendez-vous",
    "/statistiques",
    "/suivi",
    "/ticket",
];

pub fn is_server_rendered(path: &str) -> bool {
    let path = match path.trim_end_matches('/') {
        "" => "/",
        trimmed => trimmed,
    };
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
            "/",
            "/rendez-vous",
            "/rendez-vous/0123abcd",
            "/rendez-vous/0123abcd/deplacer",
            "/rendez-vous/offre/0123abcd",
            "/file",
            "/file/hotel-de-ville",
            "/ticket/0123abcd",
        ] {
            assert!(is_server_rendered(path), "{path}");
        }
        // Live pages of the staff and of devices keep the app: the kiosk (and its ticket
        // page), the screen, the desk.
        for path in [
            "/agent",
            "/agent/administration",
            "/agent/demandesx",
            "/demandes",
            "/demarchesx",
            "/agent/file",
            "/agent/accueil",
            "/ticketx",
            "/borne/hotel-de-ville",
            "/borne/hotel-de-ville/ticket/0123abcd",
            "/ecran/hotel-de-ville",
            "/rendez-vousx",
            "/filex",
        ] {
            assert!(!is_server_rendered(path), "{path}");
        }
    }
}
