//! The quality events of a stretch of time, as the indicators read them (on SQLite from each
//! day's snapshot, `app::quality::store::days`), are always those of the tables: after the
//! snapshots are built, a change to any kind of row of a past day (a ticket, a desk contact
//! of a ticket, a contact without one, an appointment, a request, a waitlist hold, a survey,
//! a motif moved to another service, a row deleted) is seen at the next read. Both
//! databases; only SQLite keeps snapshots.

use app::quality::indicators::Events;
use app::quality::store::{days, tables};
use app::store::entities::{
    appointment, contact, motif, request, survey_response, ticket, waitlist_entry,
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait,
    QueryFilter, QueryOrder, Set, Statement,
};

/// Every event written out, sorted: two reads are the same when these are.
fn written(events: &Events) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    all.extend(events.visits.iter().map(|e| format!("{e:?}")));
    all.extend(events.contacts.iter().map(|e| format!("{e:?}")));
    all.extend(events.appointments.iter().map(|e| format!("{e:?}")));
    all.extend(events.requests.iter().map(|e| format!("{e:?}")));
    all.extend(events.offers.iter().map(|e| format!("{e:?}")));
    all.extend(events.surveys.iter().map(|e| format!("{e:?}")));
    all.sort();
    all
}

/// The days' read is the tables' read, and says what differs when it is not.
async fn same_as_tables(
    db: &DatabaseConnection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    after: &str,
) {
    let kept = written(&days::events(db, from, to).await.unwrap());
    let fresh = written(&tables::read(db, from, to).await.unwrap());
    let missing: Vec<_> = fresh.iter().filter(|e| !kept.contains(e)).take(3).collect();
    let extra: Vec<_> = kept.iter().filter(|e| !fresh.contains(e)).take(3).collect();
    assert!(
        kept == fresh,
        "after {after}: {} events read, {} in the tables; missing {missing:?}, extra {extra:?}",
        kept.len(),
        fresh.len()
    );
}

/// How many days have a snapshot as of their last change (SQLite).
async fn usable_snapshots(db: &DatabaseConnection) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT COUNT(*) FROM quality_day WHERE built = changes AND events IS NOT NULL",
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index(0).unwrap()
}

