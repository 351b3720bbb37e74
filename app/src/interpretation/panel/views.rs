//! The panel's page.

use super::{Chosen, LanguageChoice, Pair, PanelParams, PanelView, load_panel};
use crate::components::fields::options;
use crate::components::url::escape;
use crate::i18n::t;
use crate::interpretation::catalogue::Var;
use crate::interpretation::filled::{FilledForm, Gender, MAX_NUMBER, MAX_TEXT};
use crate::interpretation::interpreters::RequestBox;
use crate::interpretation::pairing::{PairingBox, SendToScreen};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::AccessDenied;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub const PATH: &str = "/agent/interpretation";

impl PanelParams {
    fn from_query(q: &leptos_router::params::ParamsMap) -> PanelParams {
        PanelParams::read(|k| q.get(k))
    }

    /// The parameters of a panel address (`/agent/interpretation?langue=uk&…`), as the
    /// actions posted from the panel send it back.
    #[cfg(feature = "ssr")]
    pub fn from_href(href: &str) -> PanelParams {
        let query = href.split_once('?').map(|(_, q)| q).unwrap_or("");
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        PanelParams::read(|k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
    }

    fn read(get: impl Fn(&str) -> Option<String>) -> PanelParams {
        PanelParams {
            langue: get("langue"),
            trouver: get("trouver"),
            situation: get("situation"),
            q: get("q"),
            phrase: get("phrase"),
            motif: get("motif"),
            reponse: get("reponse"),
            values: FilledForm {
                date: get("date"),
                heure: get("heure"),
                lieu: get("lieu"),
                guichet: get("guichet"),
                service: get("service"),
                montant: get("montant"),
                pieces: get("pieces"),
                nombre: get("nombre"),
                jours: get("jours"),
                genre: get("genre"),
            },
        }
    }

    /// The panel's address with these parameters (empty ones left out).
    pub fn href(&self) -> String {
        let v = &self.values;
        let pairs = [
            ("langue", &self.langue),
            ("situation", &self.situation),
            ("q", &self.q),
            ("phrase", &self.phrase),
            ("motif", &self.motif),
            ("reponse", &self.reponse),
            ("date", &v.date),
            ("heure", &v.heure),
            ("lieu", &v.lieu),
            ("guichet", &v.guichet),
            ("service", &v.service),
            ("montant", &v.montant),
            ("pieces", &v.pieces),
            ("nombre", &v.nombre),
            ("jours", &v.jours),
            ("genre", &v.genre),
        ];
        let query: Vec<String> = pairs
            .iter()
            .filter_map(|(k, v)| {
                v.as_deref()
                    .filter(|s| !s.is_empty())
                    .map(|s| format!("{k}={}", escape(s)))
            })
            .collect();
        if query.is_empty() {
            PATH.to_owned()
        } else {
            format!("{PATH}?{}", query.join("&"))
        }
    }

    fn with(&self, change: impl FnOnce(&mut PanelParams)) -> String {
        let mut p = self.clone();
        change(&mut p);
        p.href()
    }
}

/// `/agent/interpretation`
#[component]
pub fn PanelPage() -> impl IntoView {
    let query = use_query_map();
    let params = Memo::new(move |_| query.with(PanelParams::from_query));
    let page = Resource::new_blocking(move || params.get(), load_panel);
    // Parts of the panel that follow a live stream (the interpreter request) reload it.
    provide_context(PanelReload(Callback::new(move |_| page.refetch())));
    view! {
        <leptos_meta::Title text=t("section-interpretation")/>
        // A Transition: a reload keeps the panel on screen until the new one is ready.
        <Transition fallback=|| ()>
            {move || {
                let shown = query.with(|q| q.get("montrer").is_some());
                let notice = query.with(|q| q.get("avis")).filter(|a| a.starts_with("pairing-"));
                Suspend::new(async move {
                    match page.await {
                        Ok(view) => {
                            let params = params.get_untracked();
                            if shown && view.language.is_some() {
                                view! { <ResidentView view params/> }.into_any()
                            } else {
                                view! { <Panel view params notice/> }.into_any()
                            }
                        }
                        Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

/// Reloads the panel's data (provided by [`PanelPage`]).
#[derive(Clone, Copy)]
pub struct PanelReload(pub Callback<()>);

#[component]
fn Panel(view: PanelView, params: PanelParams, notice: Option<String>) -> impl IntoView {
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Interpretation)>
            <h1>{t("section-interpretation")}</h1>
            <ul class="panel-links">
                <li><a href=crate::interpretation::interpreters::PATH>{t("interpreters-title")}</a></li>
                <li><a href=crate::interpretation::local_phrases::PATH>{t("local-phrases-link")}</a></li>
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
                <label for="panel-find-language">{t("panel-find-language")}</label>
                <input id="panel-find-language" name="trouver" type="search" value=params.trouver.clone().unwrap_or_default()/>
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
                                <li>
                                    <a href=href class="language-choice" aria-current=here.then_some("true")>
                                        <span class="language-native" lang=l.code.clone() dir=if l.rtl { "rtl" } else { "ltr" }>{l.native}</span>
                                        <span class="language-name">{l.name}</span>
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
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
                <label for="panel-search">{t("panel-search-phrases")}</label>
                <input id="panel-search" name="q" type="search" lang="fr" value=params.q.clone().unwrap_or_default()/>
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
                            view! {
                                <li>
                                    <a href=href class="phrase-choice" aria-current=here.then_some("true")>
                                        <span lang="fr">{p.fr.clone()}</span>
                                        <span class="muted" lang=lang.code.clone() dir=dir>{p.theirs.clone()}</span>
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {view.chosen.clone().map(|chosen| view! { <ChosenPhrase chosen view=view.clone() lang=lang.clone() params=params.clone()/> })}
        <Answers view=view.clone() lang=lang.clone() params=params.clone()/>
        <PairingBox pairing=view.pairing.clone() retour=params.href()/>
        <RequestBox code=lang.code.clone() language=lang.name.clone() request=view.interpreter_request.clone() retour=params.href()/>
    }
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
                {view.pairing.is_some().then(|| view! { <SendToScreen retour=params.href()/> })}
            </div>
            {has_problems.then(|| view! { <p class="notice error" role="alert">{t("panel-error-value")}</p> })}
            {(!vars.is_empty()).then(|| view! { <Values vars view params problems/> })}
        </section>
    }
}

/// The form filling the phrase's values; it reloads the panel with them.
#[component]
fn Values(
    vars: Vec<Var>,
    view: PanelView,
    params: PanelParams,
    problems: Vec<(String, String)>,
) -> impl IntoView {
    let v = params.values.clone();
    let invalid = move |field: &str| problems.iter().any(|(f, _)| f == field).then_some("true");
    let keep = [
        ("langue", params.langue.clone()),
        ("situation", params.situation.clone()),
        ("q", params.q.clone()),
        ("phrase", params.phrase.clone()),
    ];
    let has = |var: Var| vars.contains(&var);
    view! {
        <form method="get" action=PATH class="phrase-values">
            {keep.into_iter().filter_map(|(k, v)| v.map(|v| view! { <input type="hidden" name=k value=v/> })).collect_view()}
            <fieldset>
                <legend>{t("panel-values")}</legend>
                {has(Var::Date).then(|| view! {
                    <div><label for="v-date">{t("panel-value-date")}</label>
                    <input id="v-date" name="date" type="date" value=v.date.clone().unwrap_or_default() aria-invalid=invalid("date")/></div>
                })}
                {has(Var::Time).then(|| view! {
                    <div><label for="v-time">{t("panel-value-time")}</label>
                    <input id="v-time" name="heure" type="time" value=v.heure.clone().unwrap_or_default() aria-invalid=invalid("heure")/></div>
                })}
                {has(Var::Place).then(|| view! {
                    <div><label for="v-place">{t("panel-value-place")}</label>
                    <input id="v-place" name="lieu" type="text" lang="fr" maxlength=MAX_TEXT.to_string() value=v.lieu.clone().unwrap_or_default() aria-invalid=invalid("lieu")/></div>
                })}
                {has(Var::Desk).then(|| view! {
                    <div><label for="v-desk">{t("panel-value-desk")}</label>
                    <input id="v-desk" name="guichet" type="text" lang="fr" maxlength=MAX_TEXT.to_string() value=v.guichet.clone().unwrap_or_default() aria-invalid=invalid("guichet")/></div>
                })}
                {has(Var::Service).then(|| view! {
                    <div><label for="v-service">{t("panel-value-service")}</label>
                    <select id="v-service" name="service">
                        <option value="">{t("queue-choose")}</option>
                        {options(&view.services, v.service.as_deref())}
                    </select></div>
                })}
                {has(Var::Amount).then(|| view! {
                    <div><label for="v-amount">{t("panel-value-amount")}</label>
                    <input id="v-amount" name="montant" type="text" inputmode="decimal" value=v.montant.clone().unwrap_or_default() aria-invalid=invalid("montant") aria-describedby="v-amount-hint"/>
                    <p class="hint" id="v-amount-hint">{t("panel-value-amount-hint")}</p></div>
                })}
                {has(Var::Documents).then(|| view! {
                    <div><label for="v-motif">{t("panel-value-motif")}</label>
                    <select id="v-motif" name="motif">
                        <option value="">{t("queue-choose")}</option>
                        {options(&view.motifs, params.motif.as_deref())}
                    </select></div>
                    <div><label for="v-documents">{t("panel-value-documents")}</label>
                    <textarea id="v-documents" name="pieces" rows="4" lang="fr" aria-invalid=invalid("pieces") aria-describedby="v-documents-hint">{v.pieces.clone().unwrap_or_default()}</textarea>
                    <p class="hint" id="v-documents-hint">{t("panel-value-documents-hint")}</p></div>
                })}
                {has(Var::Count).then(|| view! {
                    <div><label for="v-count">{t("panel-value-count")}</label>
                    <input id="v-count" name="nombre" type="number" min="0" max=MAX_NUMBER.to_string() value=v.nombre.clone().unwrap_or_default() aria-invalid=invalid("nombre")/></div>
                })}
                {has(Var::Days).then(|| view! {
                    <div><label for="v-days">{t("panel-value-days")}</label>
                    <input id="v-days" name="jours" type="number" min="0" max=MAX_NUMBER.to_string() value=v.jours.clone().unwrap_or_default() aria-invalid=invalid("jours")/></div>
                })}
                {has(Var::Gender).then(|| view! {
                    <div><label for="v-gender">{t("panel-value-gender")}</label>
                    <select id="v-gender" name="genre">
                        {Gender::ALL.into_iter().map(|g| view! {
                            <option value=g.as_str() selected=g == view.gender>{t(gender_label(g))}</option>
                        }).collect_view()}
                    </select></div>
                })}
            </fieldset>
            <button type="submit" class="button">{t("panel-fill")}</button>
        </form>
    }
}

fn gender_label(g: Gender) -> &'static str {
    match g {
        Gender::Female => "panel-gender-female",
        Gender::Male => "panel-gender-male",
        Gender::Unspecified => "panel-gender-unspecified",
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
