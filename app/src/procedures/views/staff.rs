//! The staff's pages: `/agent/demarches` (every sheet and what it needs, the translation
//! work per language, the sheets of a kind of request) and `/agent/demarches/<slug>` (the
//! sheet as residents read it, with the local notes, translations and versions).

use super::sheet::SheetBody;
use crate::i18n::Locale;
use crate::i18n::{args, t, t_with};
use crate::procedures::editor_path;
use crate::procedures::model::{
    MAX_QUERY, STAFF_PATH, StaffSheetView, StaffSheetsView, TranslationState, Variant,
    reading_query, sheet_path, staff_sheet_path,
};
use crate::procedures::{load_staff_sheet, load_staff_sheets};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn query(name: &'static str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let q = use_query_map();
    move || q.with(|q| q.get(name).unwrap_or_default())
}

fn state_label(state: Option<TranslationState>) -> String {
    match state {
        Some(s) => t(s.message_id()),
        None => t("procedures-translation-missing"),
    }
}

/// `/agent/demarches`
#[component]
pub fn StaffSheetsPage() -> impl IntoView {
    let (q, language, kind, motif) = (query("q"), query("langue"), query("type"), query("motif"));
    let page = Resource::new_blocking(
        move || (q(), language(), kind(), motif()),
        |(q, l, k, m)| load_staff_sheets(q, l, k, m),
    );
    view! { <StaffPage title="procedures-staff-title" page view=|view| view! { <StaffSheets view/> }/> }
}

