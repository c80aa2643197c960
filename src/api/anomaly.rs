//! Automatic suspension of a key that behaves unlike itself (docs/api.md#
//! automatic-suspension): a burst of policy refusals, many recipient domains it
//! never used, or a rate many times its usual. Kept in memory on each node; a
//! suspension is written to the key's row (so every node refuses it) with an
//! `api_key` event, and lifted only by `phirelay api-key resume`.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The window the bursts are counted in.
pub const WINDOW: Duration = Duration::from_secs(600);
/// Policy refusals within `WINDOW` that suspend a key.
pub const REFUSALS: usize = 20;
/// Recipient domains the key had not used before, within `WINDOW`, that
/// suspend it once it has sent `WARM_UP` messages (before, every domain is new).
pub const NEW_DOMAINS: usize = 50;
pub const WARM_UP: u64 = 100;
/// Submissions in the last minute above `SPIKE_FACTOR` times the key's average
/// per minute (over at least `SPIKE_HISTORY`), and above `SPIKE_FLOOR`.
pub const SPIKE_FACTOR: f64 = 10.0;
pub const SPIKE_FLOOR: usize = 600;
pub const SPIKE_HISTORY: Duration = Duration::from_secs(3600);
/// Domains remembered per key at most.
const MOST_DOMAINS: usize = 10_000;

#[derive(Default)]
struct KeyHistory {
    first: Option<Instant>,
    total: u64,
    last_minute: VecDeque<Instant>,
    refusals: VecDeque<Instant>,
    domains: HashSet<String>,
    new_domains: VecDeque<Instant>,
}

fn forget_before(q: &mut VecDeque<Instant>, age: Duration, now: Instant) {
    while q.front().is_some_and(|t| now.duration_since(*t) > age) {
        q.pop_front();
    }
}

#[derive(Default)]
pub struct AnomalyGuard {
    keys: Mutex<HashMap<String, KeyHistory>>,
    /// Keys suspended here whose suspension the store has not taken yet
    /// (why, by key id): this node refuses them meanwhile (fail closed) and
    /// writes the suspension again on their next request.
    unrecorded: Mutex<HashMap<String, String>>,
}

impl AnomalyGuard {
    /// An accepted submission to `domains`: Some(why) when it should suspend.
    pub fn accepted(&self, key: &str, domains: &[String]) -> Option<String> {
        let now = Instant::now();
        let mut keys = self.keys.lock().unwrap_or_else(|p| p.into_inner());
        let h = keys.entry(key.to_string()).or_default();
        let first = *h.first.get_or_insert(now);
        h.total += 1;
        h.last_minute.push_back(now);
        forget_before(&mut h.last_minute, Duration::from_secs(60), now);
        for d in domains {
            if h.domains.len() < MOST_DOMAINS && h.domains.insert(d.clone()) && h.total > WARM_UP {
                h.new_domains.push_back(now);
            }
        }
        forget_before(&mut h.new_domains, WINDOW, now);
        if h.new_domains.len() >= NEW_DOMAINS {
            return Some(format!(
                "{} new recipient domains within {} minutes",
                h.new_domains.len(),
                WINDOW.as_secs() / 60
            ));
        }
        let history = now.duration_since(first);
        if history >= SPIKE_HISTORY {
            let average = h.total as f64 / (history.as_secs_f64() / 60.0);
            let recent = h.last_minute.len();
            if recent > SPIKE_FLOOR && recent as f64 > SPIKE_FACTOR * average {
                return Some(format!(
                    "{recent} submissions in a minute, {:.0} times its average",
                    recent as f64 / average.max(1.0)
                ));
            }
        }
        None
    }

    /// A submission the policy refused: Some(why) when it should suspend.
    pub fn refused(&self, key: &str) -> Option<String> {
        let now = Instant::now();
        let mut keys = self.keys.lock().unwrap_or_else(|p| p.into_inner());
        let h = keys.entry(key.to_string()).or_default();
        h.refusals.push_back(now);
        forget_before(&mut h.refusals, WINDOW, now);
        (h.refusals.len() >= REFUSALS).then(|| {
            let n = h.refusals.len();
            h.refusals.clear();
            format!(
                "{n} submissions refused by policy within {} minutes",
                WINDOW.as_secs() / 60
            )
        })
    }

    /// The store did not take `key`'s suspension: hold it here.
    pub fn hold(&self, key: &str, why: &str) {
        let mut held = self.unrecorded.lock().unwrap_or_else(|p| p.into_inner());
        held.insert(key.to_string(), why.to_string());
    }

    /// Why `key` is held suspended on this node, if it is.
    pub fn held(&self, key: &str) -> Option<String> {
        let held = self.unrecorded.lock().unwrap_or_else(|p| p.into_inner());
        held.get(key).cloned()
    }

    /// `key`'s suspension is in the store now.
    pub fn recorded(&self, key: &str) {
        let mut held = self.unrecorded.lock().unwrap_or_else(|p| p.into_inner());
        held.remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suspension_the_store_did_not_take_is_held_until_recorded() {
        let g = AnomalyGuard::default();
        assert_eq!(g.held("k"), None);
        g.hold("k", "a burst");
        assert_eq!(g.held("k").as_deref(), Some("a burst"));
        assert_eq!(g.held("other"), None);
        g.recorded("k");
        assert_eq!(g.held("k"), None);
    }

    #[test]
    fn a_burst_of_refusals_suspends_once_it_reaches_the_limit() {
        let g = AnomalyGuard::default();
        for _ in 1..REFUSALS {
            assert_eq!(g.refused("k"), None);
        }
        assert!(g.refused("k").is_some());
        assert_eq!(g.refused("other"), None);
    }

    #[test]
    fn new_domains_count_only_after_the_warm_up() {
        let g = AnomalyGuard::default();
        for i in 0..WARM_UP {
            assert_eq!(g.accepted("k", &[format!("d{i}.example")]), None);
        }
        let mut suspended = None;
        for i in 0..NEW_DOMAINS {
            suspended = g.accepted("k", &[format!("n{i}.example")]);
        }
        assert!(suspended.is_some());
    }
}
