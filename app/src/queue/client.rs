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

/// Calls `on_board` with every new board the stream at `path` sends. The browser's
/// EventSource reconnects by itself after a network cut or a server restart; the stream
/// opens once the page has loaded (an open stream must not keep the page "loading") and
/// closes with the component.
pub fn follow(path: String, on_board: impl Fn(Board) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_board = std::rc::Rc::new(on_board);
    let source = std::rc::Rc::new(std::cell::RefCell::new(None::<web_sys::EventSource>));
    let open = {
        let source = source.clone();
        move || {
            let Ok(es) = web_sys::EventSource::new(&path) else {
                return;
            };
            let path = path.clone();
            let on_board = on_board.clone();
            let on_message =
                Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                    let Some(text) = e.data().as_string() else {
                        return;
                    };
                    let Ok(board) = serde_json::from_str::<Board>(&text) else {
                        return;
                    };
                    let fresh = LAST_STAMP.with(|m| {
                        m.borrow_mut().insert(path.clone(), board.stamp.clone())
                            != Some(board.stamp.clone())
                    });
                    if fresh {
                        on_board(board);
                    }
                });
            es.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            *source.borrow_mut() = Some(es);
        }
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        open();
    } else {
        let once = Closure::once_into_js(open);
        let _ = window.add_event_listener_with_callback("load", once.unchecked_ref());
    }
    let kept = SendWrapper::new(source);
    on_cleanup(move || {
        if let Some(es) = kept.take().borrow_mut().take() {
            es.close();
        }
    });
}

/// Says each sentence in its own language, one after the other. Returns false when the
/// browser has no speech synthesis at all.
pub fn speak(sentences: &[Speech]) -> bool {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return false;
    };
    let voices = synth.get_voices();
    for s in sentences {
        let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(&s.text) else {
            continue;
        };
        u.set_lang(&s.lang);
        u.set_rate(0.9);
        // A voice of that language if the machine has one; else the browser picks.
        if let Some(voice) = voices
            .iter()
            .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
            .find(|v| v.lang().to_lowercase().starts_with(&s.lang.to_lowercase()))
        {
            u.set_voice(Some(&voice));
        }
        synth.speak(&u);
    }
    true
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
