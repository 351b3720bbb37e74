use app::booking::links::Links;
use app::booking::policy::LivePolicy;
use app::booking::settings::model::Rules;
use app::state::StaffConfig;
use server::config::{Config, load_or_create_secret};
use server::services::Services;
use server::{commands, db, demo, web};
use std::sync::Arc;

/// Starts the server, or runs a one-off command; errors are printed plainly for the
/// person at the terminal.
async fn run() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| format!("configuration: {e}"))?;
    init_tracing(&config.log);
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pepper = load_or_create_secret(&config.secret_key_file)
        .map_err(|e| format!("secret key {}: {e}", config.secret_key_file.display()))?;
    let db = db::connect_and_migrate(&config.database_url)
        .await
        .map_err(|e| format!("database {}: {e}", redact(&config.database_url)))?;

    match args.first().map(String::as_str) {
        Some("enrol-workstation") => {
            let name = args.get(1).map(String::as_str).unwrap_or("Poste d'accueil");
            let (_, code) = app::staff::store::create_enrolment(
                &db,
                name,
                app::staff::store::WORKSTATION,
                None,
                None,
                chrono::Utc::now(),
            )
            .await
            .map_err(|e| format!("enrolment: {e}"))?;
            println!("{code}");
            return Ok(());
        }
        Some("create-admin") => {
            let name = args.get(1).map(String::as_str);
            println!("{}", commands::create_admin(&db, &pepper, name).await?);
            return Ok(());
        }
        // A kiosk or waiting-room screen of a site: `guichet enrol-device kiosk|screen
        // <site-slug> "<name>"` prints the one-time code to type on the device's page.
        Some("enrol-device") => {
            use app::staff::devices::DeviceKind;
            let kind = args
                .get(1)
                .and_then(|k| DeviceKind::parse(k).or_else(|| DeviceKind::from_slug(k)))
                .filter(|k| k.has_site())
                .ok_or("enrol-device: the kind is kiosk or screen")?;
            let site = args.get(2).ok_or("enrol-device: which site (its slug)?")?;
            let name = args
                .get(3)
                .cloned()
                .unwrap_or_else(|| format!("{} {site}", kind.as_str()));
            let new = app::staff::model::NewDevice {
                name,
                kind,
                site: Some(site.clone()),
            };
            let (_, code) = app::staff::store::create_device(&db, &new, None, chrono::Utc::now())
                .await
                .map_err(|e| format!("enrolment: {e}"))?
                .ok_or_else(|| format!("enrol-device: no site '{site}'"))?;
            println!("{code}");
            return Ok(());
        }
        // `guichet backup <file>`: a consistent copy of the SQLite database, server running.
        Some("backup") => {
            let to = args.get(1).ok_or("backup: to which new file?")?;
            let done = server::backup::sqlite_backup(&db, std::path::Path::new(to)).await?;
            println!("{} ({} bytes, checked)", done.path.display(), done.bytes);
            return Ok(());
        }
        // `guichet retention`: anonymises now what is past its period (after a town
        // shortened one), and says how many rows of each kind.
        Some("retention") => {
            let done = app::retention::store::run(&db, &config.retention, chrono::Utc::now())
                .await
                .map_err(|e| format!("retention: {e}"))?;
            println!(
                "anonymised: {}",
                match done.summary() {
                    s if s.is_empty() => "nothing".to_owned(),
                    s => s,
                }
            );
            return Ok(());
        }
        Some(other) if other != "serve" => {
            return Err(format!(
                "unknown command '{other}'. Use: {}",
                commands::USAGE
            ));
        }
        _ => {}
    }

    if config.demo_data {
        let report = demo::load_days(&db, &pepper, config.demo_days)
            .await
            .map_err(|e| format!("demo data: {e}"))?;
        println!("{report}");
    }
    if let Some(hint) = commands::first_start_hint(&db).await? {
        println!("{hint}");
    }
    let pepper: Arc<[u8]> = Arc::from(pepper);
    let stop = tokio_util::sync::CancellationToken::new();
    // The environment gives the defaults; what administrators saved wins from the start.
    let booking = LivePolicy::new(
        Links::new(pepper.clone(), &config.public_url),
        Rules {
            cancel_deadline_hours: config.cancel_deadline_hours,
            waitlist_hold_minutes: config.waitlist_hold_minutes,
            reminder_days: config.reminder_days_before,
            morning_reminder: config.morning_reminder,
        },
    );
    app::booking::settings::store::refresh(&db, &booking)
        .await
        .map_err(|e| format!("booking settings: {e}"))?;
    let staff = StaffConfig {
        pin_pepper: pepper,
        inactivity: config.inactivity,
        secure_cookies: config.secure_cookies(),
    };
    config.sms_countries.clone().install();
    let limits = match config.rate_limits {
        true => app::limits::RateLimits::standard(),
        false => {
            tracing::warn!("GUICHET_RATE_LIMITS=off: anonymous forms are not limited");
            app::limits::RateLimits::off()
        }
    };
    let services = Services::start(db, staff, &config.public_url, booking, stop.clone())
        .with_limits(limits, config.trusted_proxies.clone())
        .with_page_cache(config.page_cache);
    if !config.page_cache {
        tracing::warn!("GUICHET_PAGE_CACHE=off: every public page is rendered afresh");
    }
    web::serve(&config, services, stop)
        .await
        .map_err(|e| format!("server: {e}"))
}

fn init_tracing(filter: &str) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .init();
}

/// Database URLs may hold a password: never print it.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://…{}", &url[..s], &url[at..]),
        _ => url.to_owned(),
    }
}

#[tokio::main]
async fn main() {
    if let Err(message) = run().await {
        eprintln!("guichet: {message}");
        std::process::exit(1);
    }
}
