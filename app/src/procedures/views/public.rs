//! The residents' pages: `/demarches` (search and every sheet by service),
//! `/demarches/<slug>` (one sheet, in their language, full or easy to read) and its
//! printed page.

use super::sheet::{SheetBody, SheetChoices};
use crate::components::loaded::loaded;
use crate::components::{NotFound, PublicLayout};
use crate::errors::AppError;
use crate::i18n::{args, t, t_with};
use crate::procedures::model::{
    Hit, MAX_QUERY, PUBLIC_PATH, SheetView, SheetsView, Variant, sheet_path,
};
use crate::procedures::{load_print, load_sheet, load_sheets};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn query(name: &'static str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let q = use_query_map();
    move || q.with(|q| q.get(name).unwrap_or_default())
}

/// The sheets found, each linked in the language the list is read in.
fn hit_list(hits: Vec<Hit>, language: &str) -> impl IntoView {
    let keep = crate::procedures::language_query(language);
    view! {
        <ul class="sheet-list">
            {hits.into_iter().map(|h| view! {
                <li>
                    <a href=format!("{}{keep}", sheet_path(&h.slug)) lang=h.language.clone()><strong>{h.title}</strong></a>
                    <p class="muted" lang=h.language>{h.summary}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// `/demarches`
#[component]
pub fn SheetsPage() -> impl IntoView {
    let (q, motif, language) = (query("q"), query("motif"), query("langue"));
    let page = Resource::new_blocking(
        move || (q(), motif(), language()),
        |(q, m, l)| load_sheets(q, m, l),
    );
    let show = |view: SheetsView| {
        let language = view.language.clone();
        let results = (!view.query.is_empty()).then(|| {
            let count = t_with(
                "procedures-results",
                &args([
                    ("count", view.hits.len().into()),
                    ("query", view.query.clone().into()),
                ]),
            );
            view! {
                <h2 id="results" aria-live="polite">{count}</h2>
                {view.hits.is_empty().then(|| view! { <p>{t("procedures-no-result")}</p> })}
                {hit_list(view.hits.clone(), &view.language)}
            }
        });
        view! {
            <h1>{t("procedures-title")}</h1>
            <p>{t("procedures-intro")}</p>
            <form method="get" action=PUBLIC_PATH role="search" class="sheet-search">
                <label for="q">{t("procedures-search-label")}</label>
                <input type="search" id="q" name="q" value=view.query.clone() maxlength=MAX_QUERY
                    autocomplete="off" enterkeyhint="search"/>
                <input type="hidden" name="langue" value=view.language.clone()/>
                <button type="submit" class="button primary">{t("procedures-search")}</button>
            </form>
            {results}
            {view.groups.into_iter().map(|(service, hits)| view! {
                <section><h2>{service}</h2>{hit_list(hits, &language)}</section>
            }).collect_view()}
        }
    };
    let refused = |_: AppError| view! { <NotFound/> };
    view! {
        <leptos_meta::Title text=t("procedures-title")/>
        <PublicLayout>{loaded(page, show, refused, false)}</PublicLayout>
    }
}

fn slug() -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let params = use_params_map();
    move || params.with(|p| p.get("slug").unwrap_or_default())
}

/// `/demarches/:slug`
#[component]
pub fn SheetPage() -> impl IntoView {
    let (slug, language, version) = (slug(), query("langue"), query("version"));
    let page = Resource::new_blocking(
        move || (slug(), language(), version()),
        |(s, l, v)| load_sheet(s, l, v),
    );
    let show = |view: SheetView| {
        let base = sheet_path(&view.slug);
        let title = view.text.title.clone();
        view! {
            <leptos_meta::Title text=title/>
            <p><a href=PUBLIC_PATH>{t("procedures-back")}</a></p>
            <SheetChoices view=view.clone() base/>
            <SheetBody view/>
        }
    };
    let refused = |_: AppError| view! { <NotFound/> };
    view! { <PublicLayout>{loaded(page, show, refused, false)}</PublicLayout> }
}

/// `/demarches/:slug/imprimer`: one A4 page, large type, with the QR code of the sheet's
/// page so that the paper leads back to the version kept up to date.
#[component]
pub fn PrintSheetPage() -> impl IntoView {
    let (slug, language, version) = (slug(), query("langue"), query("version"));
    let page = Resource::new_blocking(
        move || (slug(), language(), version()),
        |(s, l, v)| load_print(s, l, v),
    );
    let show = |(view, qr): (SheetView, String)| {
        let back = format!(
            "{}{}",
            sheet_path(&view.slug),
            crate::procedures::model::reading_query(&view.language, view.variant)
        );
        let class = match view.variant {
            Variant::Falc => "printed-sheet falc",
            Variant::Standard => "printed-sheet",
        };
        let url = view.url.clone();
        view! {
            <leptos_meta::Title text=view.text.title.clone()/>
            <div class=class>
                <p class="no-print"><a href=back>{t("procedures-back-to-sheet")}</a>" · "{t("procedures-print-hint")}</p>
                <SheetBody view printed=true/>
                <figure class="sheet-qr">
                    <div inner_html=qr role="img" aria-label=t("procedures-qr")></div>
                    <figcaption dir="ltr">{url}</figcaption>
                </figure>
            </div>
        }
    };
    let refused = |_: AppError| view! { <NotFound/> };
    view! { <main id="main">{loaded(page, show, refused, false)}</main> }
}
