//! Reminders: some days before (two by default) and on the morning of the appointment.
//! The background worker calls [`queue_due`] often; each reminder's idempotency key (the
//! appointment and its time) makes the calls safe to repeat, and a moved appointment gets
//! its reminders again for its new time.

use super::messages::announce;
use super::policy::BookingPolicy;
use crate::notifications::templates::Kind;
use crate::statuses::AppointmentStatus;
use crate::store::entities::appointment;
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, TransactionTrait};

/// Reminders go out from this Paris time, never in the night.
const SEND_FROM: NaiveTime = match NaiveTime::from_hms_opt(8, 0, 0) {
    Some(t) => t,
    None => unreachable!(),
};

/// When the reminder of kind `kind` for an appointment at `starts_at` is due, if any.
pub fn due_at(kind: Kind, starts_at: DateTime<Utc>, days_before: u32) -> Option<DateTime<Utc>> {
    let day = crate::calendar::paris_today(starts_at);
    let send_day = match kind {
        Kind::Reminder if days_before > 0 => day - Duration::days(days_before.into()),
        Kind::Today => day,
        _ => return None,
    };
    Paris
        .from_local_datetime(&send_day.and_time(SEND_FROM))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// Queues the reminders that are due now. Not for appointments booked after the moment a
/// reminder was due (the confirmation just said it all), nor once they have started.
pub async fn queue_due(
    db: &DatabaseConnection,
    policy: &BookingPolicy,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let horizon = now + Duration::days(i64::from(policy.reminder_days_before) + 1);
    let upcoming = appointment::Entity::find()
        .filter(appointment::Column::Status.eq(AppointmentStatus::Booked))
        .filter(appointment::Column::StartsAt.gt(now))
        .filter(appointment::Column::StartsAt.lte(horizon))
        .all(db)
        .await?;
    let mut queued = 0;
    for a in upcoming {
        let mut kinds = vec![Kind::Reminder];
        if policy.morning_reminder {
            kinds.push(Kind::Today);
        }
        for kind in kinds {
            let Some(due) = due_at(kind, a.starts_at, policy.reminder_days_before) else {
                continue;
            };
            // The morning reminder replaces the earlier one when both fall due together.
            let superseded = kind == Kind::Reminder
                && policy.morning_reminder
                && due_at(Kind::Today, a.starts_at, 0).is_some_and(|t| t <= now);
            if due <= now && a.updated_at < due && !superseded {
                let txn = db.begin().await?;
                announce(&txn, &policy.links, &a, kind, now).await?;
                txn.commit().await?;
                queued += 1;
            }
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::testing::utc;

    #[test]
    fn two_days_before_and_the_morning_of_in_paris_time() {
        // Thursday 26 November 2026, 14:00 in Paris (13:00 UTC).
        let at = utc("2026-11-26T13:00:00Z");
        assert_eq!(
            due_at(Kind::Reminder, at, 2),
            Some(utc("2026-11-24T07:00:00Z"))
        );
        assert_eq!(
            due_at(Kind::Today, at, 2),
            Some(utc("2026-11-26T07:00:00Z"))
        );
        assert_eq!(due_at(Kind::Reminder, at, 0), None);
        // Summer time: 08:00 in Paris is 06:00 UTC.
        assert_eq!(
            due_at(Kind::Today, utc("2026-07-01T12:00:00Z"), 2),
            Some(utc("2026-07-01T06:00:00Z"))
        );
    }
}
