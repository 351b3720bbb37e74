//! `/agent/interpretation/phrases`: the town's own phrases, their translations and who
//! verified them; the form to add one (administrators).

use super::{
    ADD_URL, LocalPhraseRow, LocalPhrasesView, MAX_CHARS, RETIRE_URL, VERIFY_URL,
    load_local_phrases,
};
use crate::components::fields::options;
use crate::i18n::{args, t, t_with};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::AccessDenied;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LocalPhrasesPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(|| (), |_| load_local_phrases());
    view! {
        <leptos_meta::Title text=t("local-phrases-title")/>
        <Suspense fallback=|| ()>
            {move || {
                let q = query.get();
                let error = q.get("erreur").filter(|e| e.starts_with("local-phrases-error-"));
                let notice = if q.get("enregistre").is_some() {
                    Some("local-phrases-saved")
                } else if q.get("verifie").is_some() {
                    Some("local-phrases-verified")
                } else {
                    None
                };
                Suspend::new(async move {
                    match page.await {
                        Ok(view) => view! { <LocalPhrases view error notice/> }.into_any(),
                        Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn LocalPhrases(
    view: LocalPhrasesView,
    error: Option<String>,
    notice: Option<&'static str>,
) -> impl IntoView {
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Interpretation)>
            <h1>{t("local-phrases-title")}</h1>
            <p><a href=crate::interpretation::panel::PATH>{t("interpreters-back-to-panel")}</a></p>
            <p>{t("local-phrases-intro")}</p>
            {error.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {notice.map(|n| view! { <p class="notice ok" role="status">{t(n)}</p> })}
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
                                        <form method="post" action=VERIFY_URL class="inline-form">
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
                <form method="post" action=RETIRE_URL class="inline-form">
                    <input type="hidden" name="phrase" value=id.clone()/>
                    <button type="submit" class="button">{t("local-phrases-retire")}</button>
                </form>
            })}
        </li>
    }
}

#[component]
fn AddForm(view: LocalPhrasesView) -> impl IntoView {
    let max = MAX_CHARS.to_string();
    view! {
        <form method="post" action=ADD_URL class="local-phrase-form">
            <h2>{t("local-phrases-add")}</h2>
            <div>
                <label for="lp-situation">{t("panel-situations")}</label>
                <select id="lp-situation" name="situation">{options(&view.situations, None)}</select>
            </div>
            <div>
                <label for="lp-french">{t("local-phrases-french")}</label>
                <textarea id="lp-french" name="francais" rows="2" lang="fr" required=true maxlength=max.clone()></textarea>
            </div>
            <fieldset>
                <legend>{t("local-phrases-translations")}</legend>
                <p class="hint">{t("local-phrases-translations-hint")}</p>
                {view.languages.iter().map(|(code, name, rtl)| {
                    let id = format!("lp-{code}");
                    view! {
                        <div>
                            <label for=id.clone()>{name.clone()}</label>
                            <textarea id=id name=code.clone() rows="2" lang=code.clone() dir=if *rtl { "rtl" } else { "ltr" } maxlength=max.clone()></textarea>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button primary">{t("local-phrases-save")}</button>
        </form>
    }
}
