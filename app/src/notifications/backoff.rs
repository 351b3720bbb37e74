//! When to try again after a failed send. Pure, so the schedule is tested without clocks.

use chrono::Duration;

/// After this many failed attempts a notification is given up and shown to admins.
pub const MAX_ATTEMPTS: i32 = 6;

/// The wait before attempt `attempt + 1` after `attempt` failures: 30 s, 2 min, 8 min,
/// 32 min, about 2 h — doubling twice each time, capped at 6 h, so a provider outage of
/// an afternoon is survived without hammering it.
pub fn delay_after(failures: i32) -> Duration {
    let failures = failures.clamp(1, 16) as u32;
    let seconds = 30i64.saturating_mul(4i64.saturating_pow(failures - 1));
    Duration::seconds(seconds.min(6 * 3600))
}

/// Whether another attempt is allowed after `failures` failures.
pub fn should_retry(failures: i32) -> bool {
    failures < MAX_ATTEMPTS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_then_stops_growing() {
        assert_eq!(delay_after(1), Duration::seconds(30));
        assert_eq!(delay_after(2), Duration::minutes(2));
        assert_eq!(delay_after(3), Duration::minutes(8));
        assert_eq!(delay_after(4), Duration::minutes(32));
        assert_eq!(delay_after(10), Duration::hours(6));
        assert_eq!(
            delay_after(0),
            Duration::seconds(30),
            "nonsense input is treated as one failure"
        );
    }

    #[test]
    fn six_attempts_at_most() {
        assert!(should_retry(1));
        assert!(should_retry(5));
        assert!(!should_retry(6));
    }
}
