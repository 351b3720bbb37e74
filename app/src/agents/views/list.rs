//! `/agent/admin/agents`: every agent with their role, state, skills and languages, and
//! the form that creates one.

use super::{AgentFields, LanguageNames, PinFields, Typed, error_of, state_words};
use crate::agents::model::{AgentRow, AgentsView, IMPORT_PAGE, agent_page, query};
use crate::agents::{SaveAgent, agents_list};
use crate::components::outcome::Outcome;
use crate::i18n::{args, t, t_with};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/admin/agents`
#[component]
pub fn AgentsPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| agents_list());
    view! { <StaffPage title="agents-title" page view=|page| view! { <Agents page/> }/> }
}

#[component]
fn Agents(page: AgentsView) -> impl IntoView {
    let AgentsView {
        me,
        agents,
        services,
    } = page;
    let q = use_query_map().get_untracked();
    let error = error_of(&q);
    // A mistake in the creation form opens it again with what was typed.
    let typed = Typed::from_query(&q);
    let open = typed.is_some();
    let imported = q.get(query::IMPORTED).and_then(|n| n.parse::<usize>().ok());
    view! {
        <StaffFrame me current=Some(StaffSection::Admin)>
            <h1>{t("agents-title")}</h1>
            <Outcome/>
            {imported.map(|count| view! {
                <p class="notice ok" role="status">
                    {t_with("agents-imported", &args([("count", count.into())]))}
                </p>
            })}
            <p>{t("agents-intro")}</p>
            <p><a href=IMPORT_PAGE>{t("agents-import-link")}</a></p>
            <details class="admin-card" open=open>
                <summary><strong>{t("agents-new")}</strong></summary>
                <form method="post" action=SaveAgent::PATH>
                    <AgentFields prefix="new" typed=typed.unwrap_or_default() services
                        error=error.clone()/>
                    <fieldset class="agent-choices">
                        <legend>{t("agents-new-pin")}</legend>
                        <p class="hint">{t("agents-new-pin-hint")}</p>
                        <PinFields prefix="new" error=error required=false/>
                    </fieldset>
                    <button type="submit" class="button primary">{t("agents-create")}</button>
                </form>
            </details>
            <table>
                <caption>{t("agents-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("agents-col-name")}</th>
                        <th scope="col">{t("agents-col-role")}</th>
                        <th scope="col">{t("agents-col-state")}</th>
                        <th scope="col">{t("agents-col-services")}</th>
                        <th scope="col">{t("agents-col-languages")}</th>
                    </tr>
                </thead>
                <tbody>
                    {agents.into_iter().map(|agent| view! { <AgentLine agent/> }).collect_view()}
                </tbody>
            </table>
        </StaffFrame>
    }
}

#[component]
fn AgentLine(agent: AgentRow) -> impl IntoView {
    let state = state_words(&agent).join(" · ");
    let services = agent.services.join(", ");
    view! {
        <tr class=(!agent.active).then_some("muted")>
            <th scope="row"><a href=agent_page(agent.id)><bdi>{agent.name.clone()}</bdi></a></th>
            <td>{t(agent.role.message_id())}</td>
            <td>{state}</td>
            <td>{services}</td>
            <td><LanguageNames tags=agent.languages/></td>
        </tr>
    }
}
