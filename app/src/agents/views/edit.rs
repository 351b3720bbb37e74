//! `/agent/admin/agents/<id>`: one agent's name, role, skills and languages; their PIN;
//! unlock after a lockout; deactivate or reactivate.

use super::{AgentFields, LanguageNames, PinFields, Typed, error_of, state_words};
use crate::agents::model::{AGENTS_PAGE, AgentDetails, AgentView};
use crate::agents::{
    DeactivateAgent, ReactivateAgent, SaveAgent, SetAgentPin, UnlockAgent, agent_editor,
};
use crate::components::outcome::Outcome;
use crate::i18n::{args, t, t_with};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/agent/admin/agents/<id>`
#[component]
pub fn AgentPage() -> impl IntoView {
    let params = use_params_map();
    let page = Resource::new_blocking(
        move || params.get().get("id").and_then(|id| id.parse::<i32>().ok()),
        |id| async move {
            match id {
                Some(id) => agent_editor(id).await,
                None => Err(crate::errors::AppError::NotFound),
            }
        },
    );
    view! { <StaffPage title="agents-edit-title" page view=|page| view! { <Agent page/> }/> }
}

/// A button that posts one agent's id to `action`.
#[component]
fn AgentButton(
    action: &'static str,
    agent: i32,
    label: String,
    #[prop(optional)] danger: bool,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <input type="hidden" name="agent" value=agent/>
            <button type="submit" class=if danger { "button danger" } else { "button" }>{label}</button>
        </form>
    }
}

#[component]
fn Agent(page: AgentView) -> impl IntoView {
    let AgentView {
        me,
        agent,
        services,
    } = page;
    let AgentDetails {
        row,
        service_slugs,
        failed_attempts,
    } = agent;
    let q = use_query_map().get_untracked();
    let error = error_of(&q);
    let typed = Typed::from_query(&q).unwrap_or_else(|| Typed {
        name: row.name.clone(),
        role: Some(row.role.as_str().to_owned()),
        services: service_slugs,
        languages: row.languages.clone(),
    });
    let id = row.id;
    let state = state_words(&row).join(" · ");
    let locked = row.locked_until.is_some() || failed_attempts > 0;
    let pin_state = t(if row.has_pin {
        "agents-pin-is-set"
    } else {
        "agents-pin-none"
    });
    let status = if row.active {
        view! {
            <p>{t("agents-deactivate-hint")}</p>
            <AgentButton action=DeactivateAgent::PATH agent=id label=t("agents-deactivate") danger=true/>
        }
        .into_any()
    } else {
        view! {
            <p>{t("agents-reactivate-hint")}</p>
            <AgentButton action=ReactivateAgent::PATH agent=id label=t("agents-reactivate")/>
        }
        .into_any()
    };
    view! {
        <StaffFrame me current=Some(StaffSection::Admin)>
            <p><a href=AGENTS_PAGE>{t("agents-back")}</a></p>
            <h1><bdi>{row.name.clone()}</bdi></h1>
            <Outcome/>
            <p>
                {t(row.role.message_id())}" · "{state}
                {(!row.languages.is_empty()).then(|| view! { " · "<LanguageNames tags=row.languages.clone()/> })}
            </p>
            <section class="admin-card">
                <h2>{t("agents-details")}</h2>
                <form method="post" action=SaveAgent::PATH>
                    <input type="hidden" name="agent" value=id/>
                    <AgentFields prefix="agent" typed services error=error.clone()/>
                    <button type="submit" class="button primary">{t("admin-save")}</button>
                </form>
            </section>
            <section class="admin-card">
                <h2>{t("agents-pin")}</h2>
                <p>{pin_state}</p>
                <form method="post" action=SetAgentPin::PATH>
                    <input type="hidden" name="agent" value=id/>
                    <PinFields prefix="reset" error=error required=true/>
                    <button type="submit" class="button primary">{t("agents-pin-save")}</button>
                </form>
            </section>
            <section class="admin-card">
                <h2>{t("agents-access")}</h2>
                {locked.then(|| view! {
                    <p>
                        {row.locked_until.clone().map_or_else(
                            || t_with("agents-failed-attempts", &args([("count", failed_attempts.into())])),
                            |until| t_with("agents-state-locked", &args([("until", until.into())])),
                        )}
                    </p>
                    <AgentButton action=UnlockAgent::PATH agent=id label=t("agents-unlock")/>
                })}
                {status}
            </section>
        </StaffFrame>
    }
}
