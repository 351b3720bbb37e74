//! `guichet-load pilotage`: how long the supervisors' `/agent/pilotage` takes to serve a
//! year of indicators (scripts/quality-bench.sh, budgets/quality.txt). Signs in as the demo
//! town's quality lead on an enrolled workstation, then asks for the page of the last 365
//! days one request at a time (each one computes every figure again: staff pages are never
//! cached) and reports the percentiles of the whole answer, body included.

use crate::html;
use crate::staff::{Browser, Result, agent_id};
use std::time::{Duration, Instant};

const SUPERVISOR: (&str, &str) = ("Nadia Rahimi", "7315");

struct Args {
    base: String,
    enrol_code: String,
    requests: usize,
    path: String,
    max_p99_ms: Option<f64>,
}

fn args(mut it: impl Iterator<Item = String>) -> Args {
    let mut a = Args {
        base: "http://127.0.0.1:3000".into(),
        enrol_code: String::new(),
        requests: 100,
        path: String::new(),
        max_p99_ms: None,
    };
    while let Some(arg) = it.next() {
        let mut value = || it.next().expect("a value after the flag");
        match arg.as_str() {
            "--base" => a.base = value(),
            "--enrol-code" => a.enrol_code = value(),
            "--requests" => a.requests = value().parse().expect("a number"),
            "--path" => a.path = value(),
            "--max-p99-ms" => a.max_p99_ms = Some(value().parse().expect("a number")),
            other => panic!("unknown argument {other}"),
        }
    }
    assert!(
        !a.enrol_code.is_empty() && !a.path.is_empty(),
        "--enrol-code and --path are needed"
    );
    a.base = a.base.trim_end_matches('/').to_owned();
    a
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted[rank - 1]
}

async fn bench(a: &Args) -> Result<bool> {
    let mut staff = Browser::new(&a.base);
    staff.enrol(&a.enrol_code).await?;
    let agents = staff.agents().await?;
    staff
        .sign_in(agent_id(&agents, SUPERVISOR.0)?, SUPERVISOR.1)
        .await?;
    // The first answers warm the connection and the database's caches.
    let first = staff.page(&a.path).await?;
    let text = html::text_of(&first);
    if !text.contains("Pilotage de la qualité") || !text.contains("Visiteurs") {
        return Err(format!("{} did not show the indicators", a.path));
    }
    for _ in 0..3 {
        staff.page(&a.path).await?;
    }
    let mut times = Vec::with_capacity(a.requests);
    for _ in 0..a.requests {
        let start = Instant::now();
        let body = staff.page(&a.path).await?;
        times.push(start.elapsed());
        if body.len() < 10_000 {
            return Err("a page came back too short to hold the indicators".into());
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let (p50, p99, max) = (
        ms(percentile(&times, 50)),
        ms(percentile(&times, 99)),
        ms(*times.last().unwrap_or(&Duration::ZERO)),
    );
    println!(
        "/agent/pilotage, a year of indicators: {} requests one at a time, {} bytes; \
         p50 {p50:.1} ms, p99 {p99:.1} ms, max {max:.1} ms",
        a.requests,
        first.len()
    );
    Ok(match a.max_p99_ms {
        Some(budget) if p99 > budget => {
            println!("FAILED: p99 {p99:.1} ms is over the budget of {budget} ms");
            false
        }
        Some(budget) => {
            println!("ok: p99 {p99:.1} ms within {budget} ms");
            true
        }
        None => true,
    })
}

/// Runs the benchmark; the process's exit code.
pub async fn run(it: impl Iterator<Item = String>) -> i32 {
    match bench(&args(it)).await {
        Ok(ok) => i32::from(!ok),
        Err(e) => {
            println!("FAILED: {e}");
            1
        }
    }
}
