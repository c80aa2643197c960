//! A unit of delivery work: one message's recipients at one destination domain.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::store::{Claimed, DeliveryEnvelope};

#[derive(Debug, Clone)]
pub struct JobRcpt {
    pub idx: i64,
    pub address: String,
    pub notify: Option<String>,
    pub orcpt: Option<String>,
    /// Attempts made before this one.
    pub attempts: i64,
    /// The policy decision: `tls-required` mail needs verified TLS.
    pub tls_required: bool,
}

/// The message in memory: envelope and plaintext (opened from the store, or handed
/// over by the session that accepted it).
#[derive(Debug)]
pub struct Loaded {
    pub envelope: DeliveryEnvelope,
    pub content: Vec<u8>,
}

#[derive(Debug, Clone)]
pub struct Job {
    pub message_id: String,
    pub domain: String,
    pub recipients: Vec<JobRcpt>,
    /// Present when the accepting session handed the message over in memory.
    pub loaded: Option<Arc<Loaded>>,
    /// When this node leased the recipients (renewed before sending if old).
    pub leased_at: std::time::Instant,
    /// The lease this job holds (`node:incarnation#claim`, unique per claim or
    /// accept). A renewal or a result applies only while the store still names
    /// this very lease: a copy left from an older claim of the same node cannot
    /// send the mail again.
    pub lease: String,
    /// An administrator made it due (`queue flush`/`retry`): it goes now even if
    /// this node is backing off its destination, and ends that back-off.
    pub ends_backoff: bool,
}

impl Job {
    /// Group claimed recipients into jobs by (message, domain), all holding `lease`.
    pub fn from_claims(claims: Vec<Claimed>, lease: &str) -> Vec<Job> {
        let mut groups: BTreeMap<(String, String), Vec<JobRcpt>> = BTreeMap::new();
        let mut by_admin: std::collections::BTreeSet<(String, String)> = Default::default();
        for c in claims {
            if c.due_by_admin {
                by_admin.insert((c.message_id.clone(), c.domain.clone()));
            }
            groups
                .entry((c.message_id, c.domain))
                .or_default()
                .push(JobRcpt {
                    idx: c.idx,
                    address: c.address,
                    notify: c.notify,
                    orcpt: c.orcpt,
                    attempts: c.attempts,
                    tls_required: c.decision == crate::store::Protection::TlsRequired,
                });
        }
        groups
            .into_iter()
            .map(|((message_id, domain), recipients)| Job {
                ends_backoff: by_admin.contains(&(message_id.clone(), domain.clone())),
                message_id,
                domain,
                recipients,
                loaded: None,
                leased_at: std::time::Instant::now(),
                lease: lease.to_string(),
            })
            .collect()
    }

    pub fn indexes(&self) -> Vec<i64> {
        self.recipients.iter().map(|r| r.idx).collect()
    }
}
