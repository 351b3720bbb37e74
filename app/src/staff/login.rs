//! `/agent`: the shared-workstation login. Pick your name, type your PIN. Plain forms that
//! post and redirect, so nothing of one agent stays in the page for the next.

use super::roles::Role;
use crate::components::PublicLayout;
use crate::errors::AppError;
use crate::i18n::{args, t, t_with};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

pub const SIGN_IN_URL: &str = "/api/poste/connexion";
pub const SWITCH_URL: &str = "/api/poste/changer";
pub const LOCK_URL: &str = "/api/poste/verrouiller";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgentTile {
    pub id: i32,
    pub name: String,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LoginView {
    NotEnrolled,
    ChooseAgent {
        workstation: String,
        agents: Vec<AgentTile>,
    },
    SignedIn,
}

/// What the login page shows on this device.
#[server(prefix = "/api/poste", endpoint = "ecran")]
pub async fn login_screen() -> Result<LoginView, AppError> {
    use super::session::{Access, current_access};
    use super::store;
    use crate::state::AppState;
    let state = AppState::from_context()?;
    Ok(match current_access().await? {
        Access::NoDevice => LoginView::NotEnrolled,
        Access::SignedIn(_) => LoginView::SignedIn,
        Access::Device { device, .. } => LoginView::ChooseAgent {
            workstation: device.name,
            agents: store::active_agents(&state.db)
                .await?
                .into_iter()
                .filter_map(|a| {
                    Role::parse(&a.role).map(|role| AgentTile {
                        id: a.id,
                        name: a.display_name,
                        role,
                    })
                })
                .collect(),
        },
    })
}

/// Signs an agent in on this workstation, then goes to the staff home; on a wrong PIN,
/// back to the PIN form with the reason.
#[server(prefix = "/api/poste", endpoint = "connexion")]
pub async fn sign_in(agent_id: i32, pin: String) -> Result<(), AppError> {
    use super::session::{DEVICE_COOKIE, SESSION_COOKIE, cookie, set_cookie};
    use super::store::{self, SignInOutcome};
    use crate::state::AppState;
    let state = AppState::from_context()?;
    let parts = use_context::<http::request::Parts>().ok_or(AppError::Internal)?;
    let device = match cookie(&parts.headers, DEVICE_COOKIE) {
        Some(token) => store::device_by_token(&state.db, &token).await?,
        None => None,
    };
    // PINs are only accepted from an enrolled workstation.
    let Some(device) = device else {
        return Err(AppError::DeviceNotEnrolled.with_status());
    };
    let back = |error: &str| format!("/agent?agent={agent_id}&erreur={error}");
    if !super::pin::is_valid_pin(pin.trim()) {
        leptos_axum::redirect(&back("format"));
        return Ok(());
    }
    let outcome = store::sign_in(
        &state.db,
        &state.staff.pin_pepper,
        &device,
        agent_id,
        pin.trim(),
        chrono::Utc::now(),
    )
    .await?;
    match outcome {
        SignInOutcome::SignedIn { token, .. } => {
            set_cookie(SESSION_COOKIE, &token, None, state.staff.secure_cookies);
            leptos_axum::redirect("/agent/accueil");
        }
        SignInOutcome::WrongPin { attempts_left } => {
            leptos_axum::redirect(&format!("{}&restants={attempts_left}", back("pin")));
        }
        SignInOutcome::LockedOut { until } => {
            let local = until
                .with_timezone(&chrono_tz::Europe::Paris)
                .format("%H:%M");
            leptos_axum::redirect(&format!("{}&jusqua={local}", back("bloque")));
        }
        SignInOutcome::UnknownAgent => leptos_axum::redirect("/agent"),
    }
    Ok(())
}

/// "Changer de conseiller": ends the session and reloads the login screen, so nothing of
/// the previous agent stays on screen; the next sign-in gets a new session token.
#[server(prefix = "/api/poste", endpoint = "changer")]
pub async fn switch_agent() -> Result<(), AppError> {
    // The next agent starts a new visit: the previous one's paired screen stops.
    if let Ok(super::session::Access::SignedIn(identity)) = super::session::current_access().await {
        let state = crate::state::AppState::from_context()?;
        state.hooks.agent_leaves(identity.agent_id).await?;
    }
    end_current("session.switch", "/agent").await
}

/// Called by the page's inactivity timer; the server also ends idle sessions by itself.
#[server(prefix = "/api/poste", endpoint = "verrouiller")]
pub async fn lock_session() -> Result<(), AppError> {
    end_current("session.lock", "/agent?verrouille=1").await
}

#[cfg(feature = "ssr")]
async fn end_current(action: &'static str, then: &str) -> Result<(), AppError> {
    use super::session::{SESSION_COOKIE, current_session_token, set_cookie};
    let state = crate::state::AppState::from_context()?;
    if let Some(token) = current_session_token() {
        super::store::end_session(&state.db, &token, action).await?;
    }
    set_cookie(SESSION_COOKIE, "", Some(0), state.staff.secure_cookies);
    leptos_axum::redirect(then);
    Ok(())
}

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
                            <p><a class="button" href="/agent/accueil">{t("login-continue")}</a></p>
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
        <p><a class="button" href="/agent/poste">{t("enrol-link")}</a></p>
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
                            <a class="agent-tile" href=format!("/agent?agent={}", a.id)>
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
        _ => t("login-error-format"),
    });
    let has_error = message.is_some();
    view! {
        <h1>{t_with("login-hello", &args([("name", agent.name.clone().into())]))}</h1>
        <form class="pin-form" method="post" action=SIGN_IN_URL>
            <input type="hidden" name="agent_id" value=agent.id/>
            {message.map(|m| view! { <p id="pin-error" class="error" role="alert">{m}</p> })}
            <label for="pin">{t("login-pin-label")}</label>
            <input
                id="pin"
                name="pin"
                type="password"
                inputmode="numeric"
                autocomplete="off"
                required
                minlength="4"
                maxlength="8"
                autofocus
                aria-invalid=has_error.then_some("true")
                aria-describedby=if has_error { "pin-error pin-hint" } else { "pin-hint" }
            />
            <p id="pin-hint" class="hint">{t("login-pin-hint")}</p>
            <button type="submit" class="button primary">{t("login-submit")}</button>
        </form>
        <p><a href="/agent">{t("login-not-me")}</a></p>
    }
}
