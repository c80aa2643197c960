//! The retention sweep: finished mail's sealed content is destroyed once it is
//! older than `[queue] shred_delivered_after_secs` (store/retention.rs). Runs on
//! every node; two nodes picking the same message both empty the same row,
//! which is harmless.

use std::time::Duration;

use crate::store::{ContentPurge, Store};

const BATCH: i64 = 500;

/// Sweep now and then until the process ends.
pub fn spawn(store: Store, after_secs: u64) {
    // Often enough that "after N seconds" holds to within a tenth of N (at most a
    // minute late), never more than once a second.
    let every = Duration::from_secs((after_secs / 10).clamp(1, 60));
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(every).await;
            sweep(&store, after_secs).await;
        }
    });
}

/// One sweep: batches until nothing is due.
pub async fn sweep(store: &Store, after_secs: u64) {
    let after_us = i64::try_from(after_secs)
        .unwrap_or(i64::MAX / 1_000_000)
        .saturating_mul(1_000_000);
    loop {
        let now = crate::util::now_us();
        let ids = match store
            .finished_content_before(now.saturating_sub(after_us), BATCH)
            .await
        {
            Ok(ids) if ids.is_empty() => return,
            Ok(ids) => ids,
            Err(e) => {
                tracing::warn!(error = %e, "retention sweep: cannot read finished mail; will retry");
                return;
            }
        };
        let n = ids.len();
        let purge = ContentPurge {
            message_ids: ids,
            older_than_secs: after_secs,
            actor: format!("node:{}", store.node()),
            at_us: now,
        };
        match store.purge_content(purge).await {
            Ok(()) => tracing::info!(
                messages = n,
                "retention: content of finished mail destroyed"
            ),
            Err(e) => {
                tracing::warn!(error = %e, "retention sweep failed; will retry");
                return;
            }
        }
        if n < BATCH as usize {
            return;
        }
    }
}
