//! `guichet-load screens`: how fast a call reaches every waiting-room screen. `N` screens
//! follow a site's screens' stream (`/direct/ecran/<site>`, one TCP connection each, all
//! with the token of the one screen device the benchmark enrols); for each
//! round a ticket is taken at the kiosk, the screens settle on the board with it, then a
//! counsellor presses "call next" at their desk. Latency is measured per screen, from just
//! before the call's POST to the arrival of the first event whose newest call (`calls[0]`)
//! that screen had not seen. A screen that does not get a call within 5 s misses it.
//!
//!     guichet-load screens --base http://127.0.0.1:3300 --site hotel-de-ville \
//!         --connections 1000 --calls 30 --enrol-code ABCD-EFGH --kiosk-code JKLM-NPQR \
//!         --screen-code STUV-WXYZ --max-p99-ms 200
//!
//! It works on the demo town: it signs in as its administrator to open the site all day
//! (00:00-23:59, so that tickets can be taken at any hour), then as a counsellor to call.
//! The codes come from `guichet enrol-workstation` and `guichet enrol-device kiosk|screen`:
//! tickets are taken from the site's enrolled kiosk, and streams opened by its screen.
//! On a public holiday the site stays closed: the benchmark says so and succeeds.

use crate::html;
use crate::sse;
use crate::staff::{Browser, Posted, Result, agent_id, pairs};
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{Semaphore, mpsc};

/// The demo town's agents (server/src/demo/town.rs).
const ADMIN: (&str, &str) = ("Julien Moreau", "9052");
const COUNSELLOR: (&str, &str) = ("Camille Martin", "2468");

/// A screen that has not seen the call this long after it was made has missed it.
const MISSED_AFTER: Duration = Duration::from_secs(5);
/// The screens have settled when no event came for this long.
const QUIET: Duration = Duration::from_millis(200);
/// How long the screens may take to settle after a ticket.
const SETTLE_LIMIT: Duration = Duration::from_secs(10);
/// Connections opened at once (the rest wait for a response's headers).
const OPENING: usize = 100;

struct Args {
    base: String,
    site: String,
    connections: usize,
    calls: usize,
    enrol_code: String,
    kiosk_code: String,
    screen_code: String,
    max_p99_ms: Option<f64>,
}

fn args(mut it: impl Iterator<Item = String>) -> Args {
    let mut a = Args {
        base: "http://127.0.0.1:3000".into(),
        site: "hotel-de-ville".into(),
        connections: 1000,
        calls: 30,
        enrol_code: String::new(),
        kiosk_code: String::new(),
        screen_code: String::new(),
        max_p99_ms: None,
    };
    while let Some(arg) = it.next() {
        let mut value = || it.next().expect("a value after the flag");
        match arg.as_str() {
            "--base" => a.base = value(),
            "--site" => a.site = value(),
            "--connections" => a.connections = value().parse().expect("a number"),
            "--calls" => a.calls = value().parse().expect("a number"),
            "--enrol-code" => a.enrol_code = value(),
            "--kiosk-code" => a.kiosk_code = value(),
            "--screen-code" => a.screen_code = value(),
            "--max-p99-ms" => a.max_p99_ms = Some(value().parse().expect("a number")),
            other => panic!("unknown argument {other}"),
        }
    }
    assert!(
        !a.enrol_code.is_empty(),
        "--enrol-code is needed (guichet enrol-workstation makes one)"
    );
    assert!(
        !a.kiosk_code.is_empty() && !a.screen_code.is_empty(),
        "--kiosk-code and --screen-code are needed (guichet enrol-device kiosk|screen <site> makes them)"
    );
    assert!(a.connections > 0 && a.calls > 0);
    a.base = a.base.trim_end_matches('/').to_owned();
    a
}

/// Runs the benchmark; the process's exit code.
pub async fn run(it: impl Iterator<Item = String>) -> i32 {
    let args = args(it);
    match bench(&args).await {
        Ok(Outcome::Measured(ok)) => i32::from(!ok),
        Ok(Outcome::Skipped(why)) => {
            println!("SKIPPED: {why}");
            0
        }
        Err(e) => {
            println!("FAILED: {e}");
            1
        }
    }
}

