//! Crash safety on a SQLite file and PostgreSQL: the real server binary, sending its
//! e-mail to the `smtp-sink` process, takes bookings and tickets from home from a dozen
//! clients at once and is killed with SIGKILL in the middle of it, then started again on
//! the same database. Every booking and ticket a client was told about is there, no time is
//! booked twice, ticket numbers are not given twice, and every message queued reaches the
//! sink, each with its own Message-ID; at most the one being handed over at the instant of
//! the kill arrives twice, with the same Message-ID (SMTP cannot do better: the server
//! cannot know whether the sink kept a message it was not told about).

use crate::common::processes::{free_port, start_server, start_sink, wait_ready};
use crate::common::town::slots_a_day;
use app::booking::model::instant_param;
use app::booking::store::availability;
use app::store::entities::{appointment, notification, ticket};
use chrono::{NaiveTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get(reqwest::header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// One booking as a resident's browser makes it; `Some(token)` when the resident was sent
/// to their appointment's page (the acknowledgement).
async fn book(
    client: &reqwest::Client,
    base: &str,
    slot: &str,
    email: &str,
) -> Result<Option<String>, reqwest::Error> {
    let chosen = [("motif", "acte"), ("lieu", "test"), ("creneau", slot)];
    let mut contact = chosen.to_vec();
    contact.extend([
        ("name", "Résidente test"),
        ("phone", ""),
        ("email", email),
        ("language", "fr"),
        ("interpreter", ""),
        ("accessibility", ""),
        ("note", ""),
    ]);
    let saved = client
        .post(format!("{base}/api/public/rendez-vous/coordonnees"))
        .header("origin", base)
        .header("accept", "text/html")
        .form(&contact)
        .send()
        .await?;
    let draft = saved
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("guichet_rdv="))
        .map(|v| v.split(';').next().unwrap().to_owned());
    let Some(draft) = draft else { return Ok(None) };
    let confirmed = client
        .post(format!("{base}/api/public/rendez-vous/confirmer"))
        .header("origin", base)
        .header("accept", "text/html")
        .header("cookie", draft)
        .form(&chosen)
        .send()
        .await?;
    let to = location(&confirmed);
    Ok(to
        .strip_prefix("/rendez-vous/")
        .and_then(|rest| rest.strip_suffix("?nouveau=1"))
        .map(str::to_owned))
}

/// One ticket from home; `Some(token)` when the resident was sent to their ticket.
async fn take_ticket(
    client: &reqwest::Client,
    base: &str,
    motif: i32,
) -> Result<Option<String>, reqwest::Error> {
    let motif = motif.to_string();
    let taken = client
        .post(format!("{base}/api/public/file/ticket"))
        .header("origin", base)
        .header("accept", "text/html")
        .form(&[
            ("lieu", "test"),
            ("motif", motif.as_str()),
            ("priorite", "none"),
            ("telephone", ""),
            ("depuis", "maison"),
        ])
        .send()
        .await?;
    Ok(location(&taken)
        .strip_prefix("/ticket/")
        .map(|t| t.split('?').next().unwrap().to_owned()))
}

/// The Message-ID of each e-mail the sink kept, with how many copies of it.
fn delivered(dir: &Path) -> HashMap<String, usize> {
    let mut copies = HashMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("eml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let id = text
            .lines()
            .find_map(|l| {
                l.strip_prefix("Message-ID:")
                    .or_else(|| l.strip_prefix("Message-Id:"))
            })
            .map(|v| v.trim().to_owned())
            .unwrap_or_else(|| panic!("no Message-ID in {}", path.display()));
        *copies.entry(id).or_insert(0) += 1;
    }
    copies
}

#[tokio::test]
async fn a_server_killed_mid_traffic_keeps_what_it_acknowledged_and_sends_each_message() {
    for t in crate::common::both().await {
        let label = t.label();
        let dir = tempfile::tempdir().unwrap();
        let mails = dir.path().join("mails");
        let (_sink, smtp) = start_sink(&mails);
        // Open around the clock, so that tickets are taken whatever the hour of the run.
        let (site, motif) = slots_a_day(
            &t.db,
            2,
            NaiveTime::from_hms_opt(0, 0, 0).unwrap(),
            NaiveTime::from_hms_opt(23, 59, 0).unwrap(),
            true,
        )
        .await;
        let now = Utc::now();
        let today = app::calendar::paris_today(now);
        let slots: Vec<String> = availability(
            &t.db,
            site,
            motif,
            today,
            today + chrono::Duration::days(20),
            now,
        )
        .await
        .unwrap()
        .iter()
        .map(|s| instant_param(s.start))
        .collect();
        assert!(slots.len() > 200, "{label}: {} slots", slots.len());
        let slots = Arc::new(slots);

        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(20))
            .build()
            .unwrap();
        let smtp_url = format!("smtp://127.0.0.1:{smtp}");
        let env = [
            ("GUICHET_SMTP_URL", smtp_url.as_str()),
            ("GUICHET_SMTP_FROM", "Mairie <rdv@mairie.test>"),
            ("GUICHET_RATE_LIMITS", "off"),
        ];
        let mut server = start_server(&t.url, dir.path(), port, &env, "first.log");
        wait_ready(&base).await;

        let stop = Arc::new(AtomicBool::new(false));
        let bookings = Arc::new(Mutex::new(Vec::<String>::new()));
        let tickets = Arc::new(Mutex::new(Vec::<String>::new()));
        let cut = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut clients = Vec::new();
        for c in 0..8usize {
            let (client, base, slots, stop, bookings, cut) = (
                client.clone(),
                base.clone(),
                slots.clone(),
                stop.clone(),
                bookings.clone(),
                cut.clone(),
            );
            clients.push(tokio::spawn(async move {
                let mut n = 0;
                while !stop.load(Ordering::SeqCst) {
                    // Clients overlap on purpose: some tries find their time taken.
                    let slot = &slots[(c * 11 + n * 3) % slots.len()];
                    let email = format!("c{c}-{n}@example.org");
                    match book(&client, &base, slot, &email).await {
                        Ok(Some(token)) => bookings.lock().await.push(token),
                        Ok(None) => {}
                        Err(_) => {
                            cut.fetch_add(1, Ordering::SeqCst);
                            tokio::time::sleep(Duration::from_millis(50)).await;
                        }
                    }
                    n += 1;
                }
            }));
        }
        for _ in 0..4 {
            let (client, base, stop, tickets, cut) = (
                client.clone(),
                base.clone(),
                stop.clone(),
                tickets.clone(),
                cut.clone(),
            );
            clients.push(tokio::spawn(async move {
                while !stop.load(Ordering::SeqCst) {
                    match take_ticket(&client, &base, motif).await {
                        Ok(Some(token)) => tickets.lock().await.push(token),
                        Ok(None) => {}
                        Err(_) => {
                            cut.fetch_add(1, Ordering::SeqCst);
                            tokio::time::sleep(Duration::from_millis(50)).await;
                        }
                    }
                }
            }));
        }
        // Kill once bookings are flowing and messages are being sent.
        let until = Instant::now() + Duration::from_secs(60);
        loop {
            let sent = delivered(&mails).len();
            if (bookings.lock().await.len() >= 40 && sent >= 5) || Instant::now() > until {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        server.0.kill().unwrap(); // SIGKILL
        server.0.wait().unwrap();
        let killed_at = Instant::now();
        // Requests keep coming while the server is down; then stop.
        tokio::time::sleep(Duration::from_millis(300)).await;
        stop.store(true, Ordering::SeqCst);
        for c in clients {
            c.await.unwrap();
        }
        let bookings = bookings.lock().await.clone();
        let tickets = tickets.lock().await.clone();
        assert!(!bookings.is_empty() && !tickets.is_empty(), "{label}");
        assert!(
            cut.load(Ordering::SeqCst) > 0,
            "{label}: no request met the dead server"
        );

        // Messages the killed server held stay claimed until its 5-minute lease runs out;
        // the test ends those leases now rather than waiting (before the restart, so that
        // the new server's own claims are not touched).
        let held = notification::Entity::update_many()
            .col_expr(notification::Column::NextAttemptAt, Expr::value(Utc::now()))
            .filter(notification::Column::Status.eq("sending"))
            .exec(&t.db)
            .await
            .unwrap()
            .rows_affected;
        let _restarted = start_server(&t.url, dir.path(), port, &env, "second.log");
        wait_ready(&base).await;
        let back_in = killed_at.elapsed();

        // Every acknowledged booking and ticket is there, as its holder sees it.
        for token in &bookings {
            let page = client
                .get(format!("{base}/rendez-vous/{token}"))
                .send()
                .await
                .unwrap();
            assert_eq!(page.status(), 200, "{label}: booking {token}");
        }
        for token in &tickets {
            let page = client
                .get(format!("{base}/ticket/{token}"))
                .send()
                .await
                .unwrap();
            assert_eq!(page.status(), 200, "{label}: ticket {token}");
        }
        // (Those pages do say when a token is unknown.)
        for unknown in ["/rendez-vous/0000", "/ticket/0000"] {
            let page = client.get(format!("{base}{unknown}")).send().await.unwrap();
            assert_ne!(page.status(), 200, "{label}: {unknown}");
        }
        // Nothing booked twice, no ticket number given twice.
        let booked = appointment::Entity::find().all(&t.db).await.unwrap();
        let mut times = HashSet::new();
        for a in &booked {
            assert!(
                times.insert((a.agent_id, a.starts_at)),
                "{label}: {:?} at {} booked twice",
                a.agent_id,
                a.starts_at
            );
        }
        let issued = ticket::Entity::find().all(&t.db).await.unwrap();
        let numbers: HashSet<_> = issued
            .iter()
            .map(|k| (k.site_id, k.day, k.code.clone()))
            .collect();
        assert_eq!(
            numbers.len(),
            issued.len(),
            "{label}: a ticket number twice"
        );

        // Every message queued reaches the sink.
        let until = Instant::now() + Duration::from_secs(90);
        let expected: HashSet<String> = loop {
            let all = notification::Entity::find()
                .filter(notification::Column::Channel.eq("email"))
                .all(&t.db)
                .await
                .unwrap();
            let pending = all.iter().filter(|m| m.status != "sent").count();
            if pending == 0 {
                break all
                    .iter()
                    .map(|m| {
                        format!(
                            "<{}@mairie.test>",
                            app::staff::tokens::digest(&m.idempotency_key)
                        )
                    })
                    .collect();
            }
            assert!(
                Instant::now() < until,
                "{label}: {pending} messages still not sent"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        // The sink writes a message once it has all of it; give the last one a moment.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let copies = delivered(&mails);
        let got: HashSet<String> = copies.keys().cloned().collect();
        assert_eq!(got, expected, "{label}: every message, and only those");
        let twice: Vec<_> = copies.iter().filter(|(_, n)| **n > 1).collect();
        assert!(
            twice.len() <= 1 && twice.iter().all(|(_, n)| **n == 2),
            "{label}: sent again: {twice:?}"
        );
        assert!(
            expected.len() >= bookings.len(),
            "{label}: a confirmation per booking"
        );
        eprintln!(
            "crash safety ({label}): {} bookings and {} tickets acknowledged, all found after \
             the restart ({} appointments, {} tickets in the database); {} e-mails queued, {} \
             delivered, {} twice ({} were held by the killed server); back in {} ms",
            bookings.len(),
            tickets.len(),
            booked.len(),
            issued.len(),
            expected.len(),
            got.len(),
            twice.len(),
            held,
            back_in.as_millis()
        );
        drop(_restarted);
        t.drop_db().await;
    }
}
