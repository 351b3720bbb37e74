//! `/agent`: the shared-workstation login. Pick your name, type your PIN. Plain forms that
//! post and redirect, so nothing of one agent stays in the page for the next.

use crate::components::PublicLayout;
use crate::components::fields::Field;
use crate::i18n::{args, t, t_with};
use crate::staff::SignIn;
use crate::staff::login_screen;
use crate::staff::model::{AgentTile, HOME_PAGE, LOGIN_PAGE, LoginView};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent`
#[component]
pub fn LoginPage() -> impl IntoView {
    let screen = Resource::new_blocking(|| (), |_| login_screen());
    let query = use_query_map();
    view! {
        <leptos_meta::Title text=t("login-title")/>
        <PublicLayout>
            <Suspense fallback=|| ()>
                {move || {
                    // Tracked: a link to this page with another query (an agent tile) renders again.
                    let q = query.get();
                    Suspend::new(async move {
                    match screen.await {
                        Ok(LoginView::NotEnrolled) => view! { <NotEnrolled/> }.into_any(),
                        Ok(LoginView::SignedIn) => view! {
                            <h1>{t("login-title")}</h1>
                            <p><a class="button" href=HOME_PAGE>{t("login-continue")}</a></p>
                        }.into_any(),
                        Ok(LoginView::ChooseAgent { workstation, agents }) => {
                            let chosen = q.get("agent").and_then(|id| id.parse::<i32>().ok())
                                .and_then(|id| agents.iter().find(|a| a.id == id).cloned());
                            match chosen {
                                Some(agent) => view! {
                                    <PinForm agent error=q.get("erreur") left=q.get("restants") until=q.get("jusqua")/>
                                }.into_any(),
                                None => view! {
                                    <AgentChooser workstation agents locked=q.get("verrouille").is_some()/>
                                }.into_any(),
                            }
                        }
                        Err(e) => view! { <p role="alert">{t(e.message_id())}</p> }.into_any(),
                    }
                })}}
            </Suspense>
        </PublicLayout>
    }
}

#[component]
fn NotEnrolled() -> impl IntoView {
    view! {
        <h1>{t("login-not-enrolled-title")}</h1>
        <p>{t("login-not-enrolled-body")}</p>
        <p><a class="button" href=crate::staff::model::ENROL_PAGE>{t("enrol-link")}</a></p>
    }
}

#[component]
fn AgentChooser(workstation: String, agents: Vec<AgentTile>, locked: bool) -> impl IntoView {
    view! {
        <h1>{t("login-choose-title")}</h1>
        <p class="muted">{t_with("login-workstation", &args([("name", workstation.into())]))}</p>
        {locked.then(|| view! { <p class="notice" role="status">{t("login-locked-notice")}</p> })}
        <ul class="agent-tiles">
            {agents
                .into_iter()
                .map(|a| {
                    view! {
                        <li>
                            <a class="agent-tile" href=format!("{LOGIN_PAGE}?agent={}", a.id)>
                                <span class="agent-name">{a.name}</span>
                                <span class="agent-role">{t(a.role.message_id())}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn PinForm(
    agent: AgentTile,
    error: Option<String>,
    left: Option<String>,
    until: Option<String>,
) -> impl IntoView {
    let message = error.map(|e| match e.as_str() {
        "pin" => t_with(
            "login-error-pin",
            &args([(
                "left",
                left.and_then(|l| l.parse::<i64>().ok()).unwrap_or(0).into(),
            )]),
        ),
        "bloque" => t_with(
            "login-error-locked",
            &args([("until", until.unwrap_or_default().into())]),
        ),
        "poste-bloque" => t_with(
            "login-error-workstation-locked",
            &args([("until", until.unwrap_or_default().into())]),
        ),
        _ => t("login-error-format"),
    });
    view! {
        <h1>{t_with("login-hello", &args([("name", agent.name.clone().into())]))}</h1>
        <form class="pin-form" method="post" action=SignIn::PATH>
            <input type="hidden" name="agent_id" value=agent.id/>
            <Field id="pin" name="pin" label=t("login-pin-label") kind="password"
                input_mode="numeric" autocomplete="off" required=true min_length=4 max_length=8
                autofocus=true hint=t("login-pin-hint") error=message/>
            <button type="submit" class="button primary">{t("login-submit")}</button>
        </form>
        <p><a href=LOGIN_PAGE>{t("login-not-me")}</a></p>
    }
}
