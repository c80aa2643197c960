//! `[suppression]`: addresses that keep hard-bouncing get no new mail. The
//! store knows them (`hard_bounces`); each node keeps the list in memory,
//! refreshed every [`REFRESH`], so RCPT never waits on the database. Off, the
//! list stays empty and nothing is refused.

use std::collections::HashSet;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::sync::watch;

use crate::config::Suppression;
use crate::store::Store;

/// How often the list is read again: a new suppression or a lifted one takes
/// effect on every node within this long.
pub const REFRESH: Duration = Duration::from_secs(30);

/// At most this many addresses are held (the most recently bounced).
const MOST: i64 = 100_000;

#[derive(Default)]
pub struct Suppressions {
    rule: Option<Suppression>,
    addresses: RwLock<HashSet<String>>,
}

impl Suppressions {
    pub fn new(rule: Option<Suppression>) -> Arc<Self> {
        Arc::new(Self {
            rule,
            addresses: RwLock::default(),
        })
    }

    /// Whether new mail to `address` is refused (case does not matter).
    pub fn holds(&self, address: &str) -> bool {
        if self.rule.is_none() {
            return false;
        }
        let set = self.addresses.read().unwrap_or_else(|p| p.into_inner());
        !set.is_empty() && set.contains(&address.to_ascii_lowercase())
    }

    /// Read the list from the store now. A store error keeps the old list
    /// (refusing everyone, or no one, would both be wrong).
    pub async fn refresh(&self, store: &Store) {
        let Some(rule) = self.rule else { return };
        let window = i64::try_from(rule.window.as_micros()).unwrap_or(i64::MAX);
        let since = crate::util::now_us().saturating_sub(window);
        match store.suppressed(rule.hard_bounces, since, MOST).await {
            Ok(list) => {
                let set = list.into_iter().map(|s| s.address).collect();
                *self.addresses.write().unwrap_or_else(|p| p.into_inner()) = set;
            }
            Err(e) => tracing::warn!(error = %e, "suppression list not refreshed"),
        }
    }

    /// Refresh now and every [`REFRESH`] until `stopped`.
    pub fn spawn_refresh(self: &Arc<Self>, store: Store, mut stopped: watch::Receiver<bool>) {
        if self.rule.is_none() {
            return;
        }
        let list = self.clone();
        tokio::spawn(async move {
            loop {
                list.refresh(&store).await;
                tokio::select! {
                    _ = tokio::time::sleep(REFRESH) => {}
                    _ = stopped.changed() => return,
                }
            }
        });
    }
}
