//! The HTML shell and the router: the one place that lists every page.

use crate::booking::agenda::views::{AgendaPage, DeskBookingPage};
use crate::components::NotFound;
use crate::components::assets::{AppScripts, AppStylesheet, Assets};
use crate::components::server_rendered::this_page_is_server_rendered;
use crate::i18n::{self, Locale};
use crate::interpretation::interpreters::views::InterpretersPage;
use crate::interpretation::local_phrases::views::LocalPhrasesPage;
use crate::interpretation::pairing::views::PairedScreenPage;
use crate::interpretation::panel::views::PanelPage;
use crate::queue::desk::views::DeskPage;
use crate::queue::visitors::views::{KioskPage, KioskTicketPage, ScreenPage};
#[cfg(feature = "ssr")]
use crate::staff::model::{AdminGroup, AdminLink};
use crate::staff::views::devices::EnrolPage;
use crate::staff::views::home::StaffHomePage;
use crate::staff::views::login::LoginPage;
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
    // The administration is served without the wasm: no scripts to hydrate it.
    let hydrated = !this_page_is_server_rendered();
    // The server provides the built files' hashed names; a router without them (tests)
    // names the plain files.
    let assets = use_context::<Assets>()
        .unwrap_or_else(|| Assets::pick(&options.site_pkg_dir, &options.output_name, &[]));
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AppStylesheet assets=assets.clone()/>
                {hydrated.then(|| view! {
                    <AutoReload options/>
                    <AppScripts assets/>
                })}
                <leptos_meta::MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The pages rendered by the server alone (the administration, requests and residents; see
/// `components::server_rendered`), so the browser's router names them but the wasm holds
/// none of their code.
macro_rules! server_rendered_pages {
    ($($page:ident from $($module:ident)::+;)*) => {
        #[cfg(feature = "ssr")]
        mod server_pages {
            $(pub use $($module)::+::$page;)*
        }
        #[cfg(not(feature = "ssr"))]
        mod server_pages {
            $(pub use crate::components::server_rendered::ServerRendered as $page;)*
        }
    };
}

server_rendered_pages! {
    HomePage from crate::home::views;
    BookingPage from crate::booking::wizard::views;
    AppointmentPage from crate::booking::manage::views;
    MovePage from crate::booking::manage::views;
    OfferPage from crate::booking::manage::views;
    TicketSitesPage from crate::queue::visitors::views;
    TakeTicketPage from crate::queue::visitors::views;
    TicketPage from crate::queue::visitors::views;
    AdminDevicesPage from crate::staff::views::devices;
    MessageJournalPage from crate::notifications::views;
    AdminSitesPage from crate::booking::admin::views;
    AdminMotifsPage from crate::booking::admin::views;
    AdminSchedulesPage from crate::booking::admin::views;
    AdminServicesPage from crate::booking::admin::services::views;
    AdminMotifImportPage from crate::booking::admin::import::views;
    QueueAdminPage from crate::queue::settings::views;
    BookingSettingsPage from crate::booking::settings::views;
    MessageTemplatesPage from crate::notifications::views::templates;
    AgentsPage from crate::agents::views::list;
    ImportAgentsPage from crate::agents::views::import;
    AgentPage from crate::agents::views::edit;
    RequestsPage from crate::requests::views;
    RequestPage from crate::requests::views;
    AcknowledgementPage from crate::requests::views;
    ReplyLetterPage from crate::requests::views;
    LetterPage from crate::requests::views;
    ReplyTemplatesPage from crate::requests::views;
    SubmitRequestPage from crate::requests::views;
    FollowRequestPage from crate::requests::views;
    ResidentsPage from crate::residents::views;
    CampaignsPage from crate::campaigns::views;
    CampaignPage from crate::campaigns::views;
    CallPage from crate::campaigns::views;
    SheetsPage from crate::procedures::views;
    SheetPage from crate::procedures::views;
    PrintSheetPage from crate::procedures::views;
    StaffSheetsPage from crate::procedures::views;
    StaffSheetPage from crate::procedures::views;
    SheetEditorPage from crate::procedures::views;
    PilotagePage from crate::quality::views;
    PilotagePrintPage from crate::quality::views;
    ResultsPage from crate::quality::views;
    StatisticsPage from crate::quality::views;
    SurveyPage from crate::surveys::views;
    SurveyCampaignsPage from crate::surveys::views;
}
use server_pages::*;

/// `/agent/admin`
#[cfg(feature = "ssr")]
#[component]
fn AdminIndex() -> impl IntoView {
    use crate::staff::views::admin::AdminIndexPage;
    view! { <AdminIndexPage pages=ADMIN_PAGES/> }
}
#[cfg(not(feature = "ssr"))]
use crate::components::server_rendered::ServerRendered as AdminIndex;

/// The administration's index, in the order a new town sets itself up.
#[cfg(feature = "ssr")]
const ADMIN_PAGES: &[AdminLink] = &[
    AdminLink {
        group: AdminGroup::Town,
        path: crate::booking::admin::model::SITES_PAGE,
        title: "admin-sites-title",
        summary: "admin-index-sites",
    },
    AdminLink {
        group: AdminGroup::Town,
        path: crate::booking::admin::model::MOTIFS_PAGE,
        title: "admin-motifs-title",
        summary: "admin-index-motifs",
    },
    AdminLink {
        group: AdminGroup::Town,
        path: crate::booking::admin::services::model::SERVICES_PAGE,
        title: "town-services-title",
        summary: "town-index-services",
    },
    AdminLink {
        group: AdminGroup::Town,
        path: crate::booking::admin::import::model::IMPORT_PAGE,
        title: "town-import-title",
        summary: "town-index-import",
    },
    AdminLink {
        group: AdminGroup::People,
        path: crate::agents::model::AGENTS_PAGE,
        title: "agents-title",
        summary: "admin-index-agents",
    },
    AdminLink {
        group: AdminGroup::People,
        path: crate::agents::model::IMPORT_PAGE,
        title: "agents-import-title",
        summary: "admin-index-agents-import",
    },
    AdminLink {
        group: AdminGroup::People,
        path: crate::booking::admin::model::SCHEDULES_PAGE,
        title: "admin-schedules-title",
        summary: "admin-index-schedules",
    },
    AdminLink {
        group: AdminGroup::Devices,
        path: crate::staff::model::DEVICES_PAGE,
        title: "devices-title",
        summary: "admin-index-devices",
    },
    AdminLink {
        group: AdminGroup::Messages,
        path: crate::notifications::model::TEMPLATES_PAGE,
        title: "templates-title",
        summary: "admin-index-templates",
    },
    AdminLink {
        group: AdminGroup::Messages,
        path: crate::notifications::model::JOURNAL_PAGE,
        title: "messages-title",
        summary: "admin-index-journal",
    },
    AdminLink {
        group: AdminGroup::Settings,
        path: crate::booking::settings::model::PAGE,
        title: "settings-title",
        summary: "admin-index-settings",
    },
    AdminLink {
        group: AdminGroup::Settings,
        path: crate::queue::settings::model::PAGE,
        title: "queue-admin-title",
        summary: "admin-index-queue",
    },
];

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale: Locale = i18n::provide_locale();
    // Pages must be complete without JavaScript: wait for their data before sending.
    let ssr = SsrMode::Async;
    view! {
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
                <Route path=path!("/suivi") view=FollowRequestPage ssr=ssr.clone()/>
                <Route path=path!("/demande") view=SubmitRequestPage ssr=ssr.clone()/>
                <Route path=path!("/demarches") view=SheetsPage ssr=ssr.clone()/>
                <Route path=path!("/demarches/:slug") view=SheetPage ssr=ssr.clone()/>
                <Route path=path!("/demarches/:slug/imprimer") view=PrintSheetPage ssr=ssr.clone()/>
                <Route path=path!("/statistiques") view=StatisticsPage ssr=ssr.clone()/>
                <Route path=path!("/avis/:token") view=SurveyPage ssr=ssr.clone()/>
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
                <Route path=path!("/agent/admin/reglages") view=BookingSettingsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/modeles") view=MessageTemplatesPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/agents") view=AgentsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/agents/import") view=ImportAgentsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin/agents/:id") view=AgentPage ssr=ssr.clone()/>
                <Route path=path!("/agent/file") view=DeskPage ssr=ssr.clone()/>
                <Route path=path!("/agent/rendez-vous") view=AgendaPage ssr=ssr.clone()/>
                <Route path=path!("/agent/rendez-vous/nouveau") view=DeskBookingPage ssr=ssr.clone()/>
                <Route path=path!("/agent/demandes") view=RequestsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/courrier") view=LetterPage ssr=ssr.clone()/>
                <Route path=path!("/agent/modeles-reponse") view=ReplyTemplatesPage ssr=ssr.clone()/>
                <Route path=path!("/agent/demandes/:reference") view=RequestPage ssr=ssr.clone()/>
                <Route path=path!("/agent/demandes/:reference/accuse") view=AcknowledgementPage ssr=ssr.clone()/>
                <Route path=path!("/agent/demandes/:reference/courrier/:event") view=ReplyLetterPage ssr=ssr.clone()/>
                <Route path=path!("/agent/usagers") view=ResidentsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/usagers/campagnes") view=CampaignsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/usagers/campagnes/:id") view=CampaignPage ssr=ssr.clone()/>
                <Route path=path!("/agent/usagers/campagnes/:id/appel") view=CallPage ssr=ssr.clone()/>
                <Route path=path!("/agent/demarches") view=StaffSheetsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/demarches/:slug") view=StaffSheetPage ssr=ssr.clone()/>
                <Route path=path!("/agent/demarches/:slug/modifier") view=SheetEditorPage ssr=ssr.clone()/>
                <Route path=path!("/agent/interpretation") view=PanelPage ssr=ssr.clone()/>
                <Route path=path!("/agent/interpretation/interpretes") view=InterpretersPage ssr=ssr.clone()/>
                <Route path=path!("/agent/interpretation/phrases") view=LocalPhrasesPage ssr=ssr.clone()/>
                <Route path=path!("/agent/pilotage") view=PilotagePage ssr=ssr.clone()/>
                <Route path=path!("/agent/pilotage/imprimer") view=PilotagePrintPage ssr=ssr.clone()/>
                <Route path=path!("/agent/pilotage/resultats") view=ResultsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/pilotage/enquetes") view=SurveyCampaignsPage ssr=ssr.clone()/>
                <Route path=path!("/agent/admin") view=AdminIndex ssr=ssr/>
            </Routes>
        </Router>
    }
}
