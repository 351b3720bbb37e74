//! `/ecran/<site>`: the waiting-room screen. The last calls with their desks, the newest
//! one flashing; a chime and the call spoken in French and in the visitor's language once
//! someone has tapped "activate sound" (browsers refuse to play sound before a gesture);
//! the estimated wait per service family. Follows the screens' live stream and reconnects
//! by itself after a server restart. Only the site's enrolled screen shows it: any other
//! browser gets the enrolment prompt, and a screen whose stream is refused (revoked) reloads
//! into that prompt.

use super::parts::{FamilyIcon, VisitorPage, route_param, wait_text};
use crate::i18n::names::service_name;
use crate::i18n::{t, use_locale};
use crate::queue::model::Board;
use crate::queue::visitors::model::screen_stream_path;
use crate::queue::visitors::screen_board;
use crate::staff::device_prompt::DevicePromptView;
use crate::staff::model::Enrolled;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/ecran/<site>`
#[component]
pub fn ScreenPage() -> impl IntoView {
    let query = use_query_map();
    let first = Resource::new_blocking(route_param("site"), screen_board);
    let screen = move |page: Enrolled<Board>| match page {
        Enrolled::Yes(board) => view! { <Screen board/> }.into_any(),
        Enrolled::No(prompt) => {
            let error = query.with_untracked(|q| q.get("erreur"));
            view! { <DevicePromptView prompt error/> }.into_any()
        }
    };
    view! { <VisitorPage title="queue-screen-title" page=first view=screen/> }
}

#[component]
fn Screen(board: Board) -> impl IntoView {
    let locale = use_locale();
    let path = screen_stream_path(&board.site);
    let current = RwSignal::new(board);
    // The key of the call that is flashing (the newest one heard since the page opened).
    let flashing = RwSignal::new(None::<String>);
    let sound_on = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    let audio = StoredValue::new_local(None::<web_sys::AudioContext>);
    #[cfg(feature = "hydrate")]
    {
        use std::collections::HashSet;
        let seen = StoredValue::new_local(
            current
                .get_untracked()
                .calls
                .iter()
                .map(|c| c.key.clone())
                .collect::<HashSet<_>>(),
        );
        let on_board = move |next: Board| {
            // Oldest first, so that two calls in one update are said in order.
            let fresh: Vec<_> = next
                .calls
                .iter()
                .rev()
                .filter(|c| !seen.with_value(|s| s.contains(&c.key)))
                .cloned()
                .collect();
            seen.update_value(|s| s.extend(next.calls.iter().map(|c| c.key.clone())));
            if let Some(newest) = fresh.last() {
                flashing.set(Some(newest.key.clone()));
            }
            if sound_on.get_untracked() && !fresh.is_empty() {
                audio.with_value(|a| {
                    if let Some(ctx) = a {
                        crate::queue::client::chime(ctx);
                    }
                });
                let sentences: Vec<_> = fresh.iter().flat_map(|c| c.speech.clone()).collect();
                crate::queue::client::speak(&sentences);
            }
            current.set(next);
        };
        // Refused for good (revoked, or no longer this site's screen): the page again,
        // which then asks for a code.
        crate::queue::client::follow_or_else(
            path.clone(),
            None,
            on_board,
            crate::queue::client::reload_soon,
        );
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = path;
    let activate = move |_| {
        #[cfg(feature = "hydrate")]
        {
            audio.set_value(web_sys::AudioContext::new().ok());
            // Speaking once inside the gesture unlocks speech for the rest of the day.
            crate::queue::client::speak(&[crate::queue::model::Speech {
                lang: "fr".into(),
                text: String::new(),
            }]);
        }
        sound_on.set(true);
    };
    view! {
        <main id="main" class="screen" tabindex="-1">
            <header class="screen-header">
                <h1><bdi lang="fr">{move || current.with(|b| b.site_name.clone())}</bdi></h1>
                <Show when=move || !sound_on.get()>
                    <button type="button" class="button screen-sound" on:click=activate>{t("queue-screen-sound")}</button>
                </Show>
                <Show when=move || sound_on.get()>
                    <p class="screen-sound-on" role="status">{t("queue-screen-sound-on")}</p>
                </Show>
            </header>
            <section class="screen-calls" aria-labelledby="calls-title">
                <h2 id="calls-title">{t("queue-screen-calls")}</h2>
                <ol class="calls" aria-live="assertive">
                    {move || {
                        let calls = current.with(|b| b.calls.clone());
                        if calls.is_empty() {
                            return view! { <li class="call empty">{t("queue-screen-no-call")}</li> }.into_any();
                        }
                        calls.into_iter().enumerate().map(|(i, c)| {
                            let class = match (i, flashing.get() == Some(c.key.clone())) {
                                (0, true) => "call latest flash",
                                (0, false) => "call latest",
                                _ => "call",
                            };
                            view! {
                                <li class=class>
                                    <span class="call-code" dir="ltr">{c.code}</span>
                                    <span class="call-arrow" aria-hidden="true">"→"</span>
                                    <span class="call-desk"><bdi lang="fr">{c.desk}</bdi></span>
                                </li>
                            }
                        }).collect_view().into_any()
                    }}
                </ol>
            </section>
            <section class="screen-waits" aria-labelledby="waits-title">
                <h2 id="waits-title">{t("queue-screen-waits")}</h2>
                <ul class="waits">
                    {move || current.with(|b| b.waits.clone()).into_iter().map(|w| {
                        view! {
                            <li class="wait">
                                <FamilyIcon slug=w.service.clone()/>
                                <span class="wait-letter" dir="ltr">{w.letter.clone()}</span>
                                <span class="wait-name">{service_name(locale, &w.service, &w.service)}</span>
                                <span class="wait-time">{wait_text(w.wait)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </main>
    }
}
