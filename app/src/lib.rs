//! Guichet: the front office of a French town hall. This crate holds everything that renders
//! pages (on the server and, hydrated, in the browser) and the server functions behind them.
//! Features: `ssr` (server build) and `hydrate` (wasm build); never both.

// The router and the HTML shell: the one place that names every page.
pub mod app;

// Base: what every feature may use. A base module never imports a feature.
pub mod alerts;
#[cfg(feature = "ssr")]
pub mod audit;
pub mod calendar;
pub mod components;
pub mod contact_details;
pub mod errors;
pub mod forms;
#[cfg(feature = "ssr")]
pub mod hooks;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod limits;
pub mod notifications;
#[cfg(feature = "ssr")]
pub mod secrets;
pub mod staff;
#[cfg(feature = "ssr")]
pub mod state;
pub mod statuses;
#[cfg(feature = "ssr")]
pub mod store;

// Features: each imports base modules only, never another feature (see `hooks`), and
// follows the template of the README's "Adding a feature".
pub mod agents;
pub mod booking;
pub mod campaigns;
pub mod home;
pub mod interpretation;
pub mod procedures;
pub mod quality;
pub mod queue;
pub mod requests;
pub mod residents;
pub mod retention;
pub mod surveys;

/// Entry point of the wasm bundle: takes over the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    // The moment the page's controls respond: the phones benchmark reads it
    // (end2end/phones, budgets/phones.txt).
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("guichet-hydrated");
    }
}