#[component]
fn StaffSheets(view: StaffSheetsView) -> impl IntoView {
    let languages = Locale::ALL
        .iter()
        .filter(|l| l.code() != "fr")
        .map(|l| {
            let selected = view.language.as_deref() == Some(l.code());
            view! { <option value=l.code() selected=selected>{l.native_name()}</option> }
        })
        .collect_view();
    let tasks = view.language.clone().map(|language| {
        let rows = view
            .tasks
            .iter()
            .map(|task| {
                let href = editor_path(&task.slug, &language, task.variant);
                view! {
                    <tr>
                        <td lang="fr">{task.title.clone()}</td>
                        <td>{t(task.variant.message_id())}</td>
                        <td>{state_label(task.state)}</td>
                        <td>{view.can_edit.then(|| view! { <a href=href>{t("procedures-translate")}</a> })}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h2>{t_with("procedures-tasks", &args([("count", view.tasks.len().into())]))}</h2>
            {view.tasks.is_empty().then(|| view! { <p>{t("procedures-tasks-none")}</p> })}
            <table class="data">
                <caption class="visually-hidden">{t("procedures-tasks-caption")}</caption>
                <thead><tr>
                    <th scope="col">{t("procedures-sheet")}</th>
                    <th scope="col">{t("procedures-variant")}</th>
                    <th scope="col">{t("procedures-state")}</th>
                    <th scope="col"><span class="visually-hidden">{t("procedures-actions")}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Procedures)>
            <h1>{t("procedures-staff-title")}</h1>
            <p class="hint">{t("procedures-staff-intro")}</p>
            <form method="get" action=STAFF_PATH role="search" class="sheet-search">
                <label for="q">{t("procedures-search-label")}</label>
                <input type="search" id="q" name="q" value=view.query.clone() maxlength=MAX_QUERY autocomplete="off"/>
                <label for="langue">{t("procedures-translations-of")}</label>
                <select id="langue" name="langue">
                    <option value="">{t("procedures-no-language")}</option>
                    {languages}
                </select>
                <button type="submit" class="button primary">{t("procedures-search")}</button>
            </form>
            {tasks}
            {view.kind.map(|k| view! {
                <p class="notice" role="note">{t_with("procedures-of-kind", &args([("kind", t(k.message_id()).into())]))}" "
                    <a href=STAFF_PATH>{t("procedures-back-staff")}</a></p>
            })}
            <h2>{t_with("procedures-sheets-count", &args([("count", view.rows.len().into())]))}</h2>
            <table class="data">
                <caption class="visually-hidden">{t("procedures-staff-title")}</caption>
                <thead><tr>
                    <th scope="col">{t("procedures-sheet")}</th>
                    <th scope="col">{t("procedures-service")}</th>
                    <th scope="col">{t("procedures-reviewed-on")}</th>
                    <th scope="col">{t("procedures-falc")}</th>
                    <th scope="col">{t("procedures-to-translate")}</th>
                </tr></thead>
                <tbody>
                    {view.rows.into_iter().map(|r| view! {
                        <tr>
                            <td><a href=staff_sheet_path(&r.slug) lang="fr">{r.title}</a>
                                {(r.drafts > 0).then(|| view! { " "<span class="badge">{t("procedures-draft")}</span> })}</td>
                            <td>{r.service}</td>
                            <td>{r.reviewed}{r.owner.map(|o| view! { <br/><span class="muted">{o}</span> })}</td>
                            <td>{if r.falc_checked { t("procedures-falc-ok") } else { t("procedures-falc-to-check") }}</td>
                            <td>{r.to_translate}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </StaffFrame>
    }
}

/// `/agent/demarches/:slug`
#[component]
pub fn StaffSheetPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let (language, version) = (query("langue"), query("version"));
    let page = Resource::new_blocking(
        move || (slug(), language(), version()),
        |(s, l, v)| load_staff_sheet(s, l, v),
    );
    view! { <StaffPage title="procedures-staff-title" page view=|view| view! { <StaffSheet view/> }/> }
}

#[component]
fn StaffSheet(view: StaffSheetView) -> impl IntoView {
    let sheet = view.sheet.clone();
    let slug = sheet.slug.clone();
    let staff_base = staff_sheet_path(&slug);
    let public = format!(
        "{}{}",
        sheet_path(&slug),
        reading_query(&sheet.language, sheet.variant)
    );
    let other = match sheet.variant {
        Variant::Standard => Variant::Falc,
        Variant::Falc => Variant::Standard,
    };
    let switch = format!("{staff_base}{}", reading_query(&sheet.language, other));
    let languages = sheet
        .languages
        .iter()
        .map(|l| {
            let href = format!("{staff_base}{}", reading_query(l, sheet.variant));
            let name = Locale::from_tag(l)
                .map_or(l.as_str(), |x| x.native_name())
                .to_owned();
            view! { <li><a href=href lang=l.clone()>{name}</a></li> }
        })
        .collect_view();
    let edit = view.can_edit.then(|| {
        let (std, falc) = (
            editor_path(&slug, "fr", Variant::Standard),
            editor_path(&slug, "fr", Variant::Falc),
        );
        view! {
            <a class="button" href=std>{t("procedures-edit-standard")}</a>
            <a class="button" href=falc>{t("procedures-edit-falc")}</a>
        }
    });
    let translations = view
        .translations
        .iter()
        .map(|(l, standard, falc)| {
            let name = Locale::from_tag(l)
                .map_or(l.as_str(), |x| x.native_name())
                .to_owned();
            let (s_href, f_href) = (
                editor_path(&slug, l, Variant::Standard),
                editor_path(&slug, l, Variant::Falc),
            );
            view! {
                <tr>
                    <th scope="row" lang=l.clone()>{name}</th>
                    <td><a href=s_href>{state_label(*standard)}</a></td>
                    <td><a href=f_href>{state_label(*falc)}</a></td>
                </tr>
            }
        })
        .collect_view();
    let versions = view
        .versions
        .into_iter()
        .map(|v| {
            let name = Locale::from_tag(&v.language).map_or(v.language.as_str(), |x| x.native_name()).to_owned();
            view! {
                <tr>
                    <td>{v.at}</td>
                    <td lang=v.language.clone()>{name}</td>
                    <td>{t(v.variant.message_id())}" "{v.version}</td>
                    <td>{if v.published { t("procedures-published") } else { t("procedures-draft") }}
                        {v.level.map(|l| view! { " · "{t(l.message_id())} })}</td>
                    <td>{v.author.unwrap_or_default()}</td>
                    <td>{v.falc_checked.map(|(who, on)| format!("{who} ({on})")).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Procedures)>
            <p><a href=STAFF_PATH>{t("procedures-back-staff")}</a></p>
            <div class="sheet-choices">
                <a class="button" href=public>{t("procedures-public-page")}</a>
                {sheet.other_variant.then(|| view! { <a class="button" href=switch>{t(other.message_id())}</a> })}
                {edit}
                <nav aria-label=t("procedures-languages")><ul class="inline-list">{languages}</ul></nav>
            </div>
            <aside class="sheet-note staff">
                <h2>{t("procedures-staff-notes")}</h2>
                <p lang="fr">{view.staff_notes}</p>
                {view.owner.map(|o| view! { <p class="muted">{t_with("procedures-owner", &args([("name", o.into())]))}</p> })}
            </aside>
            <SheetBody view=sheet/>
            <h2>{t("procedures-translations")}</h2>
            <table class="data">
                <caption class="visually-hidden">{t("procedures-translations")}</caption>
                <thead><tr>
                    <th scope="col">{t("procedures-language")}</th>
                    <th scope="col">{t("procedures-variant-standard")}</th>
                    <th scope="col">{t("procedures-variant-falc")}</th>
                </tr></thead>
                <tbody>{translations}</tbody>
            </table>
            <h2>{t("procedures-versions")}</h2>
            <table class="data">
                <caption class="visually-hidden">{t("procedures-versions")}</caption>
                <thead><tr>
                    <th scope="col">{t("procedures-when")}</th>
                    <th scope="col">{t("procedures-language")}</th>
                    <th scope="col">{t("procedures-variant")}</th>
                    <th scope="col">{t("procedures-state")}</th>
                    <th scope="col">{t("procedures-author")}</th>
                    <th scope="col">{t("procedures-falc-check")}</th>
                </tr></thead>
                <tbody>{versions}</tbody>
            </table>
        </StaffFrame>
    }
}