enum Outcome {
    /// Within the budget, or not.
    Measured(bool),
    Skipped(String),
}

async fn bench(args: &Args) -> Result<Outcome> {
    let site = &args.site;
    let mut staff = Browser::new(&args.base);
    staff.enrol(&args.enrol_code).await?;
    // The same browser is the site's kiosk too (a cookie per kind of device).
    staff.enrol_device("borne", site, &args.kiosk_code).await?;
    let mut screen = Browser::new(&args.base);
    screen
        .enrol_device("ecran", site, &args.screen_code)
        .await?;
    let screen_cookie = screen
        .cookie("guichet_afficheur")
        .ok_or("the screen's enrolment set no cookie")?;
    let agents = staff.agents().await?;
    staff.sign_in(agent_id(&agents, ADMIN.0)?, ADMIN.1).await?;
    open_all_day(&mut staff, site).await?;
    let motif = match kiosk_motif(&mut staff, site).await? {
        Kiosk::Open { motif } => motif,
        Kiosk::Holiday(why) => return Ok(Outcome::Skipped(why)),
    };
    staff
        .sign_in(agent_id(&agents, COUNSELLOR.0)?, COUNSELLOR.1)
        .await?;
    let desk = Desk::choose(&mut staff, site).await?;
    // The demo day may have left this counsellor with a visitor.
    desk.finish_current(&mut staff).await?;

    let opened = Instant::now();
    let mut screens = Screens::open(&args.base, site, &screen_cookie, args.connections);
    screens.all_ready().await?;
    println!(
        "{} screens connected in {:.1} s",
        args.connections,
        opened.elapsed().as_secs_f64()
    );

    let mut samples: Vec<Duration> = Vec::with_capacity(args.connections * args.calls);
    let mut posts: Vec<Duration> = Vec::with_capacity(args.calls);
    let mut missed = 0;
    for round in 1..=args.calls {
        take_ticket(&mut staff, site, motif).await?;
        screens.settle().await?;
        let t0 = Instant::now();
        desk.call_next(&mut staff).await?;
        let post = t0.elapsed();
        let got = screens.call_arrivals(t0).await?;
        let mut round_samples: Vec<Duration> = got.iter().flatten().copied().collect();
        let round_missed = got.len() - round_samples.len();
        round_samples.sort_unstable();
        println!(
            "call {round}/{}: p50 {:.1} ms, max {:.1} ms, {round_missed} missed; POST {:.1} ms",
            args.calls,
            ms(percentile(&round_samples, 0.50)),
            ms(round_samples.last().copied()),
            ms(Some(post)),
        );
        samples.extend(round_samples);
        posts.push(post);
        missed += round_missed;
        desk.finish_current(&mut staff).await?;
    }

    samples.sort_unstable();
    posts.sort_unstable();
    let p99 = ms(percentile(&samples, 0.99));
    println!(
        "{} connections, {} calls, {} samples: p50 {:.1} ms, p90 {:.1} ms, p99 {p99:.1} ms, max {:.1} ms, {missed} missed; call POST p50 {:.1} ms, max {:.1} ms",
        args.connections,
        args.calls,
        samples.len(),
        ms(percentile(&samples, 0.50)),
        ms(percentile(&samples, 0.90)),
        ms(samples.last().copied()),
        ms(percentile(&posts, 0.50)),
        ms(posts.last().copied()),
    );
    let mut ok = true;
    if missed > 0 {
        println!(
            "FAILED: {missed} calls never reached their screen within {} s",
            MISSED_AFTER.as_secs()
        );
        ok = false;
    }
    if let Some(max) = args.max_p99_ms
        && p99 > max
    {
        println!("FAILED: p99 {p99:.1} ms is over the budget of {max} ms");
        ok = false;
    }
    Ok(Outcome::Measured(ok))
}

