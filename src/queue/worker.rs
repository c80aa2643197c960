//! A delivery worker: one SMTP connection to one destination, reused for job
//! after job until the destination has nothing waiting.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::dispatch::Queue;
use super::job::{Job, Loaded};
use super::outcome::{self, Ctx, Facts};
use super::slot::SlotHold;
use crate::audit::Details;
use crate::audit::details::{BackedOff, BackoffReason, Held, HeldReason};
use crate::store::{Outcome, RecipientState, RecipientUpdate};
use crate::transport::deliver::{Attempt, Session};
use crate::transport::security::Requirement;
use crate::transport::{Envelope, RcptParams, Reply};
use crate::util::now_us;

pub(super) async fn run(q: Queue, domain: String) {
    let Ok(_permit) = q.connection_slots().acquire_owned().await else {
        return;
    };
    let mut session = Session::new(&domain, q.cfg().queue.max_messages_per_connection);
    let mut slot = SlotHold::new(&domain);
    while let Some(next) = q.next(&domain, session.is_connected()).await {
        if let Some(t) = next.not_before {
            tokio::time::sleep_until(t.into()).await;
        }
        if !slot.ensure(&q, &mut session).await {
            give_back(&q, &next.job).await;
            q.done();
            continue;
        }
        if !lease_still_ours(&q, &next.job).await {
            q.done();
            continue;
        }
        if let Some(loaded) = load(&q, &next.job).await {
            deliver(&q, &domain, &next.job, &loaded, &mut session).await;
        }
        q.done();
    }
    session.close().await;
    slot.release(&q).await;
}

/// A job this worker will not send now (stopping, or no slot could be had):
/// its lease is given back so that it is due again at once, here or elsewhere.
async fn give_back(q: &Queue, job: &Job) {
    if let Err(e) = q
        .store()
        .release_lease(&job.message_id, &job.indexes(), &job.lease)
        .await
    {
        tracing::warn!(queue_id = %job.message_id, error = %e, "cannot give a lease back; the mail is due when it ends");
    }
}

/// Hand the job to transport and record what it came to. `tls-required` mail
/// whose destination cannot offer verified TLS gets the policy's fallback.
async fn deliver(q: &Queue, domain: &str, job: &Job, loaded: &Loaded, session: &mut Session) {
    let started = Instant::now();
    let env = &loaded.envelope;
    let policy_verified = job.recipients.iter().any(|r| r.tls_required);
    let need = if env.requiretls || policy_verified {
        Requirement::Verified
    } else if env.tls_optional {
        Requirement::Optional
    } else {
        Requirement::Default
    };
    let attempt = session
        .deliver(q.transport(), &envelope_of(job, loaded), need)
        .await;
    if policy_verified && attempt.failed_tls_policy() {
        policy_fallback(q, job, loaded, &attempt, started).await;
        return;
    }
    record(q, job, loaded, &attempt, started).await;
    if attempt.back_off {
        q.back_off(domain).await;
    }
}

/// A job that waited in memory for more than half its lease gets the lease
/// renewed first; if another node took the recipients over meanwhile, it is
/// dropped here (no double delivery).
async fn lease_still_ours(q: &Queue, job: &Job) -> bool {
    let lease = Duration::from_secs(q.cfg().queue.lease_secs);
    if job.leased_at.elapsed() < lease / 2 {
        return true;
    }
    let until = now_us() + i64::try_from(lease.as_micros()).unwrap_or(i64::MAX / 2);
    match q
        .store()
        .renew_lease(&job.message_id, &job.indexes(), &job.lease, until)
        .await
    {
        Ok(true) => true,
        Ok(false) => {
            tracing::warn!(queue_id = %job.message_id, "lease taken over by another node; not sending");
            false
        }
        Err(e) => {
            tracing::error!(queue_id = %job.message_id, error = %e, "cannot renew a lease; not sending now");
            false
        }
    }
}

/// The message for a job: in memory already, or opened from the store. On a
/// store failure the job is left to its lease (tried again later).
async fn load(q: &Queue, job: &Job) -> Option<Arc<Loaded>> {
    if let Some(l) = &job.loaded {
        return Some(l.clone());
    }
    let store = &q.store();
    let id = &job.message_id;
    let env = store.envelope(id).await;
    let sealed = store.sealed_content(id).await;
    match (env, sealed) {
        (Ok(Some(envelope)), Ok(Some(sealed))) => match q.keys().open(id, &sealed) {
            Ok(content) => Some(Arc::new(Loaded { envelope, content })),
            Err(e) => {
                tracing::error!(queue_id = %id, error = %e, "cannot open a stored message; left queued");
                None
            }
        },
        (Ok(None), _) | (_, Ok(None)) => {
            tracing::error!(queue_id = %id, "message or its content is missing; left queued");
            None
        }
        (Err(e), _) | (_, Err(e)) => {
            tracing::error!(queue_id = %id, error = %e, "store unavailable; the job waits for its lease to end");
            None
        }
    }
}

