//! `/agent/courrier`: the mail desk registers a letter: the date stamped on arrival, the
//! sender and their address, the subject, the service, and the scan (PDF or image, at
//! most 10 MB). The request it opens is acknowledged by post (and by e-mail when there is
//! an address). Refused input comes back with a translated message and what was typed.

use crate::components::fields::{Choice, Field, Select, TextArea};
use crate::i18n::{Locale, args, t, t_with, text};
use crate::requests::files::MAX_SCAN_BYTES;
use crate::requests::load_letter_choices;
use crate::requests::model::{
    LETTER_POST_PATH, LetterChoices, MAX_ADDRESS, MAX_SUBJECT, MAX_TEXT, PATH,
};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::statuses::RequestKind;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/agent/courrier`
#[component]
pub fn LetterPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| load_letter_choices());
    view! { <StaffPage title="letter-title" page view=|view| view! { <Letter view/> }/> }
}

#[component]
fn Letter(view: LetterChoices) -> impl IntoView {
    let q = use_query_map().get_untracked();
    let typed = |k: &str| q.get(k).unwrap_or_default();
    let (subject, name, address) = (typed("sujet"), typed("nom"), typed("adresse"));
    let (phone, email, note) = (typed("telephone"), typed("courriel"), typed("note"));
    let language = Some(typed("langue"))
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "fr".into());
    let refused = q
        .get("erreur")
        .filter(|e| e.starts_with("requests-error-") || e.starts_with("contact-error-"));
    let kinds: Vec<Choice> = RequestKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), t(k.message_id())))
        .collect();
    let languages: Vec<Choice> = Locale::ALL
        .iter()
        .map(|l| Choice::new(l.code(), text(*l, &format!("language-{}", l.code()))))
        .collect();
    let received = Some(typed("recu"))
        .filter(|d| !d.is_empty())
        .unwrap_or(view.today.clone());
    let megabytes = MAX_SCAN_BYTES / (1024 * 1024);
    let (service, kind) = (q.get("service"), q.get("type"));
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Requests)>
            <p><a href=PATH>{t("requests-back")}</a></p>
            <h1>{t("letter-title")}</h1>
            <p class="hint">{t("letter-hint")}</p>
            {refused.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            <form method="post" action=LETTER_POST_PATH enctype="multipart/form-data" class="admin-card">
                <Field id="l-recu" name="recu" label=t("letter-received") kind="date" value=received
                    max=view.today.clone() required=true ltr=true/>
                <Select id="l-service" name="service" label=t("requests-service") choices=view.services.clone()
                    selected=service empty=t("requests-no-service")/>
                <Select id="l-type" name="type" label=t("requests-kind") choices=kinds selected=kind/>
                <Field id="l-sujet" name="sujet" label=t("requests-subject") value=subject
                    required=true max_length=MAX_SUBJECT/>
                <Field id="l-nom" name="nom" label=t("letter-sender") value=name required=true autocomplete="off"/>
                <TextArea id="l-adresse" name="adresse" label=t("requests-postal-address") value=address
                    rows=3 hint=t("letter-address-hint") max_length=MAX_ADDRESS/>
                <Field id="l-telephone" name="telephone" label=t("requests-phone") value=phone kind="tel" ltr=true/>
                <Field id="l-courriel" name="courriel" label=t("requests-email") value=email kind="email" ltr=true/>
                <Select id="l-langue" name="langue" label=t("requests-language") choices=languages
                    selected=Some(language)/>
                <TextArea id="l-note" name="note" label=t("letter-summary") value=note rows=3 max_length=MAX_TEXT/>
                <div class="field">
                    <label for="l-fichier">{t("letter-scan")}</label>
                    <p class="hint" id="l-fichier-hint">{t_with("letter-scan-hint", &args([("megabytes", megabytes.into())]))}</p>
                    <input id="l-fichier" name="fichier" type="file" required
                        accept="application/pdf,image/jpeg,image/png" aria-describedby="l-fichier-hint"/>
                </div>
                <button type="submit" class="button primary">{t("letter-register")}</button>
            </form>
        </StaffFrame>
    }
}
