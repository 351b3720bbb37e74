//! Where a request stands against its deadline, as a badge in the list and on its page.

use crate::i18n::t;
use crate::requests::model::Standing;
use leptos::prelude::*;

#[component]
pub fn StandingBadge(standing: Standing) -> impl IntoView {
    let class = format!("badge standing-{}", standing.as_str());
    view! { <span class=class>{t(standing.message_id())}</span> }
}
