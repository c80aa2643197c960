//! A worker's hold on one of its destination's connection slots
//! (`store/slots.rs`): `[queue] max_connections_per_destination` counts every
//! node that shares the store. The slot is taken before the worker connects,
//! renewed while it keeps the connection, and given back when it ends.

use std::time::{Duration, Instant};

use super::dispatch::Queue;
use crate::transport::deliver::Session;
use crate::util::now_us;

/// A slot's lease: a node that dies frees its slots this long after its last
/// renewal. Renewed at half of it, before a job is sent.
const SLOT_LEASE: Duration = Duration::from_secs(60);
/// How often a worker waiting for a free slot asks again.
const RETRY: Duration = Duration::from_millis(200);

pub(super) struct SlotHold {
    domain: String,
    slot: Option<i64>,
    renewed: Instant,
}

impl SlotHold {
    pub fn new(domain: &str) -> Self {
        Self {
            domain: domain.to_string(),
            slot: None,
            renewed: Instant::now(),
        }
    }

    /// Hold a slot (waiting while all are taken). False when the node is
    /// stopping or the store cannot be asked: the caller then must not send.
    pub async fn ensure(&mut self, q: &Queue, session: &mut Session) -> bool {
        if let Some(slot) = self.slot {
            if self.renewed.elapsed() < SLOT_LEASE / 2 {
                return true;
            }
            match q
                .store()
                .renew_destination_slot(&self.domain, slot, q.owner(), until())
                .await
            {
                Ok(true) => {
                    self.renewed = Instant::now();
                    return true;
                }
                Ok(false) => {
                    // Our lease ran out and another worker has the slot: this
                    // connection is over the limit now.
                    tracing::warn!(domain = %self.domain, "destination slot lost; reconnecting under a new one");
                    self.slot = None;
                    session.close().await;
                }
                Err(e) => {
                    tracing::error!(domain = %self.domain, error = %e, "cannot renew a destination slot");
                    return false;
                }
            }
        }
        self.take(q).await
    }

    async fn take(&mut self, q: &Queue) -> bool {
        let limit = q.cfg().queue.max_connections_per_destination;
        loop {
            if q.is_stopping() {
                return false;
            }
            match q
                .store()
                .take_destination_slot(&self.domain, limit, q.owner(), now_us(), until())
                .await
            {
                Ok(Some(slot)) => {
                    self.slot = Some(slot);
                    self.renewed = Instant::now();
                    return true;
                }
                Ok(None) => tokio::time::sleep(RETRY).await,
                Err(e) => {
                    tracing::error!(domain = %self.domain, error = %e, "cannot take a destination slot");
                    return false;
                }
            }
        }
    }

    /// Give the slot back (after the connection is closed).
    pub async fn release(&mut self, q: &Queue) {
        if let Some(slot) = self.slot.take()
            && let Err(e) = q
                .store()
                .release_destination_slot(&self.domain, slot, q.owner())
                .await
        {
            tracing::warn!(domain = %self.domain, error = %e, "cannot give a destination slot back; it frees itself when its lease ends");
        }
    }
}

fn until() -> i64 {
    now_us() + i64::try_from(SLOT_LEASE.as_micros()).unwrap_or(60_000_000)
}
