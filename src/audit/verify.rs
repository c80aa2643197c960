//! `phirelay audit verify`: recompute the chain and name the first broken row.

use super::chain::{ChainedRow, GENESIS_HASH};

/// Where the chain breaks, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub seq: i64,
    pub reason: &'static str,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "audit row seq={} is broken: {}", self.seq, self.reason)
    }
}

/// Checks rows fed in `seq` order, page by page, without holding them all.
#[derive(Debug)]
pub struct Verifier {
    pub count: u64,
    pub last_seq: i64,
    pub head: Vec<u8>,
}

impl Default for Verifier {
    fn default() -> Self {
        Self {
            count: 0,
            last_seq: 0,
            head: GENESIS_HASH.to_vec(),
        }
    }
}

impl Verifier {
    pub fn feed(&mut self, row: &ChainedRow) -> Result<(), Broken> {
        let broken = |reason| Broken {
            seq: row.seq,
            reason,
        };
        if row.seq != self.last_seq + 1 {
            // A gap means rows were removed before this one.
            return Err(broken("sequence gap: a row before this one is missing"));
        }
        if row.prev_hash != self.head {
            return Err(broken("prev_hash does not match the previous row's hash"));
        }
        if row.compute_hash().as_slice() != row.hash.as_slice() {
            return Err(broken(
                "hash does not match the row's contents (row altered)",
            ));
        }
        self.count += 1;
        self.last_seq = row.seq;
        self.head = row.hash.clone();
        Ok(())
    }
}

impl Verifier {
    /// Compare the end of the chain with the recorded head, which catches rows
    /// removed from the end (the chain alone cannot see a truncated tail).
    pub fn finish(&self, head_seq: i64, head_hash: &[u8]) -> Result<(), Broken> {
        if head_seq < self.last_seq {
            return Err(Broken {
                seq: head_seq + 1,
                reason: "rows exist after the recorded head: the head was moved back",
            });
        }
        if head_seq != self.last_seq {
            return Err(Broken {
                seq: self.last_seq + 1,
                reason: "the recorded head is past the last row: rows at the end are missing",
            });
        }
        if head_hash != self.head.as_slice() {
            return Err(Broken {
                seq: self.last_seq,
                reason: "the last row's hash differs from the recorded head",
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{AuditEvent, Chain, EventType};

    fn rows(n: usize) -> Vec<ChainedRow> {
        let mut c = Chain::genesis();
        (0..n)
            .map(|i| {
                let ev = AuditEvent::new(EventType::Received, "t", serde_json::json!({ "i": i }));
                c.append("n", &ev)
            })
            .collect()
    }

    #[test]
    fn names_the_first_broken_row() {
        let mut r = rows(5);
        let mut v = Verifier::default();
        assert!(r.iter().all(|row| v.feed(row).is_ok()));
        assert!(v.finish(5, &r[4].hash).is_ok());

        r[2].actor = "someone else".into();
        let mut v = Verifier::default();
        let err = r.iter().find_map(|row| v.feed(row).err()).unwrap();
        assert_eq!(err.seq, 3);

        let mut r = rows(5);
        r.remove(1);
        let mut v = Verifier::default();
        let err = r.iter().find_map(|row| v.feed(row).err()).unwrap();
        assert_eq!(err.seq, 3);

        let r = rows(5);
        let mut v = Verifier::default();
        r[..4].iter().for_each(|row| v.feed(row).unwrap());
        assert_eq!(v.finish(5, &r[4].hash).unwrap_err().seq, 5);
    }
}
