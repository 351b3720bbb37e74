//! Booking against SQLite and PostgreSQL: many residents at once on the last free slot,
//! exactly one wins; the others are offered the nearest free slots.

use crate::common::town::{one_slot_a_day, request, target_day};
use app::booking::slots::Slot;
use app::booking::store::{Booked, BookingError, availability, book};
use app::store::entities::appointment;
use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{EntityTrait, PaginatorTrait};

/// What came of a booking, refusals included, as one value to match: the store answers
/// the refusals as errors.
#[derive(Debug)]
enum Booking {
    Booked {
        appointment: Box<appointment::Model>,
        token: String,
    },
    SlotTaken {
        nearest: Vec<Slot>,
    },
    Unavailable,
}

fn booking(outcome: Result<Booked, BookingError>) -> Result<Booking, BookingError> {
    match outcome {
        Ok(Booked { appointment, token }) => Ok(Booking::Booked {
            appointment: Box::new(appointment),
            token,
        }),
        Err(BookingError::SlotTaken(nearest)) => Ok(Booking::SlotTaken { nearest }),
        Err(BookingError::NotFound) => Ok(Booking::Unavailable),
        Err(other) => Err(other),
    }
}

#[tokio::test]
async fn fifty_residents_on_the_last_slot_exactly_one_wins() {
    for t in crate::common::both().await {
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
            tokio::spawn(
                async move { booking(book(&db, &crate::common::policy(), &req, now).await) },
            )
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
    for t in crate::common::both().await {
        let (site_id, motif_id) = one_slot_a_day(&t.db, 2).await;
        let day = target_day();
        let now = Utc::now();
        let start = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap()[0]
            .start;
        let mut agents = Vec::new();
        for who in 0..3 {
            match booking(
                book(
                    &t.db,
                    &crate::common::policy(),
                    &request(site_id, motif_id, start, who),
                    now,
                )
                .await,
            )
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
    let t = crate::common::TestDb::sqlite().await;
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
