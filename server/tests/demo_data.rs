//! The demo town loads once, on SQLite and PostgreSQL, with enough realistic activity for
//! the indicators to come.

mod common;

use app::store::entities::{agent, contact, motif, service, site, ticket};
use sea_orm::{EntityTrait, PaginatorTrait};
use std::collections::BTreeSet;

#[tokio::test]
async fn the_demo_town_loads_once_with_ninety_days_of_activity() {
    for t in common::both().await {
        let started = std::time::Instant::now();
        let report = server::demo::load(&t.db, common::PEPPER).await.unwrap();
        eprintln!("{}: demo load took {:?}", t.label(), started.elapsed());
        assert!(report.loaded_now);
        assert!(
            report.enrolment_code.is_some(),
            "a code to enrol the first workstation"
        );
        assert!(report.to_string().contains("Camille Martin"));

        assert_eq!(
            site::Entity::find().count(&t.db).await.unwrap(),
            2,
            "{}",
            t.label()
        );
        assert_eq!(service::Entity::find().count(&t.db).await.unwrap(), 6);
        assert!(motif::Entity::find().count(&t.db).await.unwrap() >= 12);
        let agents = agent::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(agents.len(), 8);
        for role in ["counsellor", "expert", "interpreter", "supervisor", "admin"] {
            assert!(
                agents.iter().any(|a| a.role == role),
                "{}: no {role}",
                t.label()
            );
        }
        let camille = agents
            .iter()
            .find(|a| a.display_name == "Camille Martin")
            .unwrap();
        assert!(app::staff::pin::verify_pin(
            common::PEPPER,
            "2468",
            &camille.pin_hash
        ));

        let tickets = ticket::Entity::find().all(&t.db).await.unwrap();
        let days: BTreeSet<_> = tickets.iter().map(|t| t.day).collect();
        assert!(
            days.len() >= 55,
            "{}: only {} days of tickets",
            t.label(),
            days.len()
        );
        for day in &days {
            assert!(
                app::calendar::holidays::holiday_on(*day, false).is_none(),
                "ticket on holiday {day}"
            );
        }
        let contacts = contact::Entity::find().all(&t.db).await.unwrap();
        let channels: BTreeSet<_> = contacts.iter().map(|c| c.channel.as_str()).collect();
        for channel in ["desk", "phone", "email", "letter", "web", "outbound_call"] {
            assert!(
                channels.contains(channel),
                "{}: no {channel} contact",
                t.label()
            );
        }
        let waits: Vec<i32> = contacts.iter().filter_map(|c| c.waited_seconds).collect();
        let within_15 = waits.iter().filter(|w| **w <= 900).count() as f64 / waits.len() as f64;
        assert!(
            (0.80..0.98).contains(&within_15),
            "{}: {within_15:.2} served within 15 min",
            t.label()
        );

        // A second start changes nothing.
        let again = server::demo::load(&t.db, common::PEPPER).await.unwrap();
        assert!(!again.loaded_now);
        assert_eq!(
            ticket::Entity::find().count(&t.db).await.unwrap(),
            tickets.len() as u64
        );
        t.drop_db().await;
    }
}
