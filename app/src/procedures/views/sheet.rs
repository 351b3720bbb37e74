//! A sheet's parts as every page shows them (the residents' page, the staff's, the
//! printed one): the text in its own language and direction, the labels in the reader's.

use crate::i18n::Locale;
use crate::i18n::money::Euros;
use crate::i18n::{args, t, t_with, use_locale};
use crate::procedures::model::{
    Appointment, NoteKind, PUBLIC_PATH, SheetView, TranslationState, Variant, reading_query,
};
use leptos::prelude::*;

/// "Read aloud" on a page the server renders alone (no wasm): a few lines of script with
/// the browser's speech synthesis, in a voice of the text's language; the button stays
/// hidden where there is no speech, and a device without a voice for the language says so
/// instead of reading it with a voice of another.
const READ_ALOUD: &str = "(function(){function ready(){var s=window.speechSynthesis,\
box=document.getElementById('read-aloud'),text=document.querySelector('.sheet-text');\
if(!s||!box||!text||!window.SpeechSynthesisUtterance)return;box.hidden=false;\
var go=document.getElementById('read-aloud-start'),stop=document.getElementById('read-aloud-stop'),\
said=box.querySelector('[role=status]'),lang=text.getAttribute('lang');\
function voice(){var v=s.getVoices();for(var i=0;i<v.length;i++){var l=v[i].lang.toLowerCase().replace('_','-');\
if(l==lang||l.indexOf(lang+'-')==0)return v[i];}return null;}\
go.addEventListener('click',function(){var v=voice();said.textContent='';\
if(!v&&s.getVoices().length){said.textContent=box.getAttribute('data-no-voice');return;}\
s.cancel();var u=new SpeechSynthesisUtterance(text.innerText);u.lang=lang;if(v)u.voice=v;\
u.onend=function(){stop.hidden=true;};s.speak(u);stop.hidden=false;stop.focus();});\
stop.addEventListener('click',function(){s.cancel();stop.hidden=true;go.focus();});}\
if(document.readyState=='loading')document.addEventListener('DOMContentLoaded',ready);else ready();})();";

fn dir(language: &str) -> &'static str {
    Locale::from_tag(language).map_or("ltr", |l| l.dir())
}

/// The links to the other languages and to the other version of a sheet, at `base`.
#[component]
pub fn SheetChoices(view: SheetView, base: String) -> impl IntoView {
    let other = match view.variant {
        Variant::Standard => Variant::Falc,
        Variant::Falc => Variant::Standard,
    };
    let switch = view.other_variant.then(|| {
        let href = format!("{base}{}", reading_query(&view.language, other));
        let label = match other {
            Variant::Falc => t("procedures-to-falc"),
            Variant::Standard => t("procedures-to-standard"),
        };
        view! { <a class="button" href=href>{label}</a> }
    });
    let print = format!(
        "{base}/imprimer{}",
        reading_query(&view.language, view.variant)
    );
    let languages = view
        .languages
        .iter()
        .map(|l| {
            let href = format!("{base}{}", reading_query(l, view.variant));
            let name = Locale::from_tag(l).map_or(l.as_str(), |l| l.native_name()).to_owned();
            let current = (*l == view.language).then_some("page");
            view! { <li><a href=href hreflang=l.clone() lang=l.clone() aria-current=current>{name}</a></li> }
        })
        .collect_view();
    view! {
        <div class="sheet-choices">
            {switch}
            <a class="button" href=print>{t("procedures-print")}</a>
            <nav aria-label=t("procedures-languages")>
                <ul class="inline-list">{languages}</ul>
            </nav>
        </div>
    }
}

fn days(min: u16, max: u16) -> String {
    match (min, max) {
        (0, 0) => t("procedures-delay-on-the-spot"),
        (min, max) if min == max => t_with("procedures-delay-days", &args([("days", max.into())])),
        (min, max) => t_with(
            "procedures-delay-range",
            &args([("min", min.into()), ("max", max.into())]),
        ),
    }
}

fn cost(cents: Euros, locale: Locale) -> String {
    if cents.cents() == 0 {
        t("procedures-free")
    } else {
        cents.format(locale)
    }
}

