use crate::i18n::{self, LANG_QUERY, Locale};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Lists every language by its own name in its own script (never a flag: a language is not
/// a country). Plain links that reload the page, so it works without JavaScript and the
/// choice is kept in a cookie by the server.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let current = i18n::use_locale();
    let path = use_location().pathname.get_untracked();
    let label = i18n::text(current, "language-picker-label");
    view! {
        <details class="language-picker">
            <summary>
                <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>
                    <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" fill="none" stroke="currentColor" stroke-width="2"/>
                </svg>
                <span>{label.clone()}</span>
                " : "
                <span lang=current.code()>{current.native_name()}</span>
            </summary>
            <nav aria-label=label>
                <ul>
                    {Locale::ALL
                        .into_iter()
                        .map(|l| {
                            let href = format!("{path}?{LANG_QUERY}={}", l.code());
                            view! {
                                <li>
                                    <a
                                        href=href
                                        rel="external"
                                        lang=l.code()
                                        hreflang=l.code()
                                        dir=l.dir()
                                        aria-current=(l == current).then_some("true")
                                    >
                                        {l.native_name()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </details>
    }
}
