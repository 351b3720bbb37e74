//! `/agent/admin/agents/import`: agents from a spreadsheet. The file is pasted, previewed
//! (a GET of this page: each row with its problems in words), then confirmed; it is saved
//! whole or not at all.

use crate::agents::model::{
    AGENTS_PAGE, IMPORT_PAGE, ImportPreview, ImportView, MAX_IMPORT_ROWS, PreviewRow, Problem,
    ServiceName, language_choices, query,
};
use crate::agents::{ImportAgents, import_preview};
use crate::components::fields::TextArea;
use crate::components::outcome::Outcome;
use crate::i18n::{args, t, t_with};
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::staff::{Role, StaffSection};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/admin/agents/import`
#[component]
pub fn ImportAgentsPage() -> impl IntoView {
    let address = use_query_map();
    let page = Resource::new_blocking(
        move || {
            address
                .get()
                .get(query::CSV)
                .filter(|c| !c.trim().is_empty())
        },
        import_preview,
    );
    view! { <StaffPage title="agents-import-title" page view=|page| view! { <Import page/> }/> }
}

/// A problem in words.
fn said(problem: &Problem) -> String {
    t_with(problem.message_id(), &problem.fluent_args())
}

#[component]
fn Import(page: ImportView) -> impl IntoView {
    let ImportView {
        me,
        services,
        preview,
    } = page;
    let csv = use_query_map()
        .get_untracked()
        .get(query::CSV)
        .unwrap_or_default();
    view! {
        <StaffFrame me current=Some(StaffSection::Admin)>
            <p><a href=AGENTS_PAGE>{t("agents-back")}</a></p>
            <h1>{t("agents-import-title")}</h1>
            <Outcome/>
            <p>{t("agents-import-intro")}</p>
            <Format services/>
            <form method="get" action=IMPORT_PAGE>
                <TextArea id="agents-csv" label=t("agents-import-field") name=query::CSV rows=10
                    value=csv.clone() required=true dir="auto" hint=t_with("agents-import-field-hint", &args([("max", MAX_IMPORT_ROWS.into())]))/>
                <button type="submit" class="button">{t("agents-import-preview")}</button>
            </form>
            {preview.map(|preview| view! { <Preview preview csv/> })}
        </StaffFrame>
    }
}

/// The columns the file has, with what each accepts, and an example.
#[component]
fn Format(services: Vec<ServiceName>) -> impl IntoView {
    let roles = Role::ALL
        .into_iter()
        .map(|r| view! { <li>{t(r.message_id())}" ("<code>{r.as_str()}</code>")"</li> })
        .collect_view();
    let example_service = services.first().map(|s| s.slug.clone()).unwrap_or_default();
    let example = format!(
        "nom;rôle;compétences;langues\nCamille Martin;Conseiller;{example_service};fr, en\nSofia Rossi;{};;fr, it\n",
        crate::i18n::text(crate::i18n::Locale::Fr, Role::Expert.message_id()),
    );
    let service_list = if services.is_empty() {
        view! { <p class="muted">{t("agents-no-service")}</p> }.into_any()
    } else {
        view! {
            <ul>
                {services.into_iter().map(|s| view! {
                    <li><code>{s.slug}</code>" — "<bdi>{s.name}</bdi></li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let language_list = language_choices()
        .into_iter()
        .map(|(tag, name)| {
            let name = name.map_or_else(|| t("interpreter-lsf"), str::to_owned);
            view! { <li><code>{tag}</code>" — "<bdi>{name}</bdi></li> }
        })
        .collect_view();
    view! {
        <section class="admin-card">
            <h2>{t("agents-import-format")}</h2>
            <p>{t("agents-import-format-intro")}</p>
            <dl>
                <dt><code lang="fr">"nom"</code></dt>
                <dd>{t("agents-import-column-name")}</dd>
                <dt><code lang="fr">"rôle"</code></dt>
                <dd>{t("agents-import-column-role")}<ul>{roles}</ul></dd>
                <dt><code lang="fr">"compétences"</code></dt>
                <dd>{t("agents-import-column-services")}{service_list}</dd>
                <dt><code lang="fr">"langues"</code></dt>
                <dd>
                    {t("agents-import-column-languages")}
                    <details>
                        <summary>{t("agents-import-language-codes")}</summary>
                        <ul>{language_list}</ul>
                    </details>
                </dd>
            </dl>
            <p>{t("agents-import-example")}</p>
            <pre lang="fr" dir="ltr">{example}</pre>
            <p>{t("agents-import-no-pin")}</p>
        </section>
    }
}

#[component]
fn Preview(preview: ImportPreview, csv: String) -> impl IntoView {
    let valid = preview.is_valid();
    let count = preview.rows.len();
    let with_problems = preview.rows_with_problems();
    let verdict = if valid {
        view! {
            <p class="notice ok" role="status">{t_with("agents-import-ready", &args([("count", count.into())]))}</p>
            <form method="post" action=ImportAgents::PATH>
                <input type="hidden" name="csv" value=csv/>
                <button type="submit" class="button primary">
                    {t_with("agents-import-confirm", &args([("count", count.into())]))}
                </button>
            </form>
        }
        .into_any()
    } else {
        let summary = if preview.file_problems.is_empty() {
            t_with(
                "agents-import-rows-with-problems",
                &args([("count", with_problems.into()), ("total", count.into())]),
            )
        } else {
            t("agents-import-file-problems")
        };
        view! {
            <div class="notice warn" role="alert">
                <p>{summary}</p>
                {(!preview.file_problems.is_empty()).then(|| view! {
                    <ul>{preview.file_problems.iter().map(|p| view! { <li>{said(p)}</li> }).collect_view()}</ul>
                })}
                <p>{t("agents-import-nothing-saved")}</p>
            </div>
        }
        .into_any()
    };
    let table = (!preview.rows.is_empty()).then(|| {
        view! {
            <table>
                <caption>{t("agents-import-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("agents-import-col-line")}</th>
                        <th scope="col">{t("agents-col-name")}</th>
                        <th scope="col">{t("agents-col-role")}</th>
                        <th scope="col">{t("agents-col-services")}</th>
                        <th scope="col">{t("agents-col-languages")}</th>
                        <th scope="col">{t("agents-import-col-problems")}</th>
                    </tr>
                </thead>
                <tbody>
                    {preview.rows.into_iter().map(|row| view! { <PreviewLine row/> }).collect_view()}
                </tbody>
            </table>
        }
    });
    view! {
        <section aria-labelledby="agents-preview">
            <h2 id="agents-preview">{t("agents-import-preview-title")}</h2>
            {verdict}
            {table}
        </section>
    }
}

#[component]
fn PreviewLine(row: PreviewRow) -> impl IntoView {
    let problems = if row.problems.is_empty() {
        view! { {t("agents-import-row-ok")} }.into_any()
    } else {
        view! {
            <ul class="error">{row.problems.iter().map(|p| view! { <li>{said(p)}</li> }).collect_view()}</ul>
        }
        .into_any()
    };
    view! {
        <tr>
            <td>{row.line}</td>
            <th scope="row"><bdi>{row.name}</bdi></th>
            <td>{row.role.map(|r| t(r.message_id()))}</td>
            <td>{row.services.join(", ")}</td>
            <td>{row.languages.join(", ")}</td>
            <td>{problems}</td>
        </tr>
    }
}
