//! A rate per key with a burst (the generic cell rate algorithm): each key may do `burst`
//! things at once, then one more every `every`. One instant per key is all it keeps, so
//! a town's whole public can be tracked in a few megabytes. Pure: the caller gives `now`.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// `burst` at once, then one more every `every`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    pub burst: u32,
    pub every: Duration,
}

impl Rate {
    /// How long the full burst takes to come back after it was spent.
    pub fn refill(self) -> Duration {
        self.every * self.burst
    }
}

/// Above this many keys, keys whose allowance is whole again are forgotten; if there are
/// still too many, new keys pass untracked (logged) rather than every newcomer being
/// refused: a flood of addresses must not lock out the town's residents.
const MAX_KEYS: usize = 200_000;

pub struct Limiter<K> {
    rate: Rate,
    /// Per key, the instant at which its allowance is whole again ("theoretical arrival
    /// time" in the algorithm's terms).
    whole_at: Mutex<HashMap<K, Instant>>,
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    pub fn new(rate: Rate) -> Limiter<K> {
        Limiter {
            rate,
            whole_at: Mutex::new(HashMap::new()),
        }
    }

    pub fn rate(&self) -> Rate {
        self.rate
    }

    /// Whether `key` has any allowance left, without spending it: for what counts only
    /// failures (a wrong code), checked before and spent after.
    pub fn check(&self, key: &K, now: Instant) -> Result<(), Duration> {
        let map = self.whole_at.lock().unwrap_or_else(|e| e.into_inner());
        self.wait(map.get(key).copied(), now)
    }

    fn wait(&self, whole_at: Option<Instant>, now: Instant) -> Result<(), Duration> {
        let Rate { burst, every } = self.rate;
        if burst == 0 {
            return Err(every);
        }
        let tolerance = every * (burst - 1);
        let whole_at = whole_at.unwrap_or(now).max(now);
        match whole_at > now + tolerance {
            true => Err(whole_at - (now + tolerance)),
            false => Ok(()),
        }
    }

    /// Spends one of `key`'s allowance, or says how long until one is back.
    pub fn spend(&self, key: &K, now: Instant) -> Result<(), Duration> {
        // A poisoned lock holds only instants: still usable.
        let mut map = self.whole_at.lock().unwrap_or_else(|e| e.into_inner());
        self.wait(map.get(key).copied(), now)?;
        let whole_at = map.get(key).copied().unwrap_or(now).max(now);
        if !map.contains_key(key) && map.len() >= MAX_KEYS {
            map.retain(|_, at| *at > now);
            if map.len() >= MAX_KEYS {
                tracing::warn!(keys = map.len(), "rate limiter full: a new client passes");
                return Ok(());
            }
        }
        map.insert(key.clone(), whole_at + self.rate.every);
        Ok(())
    }

    /// How many keys are being tracked (for tests and logs).
    pub fn len(&self) -> usize {
        self.whole_at.lock().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: Duration = Duration::from_secs(60);

    fn limiter(burst: u32, every: Duration) -> Limiter<&'static str> {
        Limiter::new(Rate { burst, every })
    }

    #[test]
    fn a_burst_passes_then_one_more_per_period() {
        let l = limiter(3, MINUTE);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(l.spend(&"a", t0), Ok(()));
        }
        // The fourth at once waits one period.
        assert_eq!(l.spend(&"a", t0), Err(MINUTE));
        // Half a period later, half a period still to wait.
        assert_eq!(l.spend(&"a", t0 + MINUTE / 2), Err(MINUTE / 2));
        assert_eq!(l.spend(&"a", t0 + MINUTE), Ok(()));
        assert!(l.spend(&"a", t0 + MINUTE).is_err());
    }

    #[test]
    fn refused_attempts_do_not_push_the_wait_further() {
        let l = limiter(1, MINUTE);
        let t0 = Instant::now();
        assert!(l.spend(&"a", t0).is_ok());
        for s in 0..50 {
            assert!(l.spend(&"a", t0 + Duration::from_secs(s)).is_err());
        }
        assert!(l.spend(&"a", t0 + MINUTE).is_ok());
    }

    #[test]
    fn checking_spends_nothing() {
        let l = limiter(2, MINUTE);
        let t0 = Instant::now();
        for _ in 0..10 {
            assert!(l.check(&"a", t0).is_ok());
        }
        assert!(l.spend(&"a", t0).is_ok());
        assert!(l.spend(&"a", t0).is_ok());
        assert_eq!(l.check(&"a", t0), Err(MINUTE));
    }

    #[test]
    fn keys_are_counted_apart() {
        let l = limiter(1, MINUTE);
        let t0 = Instant::now();
        assert!(l.spend(&"a", t0).is_ok());
        assert!(l.spend(&"a", t0).is_err());
        assert!(l.spend(&"b", t0).is_ok());
    }

    #[test]
    fn a_quiet_key_gets_its_whole_burst_back_and_no_more() {
        let l = limiter(2, MINUTE);
        let t0 = Instant::now();
        assert!(l.spend(&"a", t0).is_ok());
        assert!(l.spend(&"a", t0).is_ok());
        let later = t0 + 10 * MINUTE;
        assert!(l.spend(&"a", later).is_ok());
        assert!(l.spend(&"a", later).is_ok());
        assert!(l.spend(&"a", later).is_err());
        assert_eq!(
            Rate {
                burst: 2,
                every: MINUTE
            }
            .refill(),
            2 * MINUTE
        );
    }

    #[test]
    fn a_zero_burst_refuses_everything() {
        let l = limiter(0, MINUTE);
        assert!(l.spend(&"a", Instant::now()).is_err());
    }
}
