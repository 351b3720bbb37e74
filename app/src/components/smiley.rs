//! The three faces of a flash survey (1 unhappy, 2 neutral, 3 happy), drawn, not emoji:
//! emoji look different on every phone and some old ones show a box. Decorative: the
//! button around a face carries its name in words.

use leptos::prelude::*;

/// The face for score `score` (1, 2 or 3).
#[component]
pub fn Smiley(score: i16) -> impl IntoView {
    let (mouth, class) = match score {
        1 => ("M8 17c2.2-2.4 5.8-2.4 8 0", "smiley-face unhappy"),
        2 => ("M8.5 15.5h7", "smiley-face neutral"),
        _ => ("M8 14c2.2 2.6 5.8 2.6 8 0", "smiley-face happy"),
    };
    view! {
        <svg class=class aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="64" height="64">
            <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="1.6"/>
            <circle cx="8.8" cy="9.5" r="1.2" fill="currentColor"/>
            <circle cx="15.2" cy="9.5" r="1.2" fill="currentColor"/>
            <path d=mouth fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>
        </svg>
    }
}