/// Nearest rank, on sorted samples.
fn percentile(sorted: &[Duration], p: f64) -> Option<Duration> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (sorted.len() as f64 * p).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

fn ms(d: Option<Duration>) -> f64 {
    d.map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
}

/// Sets every day of the site's week to 00:00-23:59 through the administrator's form,
/// every other field as it was.
async fn open_all_day(staff: &mut Browser, site: &str) -> Result<()> {
    const ACTION: &str = "/api/agent/admin/lieu";
    let page = staff.page("/agent/admin/lieux").await?;
    let mut form = html::forms(&page)
        .into_iter()
        .find(|f| f.action == ACTION && f.get("slug") == Some(site))
        .ok_or_else(|| format!("no form of site {site} on /agent/admin/lieux"))?;
    for day in 0..7 {
        form.set(&format!("h{day}"), "00:00-23:59");
    }
    match staff.post(ACTION, &form.fields).await? {
        Posted::Went(_) => Ok(()),
        Posted::Refused(e) => Err(format!("opening hours of {site} refused: {e}")),
    }
}

enum Kiosk {
    Open { motif: i32 },
    Holiday(String),
}

/// The kiosk in English: closed today with a holiday's name, or the first motif of its
/// first service family.
async fn kiosk_motif(staff: &mut Browser, site: &str) -> Result<Kiosk> {
    let home = staff.page(&format!("/borne/{site}?lang=en")).await?;
    match closed(&home) {
        Some(Closed::Holiday(said)) => {
            return Ok(Kiosk::Holiday(format!(
                "{site} stays closed on a public holiday whatever its hours (the kiosk says: {said})"
            )));
        }
        Some(Closed::Other(said)) => {
            return Err(format!(
                "{site} is closed although open 00:00-23:59 (the kiosk says: {said})"
            ));
        }
        None => {}
    }
    let family = html::attr_values(&home, "href")
        .into_iter()
        .find_map(|h| crate::staff::query_value(&h, "service"))
        .ok_or_else(|| format!("no service family on the kiosk of {site}"))?;
    let page = staff
        .page(&format!("/borne/{site}?service={family}&lang=en"))
        .await?;
    let motif = html::attr_values(&page, "href")
        .into_iter()
        .find_map(|h| crate::staff::query_value(&h, "motif")?.parse().ok())
        .ok_or_else(|| format!("no motif in family {family} on the kiosk of {site}"))?;
    Ok(Kiosk::Open { motif })
}

#[derive(Debug, PartialEq)]
enum Closed {
    Holiday(String),
    /// A closure, or outside the hours.
    Other(String),
}

/// What the English kiosk says when it takes no tickets: `hours-holiday-today` is
/// "Closed today: <holiday>"; a closure says "Exceptionally closed today: <reason>".
fn closed(kiosk: &str) -> Option<Closed> {
    let at = kiosk.find("class=\"kiosk-closed\"")?;
    let section = &kiosk[at..];
    let section = &section[..section.find("</section>").unwrap_or(section.len())];
    let said = html::text_of(section.split_once('>').map_or("", |(_, s)| s))
        .replace(['\u{2068}', '\u{2069}'], "");
    Some(if said.contains("Closed today: ") {
        Closed::Holiday(said)
    } else {
        Closed::Other(said)
    })
}

/// A ticket from the kiosk, as a visitor takes it.
async fn take_ticket(staff: &mut Browser, site: &str, motif: i32) -> Result<()> {
    let motif = motif.to_string();
    let form = pairs(&[
        ("lieu", site),
        ("motif", &motif),
        ("priorite", "none"),
        ("telephone", ""),
        ("depuis", "borne"),
    ]);
    match staff.post("/api/public/file/ticket", &form).await? {
        Posted::Went(_) => Ok(()),
        Posted::Refused(e) => Err(format!("ticket refused: {e}")),
    }
}

/// The counsellor's desk page and its forms.
struct Desk {
    site: String,
    desk: String,
}

