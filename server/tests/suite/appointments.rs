//! An appointment's life after booking, on SQLite and PostgreSQL: the messages it queues,
//! moving (atomic), cancelling (deadline), reminders, and the waitlist chain (cancel →
//! offer held → expiry → next person → accepted).

use crate::common::town::{one_slot_a_day, request, target_day};
use app::booking::changes::{ChangedBy, by_token, cancel, move_to};
use app::booking::reminders::queue_due;
use app::booking::slots::Slot;
use app::booking::store::{Booked, BookingError, availability, book};
use app::booking::waitlist::{NewEntry, accept, expire_offers, join, offer_freed};
use app::statuses::AppointmentStatus;
use app::store::begin_write;
use app::store::entities::{appointment, notification, waitlist_entry};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

async fn messages(db: &DatabaseConnection) -> Vec<notification::Model> {
    notification::Entity::find()
        .order_by_asc(notification::Column::Id)
        .all(db)
        .await
        .unwrap()
}

fn booked(outcome: Booked) -> (appointment::Model, String) {
    (outcome.appointment, outcome.token)
}

/// What came of a change, refusals included, as one value to match: the store answers
/// the refusals as errors.
#[derive(Debug)]
enum Change {
    Done(Box<appointment::Model>),
    SlotTaken(Vec<Slot>),
    TooLate,
    NotChangeable,
}

fn change(outcome: Result<appointment::Model, BookingError>) -> Result<Change, BookingError> {
    match outcome {
        Ok(a) => Ok(Change::Done(Box::new(a))),
        Err(BookingError::SlotTaken(nearest)) => Ok(Change::SlotTaken(nearest)),
        Err(BookingError::TooLate) => Ok(Change::TooLate),
        Err(BookingError::NotChangeable) => Ok(Change::NotChangeable),
        Err(other) => Err(other),
    }
}

/// What came of accepting an offer, as one value to match.
#[derive(Debug)]
enum Acceptance {
    Booked(Box<appointment::Model>, String),
    Expired,
}

fn acceptance(outcome: Result<Booked, BookingError>) -> Result<Acceptance, BookingError> {
    match outcome {
        Ok(b) => Ok(Acceptance::Booked(Box::new(b.appointment), b.token)),
        Err(BookingError::OfferExpired) => Ok(Acceptance::Expired),
        Err(other) => Err(other),
    }
}

