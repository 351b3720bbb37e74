//! `/agent/admin/motifs/import`: the columns explained with an example, the text pasted,
//! its preview (a GET of the same page: previewing saves nothing), then one confirm button.

use super::csv::{COLUMNS, EXAMPLE};
use super::model::{IMPORT_PAGE, ImportPreview, ImportRow};
use super::{ImportMotifs, motif_import};
use crate::booking::admin::model::MOTIFS_PAGE;
use crate::booking::model::StaffData;
use crate::components::fields::TextArea;
use crate::components::outcome::Outcome;
use crate::i18n::{args, t, t_with};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/admin/motifs/import`
#[component]
pub fn AdminMotifImportPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(move || query.get().get("texte"), motif_import);
    view! { <StaffPage title="town-import-title" page view=|page| view! { <MotifImport page/> }/> }
}

#[component]
fn MotifImport(page: StaffData<Option<ImportPreview>>) -> impl IntoView {
    let StaffData { me, data: preview } = page;
    let text = preview.as_ref().map(|p| p.text.clone()).unwrap_or_default();
    let headers = COLUMNS.map(|(header, _)| header).join(" ; ");
    view! {
        <StaffFrame me current=Some(StaffSection::Admin)>
            <h1>{t("town-import-title")}</h1>
            <p><a href=MOTIFS_PAGE>{t("admin-motifs-title")}</a></p>
            <Outcome/>
            <section class="admin-card" aria-labelledby="import-help">
                <h2 id="import-help">{t("town-import-how")}</h2>
                <p>{t("town-import-help")}</p>
                <p>{t("town-import-columns")}" "<code lang="fr" dir="ltr">{headers}</code></p>
                <p>{t("town-import-defaults")}</p>
                <p>{t("town-import-example")}</p>
                <pre lang="fr" dir="ltr">{EXAMPLE}</pre>
            </section>
            <form method="get" action=IMPORT_PAGE>
                <TextArea id="import-text" label=t("town-import-text") name="texte" rows=10 value=text.clone()
                    lang="fr" dir="ltr" required=true/>
                <button type="submit" class="button">{t("town-import-preview")}</button>
            </form>
            {preview.map(|p| view! { <Preview preview=p/> })}
        </StaffFrame>
    }
}

#[component]
fn Preview(preview: ImportPreview) -> impl IntoView {
    let ImportPreview {
        text,
        problems,
        rows,
        valid,
    } = preview;
    let wrong = rows.iter().filter(|r| !r.problems.is_empty()).count();
    let verdict = if valid {
        view! { <p class="notice ok" role="status">{t_with("town-import-ready", &args([("count", rows.len().into())]))}</p> }.into_any()
    } else {
        view! { <p class="notice warn" role="alert">{t_with("town-import-wrong", &args([("count", wrong.into())]))}</p> }.into_any()
    };
    view! {
        <h2>{t("town-import-preview-title")}</h2>
        {verdict}
        {(!problems.is_empty()).then(|| view! {
            <ul>
                {problems.into_iter().map(|(id, column)| {
                    let said = t_with(&id, &args([("column", column.unwrap_or_default().into())]));
                    view! { <li>{said}</li> }
                }).collect_view()}
            </ul>
        })}
        {(!rows.is_empty()).then(|| view! {
            <div>
                <table>
                    <caption class="visually-hidden">{t("town-import-preview-title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("town-import-line")}</th>
                            <th scope="col">{t("town-slug")}</th>
                            <th scope="col">{t("admin-motif-name")}</th>
                            <th scope="col">{t("town-motif-service")}</th>
                            <th scope="col">{t("admin-motif-duration")}</th>
                            <th scope="col">{t("town-import-what")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! { <PreviewRow row/> }).collect_view()}
                    </tbody>
                </table>
            </div>
        })}
        {valid.then(|| view! {
            <form method="post" action=ImportMotifs::PATH>
                <input type="hidden" name="texte" value=text/>
                <button type="submit" class="button primary">{t("town-import-confirm")}</button>
            </form>
        })}
    }
}

#[component]
fn PreviewRow(row: ImportRow) -> impl IntoView {
    let what = if row.problems.is_empty() {
        view! { <span>{t(if row.update { "town-import-update" } else { "town-import-new" })}</span> }.into_any()
    } else {
        view! {
            <ul class="error">
                {row.problems.iter().map(|id| view! { <li>{t(id)}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <tr>
            <th scope="row">{row.line}</th>
            <td dir="ltr">{row.code}</td>
            <td lang="fr">{row.name}</td>
            <td lang="fr">{row.service}</td>
            <td>{row.duration}</td>
            <td>{what}</td>
        </tr>
    }
}
