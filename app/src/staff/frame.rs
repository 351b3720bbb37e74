//! The frame of every staff page: who is signed in, the navigation allowed to their role,
//! the one-tap "changer de conseiller", and the inactivity lock.

use super::model::{ACTIVITY_PATH, ACTIVITY_REPORT_SECS, HOME_PAGE, Me};
use super::roles::StaffSection;
use super::{LockSession, SwitchAgent};
use crate::components::server_rendered::{is_server_rendered, this_page_is_server_rendered};
use crate::i18n::{args, t, t_with};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn StaffFrame(me: Me, current: Option<StaffSection>, children: Children) -> impl IntoView {
    inactivity_lock(me.inactivity_secs);
    // A page without the wasm (the administration) locks itself with a few lines of script.
    let server_lock = this_page_is_server_rendered().then(|| {
        view! { <script nonce=leptos::nonce::use_nonce() inner_html=server_rendered_lock(me.inactivity_secs)></script> }
    });
    let role = me.role;
    // The requests pages say the same in their own words.
    let alerts = (current != Some(StaffSection::Requests) && !me.alerts.is_empty()).then(|| {
        let lines = me
            .alerts
            .into_iter()
            .map(|a| {
                let text = t_with(&a.message, &args([("count", a.count.into())]));
                view! {
                    <li class:urgent=a.urgent>
                        <a href=a.href.clone() rel=is_server_rendered(&a.href).then_some("external")>{text}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <aside class="staff-alerts" aria-label=t("alerts-label")>
                <ul>{lines}</ul>
            </aside>
        }
    });
    view! {
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <header class="staff-header">
            <a class="brand" href=HOME_PAGE>{t("staff-brand")}</a>
            <p class="who">
                <span class="agent-name">{me.name}</span>
                " · "
                <span>{t(me.role.message_id())}</span>
                " · "
                <span class="muted">{me.workstation}</span>
            </p>
            <form method="post" action=SwitchAgent::PATH class="switch-form">
                <button type="submit" class="button">{t("staff-switch")}</button>
            </form>
            <form method="post" action=LockSession::PATH id="lock-form" hidden></form>
        </header>
        <nav class="staff-nav" aria-label=t("staff-nav-label")>
            <ul>
                {StaffSection::ALL
                    .into_iter()
                    .filter(|s| s.allows(role))
                    .map(|s| {
                        view! {
                            <li>
                                <a
                                    href=s.path()
                                    // The router would only load the page from the server.
                                    rel=is_server_rendered(s.path()).then_some("external")
                                    aria-current=(Some(s) == current).then_some("page")
                                >
                                    {t(s.message_id())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
        {alerts}
        <main id="main" class="staff-main" tabindex="-1">{children()}</main>
        {server_lock}
    }
}

/// [`inactivity_lock`] for pages the server renders alone: the same rule in plain script.
fn server_rendered_lock(secs: u64) -> String {
    format!(
        "(function(){{var last=Date.now(),told=last,limit={ms};\
         ['keydown','pointerdown','touchstart','wheel'].forEach(function(e){{\
         addEventListener(e,function(){{last=Date.now()}},{{passive:true}})}});\
         setInterval(function(){{var f=document.getElementById('lock-form');\
         if(last>told&&Date.now()-told>={every}){{told=Date.now();\
         navigator.sendBeacon('{path}')}}\
         if(f&&Date.now()-last>=limit)f.submit()}},1000)}})();",
        ms = secs * 1000,
        every = ACTIVITY_REPORT_SECS * 1000,
        path = ACTIVITY_PATH,
    )
}

/// In the browser: after `secs` without a key, click or touch, post the lock form. The
/// server ends idle sessions on its own too; this makes the screen follow at once.
fn inactivity_lock(secs: u64) {
    #[cfg(feature = "hydrate")]
    {
        use std::cell::Cell;
        use std::rc::Rc;
        use wasm_bindgen::JsCast;
        use wasm_bindgen::prelude::*;

        use std::sync::atomic::{AtomicBool, Ordering};
        // Staff pages navigate inside the app: install the watcher once per page load.
        static INSTALLED: AtomicBool = AtomicBool::new(false);
        if INSTALLED.swap(true, Ordering::Relaxed) {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let last_input = Rc::new(Cell::new(js_sys_now()));
        let on_input = {
            let last_input = last_input.clone();
            Closure::<dyn Fn()>::new(move || last_input.set(js_sys_now()))
        };
        for event in ["keydown", "pointerdown", "touchstart", "wheel"] {
            let _ =
                window.add_event_listener_with_callback(event, on_input.as_ref().unchecked_ref());
        }
        on_input.forget();
        let limit_ms = (secs as f64) * 1000.0;
        // What people do on the page goes to the server by fetches, which do not count as
        // activity there: say so, at most every ACTIVITY_REPORT_SECS.
        let told = Cell::new(js_sys_now());
        let every_ms = (ACTIVITY_REPORT_SECS as f64) * 1000.0;
        let check = Closure::<dyn Fn()>::new(move || {
            let now = js_sys_now();
            if last_input.get() > told.get()
                && now - told.get() >= every_ms
                && let Some(window) = web_sys::window()
            {
                told.set(now);
                let _ = window.navigator().send_beacon(ACTIVITY_PATH);
            }
            if now - last_input.get() >= limit_ms
                && let Some(form) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("lock-form"))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
            {
                let _ = form.submit();
            }
        });
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
            check.as_ref().unchecked_ref(),
            1000,
        );
        check.forget();
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = secs;
}

#[cfg(feature = "hydrate")]
fn js_sys_now() -> f64 {
    // Date.now(): follows the page clock, which Playwright can move forward in tests.
    web_sys::js_sys::Date::now()
}