const CALL_URL: &str = "/api/agent/file/appeler";
const ACT_URL: &str = "/api/agent/file/action";
const CLOSE_URL: &str = "/api/agent/file/clore";

impl Desk {
    /// The first desk of the site's list.
    async fn choose(staff: &mut Browser, site: &str) -> Result<Desk> {
        let page = staff.page(&format!("/agent/file?lieu={site}")).await?;
        let select = page
            .find("name=\"guichet\"")
            .map(|at| &page[at..])
            .map(|s| &s[..s.find("</select>").unwrap_or(s.len())])
            .ok_or("no desk choice on the desk page")?;
        let desk = html::attr_values(select, "value")
            .into_iter()
            .find(|v| !v.is_empty())
            .ok_or_else(|| format!("{site} has no desk"))?;
        Ok(Desk {
            site: site.to_owned(),
            desk,
        })
    }

    fn url(&self) -> String {
        format!(
            "/agent/file?lieu={}&guichet={}&file=commune",
            self.site, self.desk
        )
    }

    /// "Appeler le suivant" with the desk page's own form.
    async fn call_next(&self, staff: &mut Browser) -> Result<()> {
        let form = pairs(&[
            ("lieu", &self.site),
            ("guichet", &self.desk),
            ("file", "commune"),
            ("retour", &self.url()),
        ]);
        match staff.post(CALL_URL, &form).await? {
            Posted::Went(_) => Ok(()),
            Posted::Refused(e) => Err(format!("call refused: {e}")),
        }
    }

    /// Ends the visit in front of the desk as a counsellor does: "the visitor is here",
    /// then "close" as handled, each with the form the page shows. Nothing to do when the
    /// desk is free.
    async fn finish_current(&self, staff: &mut Browser) -> Result<()> {
        for _ in 0..3 {
            let page = staff.page(&self.url()).await?;
            let forms = html::forms(&page);
            let close = forms.iter().find(|f| f.action == CLOSE_URL);
            let start = forms
                .iter()
                .find(|f| f.action == ACT_URL && f.get("action") == Some("commencer"));
            let (url, mut form) = match (close, start) {
                (Some(f), _) => (CLOSE_URL, f.clone()),
                (None, Some(f)) => (ACT_URL, f.clone()),
                (None, None) => return Ok(()),
            };
            if url == CLOSE_URL {
                form.set("outcome", "handled");
            }
            if let Posted::Refused(e) = staff.post(url, &form.fields).await? {
                return Err(format!("{url} refused: {e}"));
            }
        }
        Err("the desk's visitor could not be closed".into())
    }
}

/// What a screen's connection tells the benchmark.
enum Note {
    /// The first event came.
    Ready {
        conn: usize,
        id: Option<String>,
    },
    /// Any later event (`id` is the board's stamp).
    Event {
        conn: usize,
        id: Option<String>,
    },
    /// An event whose newest call this screen had not seen; `at` is when its bytes came.
    NewCall {
        conn: usize,
        at: Instant,
        key: String,
    },
    Ended {
        conn: usize,
        why: String,
    },
}

/// Only the newest call's key is read from a board.
#[derive(Deserialize)]
struct BoardCalls {
    calls: Vec<CallKey>,
}

#[derive(Deserialize)]
struct CallKey {
    key: String,
}

fn newest_call(data: &str) -> std::result::Result<Option<String>, serde_json::Error> {
    let board: BoardCalls = serde_json::from_str(data)?;
    Ok(board.calls.into_iter().next().map(|c| c.key))
}

struct Screens {
    notes: mpsc::UnboundedReceiver<Note>,
    last_id: Vec<Option<String>>,
    ready: Vec<bool>,
}

