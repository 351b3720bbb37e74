//! The panel's page, its values form, and the boxes of the paired screen and the request
//! for an interpreter.

mod pairing_box;
mod request_box;
mod values;

use super::load_panel;
use super::model::{Chosen, LanguageChoice, PATH, PanelParams, PanelView};
use crate::components::fields::Field;
use crate::i18n::{args, t, t_with};
use crate::interpretation::model::Pair;
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use pairing_box::{PairingBox, SendToScreen};
use request_box::{PanelReload, RequestBox};
use values::Values;

/// `/agent/interpretation`
#[component]
pub fn PanelPage() -> impl IntoView {
    let query = use_query_map();
    let params = Memo::new(move |_| query.with(PanelParams::from_query));
    let page = Resource::new_blocking(move || params.get(), load_panel);
    // Parts of the panel that follow a live stream (the interpreter request) reload it.
    provide_context(PanelReload(Callback::new(move |_| page.refetch())));
    // Shown to the resident (`montrer`) or with a notice (`avis`): the same data.
    let shown = move |view: PanelView| {
        let params = params.get_untracked();
        move || {
            let (show, notice) = query.with(|q| {
                let notice = q.get("avis").filter(|a| a.starts_with("pairing-"));
                (q.get("montrer").is_some(), notice)
            });
            let (view, params) = (view.clone(), params.clone());
            if show && view.language.is_some() {
                view! { <ResidentView view params/> }.into_any()
            } else {
                view! { <Panel view params notice/> }.into_any()
            }
        }
    };
    view! { <StaffPage title="section-interpretation" page live=true view=shown/> }
}

#[component]
fn Panel(view: PanelView, params: PanelParams, notice: Option<String>) -> impl IntoView {
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Interpretation)>
            <h1>{t("section-interpretation")}</h1>
            <ul class="panel-links">
                <li><a href=crate::interpretation::interpreters::model::PATH>{t("interpreters-title")}</a></li>
                <li><a href=crate::interpretation::local_phrases::model::PATH>{t("local-phrases-link")}</a></li>
            </ul>
            {notice.map(|n| view! { <p class="notice error" role="alert">{t(&n)}</p> })}
            <div class="panel">
                <Languages view=view.clone() params=params.clone()/>
                {match view.language.clone() {
                    None => view! { <p class="notice">{t("panel-choose-language")}</p> }.into_any(),
                    Some(lang) => view! { <Phrasebook view lang params/> }.into_any(),
                }}
            </div>
        </StaffFrame>
    }
}

