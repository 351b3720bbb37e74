//! Guichet: the front office of a French town hall. This crate holds everything that renders
//! pages (on the server and, hydrated, in the browser) and the server functions behind them.
//! Features: `ssr` (server build) and `hydrate` (wasm build); never both.

pub mod app;
pub mod booking;
pub mod calendar;
pub mod components;
pub mod contact_details;
pub mod errors;
pub mod home;
#[cfg(feature = "ssr")]
pub mod hooks;
pub mod i18n;
pub mod interpretation;
pub mod notifications;
pub mod queue;
pub mod staff;
pub mod statuses;
pub mod upcoming;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod store;

/// Entry point of the wasm bundle: takes over the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
