//! The API's abuse controls held in memory on each node: a token bucket per
//! key (`--rate`), and a count of failed authentications per client address
//! (`[api] max_auth_failures_per_ip` within `auth_failure_window_secs`).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Buckets and counters kept at most this many entries (then the oldest go).
const MOST: usize = 100_000;

struct Bucket {
    tokens: f64,
    at: Instant,
}

#[derive(Default)]
pub struct RateLimiter {
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl RateLimiter {
    /// Take one token from `key`'s bucket (`count` per `per_secs`, full at
    /// first); Err(seconds to wait) when it is empty.
    pub fn take(&self, key: &str, count: u32, per_secs: u32) -> Result<(), u64> {
        if count == 0 {
            return Err(u64::from(per_secs.max(1)));
        }
        let rate = f64::from(count) / f64::from(per_secs.max(1));
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() >= MOST && !buckets.contains_key(key) {
            buckets.retain(|_, b| now.duration_since(b.at) < Duration::from_secs(3600));
        }
        let b = buckets.entry(key.to_string()).or_insert(Bucket {
            tokens: f64::from(count),
            at: now,
        });
        let refilled = b.tokens + now.duration_since(b.at).as_secs_f64() * rate;
        b.tokens = refilled.min(f64::from(count));
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - b.tokens) / rate).ceil() as u64)
        }
    }
}

struct Failures {
    count: u32,
    since: Instant,
}

/// Failed authentications per client address.
pub struct AuthGuard {
    max: u32,
    window: Duration,
    seen: Mutex<HashMap<IpAddr, Failures>>,
}

/// What a failure did to the address's count.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// The first of a window, or the one that reaches the limit: audit it.
    Notable(u32),
    /// One of those between: counted, not audited (a flood cannot fill the log).
    Counted,
}

impl AuthGuard {
    pub fn new(max: u32, window: Duration) -> Self {
        Self {
            max,
            window,
            seen: Mutex::default(),
        }
    }

    /// Seconds until `ip` may try again, when it is over the limit.
    pub fn blocked(&self, ip: IpAddr) -> Option<u64> {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        let f = seen.get(&ip)?;
        let left = self.window.checked_sub(f.since.elapsed())?;
        (f.count >= self.max).then(|| left.as_secs().max(1))
    }

    pub fn failure(&self, ip: IpAddr) -> Failure {
        let now = Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.len() >= MOST && !seen.contains_key(&ip) {
            let window = self.window;
            seen.retain(|_, f| now.duration_since(f.since) < window);
        }
        let f = seen.entry(ip).or_insert(Failures {
            count: 0,
            since: now,
        });
        if now.duration_since(f.since) >= self.window {
            *f = Failures {
                count: 0,
                since: now,
            };
        }
        f.count += 1;
        if f.count == 1 || f.count == self.max {
            Failure::Notable(f.count)
        } else {
            Failure::Counted
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_lets_its_count_through_then_says_how_long_to_wait() {
        let r = RateLimiter::default();
        assert!(r.take("k", 2, 60).is_ok());
        assert!(r.take("k", 2, 60).is_ok());
        assert_eq!(r.take("k", 2, 60), Err(30));
        assert!(r.take("other", 2, 60).is_ok());
    }

    #[test]
    fn an_address_is_blocked_at_the_limit_and_audited_twice() {
        let g = AuthGuard::new(3, Duration::from_secs(60));
        let ip: IpAddr = "127.0.0.9".parse().unwrap();
        assert_eq!(g.failure(ip), Failure::Notable(1));
        assert_eq!(g.blocked(ip), None);
        assert_eq!(g.failure(ip), Failure::Counted);
        assert_eq!(g.failure(ip), Failure::Notable(3));
        assert!(g.blocked(ip).is_some());
    }
}
