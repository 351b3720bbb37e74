//! The transports against real servers on loopback: e-mail to the `smtp-sink` process over
//! SMTP, SMS to a local HTTP server standing in for the provider's API. What arrives is
//! in the resident's language and says what the outbox row says.

use crate::common::town::{one_slot_a_day, request, target_day};
use app::booking::store::{availability, book};
use app::store::entities::notification;
use axum::Router;
use axum::routing::post;
use chrono::Utc;
use sea_orm::{EntityTrait, QueryOrder};
use server::notifier::sms::{HttpSms, SmsConfig};
use server::notifier::smtp::Smtp;
use server::notifier::{Transports, run_once};
use std::io::BufRead;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Starts the sink on a free port; the process is killed when the guard drops.
struct Sink {
    child: std::process::Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn start_sink() -> Sink {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_smtp-sink"))
        .arg("127.0.0.1:0")
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start smtp-sink");
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let port = first.trim().rsplit(':').next().unwrap().parse().unwrap();
    Sink { child, port, dir }
}

/// What the fake provider received: (headers, body).
type Received = Arc<Mutex<Vec<(http::HeaderMap, String)>>>;

async fn fake_provider(status: http::StatusCode) -> (String, Received) {
    let got: Received = Arc::default();
    let keep = got.clone();
    let app = Router::new().route(
        "/v3/transactionalSMS/send",
        post(move |headers: http::HeaderMap, body: String| {
            let keep = keep.clone();
            async move {
                keep.lock().unwrap().push((headers, body));
                (status, "{\"messageId\":1}")
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "http://{}/v3/transactionalSMS/send",
        listener.local_addr().unwrap()
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, got)
}

fn brevo_like(url: &str) -> SmsConfig {
    SmsConfig {
        url: url.into(),
        method: "POST".into(),
        auth_header: Some("api-key: test-key".into()),
        body: Some(r#"{"sender":"{sender}","recipient":"{to_digits}","content":"{text}","type":"transactional"}"#.into()),
        sender: "Villebourg".into(),
        ok_match: None,
    }
}

#[tokio::test]
async fn a_booking_reaches_the_smtp_server_and_the_sms_provider_in_arabic() {
    let t = crate::common::TestDb::sqlite().await;
    let sink = start_sink();
    let (sms_url, received) = fake_provider(http::StatusCode::CREATED).await;
    let policy = crate::common::policy();
    let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
    let day = target_day();
    let now = Utc::now();
    let start = availability(&t.db, site_id, motif_id, day, day, now)
        .await
        .unwrap()[0]
        .start;
    let mut req = request(site_id, motif_id, start, 1);
    req.language = "ar".into();
    req.email = Some("amina@example.org".into());
    book(&t.db, &policy, &req, now).await.unwrap();

    let transports = Transports {
        email: Some(
            Smtp::new(
                &format!("smtp://127.0.0.1:{}", sink.port),
                "Mairie de Villebourg <rdv@villebourg.test>",
            )
            .unwrap(),
        ),
        sms: Some(HttpSms::new(brevo_like(&sms_url)).unwrap()),
    };
    assert_eq!(run_once(&t.db, &transports).await.unwrap(), 2);

    // The e-mail, as the SMTP server got it.
    let mail_path = sink.dir.path().join("1.eml");
    for _ in 0..50 {
        if mail_path.exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let raw = std::fs::read_to_string(&mail_path).expect("the sink received the e-mail");
    assert!(raw.contains("X-Sink-To: <amina@example.org>"), "{raw}");
    assert!(raw.contains("rdv@villebourg.test"));
    let decoded = decode_mail_body(&raw);
    assert!(decoded.contains("مرحبًا"), "greeted in Arabic: {decoded}");
    assert!(
        decoded.contains("/rendez-vous/"),
        "the management link: {decoded}"
    );

    // The SMS, as the provider got it.
    let got = received.lock().unwrap().clone();
    assert_eq!(got.len(), 1);
    let (headers, body) = &got[0];
    assert_eq!(headers["api-key"], "test-key");
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(json["recipient"], "33612345678");
    assert_eq!(json["sender"], "Villebourg");
    assert!(json["content"].as_str().unwrap().contains("البلدية"));

    let rows = notification::Entity::find()
        .order_by_asc(notification::Column::Id)
        .all(&t.db)
        .await
        .unwrap();
    assert!(rows.iter().all(|r| r.status == "sent"), "{rows:?}");
    // Delivered: what is kept reads the same, but its link no longer opens anything.
    let token = decoded
        .split("/rendez-vous/")
        .nth(1)
        .map(|rest| {
            rest.chars()
                .take_while(char::is_ascii_hexdigit)
                .collect::<String>()
        })
        .unwrap();
    assert_eq!(token.len(), 32, "{decoded}");
    for row in &rows {
        assert!(!row.body.contains(&token), "{}: {}", row.channel, row.body);
        assert!(
            row.body.contains("/rendez-vous/•••"),
            "{}: {}",
            row.channel,
            row.body
        );
    }
    t.drop_db().await;
}

#[tokio::test]
async fn a_provider_error_is_kept_for_admins_and_retried_later() {
    let t = crate::common::TestDb::sqlite().await;
    let (sms_url, received) = fake_provider(http::StatusCode::BAD_REQUEST).await;
    let policy = crate::common::policy();
    let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
    let day = target_day();
    let now = Utc::now();
    let start = availability(&t.db, site_id, motif_id, day, day, now)
        .await
        .unwrap()[0]
        .start;
    book(&t.db, &policy, &request(site_id, motif_id, start, 1), now)
        .await
        .unwrap();
    let transports = Transports {
        email: None,
        sms: Some(HttpSms::new(brevo_like(&sms_url)).unwrap()),
    };
    run_once(&t.db, &transports).await.unwrap();
    assert_eq!(received.lock().unwrap().len(), 1);
    let row = notification::Entity::find()
        .one(&t.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "pending", "retried later");
    assert_eq!(row.attempts, 1);
    assert!(row.last_error.unwrap().contains("400"));
    assert!(row.next_attempt_at > Utc::now());
    t.drop_db().await;
}

/// With a GET preset the provider's password is in the address: an unreachable provider's
/// error, kept for admins in the journal, must not carry it.
#[tokio::test]
async fn a_provider_error_never_shows_the_password_of_its_address() {
    let t = crate::common::TestDb::sqlite().await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
    let day = target_day();
    let now = Utc::now();
    let start = availability(&t.db, site_id, motif_id, day, day, now)
        .await
        .unwrap()[0]
        .start;
    book(
        &t.db,
        &crate::common::policy(),
        &request(site_id, motif_id, start, 1),
        now,
    )
    .await
    .unwrap();
    let config = SmsConfig {
        url: format!(
            "http://127.0.0.1:{port}/send?login=villebourg&password=s3cr3t-P4ss&to={{to}}&text={{text}}"
        ),
        method: "GET".into(),
        auth_header: None,
        body: None,
        sender: "Villebourg".into(),
        ok_match: None,
    };
    let transports = Transports {
        email: None,
        sms: Some(HttpSms::new(config).unwrap()),
    };
    run_once(&t.db, &transports).await.unwrap();
    let row = notification::Entity::find()
        .one(&t.db)
        .await
        .unwrap()
        .unwrap();
    let error = row.last_error.unwrap();
    assert!(error.starts_with("sms: "), "{error}");
    assert!(
        !error.contains("s3cr3t") && !error.contains("password") && !error.contains("/send"),
        "{error}"
    );
    assert!(
        error.to_lowercase().contains("connect"),
        "says why: {error}"
    );
    t.drop_db().await;
}

/// The text part of a simple e-mail: quoted-printable or base64, as lettre chose.
fn decode_mail_body(raw: &str) -> String {
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((raw, ""));
    if head
        .to_ascii_lowercase()
        .contains("content-transfer-encoding: base64")
    {
        use base64::Engine;
        let joined: String = body.split_whitespace().collect();
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(joined)
                .unwrap(),
        )
        .unwrap()
    } else if head.to_ascii_lowercase().contains("quoted-printable") {
        let joined = body.replace("=\r\n", "");
        let bytes = joined.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'=' && i + 2 < bytes.len() {
                out.push(u8::from_str_radix(&joined[i + 1..i + 3], 16).unwrap_or(b'?'));
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    } else {
        body.to_owned()
    }
}