impl Screens {
    /// `n` streams, all with one enrolled screen's `cookie`.
    fn open(base: &str, site: &str, cookie: &str, n: usize) -> Screens {
        // Every stream carries the screen's cookie, as the screen's browser would.
        let mut headers = reqwest::header::HeaderMap::new();
        let cookie = reqwest::header::HeaderValue::from_str(cookie).expect("a cookie header");
        headers.insert(reqwest::header::COOKIE, cookie);
        // HTTP/1.1 only: every stream in flight holds its own TCP connection.
        let client = reqwest::Client::builder()
            .default_headers(headers)
            .http1_only()
            .tcp_nodelay(true)
            .connect_timeout(Duration::from_secs(10))
            .build()
            .expect("an HTTP client");
        let url = format!("{base}/direct/ecran/{site}");
        let (tx, notes) = mpsc::unbounded_channel();
        let opening = Arc::new(Semaphore::new(OPENING));
        for conn in 0..n {
            let (client, url, tx, opening) =
                (client.clone(), url.clone(), tx.clone(), opening.clone());
            tokio::spawn(async move {
                if let Err(why) = screen(conn, &client, &url, &tx, &opening).await {
                    let _ = tx.send(Note::Ended { conn, why });
                }
            });
        }
        Screens {
            notes,
            last_id: vec![None; n],
            ready: vec![false; n],
        }
    }

    /// Keeps the latest board of every screen; a screen that ends fails the benchmark.
    fn note(&mut self, note: &Note) -> Result<()> {
        match note {
            Note::Ready { conn, id } => {
                self.ready[*conn] = true;
                self.last_id[*conn] = id.clone();
            }
            Note::Event { conn, id } => self.last_id[*conn] = id.clone(),
            Note::NewCall { .. } => {}
            Note::Ended { conn, why } => {
                let hint = if why.contains("Too many open files") || why.contains("os error 24") {
                    " (raise the file descriptor limit: ulimit -n)"
                } else {
                    ""
                };
                return Err(format!("screen {conn}: {why}{hint}"));
            }
        }
        Ok(())
    }

    async fn next(&mut self, until: Instant) -> Result<Option<Note>> {
        match tokio::time::timeout_at(until.into(), self.notes.recv()).await {
            Ok(Some(note)) => {
                self.note(&note)?;
                Ok(Some(note))
            }
            Ok(None) => Err("every screen ended".into()),
            Err(_) => Ok(None),
        }
    }

    async fn all_ready(&mut self) -> Result<()> {
        let until = Instant::now() + Duration::from_secs(120);
        while self.ready.iter().any(|r| !r) {
            if self.next(until).await?.is_none() {
                let late = self.ready.iter().filter(|r| !**r).count();
                return Err(format!("{late} screens had no first event within 120 s"));
            }
        }
        Ok(())
    }

    /// After a ticket: waits until at least one event came (the ticket's board), every
    /// screen shows the same board, and nothing came for [`QUIET`].
    async fn settle(&mut self) -> Result<()> {
        let started = Instant::now();
        let limit = started + SETTLE_LIMIT;
        let mut since_start = 0usize;
        loop {
            let now = Instant::now();
            if now >= limit {
                let latest = self.last_id.iter().flatten().max().cloned();
                let behind = self
                    .last_id
                    .iter()
                    .filter(|id| id.as_ref() != latest.as_ref())
                    .count();
                return Err(format!(
                    "screens did not settle within {} s after a ticket ({since_start} events; {behind} screens not on the newest board)",
                    SETTLE_LIMIT.as_secs()
                ));
            }
            match self.next((now + QUIET).min(limit)).await? {
                Some(Note::Event { .. } | Note::NewCall { .. }) => since_start += 1,
                Some(_) => {}
                None => {
                    let same = self.last_id.windows(2).all(|w| w[0] == w[1]);
                    if since_start > 0 && same {
                        return Ok(());
                    }
                }
            }
        }
    }

