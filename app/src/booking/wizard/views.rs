//! The pages of `/rendez-vous`, one per step.

use super::model::{ServiceMotifs, Step, StepParams, WaitlistDraft, step_url};
use super::{ConfirmBooking, JoinWaitlist, SaveContact, booking_step};
use crate::booking::model::{
    ContactDraft, MAX_NEEDS, MAX_NOTE, MotifInfo, SiteInfo, WeekOfSlots, instant_param,
};
use crate::booking::views::{
    Chosen, Documents, LoadError, SiteCard, duration_label, interpreter_options, language_options,
    motif_label, service_label, week_view,
};
use crate::components::PublicLayout;
use crate::i18n::dates::long_date_time;
use crate::i18n::languages::SIGN_LANGUAGE;
use crate::i18n::{Locale, args, t, t_with, use_locale};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

fn params_of(q: &ParamsMap) -> StepParams {
    StepParams {
        motif: q.get("motif"),
        lieu: q.get("lieu"),
        semaine: q.get("semaine"),
        creneau: q.get("creneau"),
        etape: q.get("etape"),
        pris: q.get("pris"),
        q: q.get("q"),
        attente: q.get("attente"),
        du: q.get("du"),
        au: q.get("au"),
        liste: q.get("liste"),
    }
}

/// `/rendez-vous`
#[component]
pub fn BookingPage() -> impl IntoView {
    let query = use_query_map();
    let step = Resource::new_blocking(move || params_of(&query.get()), booking_step);
    view! {
        <PublicLayout>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match step.await {
                        Ok(step) => view! { <StepPage step/> }.into_any(),
                        Err(error) => view! {
                            <LoadError error title="booking-title" not_found="booking-not-found" again="booking-start-again"/>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </PublicLayout>
    }
}

const STEP_NAMES: [&str; 5] = [
    "booking-step-motif",
    "booking-step-site",
    "booking-step-slot",
    "booking-step-contact",
    "booking-step-review",
];

#[component]
fn StepPage(step: Step) -> impl IntoView {
    let number = step.number();
    let name = t(STEP_NAMES[usize::from(number - 1)]);
    let progress = t_with(
        "booking-progress",
        &args([
            ("step", number.into()),
            ("total", 5.into()),
            ("name", name.clone().into()),
        ]),
    );
    let body = match step {
        Step::Motif { services, search } => view! { <MotifStep services search/> }.into_any(),
        Step::Site { motif, sites } => view! { <SiteStep motif sites/> }.into_any(),
        Step::Slot {
            motif,
            site,
            week,
            waitlisted,
            waitlist,
        } => view! { <SlotStep motif site week waitlisted waitlist/> }.into_any(),
        Step::Contact {
            motif,
            site,
            starts_at,
            draft,
        } => view! { <ContactStep motif site starts_at draft/> }.into_any(),
        Step::Review {
            motif,
            site,
            starts_at,
            draft,
        } => view! { <ReviewStep motif site starts_at draft/> }.into_any(),
    };
    view! {
        <leptos_meta::Title text=format!("{} — {}", t("booking-title"), name)/>
        <h1>{t("booking-title")}</h1>
        <p class="progress">{progress}</p>
        {body}
    }
}

#[component]
fn MotifStep(services: Vec<ServiceMotifs>, search: String) -> impl IntoView {
    let locale = use_locale();
    let searching = !search.trim().is_empty();
    view! {
        <h2>{t("booking-motif-title")}</h2>
        <form class="search-form" method="get" action="/rendez-vous" role="search">
            <label for="q">{t("booking-search-label")}</label>
            <p id="q-hint" class="hint">{t("booking-search-hint")}</p>
            <div class="search-row">
                <input id="q" name="q" type="search" value=search.clone() aria-describedby="q-hint" autocomplete="off"/>
                <button type="submit" class="button">{t("booking-search-submit")}</button>
            </div>
        </form>
        {searching.then(|| view! {
            <p role="status">
                {t_with("booking-search-results", &args([("count", services.iter().map(|s| s.motifs.len()).sum::<usize>().into())]))}
                " " <a href="/rendez-vous">{t("booking-search-clear")}</a>
            </p>
        })}
        {services.into_iter().map(|service| {
            let heading = service.motifs.first().map(|m| service_label(locale, m)).unwrap_or(service.name);
            view! {
                <section class="service">
                    <h3>{heading}</h3>
                    <ul class="choices">
                        {service.motifs.into_iter().map(|m| view! { <MotifChoice motif=m/> }).collect_view()}
                    </ul>
                </section>
            }
        }).collect_view()}
    }
}

/// The procedure sheets of a motif (`/demarches` opens the sheet when there is one). The
/// server renders those pages alone: links to them are `rel="external"`.
fn sheet_link(motif: &str) -> String {
    format!("/demarches?motif={motif}")
}

#[component]
fn MotifChoice(motif: MotifInfo) -> impl IntoView {
    let locale = use_locale();
    let href = step_url(&motif.slug, None, &[]);
    let count = motif.documents.len();
    view! {
        <li class="choice-item">
            <a class="choice" href=href>
                <span class="choice-title">{motif_label(locale, &motif)}</span>
                <span class="choice-hint">{duration_label(motif.duration_minutes)}</span>
            </a>
            {(count > 0).then(|| view! {
                <details class="documents-details">
                    <summary>{t_with("booking-documents-count", &args([("count", count.into())]))}</summary>
                    <Documents documents=motif.documents.clone()/>
                </details>
            })}
            <a class="sheet-link" href=sheet_link(&motif.slug) rel="external">{t("booking-procedure-sheet")}</a>
        </li>
    }
}

#[component]
fn SiteStep(motif: MotifInfo, sites: Vec<SiteInfo>) -> impl IntoView {
    let slug = motif.slug.clone();
    view! {
        <Chosen motif=motif.clone() change=("/rendez-vous".into(), String::new(), String::new())/>
        <h2>{t("booking-site-title")}</h2>
        {if sites.is_empty() {
            view! { <p class="notice" role="status">{t("booking-no-site")}</p> }.into_any()
        } else {
            view! {
                <ul class="choices">
                    {sites.into_iter().map(|site| {
                        let href = step_url(&slug, Some(&site.slug), &[]);
                        view! { <li class="choice-item"><a class="choice site-choice" href=href><SiteCard site/></a></li> }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

fn change_links(motif: &MotifInfo, site: &SiteInfo) -> (String, String, String) {
    (
        "/rendez-vous".into(),
        step_url(&motif.slug, None, &[]),
        step_url(&motif.slug, Some(&site.slug), &[]),
    )
}

#[component]
fn SlotStep(
    motif: MotifInfo,
    site: SiteInfo,
    week: WeekOfSlots,
    waitlisted: bool,
    waitlist: WaitlistDraft,
) -> impl IntoView {
    let locale = use_locale();
    let (m, s) = (motif.slug.clone(), site.slug.clone());
    let slots = week_view(
        locale,
        &week,
        &|at| step_url(&m, Some(&s), &[("creneau", instant_param(at))]),
        &|w| {
            step_url(
                &m,
                Some(&s),
                &[("semaine", w.format("%Y-%m-%d").to_string())],
            )
        },
    );
    view! {
        <Chosen motif=motif.clone() site=site.clone() change=change_links(&motif, &site)/>
        {waitlisted.then(|| view! { <p class="notice ok" role="status">{t("waitlist-joined")}</p> })}
        <h2 class="visually-hidden">{t("booking-slot-title")}</h2>
        {slots}
        <WaitlistSection motif=motif.slug site=site.slug form=waitlist/>
    }
}

fn field_of(error: &str) -> &'static str {
    match error {
        "contact-error-name" => "name",
        "contact-error-email" => "email",
        "contact-error-language" => "language",
        "contact-error-too-long" => "note",
        "waitlist-error-dates" => "du",
        _ => "phone",
    }
}

/// Every problem at once, each a link to its field; read out as soon as the page shows.
#[component]
fn ErrorSummary(errors: Vec<String>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>{t("form-errors-title")}</h2>
                <ul>
                    {errors.into_iter().map(|e| {
                        let href = format!("#{}", field_of(&e));
                        view! { <li><a href=href>{t(&e)}</a></li> }
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}

#[component]
fn WaitlistSection(motif: String, site: String, form: WaitlistDraft) -> impl IntoView {
    let has = |field: &str| form.errors.iter().any(|e| field_of(e) == field);
    let (bad_dates, bad_name, bad_phone, bad_email) =
        (has("du"), has("name"), has("phone"), has("email"));
    view! {
        <section id="prevenez-moi" class="waitlist" aria-labelledby="waitlist-title">
            <h2 id="waitlist-title">{t("waitlist-title")}</h2>
            <p>{t("waitlist-lead")}</p>
            <ErrorSummary errors=form.errors.clone()/>
            <form method="post" action=JoinWaitlist::PATH>
                <input type="hidden" name="motif" value=motif/>
                <input type="hidden" name="lieu" value=site/>
                <div class="date-range">
                    <div>
                        <label for="du">{t("waitlist-from")}</label>
                        <input id="du" name="du" type="date" value=form.from required aria-invalid=bad_dates.then_some("true")/>
                    </div>
                    <div>
                        <label for="au">{t("waitlist-to")}</label>
                        <input id="au" name="au" type="date" value=form.to required aria-invalid=bad_dates.then_some("true")/>
                    </div>
                </div>
                <label for="wl-name">{t("contact-name")}</label>
                <input id="wl-name" name="name" type="text" autocomplete="name" value=form.name required maxlength="120" aria-invalid=bad_name.then_some("true")/>
                <label for="wl-phone">{t("contact-phone")}</label>
                <input id="wl-phone" name="phone" type="tel" autocomplete="tel" inputmode="tel" dir="ltr" value=form.phone aria-invalid=bad_phone.then_some("true") aria-describedby="wl-reach"/>
                <label for="wl-email">{t("contact-email")}</label>
                <input id="wl-email" name="email" type="email" autocomplete="email" dir="ltr" value=form.email aria-invalid=bad_email.then_some("true") aria-describedby="wl-reach"/>
                <p id="wl-reach" class="hint">{t("contact-reach-hint")}</p>
                <button type="submit" class="button">{t("waitlist-submit")}</button>
            </form>
        </section>
    }
}

#[component]
fn ContactStep(
    motif: MotifInfo,
    site: SiteInfo,
    starts_at: DateTime<Utc>,
    draft: ContactDraft,
) -> impl IntoView {
    let has = |field: &str| draft.errors.iter().any(|e| field_of(e) == field);
    let invalid = |bad: bool| bad.then_some("true");
    let (bad_name, bad_phone, bad_email, bad_language, bad_note) = (
        has("name"),
        has("phone"),
        has("email"),
        has("language"),
        has("note"),
    );
    view! {
        <Chosen motif=motif.clone() site=site.clone() starts_at change=change_links(&motif, &site)/>
        <h2 id="coordonnees">{t("contact-title")}</h2>
        <ErrorSummary errors=draft.errors.clone()/>
        <form class="contact-form" method="post" action=SaveContact::PATH novalidate>
            <input type="hidden" name="motif" value=motif.slug.clone()/>
            <input type="hidden" name="lieu" value=site.slug.clone()/>
            <input type="hidden" name="creneau" value=instant_param(starts_at)/>
            <label for="name">{t("contact-name")}</label>
            <input id="name" name="name" type="text" autocomplete="name" required maxlength="120" value=draft.name aria-invalid=invalid(bad_name)/>
            <label for="phone">{t("contact-phone")}</label>
            <input id="phone" name="phone" type="tel" autocomplete="tel" inputmode="tel" dir="ltr" value=draft.phone aria-invalid=invalid(bad_phone) aria-describedby="phone-hint reach-hint"/>
            <p id="phone-hint" class="hint">{t("contact-phone-hint")}</p>
            <label for="email">{t("contact-email")}</label>
            <input id="email" name="email" type="email" autocomplete="email" dir="ltr" value=draft.email aria-invalid=invalid(bad_email) aria-describedby="reach-hint"/>
            <p id="reach-hint" class="hint">{t("contact-reach-hint")}</p>
            <label for="language">{t("contact-language")}</label>
            <select id="language" name="language" aria-invalid=invalid(bad_language)>
                {language_options(&draft.language)}
            </select>
            <fieldset class="needs">
                <legend>{t("contact-needs")}</legend>
                <label for="interpreter">{t("contact-interpreter")}</label>
                <select id="interpreter" name="interpreter">
                    {interpreter_options(&draft.interpreter)}
                </select>
                <label for="accessibility">{t("contact-accessibility")}</label>
                <input id="accessibility" name="accessibility" type="text" maxlength=MAX_NEEDS.to_string() value=draft.accessibility aria-describedby="accessibility-hint"/>
                <p id="accessibility-hint" class="hint">{t("contact-accessibility-hint")}</p>
                <label for="note">{t("contact-note")}</label>
                <textarea id="note" name="note" rows="3" maxlength=MAX_NOTE.to_string() aria-invalid=invalid(bad_note)>{draft.note}</textarea>
            </fieldset>
            <button type="submit" class="button primary">{t("contact-submit")}</button>
        </form>
    }
}

#[component]
fn ReviewStep(
    motif: MotifInfo,
    site: SiteInfo,
    starts_at: DateTime<Utc>,
    draft: ContactDraft,
) -> impl IntoView {
    let locale = use_locale();
    let edit = step_url(
        &motif.slug,
        Some(&site.slug),
        &[("creneau", instant_param(starts_at))],
    );
    let language = Locale::from_tag(&draft.language).unwrap_or_default();
    let interpreter = (!draft.interpreter.is_empty()).then(|| {
        if draft.interpreter == SIGN_LANGUAGE {
            t("interpreter-lsf")
        } else {
            crate::i18n::languages::language_name(&draft.interpreter)
        }
    });
    let or_none = |s: String| if s.is_empty() { t("review-none") } else { s };
    view! {
        <h2>{t("review-title")}</h2>
        <Chosen motif=motif.clone() site=site.clone() starts_at change=change_links(&motif, &site)/>
        <dl class="chosen">
            <div><dt>{t("contact-name")}</dt><dd><bdi>{draft.name.clone()}</bdi></dd></div>
            <div><dt>{t("contact-phone")}</dt><dd dir="ltr">{or_none(draft.phone.clone())}</dd></div>
            <div><dt>{t("contact-email")}</dt><dd dir="ltr">{or_none(draft.email.clone())}</dd></div>
            <div><dt>{t("contact-language")}</dt><dd lang=language.code()>{language.native_name()}</dd></div>
            <div><dt>{t("contact-interpreter")}</dt><dd>{interpreter.unwrap_or_else(|| t("contact-interpreter-none"))}</dd></div>
            {(!draft.accessibility.is_empty()).then(|| view! { <div><dt>{t("contact-accessibility")}</dt><dd><bdi>{draft.accessibility.clone()}</bdi></dd></div> })}
            {(!draft.note.is_empty()).then(|| view! { <div><dt>{t("contact-note")}</dt><dd><bdi>{draft.note.clone()}</bdi></dd></div> })}
        </dl>
        <p><a class="change" href=edit>{t("review-edit-contact")}</a></p>
        <h3>{t("booking-documents-title")}</h3>
        <Documents documents=motif.documents.clone()/>
        <p><a href=sheet_link(&motif.slug) rel="external">{t("booking-procedure-sheet")}</a></p>
        <form method="post" action=ConfirmBooking::PATH class="confirm-form">
            <input type="hidden" name="motif" value=motif.slug.clone()/>
            <input type="hidden" name="lieu" value=site.slug.clone()/>
            <input type="hidden" name="creneau" value=instant_param(starts_at)/>
            <p>{t_with("review-confirm-lead", &args([("time", long_date_time(locale, starts_at).into())]))}</p>
            <button type="submit" class="button primary big">{t("review-confirm")}</button>
        </form>
    }
}
