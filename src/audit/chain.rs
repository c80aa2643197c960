//! The hash chain: canonical row encoding and the running head.

use aws_lc_rs::digest;

use super::event::AuditEvent;

/// `prev_hash` of the first row.
pub const GENESIS_HASH: [u8; 32] = [0u8; 32];

/// A row as stored in `audit_events`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainedRow {
    pub seq: i64,
    pub at_us: i64,
    pub node: String,
    pub event: String,
    pub message_id: Option<String>,
    pub recipient: Option<String>,
    pub actor: String,
    pub details: String,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

impl ChainedRow {
    /// SHA-256(prev_hash ‖ canonical row) from the stored fields.
    pub fn compute_hash(&self) -> [u8; 32] {
        let mut ctx = digest::Context::new(&digest::SHA256);
        ctx.update(&self.prev_hash);
        // Canonical row: each field length-prefixed (u32 BE) so no two rows share an
        // encoding; an absent optional field is encoded as length 0xFFFFFFFF.
        let seq = self.seq.to_be_bytes();
        let at = self.at_us.to_be_bytes();
        let fields: [Option<&[u8]>; 8] = [
            Some(&seq),
            Some(&at),
            Some(self.node.as_bytes()),
            Some(self.event.as_bytes()),
            self.message_id.as_deref().map(str::as_bytes),
            self.recipient.as_deref().map(str::as_bytes),
            Some(self.actor.as_bytes()),
            Some(self.details.as_bytes()),
        ];
        for f in fields {
            match f {
                Some(b) => {
                    ctx.update(&(b.len() as u32).to_be_bytes());
                    ctx.update(b);
                }
                None => ctx.update(&u32::MAX.to_be_bytes()),
            }
        }
        let mut out = [0u8; 32];
        out.copy_from_slice(ctx.finish().as_ref());
        out
    }
}

/// The head of the chain while a transaction appends to it.
#[derive(Debug, Clone)]
pub struct Chain {
    pub seq: i64,
    pub hash: Vec<u8>,
    /// What the appended events add to the metrics, counted once the
    /// transaction commits (`crate::metrics`).
    pub facts: Vec<crate::metrics::Fact>,
}

impl Chain {
    pub fn genesis() -> Self {
        Self::at(0, GENESIS_HASH.to_vec())
    }

    /// The chain whose last row is `seq` with `hash`.
    pub fn at(seq: i64, hash: Vec<u8>) -> Self {
        Self {
            seq,
            hash,
            facts: Vec::new(),
        }
    }

    /// Give `ev` the next sequence number and link it to the head.
    pub fn append(&mut self, node: &str, ev: &AuditEvent) -> ChainedRow {
        let mut row = ChainedRow {
            seq: self.seq + 1,
            at_us: ev.at_us,
            node: node.to_string(),
            event: ev.event.as_str().to_string(),
            message_id: ev.message_id.clone(),
            recipient: ev.recipient.clone(),
            actor: ev.actor.clone(),
            details: ev.details.to_string(),
            prev_hash: self.hash.clone(),
            hash: Vec::new(),
        };
        row.hash = row.compute_hash().to_vec();
        if crate::metrics::enabled() {
            self.facts.extend(crate::metrics::Fact::of(ev));
        }
        self.seq = row.seq;
        self.hash = row.hash.clone();
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::EventType;
    use serde_json::json;

    #[test]
    fn chain_links_and_detects_edits() {
        let mut c = Chain::genesis();
        let ev = AuditEvent::new(EventType::Received, "smtp:127.0.0.1", json!({"size": 10}));
        let a = c.append("n1", &ev);
        let b = c.append("n1", &ev.clone().message("Q1"));
        assert_eq!(a.seq, 1);
        assert_eq!(b.prev_hash, a.hash);
        assert_eq!(b.compute_hash().to_vec(), b.hash);
        let mut edited = b.clone();
        edited.details = "{\"size\":11}".into();
        assert_ne!(edited.compute_hash().to_vec(), b.hash);
        // None and "" are different rows.
        let mut empty = b.clone();
        empty.message_id = Some(String::new());
        let mut none = b;
        none.message_id = None;
        assert_ne!(empty.compute_hash(), none.compute_hash());
    }
}
