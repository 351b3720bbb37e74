use super::language_picker::LanguagePicker;
use crate::i18n::t;
use leptos::prelude::*;

/// Frame of every public page: skip link, header with the language picker, main, footer.
#[component]
pub fn PublicLayout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href="/">{t("app-name")}</a>
            <LanguagePicker/>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{t("footer-text")}</p>
            <p><a href="/statistiques" rel="external">{t("footer-results-link")}</a></p>
            <p><a href="/agent" rel="external">{t("footer-staff-link")}</a></p>
        </footer>
    }
}
