//! Taking an accepted message straight into this node's delivery queue: its
//! recipients are leased in the accept transaction, so no other node (and not our
//! own scheduler) takes them; after the commit the jobs go to the dispatcher with
//! the plaintext still in memory, so nothing is read back or decrypted.
//!
//! Room is reserved per destination domain that has a recipient to send now;
//! recipients held for the portal take none (they are not leased either).

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Job, JobRcpt, Loaded, Queue};
use crate::store::{DeliveryEnvelope, NewRecipient, Protection, RecipientState, domain_of};

pub struct Handoff {
    queue: Queue,
    jobs: usize,
    lease: String,
    until_us: i64,
}

/// Recipients that start queued (and so are leased and sent at once).
fn sendable(r: &NewRecipient) -> bool {
    r.protection.initial_state() == RecipientState::Queued
}

impl Queue {
    /// Reserve room for a message's jobs; None when there is no room (the
    /// scheduler then finds the mail in the store) or nothing to send now.
    pub fn handoff(&self, recipients: &[NewRecipient], now_us: i64) -> Option<Handoff> {
        let mut domains: Vec<String> = recipients
            .iter()
            .filter(|r| sendable(r))
            .map(|r| domain_of(&r.address))
            .collect();
        domains.sort();
        domains.dedup();
        if domains.is_empty() {
            return None;
        }
        let mut got = 0;
        while got < domains.len() && self.reserve() {
            got += 1;
        }
        if got < domains.len() {
            (0..got).for_each(|_| self.unreserve());
            return None;
        }
        let lease = i64::try_from(self.lease_secs()).unwrap_or(900) * 1_000_000;
        Some(Handoff {
            queue: self.clone(),
            jobs: got,
            lease: self.lease_token(),
            until_us: now_us + lease,
        })
    }
}

impl Handoff {
    /// (owner, until µs) for the accept transaction.
    pub fn lease(&self) -> (String, i64) {
        (self.lease.clone(), self.until_us)
    }

    /// The commit failed: give the room back.
    pub fn cancel(self) {
        (0..self.jobs).for_each(|_| self.queue.unreserve());
    }

    /// After the commit: one job per destination domain.
    pub fn submit(self, envelope: DeliveryEnvelope, content: Vec<u8>, recipients: &[NewRecipient]) {
        let loaded = Arc::new(Loaded { envelope, content });
        let mut by_domain: BTreeMap<String, Vec<JobRcpt>> = BTreeMap::new();
        for (idx, r) in recipients.iter().enumerate() {
            if !sendable(r) {
                continue;
            }
            by_domain
                .entry(domain_of(&r.address))
                .or_default()
                .push(JobRcpt {
                    idx: idx as i64,
                    address: r.address.clone(),
                    notify: r.notify.clone(),
                    orcpt: r.orcpt.clone(),
                    attempts: 0,
                    tls_required: r.protection == Protection::TlsRequired,
                });
        }
        for (domain, recipients) in by_domain {
            self.queue.submit(Job {
                message_id: loaded.envelope.id.clone(),
                domain,
                recipients,
                loaded: Some(loaded.clone()),
                leased_at: std::time::Instant::now(),
                lease: self.lease.clone(),
                ends_backoff: false,
            });
        }
    }
}
