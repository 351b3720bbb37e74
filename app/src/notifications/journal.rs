//! `/agent/admin/messages`: the messages Guichet sent or tried to send (SMS and e-mail),
//! newest first, with failures and their error. With the demo's journal transport this
//! is where anyone trying Guichet sees what residents would have received.

use crate::errors::AppError;
use crate::i18n::{args, t, t_with};
use crate::staff::frame::StaffFrame;
use crate::staff::page::AccessDenied;
use crate::staff::{Me, StaffSection};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageRow {
    /// Paris wall-clock `YYYY-MM-DD HH:MM`.
    pub created: String,
    pub channel: String,
    pub recipient: String,
    pub language: String,
    pub subject: Option<String>,
    pub body: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalView {
    pub me: Me,
    pub messages: Vec<MessageRow>,
}

/// The last 200 messages; administrators only (they contain residents' contact details).
#[server(prefix = "/api/agent", endpoint = "messages")]
pub async fn message_journal() -> Result<JournalView, AppError> {
    use crate::store::entities::notification;
    use sea_orm::{EntityTrait, QueryOrder, QuerySelect};
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let rows = notification::Entity::find()
        .order_by_desc(notification::Column::Id)
        .limit(200)
        .all(&state.db)
        .await?;
    crate::audit::record(
        &state.db,
        crate::audit::AuditEntry {
            action: "notifications.read_journal",
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            ..Default::default()
        },
    )
    .await?;
    let messages = rows
        .into_iter()
        .map(|n| MessageRow {
            created: crate::i18n::dates::paris_stamp(n.created_at),
            channel: n.channel,
            recipient: n.recipient,
            language: n.language,
            subject: n.subject,
            body: n.body,
            status: n.status,
            attempts: n.attempts,
            last_error: n.last_error,
        })
        .collect();
    Ok(JournalView {
        me: Me::from_identity(identity)?,
        messages,
    })
}

#[component]
pub fn MessageJournalPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| message_journal());
    view! {
        <leptos_meta::Title text=t("messages-title")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(JournalView { me, messages }) => view! {
                        <StaffFrame me current=Some(StaffSection::Admin)>
                            <h1>{t("messages-title")}</h1>
                            <p>{t("messages-intro")}</p>
                            {if messages.is_empty() {
                                view! { <p class="notice">{t("messages-empty")}</p> }.into_any()
                            } else {
                                view! { <MessageTable messages/> }.into_any()
                            }}
                        </StaffFrame>
                    }
                    .into_any(),
                    Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MessageTable(messages: Vec<MessageRow>) -> impl IntoView {
    view! {
        <table>
            <caption>{t("messages-table-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("messages-col-when")}</th>
                    <th scope="col">{t("messages-col-to")}</th>
                    <th scope="col">{t("messages-col-text")}</th>
                    <th scope="col">{t("messages-col-status")}</th>
                </tr>
            </thead>
            <tbody>
                {messages
                    .into_iter()
                    .map(|m| {
                        let channel = t(if m.channel == "sms" { "channel-sms" } else { "channel-email" });
                        let status = t(match m.status.as_str() {
                            "sent" => "notification-status-sent",
                            "failed" => "notification-status-failed",
                            "sending" => "notification-status-sending",
                            _ => "notification-status-pending",
                        });
                        let attempts = t_with("messages-attempts", &args([("count", m.attempts.into())]));
                        view! {
                            <tr>
                                <td>{m.created}</td>
                                <td>{channel}<br/><span dir="ltr">{m.recipient}</span></td>
                                <td lang=m.language.clone() dir="auto">
                                    {m.subject.map(|s| view! { <strong>{s}</strong><br/> })}
                                    <span class="message-body">{m.body}</span>
                                </td>
                                <td>
                                    {status}<br/><span class="muted">{attempts}</span>
                                    {m.last_error.map(|e| view! { <br/><span class="error" lang="en" dir="ltr">{e}</span> })}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
