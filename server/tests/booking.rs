//! Booking against SQLite and PostgreSQL: many residents at once on the last free slot,
//! exactly one wins; the others are offered the nearest free slots.

mod common;

use app::booking::store::{Booking, NewAppointment, availability, book};
use app::store::entities::{
    agent_schedule, agent_skill, appointment, motif, opening_hour, service, site,
};
use chrono::{Duration, NaiveDate, NaiveTime, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};

/// A site open every day 09:00–09:30 with `agents` counsellors: one 30-minute slot a day.
async fn one_slot_a_day(db: &DatabaseConnection, agents: usize) -> (i32, i32) {
    let now = Utc::now();
    let site = site::ActiveModel {
        slug: Set("test".into()),
        name: Set("Mairie test".into()),
        address: Set("1 rue du Test".into()),
        postal_code: Set("99999".into()),
        city: Set("Testville".into()),
        alsace_moselle: Set(false),
        tickets_from_home: Set(false),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    let half = NaiveTime::from_hms_opt(9, 30, 0).unwrap();
    for day in 0..7 {
        opening_hour::ActiveModel {
            site_id: Set(site.id),
            weekday: Set(day),
            opens: Set(nine),
            closes: Set(half),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
    let service = service::ActiveModel {
        slug: Set("etat-civil".into()),
        name: Set("État civil".into()),
        ticket_letter: Set("E".into()),
        handled_by_experts: Set(false),
        position: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let motif = motif::ActiveModel {
        service_id: Set(service.id),
        slug: Set("acte".into()),
        name: Set("Acte de naissance".into()),
        duration_minutes: Set(30),
        buffer_minutes: Set(0),
        documents: Set(String::new()),
        bookable_online: Set(true),
        min_delay_hours: Set(2),
        max_delay_days: Set(60),
        active: Set(true),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    for i in 0..agents {
        let id = common::agent(db, &format!("Conseiller {i}"), "counsellor", "2468").await;
        agent_skill::ActiveModel {
            agent_id: Set(id),
            motif_id: Set(motif.id),
        }
        .insert(db)
        .await
        .unwrap();
        for day in 0..7 {
            agent_schedule::ActiveModel {
                agent_id: Set(id),
                site_id: Set(site.id),
                weekday: Set(day),
                starts: Set(nine),
                ends: Set(half),
                ..Default::default()
            }
            .insert(db)
            .await
            .unwrap();
        }
    }
    (site.id, motif.id)
}

/// A working day a week or so ahead that is not a public holiday.
fn target_day() -> NaiveDate {
    let mut day = app::calendar::paris_today(Utc::now()) + Duration::days(7);
    while app::calendar::holidays::holiday_on(day, false).is_some() {
        day += Duration::days(1);
    }
    day
}

fn request(
    site_id: i32,
    motif_id: i32,
    starts_at: chrono::DateTime<Utc>,
    who: usize,
) -> NewAppointment {
    NewAppointment {
        site_id,
        motif_id,
        starts_at,
        contact_name: format!("Résident {who}"),
        phone: Some("+33612345678".into()),
        email: None,
        language: "fr".into(),
        interpreter_language: None,
        accessibility_need: None,
        note: None,
    }
}

#[tokio::test]
async fn fifty_residents_on_the_last_slot_exactly_one_wins() {
    for t in common::both().await {
        let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
        let day = target_day();
        let now = Utc::now();
        let slots = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap();
        assert_eq!(slots.len(), 1, "{}: one slot that day", t.label());
        let start = slots[0].start;

        let attempts = (0..50).map(|who| {
            let db = t.db.clone();
            let req = request(site_id, motif_id, start, who);
            tokio::spawn(async move { book(&db, &common::policy(), &req, now).await })
        });
        let mut booked = 0;
        let mut taken = 0;
        for attempt in attempts {
            match attempt.await.unwrap().unwrap() {
                Booking::Booked { appointment, token } => {
                    booked += 1;
                    assert_eq!(appointment.starts_at, start);
                    assert!(token.len() >= 32, "at least 128 bits");
                    assert_ne!(appointment.token_hash, token, "only the hash is stored");
                }
                Booking::SlotTaken { nearest } => {
                    taken += 1;
                    assert!(!nearest.is_empty(), "{}: other days are offered", t.label());
                    assert!(nearest.iter().all(|s| s.start != start));
                }
                Booking::Unavailable => panic!("{}: unavailable", t.label()),
            }
        }
        assert_eq!((booked, taken), (1, 49), "{}", t.label());
        assert_eq!(appointment::Entity::find().count(&t.db).await.unwrap(), 1);
        assert!(
            availability(&t.db, site_id, motif_id, day, day, now)
                .await
                .unwrap()
                .is_empty()
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn capacity_is_one_booking_per_free_agent() {
    for t in common::both().await {
        let (site_id, motif_id) = one_slot_a_day(&t.db, 2).await;
        let day = target_day();
        let now = Utc::now();
        let start = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap()[0]
            .start;
        let mut agents = Vec::new();
        for who in 0..3 {
            match book(
                &t.db,
                &common::policy(),
                &request(site_id, motif_id, start, who),
                now,
            )
            .await
            .unwrap()
            {
                Booking::Booked { appointment, .. } => agents.push(appointment.agent_id),
                Booking::SlotTaken { .. } => {
                    assert_eq!(who, 2, "{}: the third finds it full", t.label())
                }
                Booking::Unavailable => panic!(),
            }
        }
        assert_eq!(agents.len(), 2);
        assert_ne!(agents[0], agents[1], "{}: two different agents", t.label());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn no_slot_sooner_than_the_minimum_delay_nor_on_a_holiday() {
    let t = common::TestDb::sqlite().await;
    let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
    let christmas = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
    let before = NaiveDate::from_ymd_opt(2026, 12, 1)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap()
        .and_utc();
    assert!(
        availability(&t.db, site_id, motif_id, christmas, christmas, before)
            .await
            .unwrap()
            .is_empty()
    );
    // 08:00 Paris on a day: the 09:00 slot is within the two-hour minimum delay.
    let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let early = day.and_hms_opt(7, 0, 0).unwrap().and_utc();
    assert!(
        availability(&t.db, site_id, motif_id, day, day, early)
            .await
            .unwrap()
            .is_empty()
    );
    let evening_before = (day - Duration::days(1))
        .and_hms_opt(18, 0, 0)
        .unwrap()
        .and_utc();
    assert_eq!(
        availability(&t.db, site_id, motif_id, day, day, evening_before)
            .await
            .unwrap()
            .len(),
        1
    );
    t.drop_db().await;
}