    /// When each screen got the call made at `t0` (`None`: missed).
    async fn call_arrivals(&mut self, t0: Instant) -> Result<Vec<Option<Duration>>> {
        let n = self.last_id.len();
        let mut got: Vec<Option<Duration>> = vec![None; n];
        let mut count = 0;
        let mut key_of_call: Option<String> = None;
        let until = t0 + MISSED_AFTER;
        while count < n {
            let Some(note) = self.next(until).await? else {
                break;
            };
            if let Note::NewCall { conn, at, key } = note
                && got[conn].is_none()
            {
                // Every screen must show the same call.
                let expected = key_of_call.get_or_insert_with(|| key.clone());
                if *expected != key {
                    return Err(format!("screen {conn} shows call {key}, others {expected}"));
                }
                got[conn] = Some(at.saturating_duration_since(t0));
                count += 1;
            }
        }
        Ok(got)
    }
}

/// One waiting-room screen: follows the stream and reports its events.
async fn screen(
    conn: usize,
    client: &reqwest::Client,
    url: &str,
    tx: &mpsc::UnboundedSender<Note>,
    opening: &Semaphore,
) -> std::result::Result<(), String> {
    let permit = opening.acquire().await.map_err(|e| e.to_string())?;
    let mut res = client
        .get(url)
        .header(reqwest::header::ACCEPT, "text/event-stream")
        .send()
        .await
        .map_err(|e| format!("{e:?}"))?;
    drop(permit);
    if !res.status().is_success() {
        return Err(format!("GET {url}: {}", res.status()));
    }
    let mut parser = sse::Parser::default();
    let mut seen: HashSet<String> = HashSet::new();
    let mut first = true;
    loop {
        let chunk = match res.chunk().await {
            Ok(Some(c)) => c,
            Ok(None) => return Err("the stream ended".into()),
            Err(e) => return Err(format!("{e:?}")),
        };
        // Arrival is when the bytes came, before any parsing.
        let at = Instant::now();
        for event in parser.push(&chunk) {
            let newest = newest_call(&event.data).map_err(|e| format!("board: {e}"))?;
            let id = event.id;
            if first {
                first = false;
                seen.extend(newest);
                let _ = tx.send(Note::Ready { conn, id });
                continue;
            }
            if let Some(key) = newest
                && seen.insert(key.clone())
            {
                let _ = tx.send(Note::NewCall { conn, at, key });
            }
            let _ = tx.send(Note::Event { conn, id });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_call_is_read_and_nothing_else() {
        let board = r#"{"site":"s","stamp":"x","calls":[{"key":"9-1-17","code":"A001","desk":"Guichet 1","speech":[]},{"key":"8-1-16"}],"waits":[],"waiting":0,"pace":{}}"#;
        assert_eq!(newest_call(board).unwrap(), Some("9-1-17".into()));
        assert_eq!(newest_call(r#"{"calls":[]}"#).unwrap(), None);
        assert!(newest_call("{").is_err());
    }

    #[test]
    fn a_holiday_is_told_from_other_closings() {
        let kiosk = |p: &str| {
            format!(
                "<main><section class=\"kiosk-closed\"><h2>Reception is closed</h2><p>{p}</p></section><nav></nav></main>"
            )
        };
        assert_eq!(
            closed(&kiosk("Closed today: \u{2068}Easter Monday\u{2069}")),
            Some(Closed::Holiday(
                "Reception is closed Closed today: Easter Monday".into()
            ))
        );
        assert!(matches!(
            closed(&kiosk(
                "Exceptionally closed today: \u{2068}Inventaire\u{2069}"
            )),
            Some(Closed::Other(_))
        ));
        assert!(matches!(
            closed(&kiosk("Open today: 00:00–23:59")),
            Some(Closed::Other(_))
        ));
        assert_eq!(closed("<main><a href=\"?service=x\">x</a></main>"), None);
    }

    #[test]
    fn nearest_rank_percentiles() {
        let s: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&s, 0.50), Some(Duration::from_millis(50)));
        assert_eq!(percentile(&s, 0.99), Some(Duration::from_millis(99)));
        assert_eq!(percentile(&s, 1.0), Some(Duration::from_millis(100)));
        assert_eq!(percentile(&s[..1], 0.99), Some(Duration::from_millis(1)));
        assert_eq!(percentile(&[], 0.5), None);
    }
}
