//! A server-sent event stream followed by a component: opened once the page has loaded (an
//! open stream must not keep the page "loading"), closed with the component, and never
//! opened when the component is gone before the page finished loading. The browser's
//! EventSource reconnects by itself after a network cut or a server restart.

/// Calls `on_message` with the data of each event of the stream at `path`; `on_gone` when
/// the server refuses the stream for good (an answer other than 200: what it followed no
/// longer exists).
#[cfg(feature = "hydrate")]
pub fn open(path: String, on_message: impl Fn(String) + 'static, on_gone: impl Fn() + 'static) {
    // One copy of the stream's code in the wasm, whatever each component does with events.
    open_boxed(
        path,
        std::rc::Rc::new(on_message),
        std::rc::Rc::new(on_gone),
    );
}

#[cfg(feature = "hydrate")]
fn open_boxed(
    path: String,
    on_message: std::rc::Rc<dyn Fn(String)>,
    on_gone: std::rc::Rc<dyn Fn()>,
) {
    use leptos::prelude::on_cleanup;
    use send_wrapper::SendWrapper;
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    let Some(window) = web_sys::window() else {
        return;
    };
    let source = Rc::new(RefCell::new(None::<web_sys::EventSource>));
    let gone = Rc::new(Cell::new(false));
    let open = {
        let (source, gone) = (source.clone(), gone.clone());
        move || {
            if gone.get() {
                return;
            }
            let Ok(es) = web_sys::EventSource::new(&path) else {
                return;
            };
            let on_message =
                Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                    if let Some(text) = e.data().as_string() {
                        on_message(text);
                    }
                });
            es.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            let watched = es.clone();
            let on_error = Closure::<dyn Fn()>::new(move || {
                // CONNECTING: the browser retries by itself; CLOSED: refused for good.
                if watched.ready_state() == web_sys::EventSource::CLOSED {
                    on_gone();
                }
            });
            es.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            on_error.forget();
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
    let kept = SendWrapper::new((source, gone));
    on_cleanup(move || {
        let (source, gone) = kept.take();
        gone.set(true);
        if let Some(es) = source.borrow_mut().take() {
            es.close();
        }
    });
}