#[tokio::test]
async fn booking_queues_the_confirmation_in_the_residents_language() {
    for t in crate::common::both().await {
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
        let (a, token) = booked(book(&t.db, &policy, &req, now).await.unwrap());

        assert_eq!(token, policy.links.token(&a.reference), "{}", t.label());
        assert_eq!(
            by_token(&t.db, &token).await.unwrap().map(|x| x.id),
            Some(a.id)
        );
        assert_eq!(by_token(&t.db, &"0".repeat(32)).await.unwrap(), None);

        let sent = messages(&t.db).await;
        assert_eq!(sent.len(), 2, "{}: an SMS and an e-mail", t.label());
        let sms = sent.iter().find(|m| m.channel == "sms").unwrap();
        assert_eq!(sms.recipient, "+33612345678");
        assert_eq!(sms.language, "ar");
        assert!(sms.body.contains("البلدية"), "{}", sms.body);
        assert!(sms.body.contains(&a.reference));
        assert!(sms.body.contains(&format!(
            "{}/rendez-vous/{token}",
            crate::common::PUBLIC_URL
        )));
        let mail = sent.iter().find(|m| m.channel == "email").unwrap();
        assert_eq!(mail.recipient, "amina@example.org");
        assert!(mail.subject.as_deref().unwrap().contains("تأكيد"));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn moving_takes_the_new_time_before_giving_up_the_old_one() {
    for t in crate::common::both().await {
        let policy = crate::common::policy();
        let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
        let day = target_day();
        let now = Utc::now();
        let first = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap()[0]
            .start;
        let next_day = day + Duration::days(1);
        let second = availability(
            &t.db,
            site_id,
            motif_id,
            next_day,
            next_day + Duration::days(7),
            now,
        )
        .await
        .unwrap()[0]
            .start;
        let (mine, _) = booked(
            book(&t.db, &policy, &request(site_id, motif_id, first, 1), now)
                .await
                .unwrap(),
        );
        let (theirs, _) = booked(
            book(&t.db, &policy, &request(site_id, motif_id, second, 2), now)
                .await
                .unwrap(),
        );
        let resident = ChangedBy::Resident {
            deadline: policy.cancel_deadline,
        };

        // The other time is taken: nothing changes, the nearest free times are offered.
        match change(move_to(&t.db, &policy, mine.id, theirs.starts_at, resident, now).await)
            .unwrap()
        {
            Change::SlotTaken(nearest) => {
                assert!(nearest.iter().all(|s| s.start != theirs.starts_at))
            }
            other => panic!("{}: {other:?}", t.label()),
        }
        let unchanged = appointment::Entity::find_by_id(mine.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            unchanged.starts_at,
            first,
            "{}: still the old time",
            t.label()
        );

        // A free time: moved in one go, the old time free again, a message queued.
        let third_day = paris_date(second) + Duration::days(1);
        let free = availability(
            &t.db,
            site_id,
            motif_id,
            third_day,
            third_day + Duration::days(7),
            now,
        )
        .await
        .unwrap()[0]
            .start;
        match change(move_to(&t.db, &policy, mine.id, free, resident, now).await).unwrap() {
            Change::Done(moved) => assert_eq!(moved.starts_at, free),
            other => panic!("{}: {other:?}", t.label()),
        }
        let again = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap();
        assert_eq!(again.len(), 1, "{}: the old slot is free again", t.label());
        assert!(
            messages(&t.db)
                .await
                .iter()
                .any(|m| m.template == "appointment-moved")
        );
        t.drop_db().await;
    }
}

fn paris_date(at: DateTime<Utc>) -> chrono::NaiveDate {
    app::calendar::paris_today(at)
}

#[tokio::test]
async fn residents_cancel_until_the_deadline_staff_any_time() {
    for t in crate::common::both().await {
        let policy = crate::common::policy();
        let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
        let day = target_day();
        let now = Utc::now();
        let start = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap()[0]
            .start;
        let (a, _) = booked(
            book(&t.db, &policy, &request(site_id, motif_id, start, 1), now)
                .await
                .unwrap(),
        );
        let resident = ChangedBy::Resident {
            deadline: policy.cancel_deadline,
        };

        let an_hour_before = start - Duration::hours(1);
        assert!(matches!(
            change(cancel(&t.db, &policy, a.id, None, resident, an_hour_before).await).unwrap(),
            Change::TooLate
        ));
        let three_hours_before = start - Duration::hours(3);
        assert!(matches!(
            change(
                cancel(
                    &t.db,
                    &policy,
                    a.id,
                    Some("resident".into()),
                    resident,
                    three_hours_before
                )
                .await
            )
            .unwrap(),
            Change::Done(_)
        ));
        assert!(
            matches!(
                change(cancel(&t.db, &policy, a.id, None, ChangedBy::Staff, an_hour_before).await)
                    .unwrap(),
                Change::NotChangeable
            ),
            "{}: already cancelled",
            t.label()
        );
        let cancelled = messages(&t.db).await;
        assert!(
            cancelled
                .iter()
                .any(|m| m.template == "appointment-cancelled")
        );
        assert_eq!(
            availability(&t.db, site_id, motif_id, day, day, now)
                .await
                .unwrap()
                .len(),
            1
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn reminders_go_out_once_two_days_before_and_on_the_morning() {
    for t in crate::common::both().await {
        let policy = crate::common::policy();
        let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
        let day = target_day();
        let booked_at = Utc::now();
        let start = availability(&t.db, site_id, motif_id, day, day, booked_at)
            .await
            .unwrap()[0]
            .start;
        booked(
            book(
                &t.db,
                &policy,
                &request(site_id, motif_id, start, 1),
                booked_at,
            )
            .await
            .unwrap(),
        );
        let count = |template: &'static str| {
            let db = t.db.clone();
            async move {
                messages(&db)
                    .await
                    .iter()
                    .filter(|m| m.template == template)
                    .count()
            }
        };
        // Three days before: nothing yet.
        assert_eq!(
            queue_due(&t.db, &policy, start - Duration::days(3))
                .await
                .unwrap(),
            0
        );
        // Two days before, in the afternoon: one reminder, however often the worker runs.
        let two_days = start - Duration::days(2) + Duration::hours(1);
        queue_due(&t.db, &policy, two_days).await.unwrap();
        queue_due(&t.db, &policy, two_days + Duration::minutes(1))
            .await
            .unwrap();
        assert_eq!(count("appointment-reminder").await, 1, "{}", t.label());
        // The morning of: the day's reminder.
        let morning = start - Duration::minutes(20);
        queue_due(&t.db, &policy, morning).await.unwrap();
        assert_eq!(count("appointment-today").await, 1, "{}", t.label());
        assert_eq!(count("appointment-reminder").await, 1);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_freed_slot_goes_down_the_waitlist_until_someone_takes_it() {
    for t in crate::common::both().await {
        let policy = crate::common::policy();
        let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
        let day = target_day();
        let now = Utc::now();
        let start = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap()[0]
            .start;
        let (taken, _) = booked(
            book(&t.db, &policy, &request(site_id, motif_id, start, 0), now)
                .await
                .unwrap(),
        );
        let entry = |who: &str, phone: &str| NewEntry {
            site_id,
            motif_id,
            from: day - Duration::days(1),
            to: day + Duration::days(1),
            contact_name: who.into(),
            phone: Some(phone.into()),
            email: None,
            language: "uk".into(),
        };
        let first = join(&t.db, &entry("Olena", "+33611111111"), now)
            .await
            .unwrap();
        let second = join(
            &t.db,
            &entry("Petro", "+33622222222"),
            now + Duration::seconds(1),
        )
        .await
        .unwrap();

        // A cancellation offers the time to the first person, held for them.
        cancel(&t.db, &policy, taken.id, None, ChangedBy::Staff, now)
            .await
            .unwrap();
        let offered = waitlist_entry::Entity::find_by_id(first.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(offered.status, "offered", "{}", t.label());
        assert_eq!(offered.offer_starts_at, Some(start));
        assert!(
            availability(&t.db, site_id, motif_id, day, day, now)
                .await
                .unwrap()
                .is_empty(),
            "{}: nobody else can book a held slot",
            t.label()
        );
        let offer_sms = messages(&t.db)
            .await
            .into_iter()
            .find(|m| m.recipient == "+33611111111")
            .unwrap();
        assert_eq!(offer_sms.template, "appointment-offer");
        assert!(offer_sms.body.contains("Мерія"), "{}", offer_sms.body);
        let first_token = offer_token_from(&offer_sms.body);

        // The hold runs out: the next person gets it; the first link no longer books.
        let later = now + policy.offer_hold + Duration::minutes(1);
        assert_eq!(expire_offers(&t.db, &policy, later).await.unwrap(), 1);
        let expired = waitlist_entry::Entity::find_by_id(first.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(expired.status, "expired");
        assert!(matches!(
            acceptance(accept(&t.db, &policy, &first_token, later).await).unwrap(),
            Acceptance::Expired
        ));
        let second_sms = messages(&t.db)
            .await
            .into_iter()
            .find(|m| m.recipient == "+33622222222")
            .unwrap();
        let second_token = offer_token_from(&second_sms.body);

        // The second person accepts within the hold: a booked appointment in their name.
        match acceptance(accept(&t.db, &policy, &second_token, later + Duration::minutes(5)).await)
            .unwrap()
        {
            Acceptance::Booked(a, link) => {
                assert_eq!(a.starts_at, start);
                assert_eq!(a.contact_name, "Petro");
                assert_eq!(a.language, "uk");
                assert_eq!(link, policy.links.token(&a.reference));
            }
            other => panic!("{}: {other:?}", t.label()),
        }
        let done = waitlist_entry::Entity::find()
            .filter(waitlist_entry::Column::Id.eq(second.id))
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(done.status, "accepted");
        // Nothing left to offer: a second expiry pass changes nothing.
        let txn = begin_write(&t.db).await.unwrap();
        assert!(
            offer_freed(&txn, &policy, site_id, start, later)
                .await
                .unwrap()
                .is_none()
        );
        txn.commit().await.unwrap();
        t.drop_db().await;
    }
}

/// The token at the end of an offer's link in a message.
fn offer_token_from(body: &str) -> String {
    let at = body.find("/rendez-vous/offre/").expect("an offer link") + "/rendez-vous/offre/".len();
    body[at..at + 32].to_owned()
}

#[tokio::test]
async fn a_desk_cancellation_and_its_audit_row_are_written_together() {
    use app::booking::agenda::store::cancel_at_desk;
    for t in crate::common::both().await {
        let label = t.label();
        let policy = crate::common::policy();
        let (site_id, motif_id) = one_slot_a_day(&t.db, 1).await;
        let day = target_day();
        let now = Utc::now();
        let start = availability(&t.db, site_id, motif_id, day, day, now)
            .await
            .unwrap()[0]
            .start;
        let (a, _) = booked(
            book(&t.db, &policy, &request(site_id, motif_id, start, 1), now)
                .await
                .unwrap(),
        );
        let (device, _) = crate::common::workstation(&t.db, "Accueil 1").await;
        let identity = app::staff::identity::StaffIdentity {
            agent_id: a.agent_id.unwrap(),
            agent_name: "Conseiller 0".into(),
            role: app::staff::roles::Role::Counsellor,
            device_id: device.id,
            device_name: device.name.clone(),
        };
        let before = messages(&t.db).await.len();
        crate::common::audit_log_down(&t).await;
        let refused =
            cancel_at_desk(&t.db, &policy, &identity, a.id, "resident-request", now).await;
        assert!(refused.is_err(), "{label}");
        let row = appointment::Entity::find_by_id(a.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            row.status,
            AppointmentStatus::Booked,
            "{label}: still booked"
        );
        assert_eq!(messages(&t.db).await.len(), before, "{label}: nobody told");
        crate::common::audit_log_up(&t).await;
        cancel_at_desk(&t.db, &policy, &identity, a.id, "resident-request", now)
            .await
            .unwrap();
        let row = appointment::Entity::find_by_id(a.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, AppointmentStatus::Cancelled, "{label}");
        let actions = crate::common::audit_actions(&t.db).await;
        assert_eq!(
            actions
                .iter()
                .filter(|a| *a == "appointment.cancel")
                .count(),
            1,
            "{label}: {actions:?}"
        );
        t.drop_db().await;
    }
}
