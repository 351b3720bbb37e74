//! The notification outbox on SQLite and PostgreSQL: a message lives and dies with the
//! transaction that wrote it, the same key sends once, two workers never claim the same
//! message, failures are retried with backoff and then given up.

use app::notifications::backoff::MAX_ATTEMPTS;
use app::notifications::outbox::{
    Channel, LEASE, Outgoing, claim_due, enqueue, hold, mark_failed, mark_sent,
};
use app::store::begin_write;
use app::store::entities::notification;
use chrono::{Duration, SubsecRound, Utc};
use sea_orm::{EntityTrait, PaginatorTrait};
use std::collections::HashSet;

fn message(key: &str) -> Outgoing {
    Outgoing {
        channel: Channel::Sms,
        recipient: "+33612345678".into(),
        language: "ar".into(),
        template: "appointment-confirmed".into(),
        subject: None,
        body: "تم تأكيد موعدك".into(),
        idempotency_key: key.into(),
    }
}

#[tokio::test]
async fn a_message_lives_and_dies_with_its_transaction_and_sends_once() {
    for t in crate::common::both().await {
        let now = Utc::now();
        let txn = begin_write(&t.db).await.unwrap();
        assert!(enqueue(&txn, &message("rolled-back"), now).await.unwrap());
        txn.rollback().await.unwrap();
        assert_eq!(
            notification::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{}",
            t.label()
        );

        let txn = begin_write(&t.db).await.unwrap();
        assert!(
            enqueue(&txn, &message("confirmed:1:sms"), now)
                .await
                .unwrap()
        );
        txn.commit().await.unwrap();
        assert!(
            !enqueue(&t.db, &message("confirmed:1:sms"), now)
                .await
                .unwrap()
        );
        assert_eq!(
            notification::Entity::find().count(&t.db).await.unwrap(),
            1,
            "{}",
            t.label()
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn two_workers_never_claim_the_same_message() {
    for t in crate::common::both().await {
        let now = Utc::now();
        for i in 0..40 {
            enqueue(&t.db, &message(&format!("m{i}")), now)
                .await
                .unwrap();
        }
        let workers = (0..2).map(|_| {
            let db = t.db.clone();
            tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let batch = claim_due(&db, 3, now).await.unwrap();
                    if batch.is_empty() {
                        break mine;
                    }
                    mine.extend(batch.into_iter().map(|m| m.id));
                }
            })
        });
        let mut all = Vec::new();
        for w in workers {
            all.extend(w.await.unwrap());
        }
        let distinct: HashSet<_> = all.iter().collect();
        assert_eq!(all.len(), 40, "{}: every message claimed", t.label());
        assert_eq!(distinct.len(), 40, "{}: none claimed twice", t.label());
        // A worker that died: its messages come back after the lease.
        let again = claim_due(&t.db, 100, now + LEASE + Duration::seconds(1))
            .await
            .unwrap();
        assert_eq!(again.len(), 40);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn failures_back_off_then_give_up_and_successes_are_kept() {
    for t in crate::common::both().await {
        // PostgreSQL keeps microseconds: compare whole seconds.
        let mut now = Utc::now().trunc_subsecs(0);
        enqueue(&t.db, &message("flaky"), now).await.unwrap();
        enqueue(&t.db, &message("fine"), now).await.unwrap();
        let claimed = claim_due(&t.db, 10, now).await.unwrap();
        let fine_row = claimed
            .iter()
            .find(|m| m.idempotency_key == "fine")
            .unwrap();
        let flaky_row = claimed
            .iter()
            .find(|m| m.idempotency_key == "flaky")
            .unwrap();
        let (fine, flaky) = (fine_row.id, flaky_row.id);
        assert!(mark_sent(&t.db, fine_row, true, now).await.unwrap());
        assert!(
            mark_failed(&t.db, flaky_row, "provider answered 503", now)
                .await
                .unwrap()
        );
        let row = notification::Entity::find_by_id(flaky)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (row.status.as_str(), row.attempts),
            ("pending", 1),
            "{}",
            t.label()
        );
        assert_eq!(row.next_attempt_at, now + Duration::seconds(30));
        assert!(
            claim_due(&t.db, 10, now).await.unwrap().is_empty(),
            "not before its time"
        );
        for _ in 1..MAX_ATTEMPTS {
            now = row_time(&t.db, flaky).await;
            let batch = claim_due(&t.db, 10, now).await.unwrap();
            assert_eq!(batch.len(), 1, "{}", t.label());
            mark_failed(&t.db, &batch[0], "provider answered 503", now)
                .await
                .unwrap();
        }
        let row = notification::Entity::find_by_id(flaky)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (row.status.as_str(), row.attempts),
            ("failed", MAX_ATTEMPTS),
            "{}",
            t.label()
        );
        assert_eq!(row.last_error.as_deref(), Some("provider answered 503"));
        let sent = notification::Entity::find_by_id(fine)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(sent.status, "sent");
        assert!(sent.sent_at.is_some());
        t.drop_db().await;
    }
}

async fn row_time(db: &sea_orm::DatabaseConnection, id: i32) -> chrono::DateTime<Utc> {
    notification::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .next_attempt_at
}

#[tokio::test]
async fn a_worker_whose_lease_ran_out_does_not_send_what_another_took() {
    for t in crate::common::both().await {
        let label = t.label();
        // Nanoseconds, as the worker's clock gives them.
        let t0 = Utc::now();
        enqueue(&t.db, &message("slow"), t0).await.unwrap();
        // Worker A claims the message, then is slow (an SMTP server that hangs).
        let a = claim_due(&t.db, 10, t0).await.unwrap().remove(0);
        // Its lease runs out: worker B takes the message again and holds it.
        let later = t0 + LEASE + Duration::seconds(1);
        let b = claim_due(&t.db, 10, later).await.unwrap().remove(0);
        assert_eq!(a.id, b.id, "{label}");
        let b = hold(&t.db, &b, later)
            .await
            .unwrap()
            .expect("B's own claim");
        // A comes back: the message is no longer its own, so it does not send it, and its
        // outcome writes nothing.
        assert_eq!(hold(&t.db, &a, later).await.unwrap(), None, "{label}");
        assert!(!mark_sent(&t.db, &a, true, later).await.unwrap(), "{label}");
        assert!(
            !mark_failed(&t.db, &a, "timeout", later).await.unwrap(),
            "{label}"
        );
        // B's send is recorded once.
        assert!(mark_sent(&t.db, &b, true, later).await.unwrap(), "{label}");
        let row = notification::Entity::find_by_id(b.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((row.status.as_str(), row.attempts), ("sent", 1), "{label}");
        t.drop_db().await;
    }
}
