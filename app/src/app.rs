//! The HTML shell and the router: the one place that lists every page.

use crate::booking::admin::import::views::AdminMotifImportPage;
use crate::booking::admin::services::views::AdminServicesPage;
use crate::booking::admin::views::{AdminMotifsPage, AdminSchedulesPage, AdminSitesPage};
use crate::booking::agenda::views::{AgendaPage, DeskBookingPage};
use crate::booking::manage::views::{AppointmentPage, MovePage, OfferPage};
use crate::booking::wizard::views::BookingPage;
use crate::components::NotFound;
use crate::home::views::HomePage;
use crate::i18n::{self, Locale};
use crate::interpretation::interpreters::views::InterpretersPage;
use crate::interpretation::local_phrases::views::LocalPhrasesPage;
use crate::interpretation::pairing::views::PairedScreenPage;
use crate::interpretation::panel::views::PanelPage;
use crate::notifications::views::MessageJournalPage;
use crate::queue::desk::views::DeskPage;
use crate::queue::settings::views::QueueAdminPage;
use crate::queue::visitors::views::{
    KioskPage, KioskTicketPage, ScreenPage, TakeTicketPage, TicketPage, TicketSitesPage,
};
use crate::staff::StaffSection;
use crate::staff::views::devices::{AdminDevicesPage, EnrolPage};
use crate::staff::views::home::StaffHomePage;
use crate::staff::views::login::LoginPage;
use crate::staff::views::sections::StaffSectionPage;
use crate::upcoming::views::{UpcomingPage, UpcomingService};
use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// The document around the app; rendered on the server only, so `lang` and `dir` are right
/// in the very first byte the browser receives.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = i18n::provide_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <leptos_meta::MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale: Locale = i18n::provide_locale();
    // Pages must be complete without JavaScript: wait for their data before sending.
    let ssr = SsrMode::Async;
    view! {
        <leptos_meta::Stylesheet id="leptos" href="/pkg/guichet.css"/>
        <Title text=i18n::text(locale, "app-name")/>
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/") view=HomePage ssr=ssr.clone()/>
                <Route path=path!("/rendez-vous") view=BookingPage ssr=ssr.clone()/>
                <Route path=path!("/rendez-vous/offre/:token") view=OfferPage ssr=ssr.clone()/>
                <Route path=path!("/rendez-vous/:token") view=AppointmentPage ssr=ssr.clone()/>
                <Route path=path!("/rendez-vous/:token/deplacer") view=MovePage ssr=ssr.clone()/>
                <Route path=path!("/file") view=TicketSitesPage ssr=ssr.clone()/>
                <Route path=path!("/file/:site") view=TakeTicketPage ssr=ssr.clone()/>
                <Route path=path!("/ticket/:token") view=TicketPage ssr=ssr.clone()/>
                <Route path=path!("/borne/:site") view=KioskPage ssr=ssr.clone()/>
                <Route path=path!("/borne/:site/ticket/:token") view=KioskTicketPage ssr=ssr.clone()/>
                <Route path=path!("/ecran/:site") view=ScreenPage ssr=ssr.clone()/>
                <Route path=path!("/interpretation") view=PairedScreenPage ssr=ssr.clone()/>
                <Route path=path!("/interpretation/:code") view=PairedScreenPage ssr=ssr.clone()/>
                <Route path=path!("/suivi") view=|| view! { <UpcomingPage service=UpcomingService::Requests/> } ssr=ssr.clone()/>
                <Route path=path!("/demarches") view=|| view! { <UpcomingPage service=UpcomingService::Procedures/> } ssr=ssr.clone()/>
                <Route path=path!("/agent") view=LoginPage ssr=ssr.clone()/>
                <Route path=path!("/agent/poste") view=EnrolPage ssr=ssr.clone()/>
                <Route path=path!("/agent/accueil") view=StaffHomePage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/postes") view=AdminDevicesPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/messages") view=MessageJournalPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/lieux") view=AdminSitesPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/motifs") view=AdminMotifsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/motifs/import") view=AdminMotifImportPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/services") view=AdminServicesPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/plannings") view=AdminSchedulesPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/file") view=QueueAdminPage ssr=ssr.clone()/>
                <Route path=path!("/agent/file") view=DeskPage ssr=ssr.clone()/>
                <Route path=path!("/agent/rendez-vous") view=AgendaPage ssr=ssr.clone()/>
                <Route path=path!("/agent/rendez-vous/nouveau") view=DeskBookingPage ssr=ssr.clone()/>
                <Route path=path!("/agent/demandes") view=|| view! { <StaffSectionPage section=StaffSection::Requests/> } ssr=ssr.clone()/>
                <Route path=path!("/agent/usagers") view=|| view! { <StaffSectionPage section=StaffSection::Residents/> } ssr=ssr.clone()/>
                <Route path=path!("/agent/demarches") view=|| view! { <StaffSectionPage section=StaffSection::Procedures/> } ssr=ssr.clone()/>
                <Route path=path!("/agent/interpretation") view=PanelPage ssr=ssr.clone()/>
                <Route path=path!("/agent/interpretation/interpretes") view=InterpretersPage ssr=ssr.clone()/>
                <Route path=path!("/agent/interpretation/phrases") view=LocalPhrasesPage ssr=ssr.clone()/>
                <Route path=path!("/agent/pilotage") view=|| view! { <StaffSectionPage section=StaffSection::Quality/> } ssr=ssr.clone()/>
                <Route path=path!("/agent/admin") view=|| view! { <StaffSectionPage section=StaffSection::Admin/> } ssr=ssr/>
            </Routes>
        </Router>
    }
}
