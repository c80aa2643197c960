//! Mail returned to its sender without a delivery attempt: an administrator
//! bounces it (`phirelay queue bounce`: `bounced`, a local `5.7.1` reply, one
//! `admin` event per recipient), or held mail outlives `[queue]
//! held_lifetime_secs` (`expired`, `5.4.7`). Either way the sender gets a DSN
//! exactly as for a failed delivery (through the acceptance stage: headers
//! only, no subject when the message is PHI or was protected), all in one
//! transaction with the state changes and their events.

use std::time::Instant;

use super::job::{Job, JobRcpt};
use super::outcome::{self, Ctx, Facts};
use crate::accept::{AcceptError, Preparer};
use crate::audit::Details;
use crate::audit::details::{Admin, AdminAction};
use crate::config::QueueSection;
use crate::store::{DeliveryEnvelope, Outcome, RecipientRecord, RecipientState};
use crate::transport::Reply;
use crate::transport::deliver::Attempt;

/// Who bounces what, and why.
pub struct Bounce<'a> {
    pub hostname: &'a str,
    pub queue: &'a QueueSection,
    pub prep: &'a Preparer,
    pub actor: &'a str,
    pub reason: &'a str,
}

/// The outcome that expires held `recipients`: they waited longer than
/// `[queue] held_lifetime_secs` for an administrator. `expired`, with a DSN
/// to the sender (status 5.4.7: not delivered, time ran out), no admin event.
pub fn expire_held(
    b: &Bounce<'_>,
    env: &DeliveryEnvelope,
    content: &[u8],
    recipients: &[&RecipientRecord],
) -> Result<Outcome, AcceptError> {
    let reply = Reply::local(
        550,
        "5.4.7",
        "held for the secure portal past its lifetime; not delivered",
    );
    let mut o = returned(b, env, content, recipients, reply)?;
    for u in o.updates.iter_mut() {
        u.state = RecipientState::Expired;
    }
    for e in o.events.iter_mut() {
        if e.event == crate::audit::EventType::Bounced {
            e.event = crate::audit::EventType::Expired;
        }
    }
    Ok(o)
}

/// The outcome that bounces `recipients` (each must be queued, deferred or
/// held, and not in flight: the commit checks it again) of the message `env`.
pub fn bounce(
    b: &Bounce<'_>,
    env: &DeliveryEnvelope,
    content: &[u8],
    recipients: &[&RecipientRecord],
) -> Result<Outcome, AcceptError> {
    let reply = Reply::local(550, "5.7.1", "returned to the sender by an administrator");
    let mut o = returned(b, env, content, recipients, reply)?;
    for r in recipients {
        let admin = Details::Admin(Admin {
            action: AdminAction::Bounce,
            reason: Some(b.reason.to_string()),
            previous_state: r.state.as_str().to_string(),
        });
        o.events.push(
            admin
                .into_event(b.actor)
                .message(&env.id)
                .recipient(&r.address),
        );
    }
    Ok(o)
}

fn job_of(env: &DeliveryEnvelope, recipients: &[&RecipientRecord]) -> Job {
    Job {
        message_id: env.id.clone(),
        domain: String::new(),
        recipients: recipients
            .iter()
            .map(|r| JobRcpt {
                idx: r.idx,
                address: r.address.clone(),
                notify: r.notify.clone(),
                orcpt: r.orcpt.clone(),
                attempts: r.attempts,
                tls_required: false,
            })
            .collect(),
        loaded: None,
        leased_at: Instant::now(),
        // Admin changes are guarded by `only_if_idle`, not by a lease.
        lease: String::new(),
        ends_backoff: false,
    }
}

/// `recipients` failed for good with `reply`: their updates (guarded as admin
/// changes), `bounced` events, and the DSN.
fn returned(
    b: &Bounce<'_>,
    env: &DeliveryEnvelope,
    content: &[u8],
    recipients: &[&RecipientRecord],
    reply: Reply,
) -> Result<Outcome, AcceptError> {
    let job = job_of(env, recipients);
    let attempt = Attempt::local(recipients.len(), reply, None);
    let ctx = Ctx {
        hostname: b.hostname,
        actor: b.actor,
        queue: b.queue,
        prep: b.prep,
        owner: "",
    };
    let facts = Facts {
        job: &job,
        env,
        content,
        attempt: &attempt,
        started: Instant::now(),
        attempted: false,
    };
    let mut o = outcome::build(&ctx, &facts)?;
    // Not a worker's result: no lease to check, but the recipient must still be
    // where the admin saw it.
    o.lease_owner = None;
    for (u, r) in o.updates.iter_mut().zip(recipients) {
        let held = r.state == RecipientState::Held;
        u.only_if_idle = !held;
        u.only_if_held = held;
    }
    Ok(o)
}

/// Expire the held mail older than `[queue] held_lifetime_secs` (a batch per
/// call). Each message is one transaction; one that changed meanwhile (an
/// admin released it, another node expired it) fails its commit and is left.
pub(super) async fn expire_held_mail(q: &super::dispatch::Queue) {
    let lifetime = i64::try_from(q.cfg().queue.held_lifetime_secs).unwrap_or(i64::MAX / 2);
    let cutoff = crate::util::now_us().saturating_sub(lifetime.saturating_mul(1_000_000));
    let ids = match q.store().held_before(cutoff, 100).await {
        Ok(ids) => ids,
        Err(e) => {
            tracing::error!(error = %e, "cannot look for expired held mail; will retry");
            return;
        }
    };
    for id in ids {
        if let Err(e) = expire_one(q, &id).await {
            tracing::warn!(queue_id = %id, error = %e, "held mail not expired now; will retry");
        }
    }
}

/// Why one held message could not be expired now.
#[derive(Debug, thiserror::Error)]
enum ExpireError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("cannot open the message: {0}")]
    Crypto(#[from] crate::store::crypto::CryptoError),
    #[error("cannot build the DSN: {0}")]
    Dsn(#[from] AcceptError),
    #[error("message or content missing")]
    Missing,
}

async fn expire_one(q: &super::dispatch::Queue, id: &str) -> Result<(), ExpireError> {
    let store = q.store();
    let env = store.envelope(id).await?;
    let sealed = store.sealed_content(id).await?;
    let (Some(env), Some(sealed)) = (env, sealed) else {
        return Err(ExpireError::Missing);
    };
    let content = q.keys().open(id, &sealed)?;
    let recipients = store.recipients(id).await?;
    let held: Vec<_> = recipients
        .iter()
        .filter(|r| r.state == RecipientState::Held)
        .collect();
    if held.is_empty() {
        return Ok(());
    }
    let prep = q.prep();
    let b = Bounce {
        hostname: &q.cfg().hostname,
        queue: &q.cfg().queue,
        prep: &prep,
        actor: q.actor(),
        reason: "",
    };
    let outcome = expire_held(&b, &env, &content, &held)?;
    store.record_outcome(outcome).await?;
    tracing::info!(queue_id = %id, recipients = held.len(), "held mail expired; the sender is told");
    Ok(())
}
