//! Quality on a SQLite file and PostgreSQL, over a year of the demo town's activity: every
//! figure /agent/pilotage shows is recomputed here from the raw rows, with code of this
//! test's own, and must be what the page says; the CSV exports open in a French spreadsheet
//! (BOM, `;`, accents) with every row and no formula; /statistiques shows nobody's name;
//! counsellors reach neither the page nor its exports.

use crate::common::web::{app, get, get_as, send, signed_in_cookies};
use app::statuses::{AppointmentStatus, TicketStatus};
use app::store::entities::{agent, appointment, contact, request, survey_response, ticket};
use axum::body::Body;
use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use http::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;

/// The page's way of writing a number: one decimal, none when it is whole, a comma.
fn french(v: f64) -> String {
    if v.fract().abs() < 0.05 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}").replace('.', ",")
    }
}

fn median(mut v: Vec<i64>) -> f64 {
    v.sort();
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2] as f64
    } else {
        (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
    }
}

fn p90(mut v: Vec<i64>) -> f64 {
    v.sort();
    let rank = (9 * v.len()).div_ceil(10);
    v[rank - 1] as f64
}

fn share(part: usize, of: usize) -> f64 {
    100.0 * part as f64 / of as f64
}

/// The text of the card `id` on the page: its value, Fluent's isolation marks removed.
fn card(html: &str, id: &str) -> String {
    let at = html
        .find(&format!("id=\"kpi-{id}\""))
        .unwrap_or_else(|| panic!("no card {id}"));
    let rest = &html[at..];
    let start = rest.find("class=\"kpi-value\">").expect("a value") + "class=\"kpi-value\">".len();
    let end = rest[start..].find("</p>").unwrap();
    rest[start..start + end]
        .replace(['\u{2068}', '\u{2069}'], "")
        .replace("<!-- -->", "")
        .replace("<!>", "")
        .trim()
        .to_owned()
}

async fn agent_id(db: &DatabaseConnection, name: &str) -> i32 {
    agent::Entity::find()
        .filter(agent::Column::DisplayName.eq(name))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id
}