#[tokio::test]
async fn the_days_read_are_always_the_tables_rows() {
    for t in crate::common::both().await {
        let label = t.label();
        let db = &t.db;
        server::demo::load_days(db, crate::common::PEPPER, 30)
            .await
            .unwrap();
        let now = Utc::now();
        // A Paris-like period: starting and ending at 23:00 UTC, inside a UTC day.
        let from = (now - Duration::days(29))
            .date_naive()
            .and_hms_opt(23, 0, 0)
            .unwrap()
            .and_utc()
            - Duration::days(1);
        let to = now.date_naive().and_hms_opt(23, 0, 0).unwrap().and_utc();
        let sqlite = db.get_database_backend() == DbBackend::Sqlite;

        same_as_tables(db, from, to, "the first read").await;
        let count = (to.date_naive() - from.date_naive()).num_days() + 1;
        if sqlite {
            assert_eq!(
                usable_snapshots(db).await,
                count,
                "{label}: a snapshot a day"
            );
            // What is read is the snapshot: emptied by hand, a day reads as empty.
            let events = days::events(db, from, to).await.unwrap();
            assert!(!events.visits.is_empty(), "{label}");
            let day = events.visits[events.visits.len() / 2].arrival.date_naive();
            // The format's byte, then six empty lists: `Events::default()`.
            let mut empty = vec![days::FORMAT];
            empty.extend([0u8; 6]);
            db.execute_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "UPDATE quality_day SET events = ? WHERE day = ?",
                [empty.into(), day.format("%Y-%m-%d").to_string().into()],
            ))
            .await
            .unwrap();
            let tampered = days::events(db, from, to).await.unwrap();
            assert!(
                tampered.visits.len() < events.visits.len()
                    && tampered
                        .visits
                        .iter()
                        .all(|v| v.arrival.date_naive() != day),
                "{label}: the snapshot of {day} is what is read"
            );
            // Put right for what follows: a change counted makes it built again.
            db.execute_raw(Statement::from_string(
                DbBackend::Sqlite,
                "UPDATE quality_day SET changes = changes + 1",
            ))
            .await
            .unwrap();
            same_as_tables(db, from, to, "every day counted as changed").await;
        }

        let past = |days_ago: i64| now - Duration::days(days_ago);
        // A ticket of ten days ago is closed differently.
        let t10 = ticket::Entity::find()
            .filter(ticket::Column::ArrivalAt.lt(past(10)))
            .order_by_desc(ticket::Column::ArrivalAt)
            .one(db)
            .await
            .unwrap()
            .expect("a ticket ten days ago");
        let mut changed: ticket::ActiveModel = t10.clone().into();
        changed.status = Set(if t10.status == app::statuses::TicketStatus::Done {
            app::statuses::TicketStatus::NoShow
        } else {
            app::statuses::TicketStatus::Done
        });
        changed.update(db).await.unwrap();
        same_as_tables(db, from, to, "a ticket's status changed").await;

        // A desk contact of a ticket of twelve days ago lasts ten minutes longer, and is
        // said to have waited longer.
        let c12 = contact::Entity::find()
            .filter(contact::Column::TicketId.is_not_null())
            .filter(contact::Column::StartedAt.lt(past(12)))
            .filter(contact::Column::EndedAt.is_not_null())
            .order_by_desc(contact::Column::StartedAt)
            .one(db)
            .await
            .unwrap()
            .expect("a desk contact twelve days ago");
        let mut changed: contact::ActiveModel = c12.clone().into();
        changed.ended_at = Set(c12.ended_at.map(|e| e + Duration::minutes(10)));
        changed.waited_seconds = Set(Some(c12.waited_seconds.unwrap_or(0) + 600));
        changed.update(db).await.unwrap();
        same_as_tables(db, from, to, "a desk contact changed").await;

        // A phone call answered at once fourteen days ago, added afterwards.
        let mut call: contact::ActiveModel = c12.clone().into();
        call.id = sea_orm::ActiveValue::NotSet;
        call.ticket_id = Set(None);
        call.appointment_id = Set(None);
        call.channel = Set("phone".into());
        call.outcome = Set("handled".into());
        call.started_at = Set(past(14));
        call.ended_at = Set(Some(past(14) + Duration::minutes(4)));
        call.transferred_to_service_id = Set(None);
        call.insert(db).await.unwrap();
        same_as_tables(db, from, to, "a call added").await;

        // An appointment of eight days ago is marked missed.
        let a8 = appointment::Entity::find()
            .filter(appointment::Column::StartsAt.lt(past(8)))
            .order_by_desc(appointment::Column::StartsAt)
            .one(db)
            .await
            .unwrap()
            .expect("an appointment eight days ago");
        let mut changed: appointment::ActiveModel = a8.into();
        changed.status = Set(app::statuses::AppointmentStatus::NoShow);
        changed.update(db).await.unwrap();
        same_as_tables(db, from, to, "an appointment marked missed").await;

        // A request received twenty days ago is answered today.
        let r20 = request::Entity::find()
            .filter(request::Column::ReceivedAt.lt(past(20)))
            .filter(request::Column::MergedIntoId.is_null())
            .order_by_desc(request::Column::ReceivedAt)
            .one(db)
            .await
            .unwrap()
            .expect("a request twenty days ago");
        let mut changed: request::ActiveModel = r20.clone().into();
        changed.answered_at = Set(Some(if r20.answered_at.is_some() {
            past(1)
        } else {
            now
        }));
        changed.update(db).await.unwrap();
        same_as_tables(db, from, to, "a request answered").await;

        // A survey asked six days ago is answered now.
        let s6 = survey_response::Entity::find()
            .filter(survey_response::Column::CreatedAt.lt(past(6)))
            .order_by_desc(survey_response::Column::CreatedAt)
            .one(db)
            .await
            .unwrap()
            .expect("a survey six days ago");
        let mut changed: survey_response::ActiveModel = s6.clone().into();
        changed.score = Set(Some(if s6.score == Some(1) { 3 } else { 1 }));
        changed.update(db).await.unwrap();
        same_as_tables(db, from, to, "a survey answered").await;

        // A waitlist hold, if the demo has one in the period, ends taken.
        if let Some(w) = waitlist_entry::Entity::find()
            .filter(waitlist_entry::Column::HoldUntil.gte(from))
            .filter(waitlist_entry::Column::HoldUntil.lt(to))
            .one(db)
            .await
            .unwrap()
        {
            let mut changed: waitlist_entry::ActiveModel = w.clone().into();
            changed.status = Set(if w.status == "accepted" {
                "expired"
            } else {
                "accepted"
            }
            .into());
            changed.update(db).await.unwrap();
            same_as_tables(db, from, to, "a waitlist hold ended").await;
        }

        // A motif moved to another service: its appointments count for that one.
        let moved = motif::Entity::find()
            .one(db)
            .await
            .unwrap()
            .expect("a motif");
        let other = motif::Entity::find()
            .filter(motif::Column::ServiceId.ne(moved.service_id))
            .one(db)
            .await
            .unwrap()
            .expect("a motif of another service");
        let mut changed: motif::ActiveModel = moved.into();
        changed.service_id = Set(other.service_id);
        changed.update(db).await.unwrap();
        same_as_tables(db, from, to, "a motif moved to another service").await;

        // A ticket deleted (its contacts first, as a purge does).
        let gone = ticket::Entity::find()
            .filter(ticket::Column::ArrivalAt.lt(past(16)))
            .order_by_desc(ticket::Column::ArrivalAt)
            .one(db)
            .await
            .unwrap()
            .expect("a ticket sixteen days ago");
        contact::Entity::delete_many()
            .filter(contact::Column::TicketId.eq(gone.id))
            .exec(db)
            .await
            .unwrap();
        survey_response::Entity::update_many()
            .col_expr(
                survey_response::Column::TicketId,
                sea_orm::sea_query::Expr::value(Option::<i32>::None),
            )
            .filter(survey_response::Column::TicketId.eq(gone.id))
            .exec(db)
            .await
            .unwrap();
        ticket::Entity::delete_by_id(gone.id)
            .exec(db)
            .await
            .unwrap();
        same_as_tables(db, from, to, "a ticket deleted").await;

        if sqlite {
            assert_eq!(
                usable_snapshots(db).await,
                count,
                "{label}: every day built again"
            );
        }
        t.drop_db().await;
    }
}
