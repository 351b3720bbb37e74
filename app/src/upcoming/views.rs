//! The page of a public action still to come, with the sites to call meanwhile.

use crate::calendar::sites::sites_today;
use crate::calendar::today::SiteToday;
use crate::components::PublicLayout;
use crate::i18n::{t, use_locale};
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpcomingService {
    Procedures,
}

impl UpcomingService {
    fn message_id(self) -> &'static str {
        match self {
            UpcomingService::Procedures => "home-action-procedures",
        }
    }
}

#[component]
pub fn UpcomingPage(service: UpcomingService) -> impl IntoView {
    let sites = Resource::new_blocking(|| (), |_| sites_today());
    let locale = use_locale();
    view! {
        <leptos_meta::Title text=t(service.message_id())/>
        <PublicLayout>
            <h1>{t(service.message_id())}</h1>
            <p class="notice">{t("upcoming-body")}</p>
            <h2>{t("upcoming-contact-title")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let list: Vec<SiteToday> = sites.await.unwrap_or_default();
                    view! {
                        <ul class="sites">
                            {list.into_iter().map(|s| view! {
                                <li class="site">
                                    <h3><bdi lang="fr">{s.name}</bdi></h3>
                                    <p>{s.today.describe(locale)}</p>
                                    {s.phone.map(|p| { let href = format!("tel:{}", p.replace(' ', "")); view! { <p><a href=href dir="ltr">{p}</a></p> } })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                })}
            </Suspense>
            <p><a class="button" href="/">{t("back-home")}</a></p>
        </PublicLayout>
    }
}
