//! Browser side of the queue pages: following a site's live stream, speaking calls, the
//! chime, and sending an unattended kiosk back to its first screen.

use super::model::{Board, Speech};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The last board stamp each stream path delivered: a page that re-renders opens a new
    /// stream, whose first event (the same board) must not trigger another reload.
    static LAST_STAMP: std::cell::RefCell<std::collections::HashMap<String, String>> =
        Default::default();
}

/// Calls `on_board` with every new board the stream at `path` sends (see
/// [`crate::components::live_stream`]); `known` is the stamp of the board the page was
/// rendered with, when the server knew it.
pub fn follow(path: String, known: Option<String>, on_board: impl Fn(Board) + 'static) {
    follow_or_else(path, known, on_board, || {});
}

/// [`follow`], and `on_gone` once the server refuses the stream for good.
pub fn follow_or_else(
    path: String,
    known: Option<String>,
    on_board: impl Fn(Board) + 'static,
    on_gone: impl Fn() + 'static,
) {
    let key = path.clone();
    if let Some(stamp) = known {
        LAST_STAMP.with(|m| m.borrow_mut().insert(key.clone(), stamp));
    }
    crate::components::live_stream::open(
        path,
        move |text| {
            let Ok(board) = serde_json::from_str::<Board>(&text) else {
                return;
            };
            let fresh = LAST_STAMP.with(|m| {
                m.borrow_mut().insert(key.clone(), board.stamp.clone()) != Some(board.stamp.clone())
            });
            if fresh {
                on_board(board);
            }
        },
        on_gone,
    );
}

/// Reloads the page in a few seconds (not at once: a server that keeps refusing is not
/// asked again in a tight loop).
pub fn reload_soon() {
    if let Some(window) = web_sys::window() {
        let reload = Closure::once_into_js(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(reload.unchecked_ref(), 3_000);
    }
}

/// Whether the focus is in a field the user types in or chooses from.
pub fn editing() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|e| match e.tag_name().as_str() {
            "TEXTAREA" | "SELECT" => true,
            "INPUT" => !matches!(
                e.get_attribute("type").as_deref(),
                Some("hidden" | "submit" | "button" | "radio" | "checkbox")
            ),
            _ => false,
        })
}

/// Says each sentence in its own language, one after the other. Returns false when the
/// browser has no speech synthesis at all.
pub fn speak(sentences: &[Speech]) -> bool {
    sentences
        .iter()
        .all(|s| crate::components::speech::say(&s.text, &s.lang, None))
}

/// Two soft tones before a call, so heads turn to the screen before the voice speaks.
pub fn chime(context: &web_sys::AudioContext) {
    let now = context.current_time();
    for (i, freq) in [660.0_f32, 880.0].into_iter().enumerate() {
        let (Ok(osc), Ok(gain)) = (context.create_oscillator(), context.create_gain()) else {
            return;
        };
        osc.set_type(web_sys::OscillatorType::Sine);
        osc.frequency().set_value(freq);
        let start = now + i as f64 * 0.35;
        let _ = gain.gain().set_value_at_time(0.0, start);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.3, start + 0.03);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.0, start + 0.3);
        let _ = osc.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&context.destination());
        let _ = osc.start_with_when(start);
        let _ = osc.stop_with_when(start + 0.32);
    }
}

/// Sends the page to `home` after `secs` seconds without a touch or a key.
pub fn return_when_idle(home: String, secs: u32) {
    use std::cell::Cell;
    use std::rc::Rc;
    let Some(window) = web_sys::window() else {
        return;
    };
    let timer = Rc::new(Cell::new(None::<i32>));
    let go = Closure::<dyn Fn()>::new(move || {
        if let Some(w) = web_sys::window() {
            // `replace`: the previous visitor's ticket does not stay in the history.
            let _ = w.location().replace(&home);
        }
    });
    let arm = {
        let timer = timer.clone();
        let go = go
            .as_ref()
            .unchecked_ref::<js_sys_function::Function>()
            .clone();
        move || {
            if let Some(w) = web_sys::window() {
                if let Some(t) = timer.get() {
                    w.clear_timeout_with_handle(t);
                }
                timer.set(
                    w.set_timeout_with_callback_and_timeout_and_arguments_0(
                        &go,
                        (secs * 1000) as i32,
                    )
                    .ok(),
                );
            }
        }
    };
    arm();
    let on_input = Closure::<dyn Fn()>::new(arm);
    for event in ["pointerdown", "keydown", "touchstart"] {
        let _ = window.add_event_listener_with_callback(event, on_input.as_ref().unchecked_ref());
    }
    let kept = SendWrapper::new((window, on_input, go, timer));
    on_cleanup(move || {
        let (window, on_input, _go, timer) = kept.take();
        for event in ["pointerdown", "keydown", "touchstart"] {
            let _ = window
                .remove_event_listener_with_callback(event, on_input.as_ref().unchecked_ref());
        }
        if let Some(t) = timer.get() {
            window.clear_timeout_with_handle(t);
        }
    });
}

mod js_sys_function {
    pub use web_sys::js_sys::Function;
}
