//! Page load: `N` connections fetch the given pages in turn for a while, then the
//! throughput and latency percentiles are printed, and checked against a budget.
//!
//!     cargo run --release -p guichet-load -- \
//!         --base http://127.0.0.1:3200 --connections 64 --seconds 10 \
//!         --min-rps 1000 --max-p99-ms 50 /rendez-vous "/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville"

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

struct Args {
    base: String,
    connections: usize,
    seconds: u64,
    min_rps: Option<f64>,
    max_p99_ms: Option<f64>,
    paths: Vec<String>,
}

fn args(mut it: impl Iterator<Item = String>) -> Args {
    let mut a = Args {
        base: "http://127.0.0.1:3000".into(),
        connections: 64,
        seconds: 10,
        min_rps: None,
        max_p99_ms: None,
        paths: Vec::new(),
    };
    while let Some(arg) = it.next() {
        let mut value = || it.next().expect("a value after the flag");
        match arg.as_str() {
            "--base" => a.base = value(),
            "--connections" => a.connections = value().parse().expect("a number"),
            "--seconds" => a.seconds = value().parse().expect("a number"),
            "--min-rps" => a.min_rps = Some(value().parse().expect("a number")),
            "--max-p99-ms" => a.max_p99_ms = Some(value().parse().expect("a number")),
            path => a.paths.push(path.to_owned()),
        }
    }
    if a.paths.is_empty() {
        a.paths.push("/".into());
    }
    a
}

/// Runs the load; the process's exit code.
pub async fn run(it: impl Iterator<Item = String>) -> i32 {
    let args = args(it);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.connections)
        .build()
        .unwrap();
    let urls: Arc<Vec<String>> = Arc::new(
        args.paths
            .iter()
            .map(|p| format!("{}{p}", args.base))
            .collect(),
    );
    // One warm-up round so that caches and connections exist before measuring.
    for url in urls.iter() {
        let r = client.get(url).send().await.expect("the server answers");
        assert!(r.status().is_success(), "{url}: {}", r.status());
        let _ = r.bytes().await;
    }
    let stop = Arc::new(AtomicBool::new(false));
    let errors = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..args.connections)
        .map(|i| {
            let (client, urls, stop, errors) =
                (client.clone(), urls.clone(), stop.clone(), errors.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(20_000);
                let mut n = i;
                while !stop.load(Ordering::Relaxed) {
                    let url = &urls[n % urls.len()];
                    n += 1;
                    let t = Instant::now();
                    match client.get(url).send().await {
                        Ok(r) if r.status().is_success() => {
                            if r.bytes().await.is_err() {
                                errors.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        _ => {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    latencies.push(t.elapsed().as_micros() as u64);
                }
                latencies
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(args.seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut all = Vec::new();
    for w in workers {
        all.extend(w.await.unwrap());
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort_unstable();
    let pct = |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)] as f64 / 1000.0;
    let rps = all.len() as f64 / elapsed;
    let (p50, p99) = (pct(0.50), pct(0.99));
    let errors = errors.load(Ordering::Relaxed);
    println!(
        "{} requests in {elapsed:.1} s over {} connections: {rps:.0} requests/s, p50 {p50:.1} ms, p99 {p99:.1} ms, max {:.1} ms, {errors} errors",
        all.len(),
        args.connections,
        all[all.len() - 1] as f64 / 1000.0
    );
    let mut ok = errors == 0;
    if let Some(min) = args.min_rps
        && rps < min
    {
        println!("FAILED: {rps:.0} requests/s is under the budget of {min}");
        ok = false;
    }
    if let Some(max) = args.max_p99_ms
        && p99 > max
    {
        println!("FAILED: p99 {p99:.1} ms is over the budget of {max} ms");
        ok = false;
    }
    i32::from(!ok)
}
