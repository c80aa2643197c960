//! `phirelay audit verify`: recompute the chain and name the first broken row.

use std::collections::BTreeMap;

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
    /// Hashes that signed checkpoints say rows had (seq → hash).
    expected: BTreeMap<i64, Vec<u8>>,
    /// How many of those the rows fed so far matched.
    pub checkpoints_matched: u64,
}

impl Default for Verifier {
    fn default() -> Self {
        Self::starting_after(0, GENESIS_HASH.to_vec())
    }
}

impl Verifier {
    /// Verify from row `seq + 1`, taking `hash` as row `seq`'s (incremental: a
    /// signed checkpoint's hash, or the stored one when the caller accepts that).
    pub fn starting_after(seq: i64, hash: Vec<u8>) -> Self {
        Self {
            count: 0,
            last_seq: seq,
            head: hash,
            expected: BTreeMap::new(),
            checkpoints_matched: 0,
        }
    }

    /// Row `seq` must have `hash` (from a checkpoint whose signature held).
    pub fn expect(&mut self, seq: i64, hash: Vec<u8>) {
        self.expected.insert(seq, hash);
    }

    pub fn feed(&mut self, row: &ChainedRow) -> Result<(), Broken> {
        let broken = |reason| Broken {
            seq: row.seq,
            reason,
        };
        if let Some(want) = self.expected.get(&row.seq) {
            if want.as_slice() != row.hash.as_slice() {
                // The chain may be consistent (recomputed after an edit); the
                // signed checkpoint is what it cannot fake.
                return Err(broken(
                    "hash differs from a signed checkpoint: this row or one before it was rewritten",
                ));
            }
            self.checkpoints_matched += 1;
        }
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
        if let Some((&seq, _)) = self.expected.range(self.last_seq + 1..).next() {
            return Err(Broken {
                seq,
                reason: "a signed checkpoint names this row, which no longer exists: rows at the end were removed",
            });
        }
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

    /// Someone with the owner's rights deletes the tail and writes new rows,
    /// re-chained: the chain holds, the checkpoint does not.
    #[test]
    fn a_rechained_tail_is_caught_by_a_checkpoint() {
        let honest = rows(5);
        let mut forged = honest[..3].to_vec();
        let mut c = Chain::at(3, honest[2].hash.clone());
        for i in 0..2 {
            let ev = AuditEvent::new(EventType::Received, "t", serde_json::json!({ "x": i }));
            forged.push(c.append("n", &ev));
        }
        let mut plain = Verifier::default();
        assert!(forged.iter().all(|row| plain.feed(row).is_ok()));
        let mut v = Verifier::default();
        v.expect(4, honest[3].hash.clone());
        let err = forged.iter().find_map(|row| v.feed(row).err()).unwrap();
        assert_eq!(err.seq, 4);
        // A checkpoint past the end: the tail was cut.
        let mut v = Verifier::default();
        v.expect(5, honest[4].hash.clone());
        honest[..4].iter().for_each(|row| v.feed(row).unwrap());
        assert_eq!(v.finish(4, &honest[3].hash).unwrap_err().seq, 5);
        // Incremental: from row 3 on, with row 2's hash as the base.
        let mut v = Verifier::starting_after(2, honest[1].hash.clone());
        assert!(honest[2..].iter().all(|row| v.feed(row).is_ok()));
        assert_eq!(v.count, 3);
    }
}