fn day_start(date: chrono::NaiveDate) -> DateTime<Utc> {
    Paris
        .from_local_datetime(&date.and_hms_opt(0, 0, 0).unwrap())
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

#[tokio::test]
async fn a_year_recomputed_from_the_raw_rows_is_what_the_page_shows() {
    for t in crate::common::both().await {
        let label = t.label();
        let db = &t.db;
        server::demo::load_days(db, crate::common::PEPPER, 365)
            .await
            .unwrap();
        let today = app::calendar::paris_today(Utc::now());
        let (first, last) = (today - Duration::days(364), today);
        let (from, to) = (day_start(first), day_start(last + Duration::days(1)));

        // Visits: every ticket that arrived, and appointments received without a ticket.
        let tickets: Vec<ticket::Model> = ticket::Entity::find()
            .filter(ticket::Column::ArrivalAt.gte(from))
            .filter(ticket::Column::ArrivalAt.lt(to))
            .all(db)
            .await
            .unwrap();
        let desk: Vec<contact::Model> = contact::Entity::find()
            .filter(contact::Column::Channel.eq("desk"))
            .all(db)
            .await
            .unwrap();
        let mut first_contact: HashMap<i32, &contact::Model> = HashMap::new();
        let mut transferred: HashMap<i32, bool> = HashMap::new();
        let mut waits = Vec::new();
        let mut appointment_visits = 0;
        let mut closed_appointment_visits = 0;
        for c in &desk {
            match c.ticket_id {
                Some(tid) => {
                    let e = first_contact.entry(tid).or_insert(c);
                    if (c.started_at, c.id) < (e.started_at, e.id) {
                        *e = c;
                    }
                    if c.transferred_to_service_id.is_some() {
                        transferred.insert(tid, true);
                    }
                }
                None if c.appointment_id.is_some() => {
                    let arrival =
                        c.started_at - Duration::seconds(c.waited_seconds.unwrap_or(0).into());
                    if from <= arrival && arrival < to {
                        appointment_visits += 1;
                        closed_appointment_visits += 1;
                        waits.push(i64::from(c.waited_seconds.unwrap_or(0)));
                    }
                }
                None => {}
            }
        }
        let mut closed = closed_appointment_visits;
        let mut closed_without_transfer = closed_appointment_visits;
        for tk in &tickets {
            if let Some(c) = first_contact.get(&tk.id)
                && let Some(w) = c.waited_seconds
            {
                waits.push(i64::from(w));
            }
            if tk.status == TicketStatus::Done {
                closed += 1;
                if !transferred.contains_key(&tk.id) {
                    closed_without_transfer += 1;
                }
            }
        }
        let visitors = tickets.len() + appointment_visits;
        let within = waits.iter().filter(|w| **w <= 15 * 60).count();

        let appointments: Vec<appointment::Model> = appointment::Entity::find()
            .filter(appointment::Column::StartsAt.gte(from))
            .filter(appointment::Column::StartsAt.lt(to))
            .all(db)
            .await
            .unwrap();
        let kept = appointments
            .iter()
            .filter(|a| a.status == AppointmentStatus::Done)
            .count();
        let due = appointments
            .iter()
            .filter(|a| {
                matches!(
                    a.status,
                    AppointmentStatus::Done
                        | AppointmentStatus::NoShow
                        | AppointmentStatus::Cancelled
                )
            })
            .count();

        let requests: Vec<request::Model> = request::Entity::find()
            .filter(request::Column::ReceivedAt.gte(from))
            .filter(request::Column::ReceivedAt.lt(to))
            .filter(request::Column::MergedIntoId.is_null())
            .all(db)
            .await
            .unwrap();
        let (mut on_time, mut settled) = (0, 0);
        for r in &requests {
            let Some(due) = r.due_at else { continue };
            match r.answered_at {
                Some(at) => {
                    settled += 1;
                    on_time += usize::from(at <= due);
                }
                None if due < to => settled += 1,
                None => {}
            }
        }

        let surveys: Vec<survey_response::Model> = survey_response::Entity::find()
            .filter(survey_response::Column::CreatedAt.gte(from))
            .filter(survey_response::Column::CreatedAt.lt(to))
            .all(db)
            .await
            .unwrap();
        let answered: Vec<&survey_response::Model> =
            surveys.iter().filter(|s| s.score.is_some()).collect();
        let happy = answered.iter().filter(|s| s.score == Some(3)).count();

        let app = app(&t);
        let nadia = agent_id(db, "Nadia Rahimi").await;
        let cookies = signed_in_cookies(&app, &t, nadia, "7315").await;
        let query = format!("du={first}&au={last}");
        let (status, _, html) =
            send(&app, get_as(&format!("/agent/pilotage?{query}"), &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            visitors > 20_000,
            "{label}: a year of two sites, {visitors} visitors"
        );
        assert_eq!(card(&html, "visitors"), visitors.to_string(), "{label}");
        assert_eq!(
            card(&html, "wait-median"),
            format!("{} min", french(median(waits.clone()) / 60.0)),
            "{label}"
        );
        assert_eq!(
            card(&html, "wait-p90"),
            format!("{} min", french(p90(waits.clone()) / 60.0)),
            "{label}"
        );
        assert_eq!(
            card(&html, "within-15"),
            format!("{} %", french(share(within, waits.len()))),
            "{label}"
        );
        assert_eq!(
            card(&html, "front-desk"),
            format!("{} %", french(share(closed_without_transfer, closed))),
            "{label}"
        );
        assert_eq!(
            card(&html, "appointments-kept"),
            format!("{} %", french(share(kept, due))),
            "{label}"
        );
        assert_eq!(
            card(&html, "requests-on-time"),
            format!("{} %", french(share(on_time, settled))),
            "{label}"
        );
        assert_eq!(
            card(&html, "satisfaction"),
            format!("{} %", french(share(happy, answered.len()))),
            "{label}"
        );
        assert_eq!(
            card(&html, "response-rate"),
            format!("{} %", french(share(answered.len(), surveys.len()))),
            "{label}"
        );
        // Twelve months drawn, each with its table; every indicator defined on the page.
        assert!(html.matches("class=\"chart\"").count() >= 3, "{label}");
        for id in [
            "visitors",
            "wait-p90",
            "within-15",
            "waitlist-taken",
            "letters-answered",
            "instant-answers",
            "comments",
        ] {
            assert!(
                html.contains(&format!("id=\"def-{id}\"")),
                "{label}: {id} defined"
            );
        }
        // The comments residents wrote, personal data masked.
        assert!(
            html.contains("Mme •••"),
            "{label}: names after a civility are masked"
        );
        assert!(
            !html.contains("06 39 98 12 34"),
            "{label}: phone numbers are masked"
        );

        // The visits export: every visit, one row each, for a French spreadsheet.
        let (status, headers, csv) = send(
            &app,
            get_as(
                &format!("/agent/pilotage/export.csv?{query}&fichier=visites"),
                &cookies,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            headers[http::header::CONTENT_DISPOSITION]
                .to_str()
                .unwrap()
                .contains(".csv")
        );
        assert!(csv.starts_with('\u{feff}'), "{label}: a BOM");
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert!(
            lines[0].contains("Arrivée;Lieu;Service;Agent;Attente (min)"),
            "{label}: {}",
            lines[0]
        );
        assert_eq!(lines.len() - 1, visitors, "{label}: every visit, no cap");
        let (_, _, figures) = send(
            &app,
            get_as(
                &format!("/agent/pilotage/export.csv?{query}&fichier=indicateurs"),
                &cookies,
            ),
        )
        .await;
        assert!(
            figures.contains(&format!(
                "Toute la commune;Toute la commune;Visiteurs;nombre;{visitors};"
            )),
            "{label}"
        );
        assert!(figures.contains(";Attente médiane;minutes;"), "{label}");

        // A comment that a spreadsheet would run as a formula, and a phone number in it.
        survey_response::ActiveModel {
            token_hash: Set("formula-test".into()),
            site_id: Set(None),
            channel: Set("desk".into()),
            language: Set("fr".into()),
            score: Set(Some(1)),
            comment: Set(Some(
                "=HYPERLINK(\"http://x\") rappel au 06 12 34 56 78".into(),
            )),
            created_at: Set(Utc::now() - Duration::hours(1)),
            answered_at: Set(Some(Utc::now())),
            source: Set("sms".into()),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        let (_, _, answers) = send(
            &app,
            get_as(
                &format!("/agent/pilotage/export.csv?{query}&fichier=avis"),
                &cookies,
            ),
        )
        .await;
        assert!(
            answers.contains("\"'=HYPERLINK(\"\"http://x\"\") rappel au •••\""),
            "{label}"
        );
        assert!(!answers.contains("06 12 34 56 78"), "{label}");

        // Refused filters: the page says why and shows the last 30 days.
        let (_, _, refused) = send(&app, get_as("/agent/pilotage?du=demain", &cookies)).await;
        assert!(refused.contains("AAAA-MM-JJ"), "{label}");

        // Everyone's results: no name of anyone.
        let (status, _, public) =
            send(&app, get("/statistiques").body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            public.contains("Nos résultats de qualité de service"),
            "{label}"
        );
        for name in ["Camille Martin", "Nadia Rahimi", "Karim Haddad", "Mme •••"] {
            assert!(!public.contains(name), "{label}: {name} on the public page");
        }
        let (status, _, _) = send(
            &app,
            get("/statistiques?annee=1990").body(Body::empty()).unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{label}");

        // A counsellor reaches neither the page nor the exports.
        let camille = agent_id(db, "Camille Martin").await;
        let counsellor = signed_in_cookies(&app, &t, camille, "2468").await;
        let (status, _, _) = send(&app, get_as("/agent/pilotage/export.csv", &counsellor)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{label}");
        let (status, _, page) = send(&app, get_as("/agent/pilotage", &counsellor)).await;
        assert_ne!(status, StatusCode::OK, "{label}");
        assert!(!page.contains("kpi-value"), "{label}");
        t.drop_db().await;
    }
}
