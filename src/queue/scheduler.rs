//! The scheduler: every `poll_interval_ms`, claim due recipients from the store
//! under this node's lease and hand them to the dispatcher.

use std::time::Duration;

use super::dispatch::Queue;
use super::job::Job;
use crate::util::now_us;

pub(super) fn spawn(q: Queue) {
    tokio::spawn(async move {
        let every = Duration::from_millis(q.cfg().queue.poll_interval_ms);
        let lease = i64::try_from(q.cfg().queue.lease_secs).unwrap_or(900) * 1_000_000;
        // Held mail past its lifetime is looked for every 30 polls (30 s by
        // default), and at start.
        let sweep_every = every * 30;
        let mut next_sweep = tokio::time::Instant::now();
        loop {
            if q.is_stopping() {
                return;
            }
            if tokio::time::Instant::now() >= next_sweep {
                super::admin::expire_held_mail(&q).await;
                next_sweep = tokio::time::Instant::now() + sweep_every;
            }
            let room = q.room();
            if room > 0 {
                let now = now_us();
                let token = q.lease_token();
                match q
                    .store()
                    .claim_due(&token, now, now + lease, room as i64)
                    .await
                {
                    Ok(claims) if !claims.is_empty() => {
                        for job in Job::from_claims(claims, &token) {
                            if q.reserve() {
                                q.submit(job);
                            } else {
                                let _ = q
                                    .store()
                                    .release_lease(&job.message_id, &job.indexes(), &job.lease)
                                    .await;
                            }
                        }
                        // There may be more: look again at once.
                        continue;
                    }
                    Ok(_) => {}
                    Err(e) => tracing::error!(error = %e, "cannot claim due mail; will retry"),
                }
            }
            tokio::time::sleep(every).await;
        }
    });
}
