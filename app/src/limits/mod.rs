//! How much one client may ask of the town's public side in a while, so that nobody can
//! fill the agenda, flood the queue, send the town's SMS credit abroad or try every code.
//!
//! A client is the address the request came from (resolved through the town's own
//! reverse proxies by the server, which puts a [`ClientAddress`] in the request). A
//! request without one came from this machine itself (a health check, a script, the
//! development browser) and is not limited. The counts are per server instance: with
//! several instances behind a load balancer, a client may get up to that many times the
//! rate. Quotas per phone number or e-mail address are kept in the database by the
//! features themselves (a cap on active appointments, one waiting ticket per phone).

pub mod rate;
pub mod streams;

use rate::{Limiter, Rate};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The client a request comes from, as the server resolved it. IPv6 clients are counted
/// per /64, the block one home or phone gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClientAddress(IpAddr);

impl ClientAddress {
    pub fn new(ip: IpAddr) -> ClientAddress {
        let ip = match ip {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let s = v6.segments();
                    IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
                }
            },
            v4 => v4,
        };
        ClientAddress(ip)
    }

    pub fn ip(self) -> IpAddr {
        self.0
    }
}

/// What is limited, each with its own allowance per client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bucket {
    /// Booking, moving, joining a waitlist, accepting an offer.
    Booking,
    /// Tickets taken from home (the kiosk is not limited: it serves the whole hall).
    HomeTicket,
    /// Requests sent and answered from `/suivi`, files added to them.
    Request,
    /// Anything that checks a code someone could guess: enrolment codes, pairing codes,
    /// a request's reference and check code.
    Code,
    /// Every other anonymous form.
    Form,
}

impl Bucket {
    pub const ALL: [Bucket; 5] = [
        Bucket::Booking,
        Bucket::HomeTicket,
        Bucket::Request,
        Bucket::Code,
        Bucket::Form,
    ];

