//! Page load: `N` connections fetch the given pages in turn for a while, then the
//! throughput and latency percentiles are printed, and checked against a budget.
//!
//!     cargo run --release -p guichet-load -- \
//!         --base http://127.0.0.1:3200 --connections 64 --seconds 10 \
//!         --min-rps 1000 --max-p99-ms 50 /rendez-vous "/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville"
//!
//! `--discover weeks|motifs` replaces the paths by those a resident goes through, found
//! from `/rendez-vous`: every motif × site's week of free times and the weeks after it
//! (`weeks`), or the motif list and its searches (`motifs`). `--languages fr,ar` sends
//! each request in the next language of the list (`Accept-Language`). Against a server
//! with `GUICHET_PAGE_CACHE=off`, that is what a cache miss costs.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

struct Args {
    base: String,
    connections: usize,
    seconds: u64,
    min_rps: Option<f64>,
    max_p99_ms: Option<f64>,
    max_p50_ms: Option<f64>,
    discover: Option<String>,
    languages: Vec<String>,
    label: String,
    paths: Vec<String>,
}

fn args(mut it: impl Iterator<Item = String>) -> Args {
    let mut a = Args {
        base: "http://127.0.0.1:3000".into(),
        connections: 64,
        seconds: 10,
        min_rps: None,
        max_p99_ms: None,
        max_p50_ms: None,
        discover: None,
        languages: Vec::new(),
        label: String::new(),
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
            "--max-p50-ms" => a.max_p50_ms = Some(value().parse().expect("a number")),
            "--discover" => a.discover = Some(value()),
            "--languages" => a.languages = value().split(',').map(str::to_owned).collect(),
            "--label" => a.label = value(),
            path => a.paths.push(path.to_owned()),
        }
    }
    if a.paths.is_empty() && a.discover.is_none() {
        a.paths.push("/".into());
    }
    a
}

/// The hrefs of `path`'s page that start with `prefix`, decoded, without duplicates.
async fn links(client: &reqwest::Client, base: &str, path: &str, prefix: &str) -> Vec<String> {
    let page = client
        .get(format!("{base}{path}"))
        .send()
        .await
        .expect("the server answers")
        .text()
        .await
        .unwrap_or_default();
    let mut found: Vec<String> = Vec::new();
    for href in crate::html::attr_values(&page, "href") {
        let href = crate::html::decode(&href);
        if href.starts_with(prefix) && !found.contains(&href) {
            found.push(href);
        }
    }
    found
}

/// The pages a resident goes through (see the module's comment).
async fn discover(client: &reqwest::Client, base: &str, what: &str) -> Vec<String> {
    let motifs = links(client, base, "/rendez-vous", "/rendez-vous?motif=").await;
    assert!(!motifs.is_empty(), "no motif on {base}/rendez-vous");
    if what == "motifs" {
        // The list, and searches residents type (each its own page).
        let mut paths = vec!["/rendez-vous".to_owned()];
        for q in [
            "carte",
            "acte",
            "passeport",
            "mariage",
            "urbanisme",
            "inscription",
        ] {
            paths.push(format!("/rendez-vous?q={q}"));
        }
        return paths;
    }
    let mut paths = Vec::new();
    for motif in &motifs {
        for site in links(client, base, motif, &format!("{motif}&lieu=")).await {
            // The site's first page, then the weeks its "next week" links lead to.
            let mut week = site.clone();
            paths.push(site.clone());
            for _ in 0..5 {
                let next = links(client, base, &week, &format!("{site}&semaine="))
                    .await
                    .into_iter()
                    .filter(|w| !paths.contains(w))
                    .max();
                match next {
                    Some(next) => {
                        paths.push(next.clone());
                        week = next;
                    }
                    None => break,
                }
            }
        }
    }
    assert!(!paths.is_empty(), "no site's week found on {base}");
    paths
}

/// Runs the load; the process's exit code.
pub async fn run(it: impl Iterator<Item = String>) -> i32 {
    let mut args = args(it);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.connections)
        .build()
        .unwrap();
    if let Some(what) = &args.discover {
        args.paths = discover(&client, &args.base, what).await;
    }
    let languages: Arc<Vec<String>> = Arc::new(match args.languages.is_empty() {
        true => vec!["fr".to_owned()],
        false => args.languages.clone(),
    });
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
            let (client, urls, stop, errors, languages) = (
                client.clone(),
                urls.clone(),
                stop.clone(),
                errors.clone(),
                languages.clone(),
            );
            tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(20_000);
                let mut n = i;
                while !stop.load(Ordering::Relaxed) {
                    let url = &urls[n % urls.len()];
                    let language = &languages[(n / urls.len()) % languages.len()];
                    n += 1;
                    let t = Instant::now();
                    let request = client.get(url).header("accept-language", language.as_str());
                    match request.send().await {
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
    let label = match args.label.is_empty() {
        true => String::new(),
        false => format!("{}: ", args.label),
    };
    println!(
        "{label}{} requests of {} pages in {elapsed:.1} s over {} connections ({}): {rps:.0} requests/s, p50 {p50:.2} ms, p99 {p99:.1} ms, max {:.1} ms, {errors} errors",
        all.len(),
        urls.len(),
        args.connections,
        languages.join(", "),
        all[all.len() - 1] as f64 / 1000.0
    );
    let mut ok = errors == 0;
    if let Some(min) = args.min_rps
        && rps < min
    {
        println!("FAILED: {rps:.0} requests/s is under the budget of {min}");
        ok = false;
    }
    if let Some(max) = args.max_p50_ms
        && p50 > max
    {
        println!("FAILED: p50 {p50:.2} ms is over the budget of {max} ms");
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
