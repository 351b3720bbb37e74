//! The town's booking settings. The environment gives their defaults (see the server's
//! config); what an administrator saves on `/agent/admin/reglages` wins, and the running
//! server uses it at once (see [`LivePolicy`]).

use super::links::Links;
use super::settings::model::Rules;
use chrono::Duration;
use std::sync::{Arc, RwLock};

/// The rules as they stand when a request or a housekeeping pass begins: what every
/// booking function reads. Taken from [`LivePolicy::snapshot`], so one request sees one
/// consistent set even if an administrator saves meanwhile.
#[derive(Clone)]
pub struct BookingPolicy {
    pub links: Links,
    /// Residents may move or cancel online until this long before the appointment.
    pub cancel_deadline: Duration,
    /// How long a freed slot is kept for the person on the waitlist it is offered to.
    pub offer_hold: Duration,
    /// Days before the appointment for the first reminder; 0 for none.
    pub reminder_days_before: u32,
    /// A reminder on the morning of the appointment too.
    pub morning_reminder: bool,
}

impl BookingPolicy {
    /// The town's booking rules as they are now, from the live ones the server wiring
    /// provides.
    pub fn from_context() -> Result<BookingPolicy, crate::errors::AppError> {
        Ok(crate::state::context::<LivePolicy>()?.snapshot())
    }

    /// The changeable part, in the whole units administrators type.
    pub fn rules(&self) -> Rules {
        Rules {
            cancel_deadline_hours: u32::try_from(self.cancel_deadline.num_hours()).unwrap_or(0),
            waitlist_hold_minutes: u32::try_from(self.offer_hold.num_minutes()).unwrap_or(0),
            reminder_days: self.reminder_days_before,
            morning_reminder: self.morning_reminder,
        }
    }
}

/// The running server's booking rules: the environment's defaults and the rules in force
/// (the defaults with what administrators saved). Saving on this instance swaps them at
/// once; every instance also re-reads them from the database on each housekeeping pass
/// (every 10 s), so a town running several instances on PostgreSQL sees a change
/// everywhere within seconds without restart and without a read per request.
#[derive(Clone)]
pub struct LivePolicy {
    /// What makes links; never changes while the server runs.
    pub links: Links,
    defaults: Rules,
    current: Arc<RwLock<Rules>>,
}

impl LivePolicy {
    pub fn new(links: Links, defaults: Rules) -> LivePolicy {
        LivePolicy {
            links,
            defaults,
            current: Arc::new(RwLock::new(defaults)),
        }
    }

    /// The rules from the environment, before anything saved.
    pub fn defaults(&self) -> Rules {
        self.defaults
    }

    /// The rules in force.
    pub fn current(&self) -> Rules {
        // A panic while holding the lock cannot leave a half-written `Copy` value behind.
        *self.current.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Puts new rules in force for every request that starts from now on.
    pub fn set(&self, rules: Rules) {
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = rules;
    }

    /// The policy every booking function reads, as it stands now.
    pub fn snapshot(&self) -> BookingPolicy {
        let rules = self.current();
        BookingPolicy {
            links: self.links.clone(),
            cancel_deadline: Duration::hours(rules.cancel_deadline_hours.into()),
            offer_hold: Duration::minutes(rules.waitlist_hold_minutes.into()),
            reminder_days_before: rules.reminder_days,
            morning_reminder: rules.morning_reminder,
        }
    }
}

/// A fixed policy becomes the defaults of a live one (tests, and the server's start).
impl From<BookingPolicy> for LivePolicy {
    fn from(policy: BookingPolicy) -> LivePolicy {
        let defaults = policy.rules();
        LivePolicy::new(policy.links, defaults)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live() -> LivePolicy {
        let links = Links::new(Arc::from(b"key".to_vec()), "http://mairie.test");
        LivePolicy::new(
            links,
            Rules {
                cancel_deadline_hours: 2,
                waitlist_hold_minutes: 30,
                reminder_days: 2,
                morning_reminder: true,
            },
        )
    }

    #[test]
    fn a_snapshot_keeps_the_rules_it_was_taken_with() {
        let live = live();
        let before = live.snapshot();
        live.set(Rules {
            waitlist_hold_minutes: 45,
            ..live.defaults()
        });
        assert_eq!(before.offer_hold, Duration::minutes(30));
        assert_eq!(live.snapshot().offer_hold, Duration::minutes(45));
        assert_eq!(live.defaults().waitlist_hold_minutes, 30);
        assert_eq!(live.snapshot().rules(), live.current());
    }

    #[test]
    fn clones_share_the_rules_in_force() {
        let live = live();
        let other = live.clone();
        live.set(Rules {
            morning_reminder: false,
            ..live.defaults()
        });
        assert!(!other.snapshot().morning_reminder);
    }
}