/// The sheet itself: what it is, for whom, the cases, the steps, the documents, the cost,
/// the delay, where to go, online, the boxes, the legal texts and the sources.
#[component]
pub fn SheetBody(view: SheetView, #[prop(optional)] printed: bool) -> impl IntoView {
    let locale = use_locale();
    let text = view.text;
    let lang = view.language.clone();
    let text_dir = dir(&lang);
    let warning = (view.state == TranslationState::OutOfDate).then(|| {
        let french = format!(
            "{PUBLIC_PATH}/{}{}",
            view.slug,
            reading_query("fr", view.variant)
        );
        view! {
            <p class="notice warning" role="note">{t("procedures-out-of-date")}" "
                <a href=french hreflang="fr">{t("procedures-read-french")}</a></p>
        }
    });
    let not_translated = view
        .not_translated
        .then(|| view! { <p class="notice" role="note">{t("procedures-not-translated")}</p> });
    let booking = match (&view.motif, view.appointment) {
        (Some(motif), Appointment::Required | Appointment::Recommended) if !printed => {
            let href = format!("/rendez-vous?motif={motif}");
            Some(view! { <p><a class="button primary" href=href>{t("procedures-book")}</a></p> })
        }
        _ => None,
    };
    let places = view
        .places
        .into_iter()
        .map(|site| {
            view! {
                <li class="site">
                    <h4><bdi lang="fr">{site.name}</bdi></h4>
                    <address>
                        <bdi lang="fr">{site.address}</bdi>", "<bdi lang="fr">{format!("{} {}", site.postal_code, site.city)}</bdi>
                        {site.phone.map(|p| view! { <br/><span dir="ltr">{p}</span> })}
                    </address>
                    <dl class="week-hours">
                        {site.week.into_iter().filter(|(_, r)| !r.is_empty()).map(|(day, ranges)| view! {
                            <dt>{t(&day)}</dt><dd dir="ltr">{ranges.join(", ")}</dd>
                        }).collect_view()}
                    </dl>
                </li>
            }
        })
        .collect_view();
    let online_link = view.online_url.clone().filter(|_| !printed).map(|u| {
        view! { <p><a href=u.clone() rel="noopener">{t("procedures-online-link")}</a>" "<span dir="ltr" class="muted">{u}</span></p> }
    });
    let checked = match (view.variant, view.falc_checked) {
        (Variant::Falc, Some((who, on))) => Some(view! {
            <p class="muted">{t_with("procedures-falc-checked", &args([("who", who.into()), ("date", on.into())]))}</p>
        }),
        _ => None,
    };
    let references = |refs: Vec<crate::procedures::model::Reference>| {
        refs.into_iter()
            .map(|r| match r.url {
                Some(u) => {
                    view! { <li><a href=u lang="fr" rel="noopener">{r.label}</a></li> }.into_any()
                }
                None => view! { <li lang="fr">{r.label}</li> }.into_any(),
            })
            .collect_view()
    };
    let read_aloud = (!printed).then(|| {
        view! {
            <p class="read-aloud" id="read-aloud" hidden data-no-voice=t("procedures-no-voice")>
                <button type="button" class="button" id="read-aloud-start">{t("procedures-read-aloud")}</button>
                " "
                <button type="button" class="button" id="read-aloud-stop" hidden>{t("procedures-stop-reading")}</button>
                " "
                <span role="status" class="muted"></span>
            </p>
            <script nonce=leptos::nonce::use_nonce() inner_html=READ_ALOUD></script>
        }
    });
    view! {
        <article class="sheet" class:falc=view.variant == Variant::Falc>
            <div lang=lang.clone() dir=text_dir>
                <h1>{text.title}</h1>
                <p class="muted">{view.service}" · "{t(view.variant.message_id())}</p>
            </div>
            {warning}
            {not_translated}
            {read_aloud}
            <div lang=lang.clone() dir=text_dir class="sheet-text">
                <p class="lead">{text.summary}</p>
                <section>
                    <h2>{t("procedures-audience")}</h2>
                    <p>{text.audience}</p>
                </section>
                <section>
                    <h2>{t("procedures-situations")}</h2>
                    {text.situations.into_iter().map(|s| view! {
                        <h3>{s.case}</h3><p>{s.text}</p>
                    }).collect_view()}
                </section>
                <section>
                    <h2>{t("procedures-steps")}</h2>
                    <ol>{text.steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
                </section>
                <section>
                    <h2>{t("procedures-documents")}</h2>
                    <ul class="documents">
                        {text.documents.into_iter().map(|d| view! {
                            <li>{d.name}{d.condition.map(|c| view! { " — "<em>{c}</em> })}</li>
                        }).collect_view()}
                    </ul>
                </section>
                <section>
                    <h2>{t("procedures-cost")}</h2>
                    <ul>
                        {text.costs.into_iter().map(|c| view! {
                            <li><strong>{cost(c.cents, locale)}</strong>" — "{c.condition}</li>
                        }).collect_view()}
                    </ul>
                </section>
                <section>
                    <h2>{t("procedures-delay")}</h2>
                    <p><strong>{days(text.delay.min_days, text.delay.max_days)}</strong>". "{text.delay.text}</p>
                </section>
                <section>
                    <h2>{t("procedures-where")}</h2>
                    <p>{t(view.appointment.message_id())}</p>
                    {booking}
                    <ul class="sites">{places}</ul>
                </section>
                <section>
                    <h2>{t("procedures-online")}</h2>
                    <p>{text.online}</p>
                    {online_link}
                </section>
                {text.notes.into_iter().map(|n| {
                    let (class, label) = match n.kind {
                        NoteKind::Know => ("sheet-note know", t("procedures-note-know")),
                        NoteKind::Warning => ("sheet-note warning", t("procedures-note-warning")),
                    };
                    view! { <aside class=class><strong>{label}</strong>" "{n.text}</aside> }
                }).collect_view()}
            </div>
            <section class="sheet-sources">
                <h2>{t("procedures-legal")}</h2>
                <ul>{references(view.legal)}</ul>
                <h2>{t("procedures-sources")}</h2>
                <ul>{references(view.sources)}</ul>
                <p class="muted">{t_with("procedures-reviewed", &args([("date", view.reviewed.into())]))}
                    " · "{t_with("procedures-version", &args([("version", view.version.into()), ("date", view.published.into())]))}</p>
                {checked}
            </section>
        </article>
    }
}
