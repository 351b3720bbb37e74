//! Letters to print on A4 and post in a window envelope, or hand over at the desk: the
//! acknowledgement of receipt (`/agent/demandes/<reference>/accuse`) and a reply or a
//! question (`/agent/demandes/<reference>/courrier/<event>`): the service's address, the
//! resident's in the window, the text in French and, beside it, in the resident's
//! language.

use crate::i18n::{Locale, t, text};
use crate::requests::model::{AcknowledgementView, request_path};
use crate::requests::{load_acknowledgement, load_reply_letter};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/agent/demandes/<reference>/accuse`
#[component]
pub fn AcknowledgementPage() -> impl IntoView {
    let params = use_params_map();
    let page = Resource::new_blocking(
        move || params.with(|p| p.get("reference").unwrap_or_default()),
        load_acknowledgement,
    );
    view! { <StaffPage title="ack-title" page view=|view| view! { <Letter view/> }/> }
}

/// `/agent/demandes/<reference>/courrier/<event>`
#[component]
pub fn ReplyLetterPage() -> impl IntoView {
    let params = use_params_map();
    let page = Resource::new_blocking(
        move || {
            params.with(|p| {
                (
                    p.get("reference").unwrap_or_default(),
                    p.get("event").and_then(|e| e.parse().ok()).unwrap_or(0),
                )
            })
        },
        |(reference, event)| load_reply_letter(reference, event),
    );
    view! { <StaffPage title="reply-letter-title" page view=|view| view! { <Letter view/> }/> }
}

#[component]
fn Letter(view: AcknowledgementView) -> impl IntoView {
    let title_id = view.title.clone();
    let french_title = text(Locale::Fr, &title_id);
    let lines = |l: Vec<String>| {
        l.into_iter()
            .map(|line| view! { <span>{line}</span><br/> })
            .collect_view()
    };
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Requests)>
            <p class="no-print"><a href=request_path(&view.reference)>{t("requests-back")}</a></p>
            <p class="notice no-print">{t("ack-print")}" (Ctrl+P)"</p>
            <article class="letter" lang="fr" dir="ltr">
                <address class="letter-sender">{lines(view.sender.clone())}</address>
                <address class="letter-window">{lines(view.recipient.clone())}</address>
                <p class="letter-date">{view.place_and_date.clone()}</p>
                <div class="letter-columns">
                    <section lang="fr" dir="ltr">
                        <h1>{french_title}</h1>
                        {view.french.iter().cloned().map(|p| view! { <p>{p}</p> }).collect_view()}
                    </section>
                    {view.translated.clone().map(|(lang, dir, paragraphs)| {
                        let locale = Locale::from_tag(&lang).unwrap_or_default();
                        view! {
                            <section lang=lang.clone() dir=dir class="letter-translation">
                                <h2>{text(locale, &title_id)}</h2>
                                <p class="hint">{text(locale, "ack-translation-note")}</p>
                                {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                            </section>
                        }
                    })}
                </div>
            </article>
        </StaffFrame>
    }
}
