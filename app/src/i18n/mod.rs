//! Every text the app shows comes from `locales/<lang>/*.ftl` through this module, on the
//! server (pages, and later SMS and e-mail) and in the browser alike.

pub mod dates;
pub mod languages;
mod locale;
pub mod money;
pub mod names;
mod negotiate;
pub mod search;
mod server_only;

pub use locale::Locale;
pub use negotiate::{LANG_COOKIE, LANG_QUERY, negotiate};
pub use server_only::SERVER_ONLY_FILES;

use fluent_templates::Loader;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;

/// One loader per side with the same settings: on the server `locales/` without the
/// phrasebook, in the browser also without the texts of the pages only the server renders
/// (both copied by build.rs, see there why).
macro_rules! locales_from {
    ($folder:literal) => {
        fluent_templates::static_loader! {
            static LOCALES = {
                locales: $folder,
                fallback_language: "fr",
                // Keep Fluent's bidi isolation marks: they keep Latin names readable inside
                // Arabic and Persian sentences. Tests strip them before comparing.
                customise: |bundle| bundle.set_use_isolating(true),
            };
        }
    };
}

#[cfg(feature = "ssr")]
locales_from!("./locales-ui");
#[cfg(not(feature = "ssr"))]
locales_from!("./locales-browser");

/// Arguments for a message with variables, e.g. `args([("name", "Camille".into())])`.
pub type Args = HashMap<Cow<'static, str>, FluentValue<'static>>;

/// Builds the argument map of a message from `(name, value)` pairs.
pub fn args<const N: usize>(pairs: [(&'static str, FluentValue<'static>); N]) -> Args {
    pairs
        .into_iter()
        .map(|(k, v)| (Cow::Borrowed(k), v))
        .collect()
}

/// The text of message `id` (or `id.attribute`) in `locale`.
pub fn text(locale: Locale, id: &str) -> String {
    LOCALES.lookup(&locale.langid(), id)
}

/// The text of message `id` with variables.
pub fn text_with(locale: Locale, id: &str, args: &Args) -> String {
    LOCALES.lookup_with_args(&locale.langid(), id, args)
}

/// The text of `id` if this locale (or French) has it; for data-driven ids such as
/// `service-<slug>` whose admin-created rows have no translation.
pub fn try_text(locale: Locale, id: &str) -> Option<String> {
    LOCALES.try_lookup(&locale.langid(), id)
}

/// The locale of the page being rendered, provided by [`provide_locale`].
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// Shorthand used by components: the text of `id` in the page's locale.
pub fn t(id: &str) -> String {
    text(use_locale(), id)
}

/// Shorthand with variables.
pub fn t_with(id: &str, args: &Args) -> String {
    text_with(use_locale(), id, args)
}

/// Puts the page's locale in context: on the server it comes from the request (negotiated
/// by the locale middleware); in the browser from `<html lang>`, which the server wrote, so
/// hydration renders the same texts.
pub fn provide_locale() -> Locale {
    let locale = current_locale();
    provide_context(locale);
    locale
}

/// The language of the request being served (negotiated by the server's middleware); for
/// server functions, which run outside any page.
#[cfg(feature = "ssr")]
pub fn request_locale() -> Locale {
    current_locale()
}

#[cfg(feature = "ssr")]
fn current_locale() -> Locale {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Locale>().copied())
        .unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
fn current_locale() -> Locale {
    #[cfg(feature = "hydrate")]
    {
        if let Some(lang) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
        {
            return Locale::from_tag(&lang).unwrap_or_default();
        }
    }
    Locale::default()
}
