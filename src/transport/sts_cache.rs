//! MTA-STS policy discovery and cache (RFC 8461 §3, §5.1).
//!
//! For each delivery the `_mta-sts` TXT record is looked up (the resolver caches
//! it for its TTL). A policy is fetched only when there is none cached or the
//! TXT id changed; it is kept in the store until `max_age` runs out, so it
//! survives a restart. When the TXT record is gone or the fetch fails, a cached,
//! unexpired policy stays in force (§5.1): an attacker who blocks the fetch
//! cannot switch the policy off.

use std::sync::Arc;

use super::mta_sts::{Fetcher, Mode, Policy, parse_txt_records};
use crate::dns::Dns;
use crate::store::{Store, StsRow};
use crate::util::now_us;

#[derive(Clone)]
pub struct StsPolicies {
    dns: Dns,
    store: Store,
    fetcher: Arc<Fetcher>,
}

impl StsPolicies {
    pub fn new(dns: Dns, store: Store, fetcher: Fetcher) -> Self {
        Self {
            dns,
            store,
            fetcher: Arc::new(fetcher),
        }
    }

    /// The policy in force for `domain`, if any.
    pub async fn policy(&self, domain: &str) -> Option<Policy> {
        let now = now_us();
        let cached = match self.store.sts_policy(domain).await {
            Ok(c) => c.filter(|c| c.expires_at_us > now).and_then(to_policy),
            Err(e) => {
                tracing::warn!(domain, error = %e, "cannot read the MTA-STS cache");
                None
            }
        };
        let txt_id = match self.dns.txt(&format!("_mta-sts.{domain}")).await {
            Ok(l) => parse_txt_records(l.records().iter()),
            Err(e) => {
                tracing::info!(domain, error = %e, "MTA-STS TXT lookup failed; using the cached policy if any");
                return cached;
            }
        };
        let Some(id) = txt_id else {
            return cached;
        };
        if cached.as_ref().is_some_and(|c| c.id == id) {
            return cached;
        }
        match self.fetcher.fetch_policy(domain, &id).await {
            Ok(policy) => {
                let max_age = i64::try_from(policy.max_age).unwrap_or(i64::MAX / 2_000_000);
                let row = StsRow {
                    domain: domain.to_string(),
                    policy_id: policy.id.clone(),
                    mode: policy.mode.as_str().to_string(),
                    mx: policy.mx.clone(),
                    max_age,
                    fetched_at_us: now,
                    expires_at_us: now.saturating_add(max_age.saturating_mul(1_000_000)),
                };
                if let Err(e) = self.store.put_sts_policy(&row).await {
                    tracing::warn!(domain, error = %e, "cannot cache the MTA-STS policy");
                }
                tracing::info!(domain, id = %policy.id, mode = policy.mode.as_str(), "MTA-STS policy fetched");
                Some(policy)
            }
            Err(e) => {
                tracing::warn!(domain, error = %e, "MTA-STS policy fetch failed; using the cached policy if any");
                cached
            }
        }
    }
}

fn to_policy(r: StsRow) -> Option<Policy> {
    let mode = match r.mode.as_str() {
        "enforce" => Mode::Enforce,
        "testing" => Mode::Testing,
        "none" => Mode::None,
        _ => return None,
    };
    Some(Policy {
        id: r.policy_id,
        mode,
        mx: r.mx,
        max_age: u64::try_from(r.max_age).unwrap_or(0),
    })
}
