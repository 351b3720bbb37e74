//! `/interpretation` and `/interpretation/<code>`: the resident's screen. First the code
//! the counsellor's panel shows; then, in the resident's language and direction, the phrase
//! the counsellor sent last, large, and the answers the resident can tap. Follows the
//! pairing's live stream; without JavaScript it reloads itself, and every answer is a plain
//! form.

use super::model::{SCREEN_PATH, ScreenLoad, ScreenState, screen_stream};
use super::{AnswerOnScreen, load_screen};
use crate::i18n::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

/// How often the screen reloads without JavaScript, in seconds.
const NOJS_REFRESH: u32 = 5;

/// `/interpretation` and `/interpretation/<code>`
#[component]
pub fn PairedScreenPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let code = Memo::new(move |_| params.get().get("code").or_else(|| query.get().get("code")));
    let page = Resource::new_blocking(move || code.get(), load_screen);
    view! {
        <leptos_meta::Title text=t("pairing-screen-page")/>
        <Suspense fallback=|| ()>
            {move || {
                let sent = query.get().get("envoye");
                Suspend::new(async move {
                    match page.await {
                        Ok(ScreenLoad::Paired { code, state }) => view! { <PairedScreen code state sent/> }.into_any(),
                        Ok(ScreenLoad::AskCode) => view! { <AskCode typed=String::new() refused=None/> }.into_any(),
                        Ok(ScreenLoad::Unknown { typed }) => view! { <AskCode typed refused=Some("pairing-unknown-code")/> }.into_any(),
                        Ok(ScreenLoad::Taken { typed }) => view! { <AskCode typed refused=Some("pairing-code-taken")/> }.into_any(),
                        Ok(ScreenLoad::TooMany { typed }) => view! { <AskCode typed refused=Some("error-too-many-codes")/> }.into_any(),
                        Err(_) => view! { <crate::components::NotFound/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// The code, typed on the screen by whoever sets it up (in the page's language);
/// `refused`: the message saying why the code typed opens nothing. Its field is written
/// here rather than with `Field`, whose error cannot be left out depending on the request.
#[component]
fn AskCode(typed: String, refused: Option<&'static str>) -> impl IntoView {
    let invalid = refused.is_some();
    view! {
        <main id="main" class="pair-ask" tabindex="-1">
            <h1>{t("pairing-screen-page")}</h1>
            <p>{t("pairing-ask-intro")}</p>
            {refused.map(|id| view! { <p class="notice error" role="alert" id="pair-code-error">{t(id)}</p> })}
            <form method="get" action=SCREEN_PATH class="pair-form">
                <label for="pair-code">{t("pairing-code-label")}</label>
                <input id="pair-code" name="code" type="text" inputmode="numeric" autocomplete="off"
                    maxlength="12" value=typed aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then_some("pair-code-error")/>
                <button type="submit" class="button primary big">{t("pairing-open")}</button>
            </form>
        </main>
    }
}

#[component]
fn PairedScreen(code: String, state: ScreenState, sent: Option<String>) -> impl IntoView {
    let current = RwSignal::new(state);
    #[cfg(feature = "hydrate")]
    crate::components::live_stream::open(
        screen_stream(&code),
        move |text| {
            if let Ok(next) = serde_json::from_str::<ScreenState>(&text) {
                current.set(next);
            }
        },
        // The pairing is gone (ended, expired): say so rather than a frozen phrase.
        move || current.update(|s| s.ended = true),
    );
    #[cfg(not(feature = "hydrate"))]
    let _ = screen_stream("");
    // The answer just sent, in the resident's words, until the next phrase arrives.
    let sent = RwSignal::new(sent);
    let first_phrase = current.get_untracked().phrase;
    Effect::new(move |_| {
        if current.with(|s| s.phrase != first_phrase) {
            sent.set(None);
        }
    });
    let code = StoredValue::new(code);
    // Rendered once, outside the live part: a <meta> made later by script would reload
    // pages that have JavaScript.
    let refresh = (!current.get_untracked().ended).then(|| {
        view! { <noscript><meta http-equiv="refresh" content=NOJS_REFRESH.to_string()/></noscript> }
    });
    let screen = move || {
        let s = current.get();
        let dir = if s.rtl { "rtl" } else { "ltr" };
        let sent_text = sent.get().and_then(|id| {
            s.answers
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.text.clone())
        });
        view! {
            <main id="main" class="paired-screen" lang=s.lang.clone() dir=dir tabindex="-1">
                <h1 class="visually-hidden">{s.labels.title.clone()}</h1>
                {if s.ended {
                    view! { <p class="paired-ended" role="status">{s.labels.ended.clone()}</p> }.into_any()
                } else {
                    view! {
                        <p class="paired-phrase" aria-live="polite">
                            {s.phrase.clone().unwrap_or_else(|| s.labels.waiting.clone())}
                        </p>
                        {sent_text.map(|a| view! {
                            <p class="notice ok paired-sent" role="status">{s.labels.sent.clone()}" "<strong>{a}</strong></p>
                        })}
                        <h2 class="paired-answers-title">{s.labels.answers.clone()}</h2>
                        <ul class="answer-board large">
                            {s.answers.iter().map(|a| view! {
                                <li>
                                    <form method="post" action=AnswerOnScreen::PATH>
                                        <input type="hidden" name="code" value=code.get_value()/>
                                        <input type="hidden" name="reponse" value=a.id.clone()/>
                                        <button type="submit" class="answer">{a.text.clone()}</button>
                                    </form>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </main>
        }
    };
    view! { {refresh} {screen} }
}
