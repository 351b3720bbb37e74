//! The HTTP application: Leptos pages and server functions, health probes, and the layers
//! every request goes through (request id, tracing, compression, time limit, cross-site
//! refusal, language negotiation, staff guard, how long browsers keep static files,
//! security headers).

mod asset_cache;
mod calendar;
mod guards;
mod health;
mod interpretation;
mod live;
mod page_cache;
mod quality_exports;
mod rate_limits;
mod request_files;
mod resident_exports;
mod security_headers;

use crate::config::Config;
use crate::services::Services;
use app::app::{App, shell};
use axum::extract::{DefaultBodyLimit, Multipart, Path};
use axum::routing::{get, post};
use axum::{Router, middleware};
use http::StatusCode;
use leptos::config::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub fn leptos_options(site_root: &str, config_bind: std::net::SocketAddr) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("guichet")
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .site_addr(config_bind)
        .build()
}

/// The whole application, ready for `axum::serve` or for `oneshot` in tests.
pub fn router(state: Services, options: LeptosOptions) -> Router {
    let routes = generate_route_list(App);
    let page_state = state.clone();
    let fallback_state = state.clone();
    let shell_options = options.clone();
    // The built files' names, with their content's hash, for every page's shell.
    let assets = app::components::assets::Assets::find(
        &options.site_root,
        &options.site_pkg_dir,
        &options.output_name,
    );
    let page_assets = assets.clone();
    let stylesheet = assets.css.clone();
    let fallback = leptos_axum::file_and_error_handler_with_context::<LeptosOptions, _>(
        move || {
            fallback_state.provide();
            provide_page_context(assets.clone());
        },
        shell,
    );
    let ready_db = state.app.db.clone();
    let activity_state = state.app.clone();
    let ics_state = state.clone();
    // Who a request comes from, for the limits on forms and on live streams.
    let proxies = rate_limits::TrustedProxies::new(state.trusted_proxies.to_vec());
    // Live streams stay open for hours: outside the time limit and the page layers.
    let live_routes = Router::new()
        .route(
            &app::queue::model::live_path("{site}"),
            get(live::site_stream),
        )
        .route(
            &app::queue::visitors::model::screen_stream_path("{site}"),
            get(live::screen_stream),
        )
        .route(
            &app::interpretation::pairing::model::screen_stream("{code}"),
            get(interpretation::screen_stream),
        )
        .route(
            app::interpretation::pairing::model::AGENT_STREAM,
            get(interpretation::agent_stream),
        )
        .route(
            app::interpretation::interpreters::model::STREAM,
            get(interpretation::requests_stream),
        )
        .with_state(state.clone())
        .layer(middleware::from_fn_with_state(
            state.stream_caps.clone(),
            rate_limits::cap_streams,
        ))
        .layer(middleware::from_fn_with_state(
            proxies.clone(),
            rate_limits::resolve_client,
        ));
    // The files of requests: multipart forms with a scan, and downloads.
    let (letter_state, file_state, download_state) = (state.clone(), state.clone(), state.clone());
    let file_routes = Router::new()
        .route(
            app::requests::model::LETTER_POST_PATH,
            post(move |headers: http::HeaderMap, form: Multipart| {
                request_files::register_letter(letter_state.clone(), headers, form)
            }),
        )
        .route(
            &request_files::add_file_route(),
            post(
                move |Path(reference): Path<String>, headers: http::HeaderMap, form: Multipart| {
                    request_files::add_file(file_state.clone(), reference, headers, form)
                },
            ),
        )
        .route(
            &request_files::download_route(),
            get(
                move |Path(at): Path<(String, i32)>, headers: http::HeaderMap| {
                    request_files::download(download_state.clone(), at, headers)
                },
            ),
        )
        .layer(DefaultBodyLimit::max(request_files::BODY_LIMIT));
    let export_state = state.clone();
    let export_route = get(
        move |headers: http::HeaderMap,
              locale: Option<axum::Extension<app::i18n::Locale>>,
              query| {
            quality_exports::export(export_state.clone(), headers, locale, query)
        },
    );
    let residents_state = state.clone();
    let residents_export = get(
        move |headers: http::HeaderMap,
              locale: Option<axum::Extension<app::i18n::Locale>>,
              query| {
            resident_exports::export(residents_state.clone(), headers, locale, query)
        },
    );
    let x_request_id = http::HeaderName::from_static("x-request-id");
    let site_origin = guards::SiteOrigin::new(&state.app.public_url);
    let limits = state.limits.clone();
    let transport = security_headers::Transport {
        https: state.app.public_url.is_https(),
    };
    Router::new()
        .route("/healthz", get(health::alive))
        .route("/readyz", get(move || health::ready(ready_db.clone())))
        .route(
            app::staff::model::ACTIVITY_PATH,
            post(move |headers: http::HeaderMap| {
                guards::note_activity(activity_state.clone(), headers)
            }),
        )
        .route(
            "/rendez-vous/{token}/rendez-vous.ics",
            get(move |Path(token): Path<String>| {
                calendar::appointment_ics(ics_state.clone(), token)
            }),
        )
        .merge(file_routes)
        .route(app::quality::model::EXPORT_PATH, export_route)
        .route(app::residents::model::EXPORT_PATH, residents_export)
        .leptos_routes_with_context(
            &options,
            routes,
            move || {
                page_state.provide();
                provide_page_context(page_assets.clone());
            },
            move || shell(shell_options.clone()),
        )
        .fallback(fallback)
        .with_state(options)
        .layer(middleware::from_fn_with_state(state.app, guards::staff_guard))
        // Inside the page cache: a cached page keeps the policy naming its own nonces.
        .layer(middleware::from_fn(security_headers::page_nonce))
        .layer(middleware::from_fn_with_state(
            page_cache::PageCache::new(state.page_cache),
            page_cache::page_cache,
        ))
        .layer(middleware::from_fn_with_state(
            rate_limits::FormLimits {
                limits,
                stylesheet: stylesheet.into(),
            },
            rate_limits::limit_anonymous_forms,
        ))
        .layer(middleware::from_fn(guards::refuse_nul_characters))
        .layer(middleware::from_fn(guards::negotiate_locale))
        .layer(middleware::from_fn_with_state(
            proxies,
            rate_limits::resolve_client,
        ))
        .layer(middleware::from_fn_with_state(
            site_origin,
            guards::refuse_cross_site_writes,
        ))
        .layer(middleware::from_fn(asset_cache::cache_static_files))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &http::Request<_>| {
            let id = req
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), id = %id)
        }))
        .layer(PropagateRequestIdLayer::new(x_request_id.clone()))
        .layer(SetRequestIdLayer::new(x_request_id, MakeRequestUuid))
        .merge(live_routes)
        .layer(middleware::from_fn_with_state(
            transport,
            security_headers::common_headers,
        ))
}

