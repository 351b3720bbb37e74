//! Speaking through the browser's speech synthesis: the queue's screen calls visitors, the
//! language panel reads a phrase to a resident. Voices are the workstation's own; a
//! language without a voice is said plainly on screen instead of being mangled by a voice
//! of another language.

use crate::i18n::t;
use leptos::prelude::*;

/// A voice of the workstation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    pub name: String,
    pub lang: String,
}

/// Whether a voice tag ("ar-SA") speaks language `lang` ("ar").
pub fn speaks(voice_lang: &str, lang: &str) -> bool {
    let v = voice_lang.to_ascii_lowercase().replace('_', "-");
    let l = lang.to_ascii_lowercase();
    v == l || v.starts_with(&format!("{l}-"))
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::{Voice, speaks};
    use wasm_bindgen::JsCast;

    fn synth() -> Option<web_sys::SpeechSynthesis> {
        web_sys::window().and_then(|w| w.speech_synthesis().ok())
    }

    /// The raw voices; read by property so that any object standing in for a voice works.
    fn raw_voices() -> Vec<web_sys::SpeechSynthesisVoice> {
        synth()
            .map(|s| {
                s.get_voices()
                    .iter()
                    .map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The workstation's voices for `lang`.
    pub fn voices(lang: &str) -> Vec<Voice> {
        raw_voices()
            .into_iter()
            .filter(|v| speaks(&v.lang(), lang))
            .map(|v| Voice {
                name: v.name(),
                lang: v.lang(),
            })
            .collect()
    }

    /// Says `text` in `lang`, with the voice named `voice` or the first of that language
    /// (the browser's own choice when it lists none). False without speech synthesis.
    pub fn say(text: &str, lang: &str, voice: Option<&str>) -> bool {
        let Some(synth) = synth() else {
            return false;
        };
        // Fluent's isolation marks around values mean nothing to a voice.
        let text = text.replace(['\u{2068}', '\u{2069}'], "");
        let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else {
            return false;
        };
        u.set_lang(lang);
        u.set_rate(0.9);
        let chosen = raw_voices().into_iter().find(|v| match voice {
            Some(name) => v.name() == name,
            None => speaks(&v.lang(), lang),
        });
        if let Some(v) = chosen {
            u.set_voice(Some(&v));
        }
        synth.speak(&u);
        true
    }

    /// Calls `f` when the browser has loaded its voices (they arrive after the page).
    pub fn when_voices_change(f: impl Fn() + 'static) {
        use wasm_bindgen::closure::Closure;
        if let Some(s) = synth() {
            let c = Closure::<dyn Fn()>::new(f);
            let _ = s.add_event_listener_with_callback("voiceschanged", c.as_ref().unchecked_ref());
            c.forget();
        }
    }
}

#[cfg(feature = "hydrate")]
pub use browser::{say, voices};

/// "Read aloud" for `text` in language `lang`, with the choice of the workstation's voices
/// for it; without one, a plain message and the way to show the text instead (`show`).
/// Without JavaScript nothing can be spoken: the button is not offered.
#[component]
pub fn ReadAloud(text: String, lang: String, show: String) -> impl IntoView {
    // None until the browser has said which voices it has (never on the server).
    let found = RwSignal::new(None::<Vec<Voice>>);
    let chosen = RwSignal::new(String::new());
    #[cfg(feature = "hydrate")]
    {
        let lang = lang.clone();
        let refresh = move || {
            let list = voices(&lang);
            if chosen.get_untracked().is_empty()
                && let Some(first) = list.first()
            {
                chosen.set(first.name.clone());
            }
            found.set(Some(list));
        };
        // After hydration: the server rendered no voice list.
        Effect::new(move |_| {
            refresh();
            browser::when_voices_change(refresh.clone());
        });
    }
    let speak = {
        let (text, lang) = (text.clone(), lang.clone());
        move |_| {
            #[cfg(feature = "hydrate")]
            {
                let voice = chosen.get_untracked();
                say(&text, &lang, (!voice.is_empty()).then_some(voice.as_str()));
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&text, &lang);
        }
    };
    view! {
        {move || match found.get() {
            None => ().into_any(),
            Some(list) if list.is_empty() => view! {
                <p class="notice" role="status">
                    {t("speech-no-voice")}" "<a href=show.clone()>{t("panel-show")}</a>
                </p>
            }.into_any(),
            Some(list) => view! {
                <div class="read-aloud">
                    <button type="button" class="button" on:click=speak.clone()>{t("speech-read-aloud")}</button>
                    <label for="speech-voice">{t("speech-voice")}</label>
                    <select id="speech-voice" on:change=move |e| chosen.set(event_target_value(&e))>
                        {list.into_iter().map(|v| {
                            let selected = v.name == chosen.get_untracked();
                            view! { <option value=v.name.clone() selected=selected>{format!("{} ({})", v.name, v.lang)}</option> }
                        }).collect_view()}
                    </select>
                </div>
            }.into_any(),
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::speaks;

    #[test]
    fn a_voice_speaks_its_language_and_regional_forms() {
        assert!(speaks("ar-SA", "ar"));
        assert!(speaks("ar", "ar"));
        assert!(speaks("zh_CN", "zh"));
        assert!(!speaks("arn-CL", "ar"));
        assert!(!speaks("fr-FR", "fa"));
    }
}
