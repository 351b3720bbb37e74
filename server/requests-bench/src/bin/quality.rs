//! Benchmark of the quality indicators (`/agent/pilotage`, issue 16) on SQLite and
//! PostgreSQL: `app::quality::store::pilotage`, everything the page computes for the last
//! 365 days of the demo town's two sites (the events read, the 17 indicators of the period
//! and of the year before, a bar per month, the breakdowns by site, service, channel and
//! agent, the masked comments), over a year of activity the demo generates
//! (`GUICHET_DEMO_DAYS=365`).
//!
//! Each database is migrated by the server's own migrations, the demo town loaded with a
//! year of activity, then the page's figures are computed 30 times one after the other
//! after a warm-up; the first answer is checked against counts read straight from the
//! tables. Exits non-zero when an answer is wrong or a p99 misses `budgets/quality.txt`.
//! Run by `scripts/quality-bench.sh`; PostgreSQL at `QUALITY_BENCH_POSTGRES`
//! (default `postgres://postgres@127.0.0.1:5432/postgres`), in a database of its own.

use app::i18n::Locale;
use app::quality::indicators::Indicator;
use app::quality::model::Filters;
use app::quality::store;
use app::store::entities::ticket;
use chrono::{Duration as Days, Utc};
use guichet_requests_bench::{ScratchDir, ms, p99_budget, percentile};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, Database, EntityTrait, PaginatorTrait,
    QueryFilter,
};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const WARM_UP: usize = 3;
const CALLS: usize = 30;
const DAYS: u32 = 365;

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1_000.0
}

/// Measures one database; the p99 in milliseconds.
async fn measure(label: &str, url: &str) -> Result<f64, String> {
    let db = server::db::connect_and_migrate(url)
        .await
        .map_err(|e| format!("migrating {label}: {e}"))?;
    let started = Instant::now();
    let report = server::demo::load_days(&db, b"quality benchmark pepper", DAYS)
        .await
        .map_err(|e| format!("loading the demo town on {label}: {e}"))?;
    let counts = report.loaded_now.ok_or("the demo town was already there")?;
    println!(
        "{label}: demo town with {DAYS} days loaded in {:.1} s ({} tickets, {} appointments, {} contacts, {} requests, {} surveys)",
        started.elapsed().as_secs_f64(),
        counts.tickets,
        counts.appointments,
        counts.contacts,
        counts.requests,
        counts.surveys
    );
    let now = Utc::now();
    let today = app::calendar::paris_today(now);
    let filters = Filters {
        du: (today - Days::days(364)).to_string(),
        au: today.to_string(),
        ..Filters::default()
    };
    let compute = || {
        let (db, filters) = (&db, filters.clone());
        async move {
            store::pilotage(db, filters, Locale::Fr, now)
                .await
                .map_err(|e| format!("computing on {label}: {e}"))
        }
    };
    // The first answer, checked against the tables themselves; on SQLite it also builds
    // the day snapshots (store::days), as the first view after loading a year would.
    let started = Instant::now();
    let view = compute().await?;
    println!(
        "{label}: first computation of the year {}",
        ms(started.elapsed())
    );
    let (from, to) = view.chosen.period.instants();
    let tickets = ticket::Entity::find()
        .filter(ticket::Column::ArrivalAt.gte(from))
        .filter(ticket::Column::ArrivalAt.lt(to))
        .count(&db)
        .await
        .map_err(|e| e.to_string())?;
    let visitors = view.current.get(Indicator::Visitors).value.unwrap_or(0.0) as u64;
    if visitors < tickets || tickets < 10_000 {
        return Err(format!(
            "{label}: {visitors} visitors shown for {tickets} tickets in the year"
        ));
    }
    if view.series.len() < 12 || view.current.get(Indicator::Satisfaction).value.is_none() {
        return Err(format!(
            "{label}: the year's page lacks its months or its satisfaction"
        ));
    }
    for _ in 0..WARM_UP {
        compute().await?;
    }
    // Where the time goes: reading the events (both years) apart from the whole.
    let (before, _) = view.chosen.previous.instants();
    let started = Instant::now();
    let events = store::events(&db, before, to)
        .await
        .map_err(|e| e.to_string())?;
    let read = started.elapsed();
    let started = Instant::now();
    let slice = app::quality::indicators::Slice::default();
    let _ = app::quality::indicators::compute(&events, from, to, &slice);
    println!(
        "{label}: reading the events of two years {}, one computation of the year {}",
        ms(read),
        ms(started.elapsed())
    );
    // As during opening hours, today's rows change between two views: each computation
    // reads today from the tables again (a ticket of today touched, outside the timing).
    let today_ticket = ticket::Entity::find()
        .filter(ticket::Column::ArrivalAt.gte(app::quality::period::day_start(today)))
        .one(&db)
        .await
        .map_err(|e| e.to_string())?;
    let mut times = Vec::with_capacity(CALLS);
    for _ in 0..CALLS {
        if let Some(t) = &today_ticket {
            let touched: ticket::ActiveModel = t.clone().into();
            touched
                .reset_all()
                .update(&db)
                .await
                .map_err(|e| format!("touching today's ticket on {label}: {e}"))?;
        }
        let started = Instant::now();
        compute().await?;
        times.push(started.elapsed());
    }
    times.sort();
    let (p50, p99, max) = (
        percentile(&times, 0.50),
        percentile(&times, 0.99),
        times[times.len() - 1],
    );
    println!(
        "{label}: a year of indicators for {visitors} visitors, {CALLS} computations: p50 {}, p99 {}, max {}",
        ms(p50),
        ms(p99),
        ms(max)
    );
    Ok(millis(p99))
}

async fn run() -> Result<(), String> {
    let max_p99 = p99_budget("quality.txt")?;
    let dir = ScratchDir::new("guichet-quality-bench")?;
    let sqlite = measure("SQLite", &dir.sqlite_url("quality.db")).await?;

    let admin_url = std::env::var("QUALITY_BENCH_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let name = format!("guichet_quality_bench_{}", std::process::id());
    let admin = Database::connect(&admin_url)
        .await
        .map_err(|e| format!("PostgreSQL at {admin_url}: {e}"))?;
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .map_err(|e| format!("creating {name}: {e}"))?;
    let base = admin_url
        .rsplit_once('/')
        .map_or(admin_url.as_str(), |(b, _)| b);
    let postgres = measure("PostgreSQL", &format!("{base}/{name}")).await;
    let _ = admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .await;
    let over: Vec<String> = [("SQLite", sqlite), ("PostgreSQL", postgres?)]
        .into_iter()
        .filter(|(_, p99)| *p99 > max_p99)
        .map(|(label, p99)| format!("{label} p99 {p99:.1} ms"))
        .collect();
    if !over.is_empty() {
        return Err(format!(
            "{} over the budget of {max_p99} ms (budgets/quality.txt): the indicators must \
             get faster, not the budget larger",
            over.join(", ")
        ));
    }
    println!("p99 within the budget of {max_p99} ms on both databases (budgets/quality.txt)");
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quality benchmark failed: {e}");
            ExitCode::FAILURE
        }
    }
}
