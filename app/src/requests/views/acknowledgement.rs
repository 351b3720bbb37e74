//! `/agent/demandes/<reference>/accuse`: the acknowledgement of receipt to print on A4 and
//! post in a window envelope, or hand over at the desk: the service's address, the
//! resident's in the window, the legal text in French and, beside it, in the resident's
//! language.

use crate::i18n::{Locale, t, text};
use crate::requests::load_acknowledgement;
use crate::requests::model::{AcknowledgementView, request_path};
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
    view! { <StaffPage title="ack-title" page view=|view| view! { <Acknowledgement view/> }/> }
}

#[component]
fn Acknowledgement(view: AcknowledgementView) -> impl IntoView {
    let title_id = if view.document {
        "ack-title-document"
    } else {
        "ack-title"
    };
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
                        <h1>{text(Locale::Fr, title_id)}</h1>
                        {view.french.iter().cloned().map(|p| view! { <p>{p}</p> }).collect_view()}
                    </section>
                    {view.translated.clone().map(|(lang, dir, paragraphs)| {
                        let locale = Locale::from_tag(&lang).unwrap_or_default();
                        view! {
                            <section lang=lang.clone() dir=dir class="letter-translation">
                                <h2>{text(locale, title_id)}</h2>
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
