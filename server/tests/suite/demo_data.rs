//! The demo town loads once, on SQLite and PostgreSQL, with enough realistic activity for
//! the indicators: open days only, waits mostly under 15 minutes, every channel.

use app::calendar::hours::{Closure, WeeklyHours, is_open_at};
use app::store::entities::{
    agent, agent_skill, appointment, closure, contact, device, motif, opening_hour, request,
    request_event, service, site, survey_response, ticket,
};
use chrono::{Datelike, Duration, Utc, Weekday};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};
use std::collections::{BTreeSet, HashMap};

const AGENTS: [(&str, &str, &str); 8] = [
    ("Camille Martin", "counsellor", "2468"),
    ("Karim Haddad", "counsellor", "1357"),
    ("Sofia Almeida", "counsellor", "8024"),
    ("Élise Bernard", "expert", "5791"),
    ("Thomas Leroy", "expert", "3690"),
    ("Daria Kovalenko", "interpreter", "4826"),
    ("Nadia Rahimi", "supervisor", "7315"),
    ("Julien Moreau", "admin", "9052"),
];

/// Rows in the tables the demo fills, to compare before and after a second load.
async fn row_counts(db: &DatabaseConnection) -> [u64; 8] {
    [
        site::Entity::find().count(db).await.unwrap(),
        agent::Entity::find().count(db).await.unwrap(),
        ticket::Entity::find().count(db).await.unwrap(),
        appointment::Entity::find().count(db).await.unwrap(),
        contact::Entity::find().count(db).await.unwrap(),
        request::Entity::find().count(db).await.unwrap(),
        request_event::Entity::find().count(db).await.unwrap(),
        survey_response::Entity::find().count(db).await.unwrap(),
    ]
}

/// Opening hours and closures of every site, as the booking engine reads them.
async fn site_calendars(db: &DatabaseConnection) -> HashMap<i32, (WeeklyHours, Vec<Closure>)> {
    let hours = opening_hour::Entity::find().all(db).await.unwrap();
    let closures = closure::Entity::find().all(db).await.unwrap();
    site::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| {
            let weekly = WeeklyHours::from_rows(
                hours
                    .iter()
                    .filter(|h| h.site_id == s.id)
                    .map(|h| (h.weekday, h.opens, h.closes)),
            );
            let closed = closures
                .iter()
                .filter(|c| c.site_id.is_none_or(|id| id == s.id))
                .map(|c| Closure {
                    starts_on: c.starts_on,
                    ends_on: c.ends_on,
                })
                .collect();
            (s.id, (weekly, closed))
        })
        .collect()
}

