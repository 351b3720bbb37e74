//! `/agent/admin`: the administration's index, grouped in the order a new town sets itself
//! up (its places and services, its people, its devices, its messages, its rules).
//! Rendered by the server only, like every administration page.

use crate::i18n::t;
use crate::staff::frame::StaffFrame;
use crate::staff::model::{AdminGroup, AdminLink, Me};
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use crate::staff::section_access;
use leptos::prelude::*;

#[component]
pub fn AdminIndexPage(pages: &'static [AdminLink]) -> impl IntoView {
    let access = Resource::new_blocking(|| StaffSection::Admin, section_access);
    view! {
        <StaffPage title="section-admin" page=access view=move |me| view! { <Index me pages/> }/>
    }
}

#[component]
fn Index(me: Me, pages: &'static [AdminLink]) -> impl IntoView {
    view! {
        <StaffFrame me current=Some(StaffSection::Admin)>
            <h1>{t("section-admin")}</h1>
            <p>{t("admin-index-intro")}</p>
            {AdminGroup::ALL
                .into_iter()
                .map(|group| {
                    let links = pages.iter().filter(move |p| p.group == group);
                    view! {
                        <section class="admin-group" aria-labelledby=group.message_id()>
                            <h2 id=group.message_id()>{t(group.message_id())}</h2>
                            <ul class="admin-links">
                                {links
                                    .map(|p| view! {
                                        <li>
                                            <a href=p.path>{t(p.title)}</a>
                                            <p class="muted">{t(p.summary)}</p>
                                        </li>
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()}
        </StaffFrame>
    }
}
