//! The sections of the staff workspace that later work fills (requests, residents,
//! procedures, quality). Each checks the role on the server and says plainly what it will
//! hold.

use crate::i18n::t;
use crate::staff::frame::StaffFrame;
use crate::staff::model::Me;
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use crate::staff::section_access;
use leptos::prelude::*;

#[component]
pub fn StaffSectionPage(section: StaffSection) -> impl IntoView {
    let access = Resource::new_blocking(move || section, section_access);
    view! {
        <StaffPage title=section.message_id() page=access
            view=move |me| view! { <Section me section/> }/>
    }
}

#[component]
fn Section(me: Me, section: StaffSection) -> impl IntoView {
    view! {
        <StaffFrame me current=Some(section)>
            <h1>{t(section.message_id())}</h1>
            <p>{t(&format!("{}-summary", section.message_id()))}</p>
            <p class="notice">{t("section-not-yet")}</p>
        </StaffFrame>
    }
}
