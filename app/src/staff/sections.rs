//! The sections of the staff workspace that later work fills (queue, appointments…). Each
//! checks the role on the server and says plainly what it will hold.

use super::frame::StaffFrame;
use super::model::Me;
use super::page::AccessDenied;
use super::roles::StaffSection;
use crate::errors::AppError;
use crate::i18n::t;
use leptos::prelude::*;

/// The signed-in agent, if their role opens `section`.
#[server(prefix = "/api/agent", endpoint = "section")]
pub async fn section_access(section: StaffSection) -> Result<Me, AppError> {
    let identity = super::session::require_section(section).await?;
    Me::from_identity(identity)
}

#[component]
pub fn StaffSectionPage(section: StaffSection) -> impl IntoView {
    let access = Resource::new_blocking(move || section, section_access);
    view! {
        <leptos_meta::Title text=t(section.message_id())/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match access.await {
                    Ok(me) => view! {
                        <StaffFrame me current=Some(section)>
                            <h1>{t(section.message_id())}</h1>
                            <p>{t(&format!("{}-summary", section.message_id()))}</p>
                            <p class="notice">{t("section-not-yet")}</p>
                            {(section == StaffSection::Admin).then(|| view! {
                                <h2>{t("admin-pages")}</h2>
                                <ul>
                                    <li><a href="/agent/admin/postes">{t("devices-title")}</a></li>
                                    <li><a href="/agent/admin/messages">{t("messages-title")}</a></li>
                                    <li><a href="/agent/admin/lieux">{t("admin-sites-title")}</a></li>
                                    <li><a href="/agent/admin/file">{t("queue-admin-title")}</a></li>
                                    <li><a href="/agent/admin/motifs">{t("admin-motifs-title")}</a></li>
                                    <li><a href="/agent/admin/plannings">{t("admin-schedules-title")}</a></li>
                                </ul>
                            })}
                        </StaffFrame>
                    }
                    .into_any(),
                    Err(e) => view! { <AccessDenied error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