#[tokio::test]
async fn the_demo_town_loads_once_with_ninety_days_of_activity() {
    for t in crate::common::both().await {
        let label = t.label();
        let db = &t.db;
        let started = std::time::Instant::now();
        let report = server::demo::load(db, crate::common::PEPPER).await.unwrap();
        eprintln!("{label}: demo load took {:?}", started.elapsed());
        eprintln!("{report}");
        let counts = report.loaded_now.expect("first load loads");
        // The procedure sheets: 45 in French with their FALC version, ten of them in the
        // ten other languages, every text published.
        use app::store::entities::{procedure_sheet, procedure_text};
        assert_eq!(
            procedure_sheet::Entity::find().count(db).await.unwrap(),
            45,
            "{label}"
        );
        assert_eq!(
            procedure_text::Entity::find().count(db).await.unwrap(),
            45 * 2 + 10 * 10 * 2,
            "{label}"
        );
        // Identity cards and passports need the Hôtel de ville's fingerprint device: the
        // sheet says so, and booking serves them there only.
        let cni = motif::Entity::find()
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .find(|m| m.slug == "cni-passeport-depot")
            .unwrap();
        let served = app::booking::store::sites_of_motif(db, cni.id)
            .await
            .unwrap();
        let hall = site::Entity::find()
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .find(|s| s.slug == "hotel-de-ville")
            .unwrap();
        assert_eq!(served, vec![hall.id], "{label}");
        let code = report
            .enrolment_code
            .clone()
            .expect("a code to enrol the first workstation");
        let printed = report.to_string();
        assert!(printed.contains("Agents de démonstration :"));
        assert!(printed.contains("  Camille Martin — conseillère — PIN 2468"));
        assert!(printed.contains(&format!("Code d'enregistrement de ce poste : {code}")));
        assert!(printed.contains("/agent/poste"));

        // The town.
        let sites = site::Entity::find().all(db).await.unwrap();
        let slugs: BTreeSet<_> = sites.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(
            slugs,
            BTreeSet::from(["france-services-tilleuls", "hotel-de-ville"]),
            "{label}"
        );
        let hall = sites.iter().find(|s| s.slug == "hotel-de-ville").unwrap();
        let tilleuls = sites.iter().find(|s| s.slug != "hotel-de-ville").unwrap();
        assert!(hall.tickets_from_home && !tilleuls.tickets_from_home);
        let services = service::Entity::find().all(db).await.unwrap();
        let letters: BTreeSet<_> = services.iter().map(|s| s.ticket_letter.as_str()).collect();
        assert_eq!(letters, BTreeSet::from(["A", "C", "E", "F", "S", "U"]));
        let motifs = motif::Entity::find().all(db).await.unwrap();
        assert!(motifs.len() >= 14, "{label}: {} motifs", motifs.len());
        assert!(motifs.iter().any(|m| !m.bookable_online));
        let calendars = site_calendars(db).await;
        let today = app::calendar::paris_today(Utc::now());
        assert!(
            closure::Entity::find()
                .all(db)
                .await
                .unwrap()
                .iter()
                .any(|c| c.starts_on > today),
            "{label}: an upcoming closure"
        );

        // The people, and their PINs.
        let agents = agent::Entity::find().all(db).await.unwrap();
        assert_eq!(agents.len(), 8, "{label}");
        for (name, role, pin) in AGENTS {
            let agent = agents
                .iter()
                .find(|a| a.display_name == name)
                .unwrap_or_else(|| panic!("{label}: no agent {name}"));
            assert_eq!(agent.role, role, "{label}: role of {name}");
            assert!(
                app::staff::pin::verify_pin(crate::common::PEPPER, pin, &agent.pin_hash),
                "{label}: PIN of {name}"
            );
        }
        let skills = agent_skill::Entity::find().all(db).await.unwrap();
        let skilled = |agent_id: i32, motif_id: i32| {
            skills
                .iter()
                .any(|s| s.agent_id == agent_id && s.motif_id == motif_id)
        };

        // Tickets: open days of the last 90 only, during opening hours.
        let tickets = ticket::Entity::find().all(db).await.unwrap();
        assert_eq!(tickets.len(), counts.tickets);
        let days: BTreeSet<_> = tickets.iter().map(|t| t.day).collect();
        assert!(
            days.len() >= 60,
            "{label}: only {} days of tickets",
            days.len()
        );
        assert!(
            days.iter()
                .all(|d| *d < today && *d >= today - Duration::days(90)),
            "{label}: tickets outside the last 90 days"
        );
        for day in &days {
            assert!(
                app::calendar::holidays::holiday_on(*day, false).is_none(),
                "{label}: ticket on public holiday {day}"
            );
            assert_ne!(day.weekday(), Weekday::Sun, "{label}: ticket on a Sunday");
        }
        for t in &tickets {
            let (weekly, closures) = &calendars[&t.site_id];
            assert!(
                is_open_at(weekly, closures, false, t.issued_at),
                "{label}: ticket {} issued at {} while site {} is closed",
                t.code,
                t.issued_at,
                t.site_id
            );
            let letter = &services
                .iter()
                .find(|s| s.id == t.service_id)
                .unwrap()
                .ticket_letter;
            assert_eq!(t.code, format!("{letter}{:03}", t.number));
        }
        let priority =
            tickets.iter().filter(|t| t.priority != "none").count() as f64 / tickets.len() as f64;
        assert!(
            (0.04..0.14).contains(&priority),
            "{label}: priority {priority:.2}"
        );
        assert!(tickets.iter().any(|t| t.status == "no_show"));

        // Contacts: waits, front-desk share, every channel.
        let contacts = contact::Entity::find().all(db).await.unwrap();
        let channels: BTreeSet<_> = contacts.iter().map(|c| c.channel.as_str()).collect();
        for channel in ["desk", "phone", "email", "letter", "web", "outbound_call"] {
            assert!(channels.contains(channel), "{label}: no {channel} contact");
        }
        let waits: Vec<i32> = contacts.iter().filter_map(|c| c.waited_seconds).collect();
        let within_15 = waits.iter().filter(|w| **w <= 900).count() as f64 / waits.len() as f64;
        assert!(
            (0.80..0.98).contains(&within_15),
            "{label}: {within_15:.3} served within 15 min"
        );
        assert!(waits.iter().all(|w| (0..=46 * 60).contains(w)));
        let queue_contacts: Vec<_> = contacts.iter().filter(|c| c.ticket_id.is_some()).collect();
        let served = tickets.iter().filter(|t| t.status == "done").count();
        assert_eq!(
            queue_contacts.len(),
            served,
            "{label}: one contact per served ticket"
        );
        let at_desk = queue_contacts
            .iter()
            .filter(|c| c.outcome != "transferred")
            .count() as f64
            / queue_contacts.len() as f64;
        assert!(
            (0.65..0.85).contains(&at_desk),
            "{label}: {at_desk:.2} handled at the front desk"
        );
        for c in queue_contacts.iter().filter(|c| c.outcome == "transferred") {
            assert_eq!(c.transferred_to_service_id, c.service_id);
        }

        // Appointments: past ones kept, missed or cancelled; upcoming ones within opening
        // hours, with a skilled agent, some needing an interpreter.
        let appointments = appointment::Entity::find().all(db).await.unwrap();
        let now = Utc::now();
        let (past, upcoming): (Vec<_>, Vec<_>) =
            appointments.iter().partition(|a| a.starts_at < now);
        for status in ["done", "no_show", "cancelled"] {
            assert!(
                past.iter().any(|a| a.status == status),
                "{label}: no {status}"
            );
        }
        assert!(upcoming.len() >= 20, "{label}: {} upcoming", upcoming.len());
        for a in &upcoming {
            assert_eq!(a.status, "booked");
            assert!(a.starts_at < now + Duration::days(16));
            let (weekly, closures) = &calendars[&a.site_id];
            assert!(is_open_at(weekly, closures, false, a.starts_at));
            assert!(is_open_at(
                weekly,
                closures,
                false,
                a.ends_at - Duration::seconds(1)
            ));
            assert!(
                skilled(a.agent_id.unwrap(), a.motif_id),
                "{label}: unskilled agent"
            );
        }
        for lang in ["ar", "uk"] {
            assert!(
                upcoming
                    .iter()
                    .any(|a| a.interpreter_language.as_deref() == Some(lang)),
                "{label}: no upcoming appointment with a {lang} interpreter"
            );
        }
        assert!(upcoming.iter().any(|a| a.accessibility_need.is_some()));

        // Requests: notaries within a week, some answered late, each with its history.
        let requests = request::Entity::find().all(db).await.unwrap();
        assert!(requests.len() >= 60, "{label}: {} requests", requests.len());
        let paris_day = |at: chrono::DateTime<Utc>| app::calendar::paris_today(at);
        let notaries: Vec<_> = requests
            .iter()
            .filter(|r| r.kind == app::statuses::RequestKind::Notary)
            .collect();
        assert!(!notaries.is_empty(), "{label}: no notary request");
        for r in notaries {
            // 7 days, moved to the next open day; later when the clock was stopped.
            assert!(
                r.due_on >= paris_day(r.received_at) + Duration::days(7),
                "{label}"
            );
            // Never on a day the town hall is shut (some sites open on Saturday morning).
            assert!(
                r.due_on.weekday() != chrono::Weekday::Sun
                    && app::calendar::holidays::holiday_on(r.due_on, false).is_none(),
                "{label}: {} due on {}",
                r.reference,
                r.due_on
            );
        }
        let events = request_event::Entity::find().all(db).await.unwrap();
        // Every request can be followed with its code and has its deadline; "due soon"
        // only counts while the clock runs.
        for r in &requests {
            assert_eq!(r.check_code.len(), 8, "{label}");
            let due = r.due_at.expect("a deadline");
            assert_eq!(app::requests::deadline::due_date(due), r.due_on, "{label}");
            assert_eq!(
                r.warn_at.is_some(),
                r.status.clock_runs(),
                "{label}: {}",
                r.reference
            );
        }
        let late = requests
            .iter()
            .filter(|r| r.answered_at.is_some_and(|a| paris_day(a) > r.due_on))
            .count();
        assert!(late > 0, "{label}: no late answer");
        assert!(late * 4 < requests.len(), "{label}: {late} late answers");
        for r in &requests {
            assert!(
                events
                    .iter()
                    .any(|e| e.request_id == r.id && e.kind == "created")
            );
        }

        // Flash surveys: three faces, mostly the happy one, each answer tied to the agent
        // and service of its visit or reply and to the town's open campaign; comments in
        // several languages.
        let surveys = survey_response::Entity::find().all(db).await.unwrap();
        let scores: Vec<i16> = surveys.iter().filter_map(|s| s.score).collect();
        assert!(scores.len() >= 50, "{label}: {} answers", scores.len());
        assert!(
            scores.iter().all(|s| (1..=3).contains(s)),
            "{label}: three faces"
        );
        let happy = scores.iter().filter(|s| **s == 3).count();
        assert!(
            happy * 10 > scores.len() * 6,
            "{label}: {happy} happy of {}",
            scores.len()
        );
        assert!(
            surveys
                .iter()
                .all(|s| s.agent_id.is_some() && s.service_id.is_some() && s.campaign_id.is_some()),
            "{label}"
        );
        assert!(
            surveys.iter().any(|s| s.request_id.is_some())
                && surveys.iter().any(|s| s.contact_id.is_some()),
            "{label}"
        );
        let comment_languages: BTreeSet<_> = surveys
            .iter()
            .filter(|s| s.comment.is_some())
            .map(|s| s.language.as_str())
            .collect();
        assert!(comment_languages.contains("fr") && comment_languages.len() >= 2);

        // A second start changes nothing, and prints a fresh code while none is enrolled.
        let before = row_counts(db).await;
        let again = server::demo::load(db, crate::common::PEPPER).await.unwrap();
        assert!(again.loaded_now.is_none(), "{label}");
        assert_eq!(
            row_counts(db).await,
            before,
            "{label}: second load changed data"
        );
        let fresh = again.enrolment_code.clone().expect("still none enrolled");
        assert_ne!(fresh, code);
        assert!(
            app::staff::store::enrol(db, &code, Utc::now())
                .await
                .unwrap()
                .is_none(),
            "{label}: the first code was retired"
        );

        // Once this computer is enrolled, no more codes.
        assert!(
            app::staff::store::enrol(db, &fresh, Utc::now())
                .await
                .unwrap()
                .is_some()
        );
        let third = server::demo::load(db, crate::common::PEPPER).await.unwrap();
        assert!(third.enrolment_code.is_none());
        assert!(!third.to_string().contains("Code d'enregistrement"));
        assert_eq!(
            device::Entity::find().count(db).await.unwrap(),
            2,
            "{label}: one retired and one enrolled workstation"
        );
        t.drop_db().await;
    }
}
