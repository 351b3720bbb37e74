//! `/agent/interpretation/phrases`: the town's own phrases, their translations and who
//! verified them; the form to add one (administrators).

use super::model::{LocalPhraseRow, LocalPhrasesView, MAX_CHARS};
use super::{AddLocalPhrase, RetireLocalPhrase, VerifyTranslation, load_local_phrases};
use crate::components::fields::{Select, TextArea};
use crate::i18n::{args, t, t_with};
use crate::interpretation::model::posted;
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/interpretation/phrases`
#[component]
pub fn LocalPhrasesPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| load_local_phrases());
    view! {
        <StaffPage title="local-phrases-title" page view=|view| view! { <LocalPhrases view/> }/>
    }
}

/// What became of the form just posted: a refusal's message, or what was done.
#[component]
fn Outcome() -> impl IntoView {
    let query = use_query_map();
    move || {
        let done = [
            ("enregistre", "local-phrases-saved"),
            ("verifie", "local-phrases-verified"),
        ];
        let (refused, done) = query.with(|q| posted(|k| q.get(k), "local-phrases-error-", &done));
        view! {
            {refused.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {done.map(|d| view! { <p class="notice ok" role="status">{t(d)}</p> })}
        }
    }
}

#[component]
fn LocalPhrases(view: LocalPhrasesView) -> impl IntoView {
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Interpretation)>
            <h1>{t("local-phrases-title")}</h1>
            <p><a href=crate::interpretation::panel::model::PATH>{t("interpreters-back-to-panel")}</a></p>
            <p>{t("local-phrases-intro")}</p>
            <Outcome/>
            {if view.phrases.is_empty() {
                view! { <p>{t("local-phrases-none")}</p> }.into_any()
            } else {
                let can_add = view.can_add;
                view! { <ul class="local-phrases">{view.phrases.iter().cloned().map(|p| view! { <Phrase row=p can_retire=can_add/> }).collect_view()}</ul> }.into_any()
            }}
            {view.can_add.then(|| view! { <AddForm view=view.clone()/> })}
        </StaffFrame>
    }
}

#[component]
fn Phrase(row: LocalPhraseRow, can_retire: bool) -> impl IntoView {
    let id = row.id.to_string();
    view! {
        <li class="local-phrase">
            <p><span class="badge">{row.situation.clone()}</span>" "<strong lang="fr">{row.french.clone()}</strong></p>
            {if row.translations.is_empty() {
                view! { <p class="muted">{t("local-phrases-no-translation")}</p> }.into_any()
            } else {
                view! {
                    <dl class="local-translations">
                        {row.translations.iter().map(|tr| {
                            let status = match &tr.verified_by {
                                Some(name) => view! { <span class="badge ok">{t_with("local-phrases-verified-by", &args([("name", name.clone().into())]))}</span> }.into_any(),
                                None => view! { <span class="badge warning">{t("local-phrases-not-verified")}</span> }.into_any(),
                            };
                            view! {
                                <dt>{tr.language.clone()}</dt>
                                <dd>
                                    <span lang=tr.lang.clone() dir=if tr.rtl { "rtl" } else { "ltr" }>{tr.text.clone()}</span>" "{status}
                                    {tr.can_verify.then(|| view! {
                                        <form method="post" action=VerifyTranslation::PATH class="inline-form">
                                            <input type="hidden" name="phrase" value=id.clone()/>
                                            <input type="hidden" name="langue" value=tr.lang.clone()/>
                                            <button type="submit" class="button">{t_with("local-phrases-verify", &args([("language", tr.language.clone().into())]))}</button>
                                        </form>
                                    })}
                                </dd>
                            }
                        }).collect_view()}
                    </dl>
                }.into_any()
            }}
            {can_retire.then(|| view! {
                <form method="post" action=RetireLocalPhrase::PATH class="inline-form">
                    <input type="hidden" name="phrase" value=id.clone()/>
                    <button type="submit" class="button">{t("local-phrases-retire")}</button>
                </form>
            })}
        </li>
    }
}

#[component]
fn AddForm(view: LocalPhrasesView) -> impl IntoView {
    view! {
        <form method="post" action=AddLocalPhrase::PATH class="local-phrase-form">
            <h2>{t("local-phrases-add")}</h2>
            <div>
                <Select id="lp-situation" name="situation" label=t("panel-situations") choices=view.situations.clone()/>
            </div>
            <div>
                <TextArea id="lp-french" name="francais" label=t("local-phrases-french") rows=2 lang="fr"
                    required=true max_length=MAX_CHARS/>
            </div>
            <fieldset>
                <legend>{t("local-phrases-translations")}</legend>
                <p class="hint">{t("local-phrases-translations-hint")}</p>
                {view.languages.iter().map(|(code, name, rtl)| view! {
                    <div>
                        <TextArea id=format!("lp-{code}") name=code.clone() label=name.clone() rows=2 lang=code.clone()
                            dir=if *rtl { "rtl" } else { "ltr" } max_length=MAX_CHARS/>
                    </div>
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button primary">{t("local-phrases-save")}</button>
        </form>
    }
}
