//! Connection limits (global and per client IP) and the free-disk guard.

use std::collections::HashMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Counts live sessions; a [`Slot`] gives its place back when dropped.
#[derive(Debug, Default)]
pub struct ConnLimiter {
    inner: Mutex<(usize, HashMap<IpAddr, usize>)>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    Global,
    PerIp,
}

pub struct Slot {
    limiter: Arc<ConnLimiter>,
    ip: IpAddr,
}

impl ConnLimiter {
    pub fn try_acquire(
        self: &Arc<Self>,
        ip: IpAddr,
        max: usize,
        max_per_ip: usize,
    ) -> Result<Slot, Refusal> {
        let mut g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if g.0 >= max {
            return Err(Refusal::Global);
        }
        let n = g.1.entry(ip).or_insert(0);
        if *n >= max_per_ip {
            return Err(Refusal::PerIp);
        }
        *n += 1;
        g.0 += 1;
        Ok(Slot {
            limiter: self.clone(),
            ip,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut g = self.limiter.inner.lock().unwrap_or_else(|p| p.into_inner());
        g.0 = g.0.saturating_sub(1);
        if let Some(n) = g.1.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                g.1.remove(&self.ip);
            }
        }
    }
}

/// Answers "is there room to accept mail?" from a statvfs at most once a second.
#[derive(Debug)]
pub struct DiskGuard {
    path: PathBuf,
    min_free: u64,
    last: Mutex<Option<(Instant, bool)>>,
}

impl DiskGuard {
    pub fn new(path: PathBuf, min_free_mb: u64) -> Self {
        Self {
            path,
            min_free: min_free_mb.saturating_mul(1024 * 1024),
            last: Mutex::new(None),
        }
    }

    pub fn has_room(&self) -> bool {
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((at, ok)) = *last
            && at.elapsed() < Duration::from_secs(1)
        {
            return ok;
        }
        let ok = match rustix::fs::statvfs(&self.path) {
            Ok(s) => s.f_bavail.saturating_mul(s.f_frsize) >= self.min_free,
            // Can't tell: say no, so the client retries later (fail closed).
            Err(_) => false,
        };
        if !ok {
            tracing::warn!(path = %self.path.display(), "free disk below limits.min_free_disk_mb");
        }
        *last = Some((Instant::now(), ok));
        ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_hold_and_release() {
        let l = Arc::new(ConnLimiter::default());
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        let s1 = l.try_acquire(a, 3, 2).unwrap();
        let _s2 = l.try_acquire(a, 3, 2).unwrap();
        assert_eq!(l.try_acquire(a, 3, 2).err(), Some(Refusal::PerIp));
        let _s3 = l.try_acquire(b, 3, 2).unwrap();
        assert_eq!(l.try_acquire(b, 3, 2).err(), Some(Refusal::Global));
        drop(s1);
        assert!(l.try_acquire(a, 3, 2).is_ok());
    }

    #[test]
    fn disk_guard() {
        assert!(DiskGuard::new("/".into(), 1).has_room());
        assert!(!DiskGuard::new("/".into(), u64::MAX / (1 << 20)).has_room());
        assert!(!DiskGuard::new("/does/not/exist".into(), 1).has_room());
    }
}
