//! Shared defences of the listener against unauthenticated clients: per-IP AUTH
//! failure throttling, a cap on concurrent password checks (argon2 costs ~19 MiB
//! each), aggregated rejection records (the first failure of an IP in a window
//! and the moment it is blocked are audited, not every attempt), and a budget of
//! DATA bytes buffered across all sessions.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::{Semaphore, SemaphorePermit};

use crate::config::LimitsSection;

/// What a failure means for the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// The first failure of this IP in the window: audit it.
    First,
    /// More of the same: counted, not audited one by one.
    Counted,
    /// This failure blocked the IP: audit it with the count.
    Blocked(u32),
}

struct Window {
    started: Instant,
    failures: u32,
}

pub struct Guard {
    checks: Semaphore,
    windows: Mutex<HashMap<(IpAddr, &'static str), Window>>,
    max_failures: u32,
    window: Duration,
    inflight: AtomicU64,
    max_inflight: u64,
}

impl Guard {
    pub fn new(l: &LimitsSection) -> Self {
        Self {
            checks: Semaphore::new(l.max_concurrent_auth_checks.max(1)),
            windows: Mutex::new(HashMap::new()),
            max_failures: l.max_auth_failures_per_ip.max(1),
            window: Duration::from_secs(l.auth_failure_window_secs.max(1)),
            inflight: AtomicU64::new(0),
            max_inflight: l.max_inflight_bytes,
        }
    }

    fn windows(&self) -> std::sync::MutexGuard<'_, HashMap<(IpAddr, &'static str), Window>> {
        self.windows.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether `ip` has used up its `kind` failures for the current window.
    pub fn blocked(&self, ip: IpAddr, kind: &'static str) -> bool {
        let now = Instant::now();
        self.windows()
            .get(&(ip, kind))
            .is_some_and(|w| now < w.started + self.window && w.failures >= self.max_failures)
    }

    /// Count one failure of `kind` (e.g. `auth_failed`, `relay_denied`) from `ip`.
    pub fn failure(&self, ip: IpAddr, kind: &'static str) -> Record {
        let now = Instant::now();
        let mut map = self.windows();
        // Forget windows that ended, so the map stays small under a flood.
        if map.len() > 10_000 {
            map.retain(|_, w| now < w.started + self.window);
        }
        let w = map.entry((ip, kind)).or_insert(Window {
            started: now,
            failures: 0,
        });
        if now >= w.started + self.window {
            *w = Window {
                started: now,
                failures: 0,
            };
        }
        w.failures += 1;
        match w.failures {
            1 => Record::First,
            n if n == self.max_failures => Record::Blocked(n),
            _ => Record::Counted,
        }
    }

    /// A slot for one password check, or None when too many run already.
    pub fn password_check(&self) -> Option<SemaphorePermit<'_>> {
        self.checks.try_acquire().ok()
    }

    /// Reserve `bytes` of DATA buffer; false when the budget would be exceeded.
    pub fn reserve_bytes(&self, bytes: u64) -> bool {
        self.inflight
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n.saturating_add(bytes) <= self.max_inflight).then_some(n + bytes)
            })
            .is_ok()
    }

    pub fn release_bytes(&self, bytes: u64) {
        self.inflight.fetch_sub(bytes, Ordering::AcqRel);
    }
}

/// A client-chosen name (AUTH user) made safe for logs and audit rows: control
/// characters replaced, at most 64 characters.
pub fn printable(s: &str) -> String {
    crate::util::without_controls(s).chars().take(64).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_counted_per_ip_and_block() {
        let l = LimitsSection {
            max_auth_failures_per_ip: 3,
            ..LimitsSection::default()
        };
        let g = Guard::new(&l);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        assert_eq!(g.failure(a, "auth_failed"), Record::First);
        assert_eq!(g.failure(a, "auth_failed"), Record::Counted);
        assert!(!g.blocked(a, "auth_failed"));
        assert_eq!(g.failure(a, "auth_failed"), Record::Blocked(3));
        assert!(g.blocked(a, "auth_failed"));
        assert!(!g.blocked(b, "auth_failed"));
        assert!(!g.blocked(a, "relay_denied"));
    }

    #[test]
    fn byte_budget() {
        let l = LimitsSection {
            max_inflight_bytes: 100,
            ..LimitsSection::default()
        };
        let g = Guard::new(&l);
        assert!(g.reserve_bytes(60));
        assert!(!g.reserve_bytes(50));
        g.release_bytes(60);
        assert!(g.reserve_bytes(100));
    }

    #[test]
    fn names_are_made_printable() {
        assert_eq!(printable("ev\r\nil"), "ev??il");
        assert_eq!(printable(&"x".repeat(100)).len(), 64);
    }
}
