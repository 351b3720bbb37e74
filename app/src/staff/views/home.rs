//! `/agent/accueil`: the staff home after sign-in, with the sections of the role.

use crate::i18n::{args, t, t_with};
use crate::staff::current_agent;
use crate::staff::frame::StaffFrame;
use crate::staff::model::Me;
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use leptos::prelude::*;

/// `/agent/accueil`
#[component]
pub fn StaffHomePage() -> impl IntoView {
    let me = Resource::new_blocking(|| (), |_| current_agent());
    view! { <StaffPage title="staff-home-title" page=me view=|me| view! { <StaffHome me/> }/> }
}

#[component]
fn StaffHome(me: Me) -> impl IntoView {
    let role = me.role;
    let hello = t_with("staff-hello", &args([("name", me.name.clone().into())]));
    view! {
        <StaffFrame me current=None>
            <h1>{hello}</h1>
            <ul class="section-cards">
                {StaffSection::ALL
                    .into_iter()
                    .filter(|s| s.allows(role))
                    .map(|s| view! {
                        <li>
                            <a class="section-card" href=s.path()>
                                <span class="section-title">{t(s.message_id())}</span>
                                <span class="section-summary">{t(&format!("{}-summary", s.message_id()))}</span>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </StaffFrame>
    }
}
