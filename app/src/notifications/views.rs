//! `/agent/admin/messages`: the messages Guichet sent or tried to send (SMS and e-mail),
//! newest first, with failures and their error. With the demo's journal transport this
//! is where anyone trying Guichet sees what residents would have received.

pub mod templates;

use super::message_journal;
use super::model::{JournalView, MessageRow};
use crate::i18n::{args, t, t_with};
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use leptos::prelude::*;

/// `/agent/admin/messages`
#[component]
pub fn MessageJournalPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| message_journal());
    view! { <StaffPage title="messages-title" page view=|view| view! { <Journal view/> }/> }
}

#[component]
fn Journal(view: JournalView) -> impl IntoView {
    let JournalView { me, messages } = view;
    view! {
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
                                    {status}
                                    {m.planned.map(|when| view! { <br/><span class="message-planned">{t_with("messages-planned", &args([("when", when.into())]))}</span> })}
                                    <br/><span class="muted">{attempts}</span>
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