    /// The allowance: generous for a family or a shared connection (a library, the town
    /// hall's Wi-Fi), far below what a script needs to do harm.
    pub fn rate(self) -> Rate {
        let minutes = |m: u64| Duration::from_secs(60 * m);
        match self {
            // Ten appointments at once, then one every six minutes (ten an hour).
            Bucket::Booking => Rate {
                burst: 10,
                every: minutes(6),
            },
            // Four tickets at once, then one every fifteen minutes.
            Bucket::HomeTicket => Rate {
                burst: 4,
                every: minutes(15),
            },
            // Five requests or answers at once, then one every ten minutes.
            Bucket::Request => Rate {
                burst: 5,
                every: minutes(10),
            },
            // Ten codes at once, then one a minute: a 6-digit code would take years.
            Bucket::Code => Rate {
                burst: 10,
                every: minutes(1),
            },
            // Sixty forms at once, then one every two seconds.
            Bucket::Form => Rate {
                burst: 60,
                every: Duration::from_secs(2),
            },
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The limiters of a running server, one per bucket; cheap to clone.
#[derive(Clone)]
pub struct RateLimits {
    limiters: Option<Arc<[Limiter<ClientAddress>; 5]>>,
}

impl RateLimits {
    /// The allowances of [`Bucket::rate`].
    pub fn standard() -> RateLimits {
        RateLimits::with(Bucket::rate)
    }

    /// Other allowances (tests, a town that wants them stricter).
    pub fn with(rate: impl Fn(Bucket) -> Rate) -> RateLimits {
        RateLimits {
            limiters: Some(Arc::new(Bucket::ALL.map(|b| Limiter::new(rate(b))))),
        }
    }

    /// No limit at all (`GUICHET_RATE_LIMITS=off`, for a load test of bookings).
    pub fn off() -> RateLimits {
        RateLimits { limiters: None }
    }

    /// Whether `client` has any allowance left in `bucket`, spending none.
    pub fn check(
        &self,
        bucket: Bucket,
        client: ClientAddress,
        now: Instant,
    ) -> Result<(), TooMany> {
        let Some(limiter) = self.limiter(bucket) else {
            return Ok(());
        };
        limiter
            .check(&client, now)
            .map_err(|wait| TooMany { bucket, wait })
    }

    /// Spends one of `client`'s allowance in `bucket`, or says how long to wait.
    pub fn spend(
        &self,
        bucket: Bucket,
        client: ClientAddress,
        now: Instant,
    ) -> Result<(), TooMany> {
        let Some(limiter) = self.limiter(bucket) else {
            return Ok(());
        };
        limiter.spend(&client, now).map_err(|wait| {
            tracing::warn!(client = %client.ip(), ?bucket, "rate limit reached");
            TooMany { bucket, wait }
        })
    }

    /// `None` when limits are off.
    fn limiter(&self, bucket: Bucket) -> Option<&Limiter<ClientAddress>> {
        Some(&self.limiters.as_ref()?[bucket.index()])
    }
}

/// A client went over its allowance: how long until it may try again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooMany {
    pub bucket: Bucket,
    pub wait: Duration,
}

impl TooMany {
    /// The wait in whole minutes, at least one, as people are told it.
    pub fn minutes(self) -> u64 {
        self.wait.as_secs().div_ceil(60).max(1)
    }
}

/// Spends one of the current request's client's allowance in `bucket`, from a server
/// function. A request without a client address (from this machine) always passes.
pub fn spend(bucket: Bucket) -> Result<(), TooMany> {
    match of_request() {
        Some((limits, client)) => limits.spend(bucket, client, Instant::now()),
        None => Ok(()),
    }
}

/// Whether the current request's client has any allowance left in `bucket`: for what
/// counts failures only, checked before trying and [`spend`] after a failure.
pub fn check(bucket: Bucket) -> Result<(), TooMany> {
    match of_request() {
        Some((limits, client)) => limits.check(bucket, client, Instant::now()),
        None => Ok(()),
    }
}

fn of_request() -> Option<(RateLimits, ClientAddress)> {
    use leptos::prelude::use_context;
    let client = use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<ClientAddress>().copied())?;
    Some((use_context::<RateLimits>()?, client))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ipv6_clients_are_counted_per_64_block_and_mapped_v4_as_v4() {
        let a = ClientAddress::new(ip("2001:db8:1:2:aaaa::1"));
        let b = ClientAddress::new(ip("2001:db8:1:2:bbbb::9"));
        let c = ClientAddress::new(ip("2001:db8:1:3::1"));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(
            ClientAddress::new(ip("::ffff:192.0.2.7")),
            ClientAddress::new(ip("192.0.2.7"))
        );
    }

    #[test]
    fn buckets_are_apart_and_clients_are_apart() {
        let limits = RateLimits::with(|_| Rate {
            burst: 1,
            every: Duration::from_secs(60),
        });
        let now = Instant::now();
        let one = ClientAddress::new(ip("192.0.2.1"));
        let two = ClientAddress::new(ip("192.0.2.2"));
        assert!(limits.spend(Bucket::Booking, one, now).is_ok());
        let refused = limits.spend(Bucket::Booking, one, now).unwrap_err();
        assert_eq!((refused.bucket, refused.minutes()), (Bucket::Booking, 1));
        assert!(limits.spend(Bucket::Code, one, now).is_ok());
        assert!(limits.spend(Bucket::Booking, two, now).is_ok());
        let off = RateLimits::off();
        for _ in 0..100 {
            assert!(off.spend(Bucket::Booking, one, now).is_ok());
        }
    }

    #[test]
    fn the_standard_allowances_let_a_family_book_and_stop_a_script() {
        let limits = RateLimits::standard();
        let now = Instant::now();
        let home = ClientAddress::new(ip("198.51.100.4"));
        // A family books four appointments and asks for a ticket twice: all pass.
        for _ in 0..4 {
            assert!(limits.spend(Bucket::Booking, home, now).is_ok());
        }
        for _ in 0..2 {
            assert!(limits.spend(Bucket::HomeTicket, home, now).is_ok());
        }
        // A script trying codes is stopped after ten, for a minute.
        for _ in 0..10 {
            assert!(limits.spend(Bucket::Code, home, now).is_ok());
        }
        assert_eq!(
            limits.spend(Bucket::Code, home, now).unwrap_err().minutes(),
            1
        );
    }
}
