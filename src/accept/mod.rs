//! The acceptance stage: the one way into the queue (Postfix's `cleanup`,
//! Stalwart's `queue_message`).
//!
//! Every entrance (SMTP DATA, DSNs, TLS reports; later portal replies and the
//! HTTP API) builds a [`Submission`] and calls [`Acceptor::accept`] (or, inside
//! an outcome transaction, [`Preparer::prepare`]). The stage classifies the
//! message and decides per recipient (policy), signs it (DKIM), seals it (a fresh
//! data key), builds its typed audit events, commits message + recipients +
//! events in one transaction, and only then hands it to this node's delivery
//! queue. It is the only caller of `Store::accept`.
//!
//! ```text
//! entrance ─▶ Submission ─▶ prepare (blocking pool: classify, decide, sign, seal, events)
//!                             ─▶ store.accept (one transaction) ─▶ queue hand-off
//! ```

mod error;
mod prepare;
mod submission;

use std::sync::Arc;

pub use error::{AcceptError, Refusal};
pub use prepare::{Prepared, Preparer};
pub use submission::{Client, Envelope, Recipient, Submission, new_queue_id};

use crate::policy::engine::Classification;
use crate::queue::Queue;
use crate::store::Store;

/// What the entrance tells its client after the commit.
#[derive(Debug, Clone)]
pub struct Accepted {
    pub id: String,
    pub size: u64,
    pub recipients: usize,
}

/// The stage, shared by every entrance of one node.
#[derive(Clone)]
pub struct Acceptor {
    prep: Arc<Preparer>,
    store: Store,
    /// Where accepted mail goes at once; None leaves it to the store's
    /// scheduler (tests of ingress alone, CLI verbs).
    queue: Option<Queue>,
}

impl Acceptor {
    pub fn new(prep: Arc<Preparer>, store: Store, queue: Option<Queue>) -> Self {
        Self { prep, store, queue }
    }

    pub fn preparer(&self) -> &Arc<Preparer> {
        &self.prep
    }

    /// Accept one message: returns after the commit (a 250 may then be sent).
    pub async fn accept(&self, mut sub: Submission) -> Result<Accepted, AcceptError> {
        let classification = match self.prep.classifies(&sub) {
            true => Some(self.classify_within_budget(&mut sub).await),
            false => None,
        };
        let prep = self.prep.clone();
        let prepared =
            tokio::task::spawn_blocking(move || prep.prepare_classified(sub, classification))
                .await
                .map_err(|_| AcceptError::WorkerGone)??;
        self.commit(prepared).await
    }

    /// Classify on the blocking pool, waiting at most the policy's budget: a
    /// hostile message that is slow to read delays only itself, and past the
    /// budget it counts as unscanned, so as PHI. A classification still running
    /// then finishes in the background (extraction is linear and capped).
    async fn classify_within_budget(&self, sub: &mut Submission) -> Classification {
        let content = std::sync::Arc::new(std::mem::take(&mut sub.content));
        let (prep, bytes, from) = (
            self.prep.clone(),
            content.clone(),
            sub.envelope.mail_from.clone(),
        );
        let task = tokio::task::spawn_blocking(move || prep.classification(&bytes, &from));
        let c = match tokio::time::timeout(self.prep.classify_budget(), task).await {
            Ok(Ok(c)) => c,
            Ok(Err(_)) => Classification::unreadable(),
            Err(_) => {
                tracing::warn!(queue_id = %sub.id, "classification over its time budget: counted as PHI");
                Classification::over_budget()
            }
        };
        sub.content =
            std::sync::Arc::try_unwrap(content).unwrap_or_else(|shared| (*shared).clone());
        c
    }

    /// Commit a prepared message, then hand it to the queue.
    pub async fn commit(&self, prepared: Prepared) -> Result<Accepted, AcceptError> {
        let Prepared {
            mut message,
            envelope,
            content,
        } = prepared;
        let handoff = self
            .queue
            .as_ref()
            .and_then(|q| q.handoff(&message.recipients, message.received_at_us));
        message.lease = handoff.as_ref().map(|h| h.lease());
        let accepted = Accepted {
            id: message.id.clone(),
            size: message.size,
            recipients: message.recipients.len(),
        };
        let recipients = message.recipients.clone();
        if let Err(e) = self.store.accept(message).await {
            if let Some(h) = handoff {
                h.cancel();
            }
            return Err(e.into());
        }
        if let Some(h) = handoff {
            h.submit(envelope, content, &recipients);
        }
        Ok(accepted)
    }
}