async fn record(q: &Queue, job: &Job, loaded: &Loaded, attempt: &Attempt, started: Instant) {
    let prep = q.prep();
    let ctx = Ctx {
        hostname: &q.cfg().hostname,
        actor: q.actor(),
        queue: &q.cfg().queue,
        prep: &prep,
        owner: &job.lease,
    };
    let facts = Facts {
        job,
        env: &loaded.envelope,
        content: &loaded.content,
        attempt,
        started,
        attempted: true,
    };
    match outcome::build(&ctx, &facts) {
        Ok(o) => {
            if let Err(e) = q.store().record_outcome(o).await {
                // The lease runs out and the mail is tried again: at least once.
                tracing::error!(queue_id = %job.message_id, error = %e, "could not record a delivery outcome");
            }
        }
        Err(e) => {
            tracing::error!(queue_id = %job.message_id, error = %e, "could not build a delivery outcome")
        }
    }
}

/// `tls-required` mail whose destination cannot offer verified TLS:
/// `[policy] tls_required_fallback` says portal (held), defer, or bounce.
async fn policy_fallback(
    q: &Queue,
    job: &Job,
    loaded: &Loaded,
    failed: &Attempt,
    started: Instant,
) {
    use crate::policy::rules::Fallback;
    let n = job.recipients.len();
    let kind = failed.connect_failure.clone();
    let reply = match failed.per_rcpt.first() {
        Some(r) => r.reply.clone(),
        None => return,
    };
    match q.cfg().policy.tls_required_fallback {
        Fallback::Defer => {
            let attempt = Attempt::local(n, reply, kind.clone());
            record(q, job, loaded, &attempt, started).await
        }
        Fallback::Bounce => {
            let why =
                format!("verified TLS is required for this message and not available: {reply}");
            let refusal = Reply::local(550, "5.7.4", why);
            let attempt = Attempt::local(n, refusal, kind.clone());
            record(q, job, loaded, &attempt, started).await;
        }
        Fallback::Portal => {
            let details = Details::Held(Held {
                reason: HeldReason::VerifiedTlsUnavailable,
                rule: None,
                code: Some(reply.code),
                enhanced: Some(reply.enhanced.clone()),
            });
            let outcome = same_for_all(
                q,
                job,
                RecipientState::Held,
                now_us(),
                true,
                &reply,
                details,
            );
            if let Err(e) = q.store().record_outcome(outcome).await {
                tracing::error!(queue_id = %job.message_id, error = %e, "could not hold a message for the portal");
            }
        }
    }
}

/// One state change and one event for every recipient of a job.
fn same_for_all(
    q: &Queue,
    job: &Job,
    state: RecipientState,
    due_at_us: i64,
    attempted: bool,
    reply: &Reply,
    details: Details,
) -> Outcome {
    Outcome {
        message_id: job.message_id.clone(),
        updates: job
            .recipients
            .iter()
            .map(|r| RecipientUpdate {
                idx: r.idx,
                state,
                due_at_us,
                attempted,
                last_code: Some(i64::from(reply.code)),
                last_reply: Some(reply.to_string()),
                only_if_idle: false,
                only_if_held: false,
            })
            .collect(),
        events: job
            .recipients
            .iter()
            .map(|r| {
                details
                    .clone()
                    .into_event(q.actor())
                    .message(&job.message_id)
                    .recipient(&r.address)
            })
            .collect(),
        new_messages: Vec::new(),
        lease_owner: Some(job.lease.clone()),
        rebind: None,
    }
}

/// Defer a job without trying it (its destination is backing off).
pub(super) async fn defer_unattempted(q: &Queue, job: &Job, wait: Duration) {
    let due = now_us() + i64::try_from(wait.as_micros()).unwrap_or(0);
    let reply = Reply::local(
        451,
        "4.4.5",
        "destination unreachable or asked us to slow down; not tried",
    );
    let details = Details::BackedOff(BackedOff {
        reason: BackoffReason::DestinationBackoff,
        code: reply.code,
        enhanced: reply.enhanced.clone(),
        next_attempt_at_us: due,
    });
    let outcome = same_for_all(
        q,
        job,
        RecipientState::Deferred,
        due,
        false,
        &reply,
        details,
    );
    if let Err(e) = q.store().record_outcome(outcome).await {
        tracing::error!(queue_id = %job.message_id, error = %e, "could not record a deferral");
    }
}

/// The client's view of a job: the envelope and the signed bytes.
fn envelope_of<'a>(job: &'a Job, loaded: &'a Loaded) -> Envelope<'a> {
    let env = &loaded.envelope;
    Envelope {
        from: &env.mail_from,
        recipients: job
            .recipients
            .iter()
            .map(|r| RcptParams {
                address: &r.address,
                notify: r.notify.as_deref(),
                orcpt: r.orcpt.as_deref(),
            })
            .collect(),
        message: &loaded.content,
        smtputf8: env.smtputf8,
        ret: env.dsn_ret.as_deref(),
        envid: env.dsn_envid.as_deref(),
        requiretls: env.requiretls,
    }
}
