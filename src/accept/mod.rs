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

pub mod address;
mod error;
mod passphrase;
mod prepare;
mod submission;
pub mod suppression;

use std::sync::Arc;

pub use error::{AcceptError, Refusal};
pub use prepare::{Prepared, Preparer};
pub use submission::{Client, Envelope, Recipient, Submission, new_queue_id};

use crate::policy::engine::Classification;
use crate::queue::Queue;
use crate::store::Store;

/// Messages up to this size with no MIME structure are prepared inline.
const INLINE_MAX: usize = 32 * 1024;

/// A small message whose header block declares no multipart and no
/// non-text content: nothing to unpack, so classification is linear in at most
/// `INLINE_MAX` bytes (well under a millisecond) and cannot stall the runtime.
fn small_single_part(content: &[u8]) -> bool {
    if content.len() > INLINE_MAX {
        return false;
    }
    let end = content
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(content.len());
    let head = content[..end].to_ascii_lowercase();
    let count = |needle: &[u8]| head.windows(needle.len()).filter(|w| *w == needle).count();
    // At most one Content-Type, and that one plain text: a second header could
    // make the parser see something else.
    match count(b"content-type:") {
        0 => true,
        1 => count(b"content-type: text/plain") == 1 && count(b"multipart") == 0,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::small_single_part;

    #[test]
    fn only_small_plain_text_goes_inline() {
        assert!(small_single_part(b"Subject: a\r\n\r\nhello\r\n"));
        assert!(small_single_part(
            b"Content-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n"
        ));
        assert!(!small_single_part(
            b"Content-Type: text/html\r\n\r\n<b>x</b>\r\n"
        ));
        assert!(!small_single_part(
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b--\r\n"
        ));
        assert!(!small_single_part(
            b"Content-Type: text/plain\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n"
        ));
        let big = [b"Subject: a\r\n\r\n".as_slice(), &[b'x'; 40_000]].concat();
        assert!(!small_single_part(&big));
    }
}

/// A test key's message: every recipient is stored `deleted`, each with an
/// `admin` event (action `test`) saying why; the `held` events go (nothing is
/// kept for the portal), the `classified` event with the decisions stays.
fn mark_test_only(m: &mut crate::store::NewMessage) {
    use crate::audit::EventType;
    use crate::audit::details::{Admin, AdminAction, Details};
    m.test_only = true;
    m.events.retain(|e| e.event != EventType::Held);
    let actor = m
        .events
        .first()
        .map(|e| e.actor.clone())
        .unwrap_or_else(|| "api".into());
    for r in &m.recipients {
        let ev = Details::Admin(Admin {
            action: AdminAction::Test,
            reason: Some(
                "an API test key: accepted, classified and audited, never delivered".into(),
            ),
            previous_state: r.protection.initial_state().as_str().to_string(),
        })
        .into_event(actor.clone())
        .message(&m.id)
        .recipient(&r.address);
        m.events.push(ev);
    }
}

/// What an HTTP API submission commits beside the message.
#[derive(Debug, Default)]
pub struct ApiExtras {
    pub idempotency: Option<crate::store::api::Idempotency>,
    /// The request's `metadata`, sealed.
    pub metadata: Option<crate::store::crypto::Sealed>,
    /// A test key's submission: classified and audited, never delivered.
    pub test_only: bool,
}

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
    /// Replaced by a reload; each message uses the one current when it starts.
    prep: crate::live::Live<Preparer>,
    store: Store,
    /// Where accepted mail goes at once; None leaves it to the store's
    /// scheduler (tests of ingress alone, CLI verbs).
    queue: Option<Queue>,
}

impl Acceptor {
    pub fn new(
        prep: impl Into<crate::live::Live<Preparer>>,
        store: Store,
        queue: Option<Queue>,
    ) -> Self {
        Self {
            prep: prep.into(),
            store,
            queue,
        }
    }

    /// The preparer in force now.
    pub fn preparer(&self) -> Arc<Preparer> {
        self.prep.current()
    }

    /// Accept one message: returns after the commit (a 250 may then be sent).
    ///
    /// Everything CPU-bound (classify, sign, seal) runs in ONE task on the
    /// blocking pool: a hostile message that is slow to read delays only itself,
    /// and one hop per message keeps thread switches down. The task gets the
    /// policy's time budget; past it the message is prepared again as
    /// unclassified, which counts as PHI (the first task finishes in the
    /// background and its result is dropped; extraction is linear and capped).
    pub async fn accept(&self, sub: Submission) -> Result<Accepted, AcceptError> {
        let prepared = self.prepare(sub).await?;
        self.commit(prepared).await
    }

    /// As [`accept`](Self::accept), committing `idempotency` with the message
    /// (an HTTP API retry then finds it, even after a crash).
    pub async fn accept_idempotent(
        &self,
        sub: Submission,
        extras: ApiExtras,
    ) -> Result<Accepted, AcceptError> {
        let mut prepared = self.prepare(sub).await?;
        prepared.message.idempotency = extras.idempotency;
        prepared.message.api_metadata = extras.metadata;
        if extras.test_only {
            mark_test_only(&mut prepared.message);
        }
        self.commit(prepared).await
    }

    /// Classify, sign and seal, within the policy's time budget.
    async fn prepare(&self, sub: Submission) -> Result<Prepared, AcceptError> {
        let prep = self.prep.current();
        // A passphrase is hashed with argon2 (tens of ms): never on the runtime.
        if small_single_part(&sub.content) && !passphrase::present(&sub.content) {
            // Bounded work (linear extraction of at most INLINE_MAX bytes of text,
            // no attachment to unpack): done here, without a thread hop.
            return prep.prepare(sub);
        }
        if !prep.classifies(&sub) {
            return tokio::task::spawn_blocking(move || prep.prepare(sub))
                .await
                .map_err(|_| AcceptError::WorkerGone)?;
        }
        let backup = sub.clone();
        let budget = prep.classify_budget();
        let task = tokio::task::spawn_blocking(move || prep.prepare(sub));
        match tokio::time::timeout(budget, task).await {
            Ok(joined) => joined.map_err(|_| AcceptError::WorkerGone)?,
            Err(_) => {
                tracing::warn!(queue_id = %backup.id, "classification over its time budget: counted as PHI");
                let prep = self.prep.current();
                let over = Classification::over_budget();
                tokio::task::spawn_blocking(move || prep.prepare_classified(backup, Some(over)))
                    .await
                    .map_err(|_| AcceptError::WorkerGone)?
            }
        }
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
            .filter(|_| !message.test_only)
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