/// What a page's render needs beside the features' states: the built files' names and the
/// nonce its inline scripts carry.
fn provide_page_context(assets: app::components::assets::Assets) {
    use leptos::prelude::{provide_context, use_context};
    provide_context(assets);
    if let Some(nonce) =
        use_context::<http::request::Parts>().and_then(|p| security_headers::nonce_of(&p))
    {
        provide_context(nonce);
    }
}

/// Serves until Ctrl-C or SIGTERM, then ends the live streams, lets requests in flight
/// finish and stops the background workers. `stop` is the token the live hubs of `state`
/// were started with.
pub async fn serve(
    config: &Config,
    state: Services,
    stop: tokio_util::sync::CancellationToken,
) -> std::io::Result<()> {
    let options = leptos_options(&config.site_root, config.bind);
    let transports =
        crate::notifier::Transports::from_config(config).map_err(std::io::Error::other)?;
    let notifier = crate::notifier::spawn(state.app.db.clone(), transports, stop.clone());
    let housekeeping = crate::housekeeping::spawn(
        state.app.db.clone(),
        state.booking.clone(),
        Duration::from_secs(10),
        stop.clone(),
    );
    let retention = crate::housekeeping::spawn_retention(
        state.app.db.clone(),
        config.retention,
        crate::housekeeping::RETENTION_EVERY,
        stop.clone(),
    );
    let surveys = crate::survey_sender::spawn(
        state.app.db.clone(),
        state.app.public_url.clone(),
        config.survey_every,
        stop.clone(),
    );
    let mail_intake = match config.mail_intake {
        None => None,
        Some(addr) => {
            let listener = tokio::net::TcpListener::bind(addr).await?;
            tracing::info!(%addr, mailboxes = ?config.mail_intake_to, "mail intake listens");
            let intake = crate::mail_intake::Intake {
                db: state.app.db.clone(),
                public_url: state.app.public_url.clone(),
                mailboxes: config.mail_intake_to.clone().into(),
                host: state.app.public_url.host().to_owned(),
            };
            Some(tokio::spawn(crate::mail_intake::serve(
                listener,
                intake,
                stop.clone(),
            )))
        }
    };
    let app = router(state, options);
    let listener = tokio::net::TcpListener::bind(config.bind).await?;
    tracing::info!("Guichet listens on http://{}", config.bind);
    println!("Guichet: http://{}", config.bind);
    // Open streams would hold graceful shutdown forever: end them first.
    let stop_streams = stop.clone();
    // The peer's address, for the per-client limits (see `rate_limits`).
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            stop_streams.cancel();
        })
        .await;
    stop.cancel();
    let _ = notifier.await;
    let _ = housekeeping.await;
    let _ = retention.await;
    let _ = surveys.await;
    if let Some(intake) = mail_intake {
        let _ = intake.await;
    }
    served
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