/// The resident's language: by its name in French or in itself. No flags: a language is
/// not a country.
#[component]
fn Languages(view: PanelView, params: PanelParams) -> impl IntoView {
    let current = view.language.as_ref().map(|l| l.code.clone());
    view! {
        <section class="panel-languages" aria-labelledby="panel-languages-title">
            <h2 id="panel-languages-title">{t("panel-language")}</h2>
            <form method="get" action=PATH class="inline-search" role="search">
                <Field id="panel-find-language" name="trouver" kind="search" label=t("panel-find-language")
                    value=params.trouver.clone().unwrap_or_default()/>
                <button type="submit" class="button">{t("panel-search")}</button>
            </form>
            {if view.languages.is_empty() {
                view! { <p>{t("panel-no-language")}</p> }.into_any()
            } else {
                view! {
                    <ul class="language-list">
                        {view.languages.into_iter().map(|l| {
                            let href = params.with(|p| { p.langue = Some(l.code.clone()); p.trouver = None; });
                            let here = current.as_deref() == Some(l.code.as_str());
                            view! {
                                <Choosing href class="language-choice" here>
                                    <span class="language-native" lang=l.code.clone() dir=if l.rtl { "rtl" } else { "ltr" }>{l.native}</span>
                                    <span class="language-name">{l.name}</span>
                                </Choosing>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// One item of a list of choices (languages, phrases): a link, marked when it is the one
/// shown.
#[component]
fn Choosing(href: String, class: &'static str, here: bool, children: Children) -> impl IntoView {
    view! {
        <li>
            <a href=href class=class aria-current=here.then_some("true")>{children()}</a>
        </li>
    }
}

#[component]
fn Phrasebook(view: PanelView, lang: LanguageChoice, params: PanelParams) -> impl IntoView {
    let dir = if lang.rtl { "rtl" } else { "ltr" };
    let searching = params.q.as_deref().is_some_and(|q| !q.trim().is_empty());
    let current = view
        .situation
        .clone()
        .or_else(|| view.situations.first().map(|s| s.slug.clone()));
    let heading = if searching {
        t("panel-results")
    } else {
        view.situations
            .iter()
            .find(|s| Some(&s.slug) == current.as_ref())
            .map(|s| s.name.clone())
            .unwrap_or_default()
    };
    view! {
        <nav class="panel-situations" aria-labelledby="panel-situations-title">
            <h2 id="panel-situations-title">{t("panel-situations")}</h2>
            <form method="get" action=PATH class="inline-search" role="search">
                <input type="hidden" name="langue" value=lang.code.clone()/>
                <Field id="panel-search" name="q" kind="search" lang="fr" label=t("panel-search-phrases")
                    value=params.q.clone().unwrap_or_default()/>
                <button type="submit" class="button">{t("panel-search")}</button>
            </form>
            <ul>
                {view.situations.iter().map(|s| {
                    let href = params.with(|p| { p.situation = Some(s.slug.clone()); p.q = None; p.phrase = None; p.reponse = None; });
                    let here = !searching && current.as_deref() == Some(s.slug.as_str());
                    view! { <li><a href=href aria-current=here.then_some("page")>{s.name.clone()}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
        <section class="panel-phrases" aria-labelledby="panel-phrases-title">
            <h2 id="panel-phrases-title">{heading}</h2>
            {if view.phrases.is_empty() {
                view! { <p>{t("panel-no-phrase")}</p> }.into_any()
            } else {
                view! {
                    <ul class="phrase-list">
                        {view.phrases.iter().map(|p| {
                            let href = params.with(|q| { q.phrase = Some(p.id.clone()); q.reponse = None; });
                            let here = view.chosen.as_ref().is_some_and(|c| c.pair.id == p.id);
                            let (fr, theirs, code) = (p.fr.clone(), p.theirs.clone(), lang.code.clone());
                            view! {
                                <Choosing href class="phrase-choice" here>
                                    <span lang="fr">{fr}</span>
                                    <span class="muted" lang=code dir=dir>{theirs}</span>
                                </Choosing>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {view.chosen.clone().map(|chosen| view! { <ChosenPhrase chosen view=view.clone() lang=lang.clone() params=params.clone()/> })}
        <Answers view=view.clone() lang=lang.clone() params=params.clone()/>
        <PairingBox pairing=view.pairing.clone() back=params.href()/>
        <RequestBox code=lang.code.clone() language=lang.name.clone() request=view.interpreter_request.clone() back=params.href()/>
        <ProcedureSheets code=lang.code.clone() native=lang.native.clone()/>
    }
}

/// The procedure sheets in the resident's language, when the town has them in it: shown
/// to the resident (full or easy to read) and read aloud from the sheet's page.
#[component]
fn ProcedureSheets(code: String, native: String) -> impl IntoView {
    crate::i18n::Locale::from_tag(&code).map(|l| {
        let href = format!("/demarches?langue={}", l.code());
        view! {
            <section class="panel-sheets" aria-labelledby="panel-sheets-title">
                <h2 id="panel-sheets-title">{t("panel-procedure-sheets")}</h2>
                <p><a class="button" href=href rel="external">{t_with("panel-procedure-sheets-in", &args([("language", native.into())]))}</a></p>
            </section>
        }
    })
}

#[component]
fn ChosenPhrase(
    chosen: Chosen,
    view: PanelView,
    lang: LanguageChoice,
    params: PanelParams,
) -> impl IntoView {
    let dir = if lang.rtl { "rtl" } else { "ltr" };
    let show = format!("{}&montrer=1", params.with(|p| p.reponse = None));
    let Chosen {
        pair,
        vars,
        problems,
    } = chosen;
    let has_problems = !problems.is_empty();
    view! {
        <section class="panel-phrase" aria-labelledby="panel-phrase-title">
            <h2 id="panel-phrase-title" class="visually-hidden">{t("panel-phrase")}</h2>
            <div class="side-by-side">
                <div class="phrase-side" lang="fr">
                    <p class="phrase-lang">{t("panel-french")}</p>
                    <p class="phrase-text">{pair.fr.clone()}</p>
                </div>
                <div class="phrase-side theirs" lang=lang.code.clone() dir=dir id="their-phrase">
                    <p class="phrase-lang">{lang.native.clone()}</p>
                    <p class="phrase-text">{pair.theirs.clone()}</p>
                </div>
            </div>
            <div class="phrase-actions">
                <crate::components::speech::ReadAloud text=pair.theirs.clone() lang=lang.code.clone() show=show.clone()/>
                <a class="button primary" href=show>{t("panel-show")}</a>
                {view.pairing.is_some().then(|| view! { <SendToScreen back=params.href()/> })}
            </div>
            {has_problems.then(|| view! { <p class="notice error" role="alert">{t("panel-error-value")}</p> })}
            {(!vars.is_empty()).then(|| view! { <Values vars view params problems/> })}
        </section>
    }
}

/// The resident's answers, in their language, each with its French meaning.
#[component]
fn Answers(view: PanelView, lang: LanguageChoice, params: PanelParams) -> impl IntoView {
    let dir = if lang.rtl { "rtl" } else { "ltr" };
    view! {
        <section class="panel-answers" aria-labelledby="panel-answers-title">
            <h2 id="panel-answers-title">{t("panel-answers")}</h2>
            {view.answered.clone().map(|a| view! { <Answered answer=a/> })}
            <ul class="answer-board">
                {view.answers.iter().map(|a| {
                    let href = params.with(|p| p.reponse = Some(a.id.clone()));
                    view! {
                        <li>
                            <a class="answer" href=href>
                                <span lang=lang.code.clone() dir=dir>{a.theirs.clone()}</span>
                                <span class="muted" lang="fr">{a.fr.clone()}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Answered(answer: Pair) -> impl IntoView {
    view! {
        <p class="notice ok answered" role="status">
            {t("panel-resident-said")}" "<strong lang="fr">{answer.fr}</strong>
        </p>
    }
}

/// "Show to the resident": the phrase alone, large, in the resident's language and
/// direction, and the answers they can tap; a tap goes back to the counsellor's panel with
/// the answer's French meaning.
#[component]
fn ResidentView(view: PanelView, params: PanelParams) -> impl IntoView {
    let lang = view.language.clone().expect("a language is chosen");
    let dir = if lang.rtl { "rtl" } else { "ltr" };
    let back = params.with(|p| p.reponse = None);
    let page = crate::i18n::use_locale();
    view! {
        <main id="main" class="resident-view" lang=lang.code.clone() dir=dir tabindex="-1">
            <h1 class="visually-hidden">{lang.native.clone()}</h1>
            {view.chosen.clone().map(|c| view! { <p class="resident-phrase">{c.pair.theirs}</p> })}
            <ul class="answer-board large">
                {view.answers.iter().map(|a| {
                    let href = params.with(|p| p.reponse = Some(a.id.clone()));
                    view! { <li><a class="answer" href=href>{a.theirs.clone()}</a></li> }
                }).collect_view()}
            </ul>
            // In the counsellor's interface language, not the resident's.
            <p class="resident-back" lang=page.code() dir=page.dir()><a class="button" href=back>{t("panel-back")}</a></p>
        </main>
    }
}
