//! Where the features meet. Each feature keeps its own state (the booking rules, the
//! queue's live boards, the language panel's hub); this file starts them, provides them to
//! pages and server functions, and fills the hooks through which one feature reacts to
//! another (`app::hooks`), so that no feature imports another.

use app::booking::policy::LivePolicy;
use app::hooks::Hooks;
use app::interpretation::live::hub::Hub;
use app::limits::RateLimits;
use app::limits::streams::StreamCaps;
use app::procedures::store::Catalogues;
use app::queue::live::Live;
use app::state::{AppState, PublicUrl, StaffConfig};
use leptos::prelude::provide_context;
use sea_orm::{DatabaseConnection, DbErr};
use std::net::IpAddr;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// Everything the running server holds for its requests.
#[derive(Clone)]
pub struct Services {
    pub app: AppState,
    /// The booking rules in force, changed by administrators at run time.
    pub booking: LivePolicy,
    pub queue: Live,
    pub panel: Hub,
    /// The procedure sheets residents read, and their search index.
    pub sheets: Catalogues,
    /// What one client may ask of the anonymous forms in a while.
    pub limits: RateLimits,
    /// How many live streams may be open, in all and per client.
    pub stream_caps: StreamCaps,
    /// The town's reverse proxies, whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<[IpAddr]>,
    /// Whether public pages are served from the short-lived page cache.
    pub page_cache: bool,
}

impl Services {
    /// Starts the live hubs (they end with `stop`) and wires the features together.
    pub fn start(
        db: DatabaseConnection,
        staff: StaffConfig,
        public_url: &str,
        booking: impl Into<LivePolicy>,
        stop: CancellationToken,
    ) -> Services {
        let queue = Live::start(db.clone(), stop.clone());
        let panel = Hub::start(db.clone(), stop);
        let hooks = hooks(&db, &queue, &panel);
        Services {
            app: AppState {
                db,
                staff,
                public_url: PublicUrl::new(public_url),
                hooks,
            },
            booking: booking.into(),
            queue,
            panel,
            sheets: Catalogues::default(),
            limits: RateLimits::standard(),
            stream_caps: StreamCaps::standard(),
            trusted_proxies: Arc::new([
                IpAddr::from([127, 0, 0, 1]),
                IpAddr::from(std::net::Ipv6Addr::LOCALHOST),
            ]),
            page_cache: true,
        }
    }

    /// Without the page cache (`GUICHET_PAGE_CACHE=off`).
    pub fn with_page_cache(mut self, on: bool) -> Services {
        self.page_cache = on;
        self
    }

    /// Other caps on live streams than the standard ones (tests).
    pub fn with_stream_caps(mut self, caps: StreamCaps) -> Services {
        self.stream_caps = caps;
        self
    }

    /// Other limits and proxies than the standard ones (from the configuration).
    pub fn with_limits(mut self, limits: RateLimits, trusted_proxies: Vec<IpAddr>) -> Services {
        self.limits = limits;
        self.trusted_proxies = trusted_proxies.into();
        self
    }

    /// Puts every state in the Leptos context of the request being handled.
    pub fn provide(&self) {
        provide_context(self.app.clone());
        provide_context(self.booking.clone());
        provide_context(self.queue.clone());
        provide_context(self.panel.clone());
        provide_context(self.sheets.clone());
        provide_context(self.limits.clone());
    }
}

fn hooks(db: &DatabaseConnection, queue: &Live, panel: &Hub) -> Hooks {
    let mut hooks = Hooks::default();
    // A resident checked in at the agenda joins the queue, in the check-in's transaction.
    hooks.on_appointment_arrived(|txn, appointment, now| {
        Box::pin(async move {
            app::queue::store::enter_appointment(txn, appointment, now)
                .await
                .map(|_| ())
                .map_err(|e| match e {
                    app::queue::store::QueueError::Db(e) => e,
                    other => DbErr::Custom(other.to_string()),
                })
        })
    });
    // A desk visit closed as needing a follow-up opens a request, in the same transaction.
    hooks.on_visit_needs_follow_up(|txn, visit, now| {
        Box::pin(app::requests::store::open_from_desk(txn, visit, now))
    });
    // Every staff page tells the owner of a request its deadline is close or past, and a
    // supervisor what is late in their services.
    hooks.on_staff_alerts(|db, to, now| {
        Box::pin(app::requests::store::alerts::staff_alerts(db, to, now))
    });
    // A procedure sheet says where to go: the sites that serve its motif.
    hooks.on_sites_of_motif(|db, motif| Box::pin(app::booking::store::sites_of_motif(db, motif)));
    // The kiosk and the ticket page invite residents to answer while a survey campaign runs.
    hooks.on_survey_open(|db, now| Box::pin(app::surveys::store::is_open(db, now)));
    let live = queue.clone();
    hooks.on_site_queue_changed(move |site_id| live.changed(site_id));
    // A counsellor who closes the visit or hands the workstation over ends their paired
    // resident screen.
    let (db, hub) = (db.clone(), panel.clone());
    hooks.on_agent_leaves(move |agent_id| {
        let (db, hub) = (db.clone(), hub.clone());
        Box::pin(async move {
            use app::interpretation::store::InterpretationError;
            app::interpretation::pairing::store::end_for_agent(&db, &hub, agent_id)
                .await
                .map_err(|e| match e {
                    InterpretationError::Db(e) => e,
                    other => DbErr::Custom(other.to_string()),
                })
        })
    });
    hooks
}
