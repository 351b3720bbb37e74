//! Estimated waits, shown at the kiosk, on the screen and on a resident's phone. A plain
//! model a counsellor can check by hand: the visitors ahead, times how long a visit takes
//! today, shared among the desks that are calling. Pure.

/// What the estimate is made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Pace {
    /// Mean length of a desk visit, from today's visits (or a default before the first).
    pub visit_seconds: u32,
    /// Desks that called somebody recently; at least one while the site is open.
    pub desks: u32,
}

impl Pace {
    /// Before anyone has been seen today: a typical front-desk visit.
    pub const DEFAULT_VISIT_SECONDS: u32 = 8 * 60;

    /// The pace from today's finished visit lengths (seconds) and the desks now calling.
    pub fn from_today(visit_lengths: &[u32], desks: u32) -> Pace {
        // The median is not thrown by one two-hour marriage file.
        let visit_seconds = median(visit_lengths).unwrap_or(Self::DEFAULT_VISIT_SECONDS);
        Pace {
            visit_seconds: visit_seconds.clamp(60, 3600),
            desks: desks.max(1),
        }
    }

    /// Minutes until somebody with `ahead` visitors before them is called, rounded up to
    /// whole minutes; zero when nobody is ahead.
    pub fn wait_minutes(&self, ahead: usize) -> u32 {
        if ahead == 0 {
            return 0;
        }
        let seconds = ahead as u64 * u64::from(self.visit_seconds) / u64::from(self.desks.max(1));
        seconds.div_ceil(60).min(u64::from(u32::MAX)) as u32
    }
}

fn median(values: &[u32]) -> Option<u32> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_unstable();
    let mid = v.len() / 2;
    Some(if v.len().is_multiple_of(2) {
        (v[mid - 1] + v[mid]) / 2
    } else {
        v[mid]
    })
}

/// How a wait is said: "a few minutes" reads better than "1 min" that turns out to be 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum WaitBand {
    /// Called next or almost.
    Now,
    /// Under five minutes.
    Few,
    /// About this many minutes, rounded to five.
    About(u32),
}

pub fn band(minutes: u32) -> WaitBand {
    match minutes {
        0 => WaitBand::Now,
        1..=4 => WaitBand::Few,
        m => WaitBand::About(m.div_ceil(5) * 5),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nobody_ahead_means_no_wait() {
        let pace = Pace::from_today(&[600], 2);
        assert_eq!(pace.wait_minutes(0), 0);
    }

    #[test]
    fn visitors_ahead_are_shared_among_the_desks() {
        let pace = Pace {
            visit_seconds: 600,
            desks: 2,
        };
        assert_eq!(pace.wait_minutes(1), 5);
        assert_eq!(pace.wait_minutes(4), 20);
        assert_eq!(pace.wait_minutes(5), 25);
    }

    #[test]
    fn partial_minutes_round_up() {
        let pace = Pace {
            visit_seconds: 90,
            desks: 1,
        };
        assert_eq!(pace.wait_minutes(1), 2);
    }

    #[test]
    fn the_median_visit_ignores_one_very_long_one() {
        let pace = Pace::from_today(&[300, 360, 7200, 420, 240], 1);
        assert_eq!(pace.visit_seconds, 360);
        let even = Pace::from_today(&[300, 500], 1);
        assert_eq!(even.visit_seconds, 400);
    }

    #[test]
    fn before_the_first_visit_a_default_pace_and_at_least_one_desk() {
        let pace = Pace::from_today(&[], 0);
        assert_eq!(pace.visit_seconds, Pace::DEFAULT_VISIT_SECONDS);
        assert_eq!(pace.desks, 1);
        assert_eq!(pace.wait_minutes(3), 24);
    }

    #[test]
    fn absurd_visit_lengths_are_bounded() {
        assert_eq!(Pace::from_today(&[5], 1).visit_seconds, 60);
        assert_eq!(Pace::from_today(&[90_000], 1).visit_seconds, 3600);
    }

    #[test]
    fn waits_are_said_in_bands() {
        assert_eq!(band(0), WaitBand::Now);
        assert_eq!(band(3), WaitBand::Few);
        assert_eq!(band(5), WaitBand::About(5));
        assert_eq!(band(6), WaitBand::About(10));
        assert_eq!(band(23), WaitBand::About(25));
    }
}
