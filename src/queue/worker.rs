//! A delivery worker: one SMTP connection to one destination, reused for job
//! after job until the destination has nothing waiting.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

use super::dispatch::Queue;
use super::job::{Job, Loaded};
use super::outcome::{self, Attempt, Ctx};
use crate::audit::{AuditEvent, EventType};
use crate::store::{Outcome, RecipientState, RecipientUpdate};
use crate::transport::deliver::{ConnectFailure, failure_evidence};
use crate::transport::security::{Plan, Requirement};
use crate::transport::{Connection, Envelope, FailureKind, Hop, RcptParams, Reply};
use crate::util::now_us;

pub(super) async fn run(q: Queue, domain: String) {
    let Ok(_permit) = q.connection_slots().acquire_owned().await else {
        return;
    };
    let mut conn: Option<(Connection, Plan, Requirement)> = None;
    let mut hops: Option<Vec<Hop>> = None;
    while let Some(next) = q.next(&domain, conn.is_some()).await {
        if let Some(t) = next.not_before {
            tokio::time::sleep_until(t.into()).await;
        }
        if !lease_still_ours(&q, &next.job).await {
            q.done();
            continue;
        }
        if let Some(loaded) = load(&q, &next.job).await {
            deliver(&q, &domain, &next.job, &loaded, &mut conn, &mut hops).await;
        }
        q.done();
    }
    if let Some((c, _, _)) = conn {
        c.quit().await;
    }
}

async fn deliver(
    q: &Queue,
    domain: &str,
    job: &Job,
    loaded: &Loaded,
    conn: &mut Option<(Connection, Plan, Requirement)>,
    hops: &mut Option<Vec<Hop>>,
) {
    let started = Instant::now();
    let n = job.recipients.len();
    let env = &loaded.envelope;
    let policy_verified = job.recipients.iter().any(|r| r.tls_required);
    let need = if env.requiretls || policy_verified {
        Requirement::Verified
    } else if env.tls_optional {
        Requirement::Optional
    } else {
        Requirement::Default
    };
    // A connection is reused only for mail with the same requirement.
    if conn.as_ref().is_some_and(|(_, _, n)| *n != need)
        && let Some((c, _, _)) = conn.take()
    {
        c.quit().await;
    }
    if conn.is_none() {
        match q.transport().connect(domain, hops, need).await {
            Ok((c, plan)) => *conn = Some((c, plan, need)),
            Err(f) if policy_verified && f.kind.is_tls_policy() => {
                // Verified TLS cannot be had for PHI: the configured fallback.
                policy_fallback(q, job, loaded, f.reply, started).await;
                return;
            }
            Err(f) => {
                // Unreachable (network, DNS) backs the destination off; a TLS-policy
                // failure does not: other mail there may have other requirements.
                let unreachable = f.kind == FailureKind::Unreachable;
                let evidence = Some(failure_evidence(&f));
                let ConnectFailure { reply, peer, .. } = f;
                let peer = peer.as_ref().map(|(h, a)| (h.as_str(), *a));
                record(
                    q,
                    job,
                    loaded,
                    peer,
                    None,
                    evidence,
                    started,
                    &vec![reply; n],
                    false,
                )
                .await;
                if unreachable {
                    q.back_off(domain).await;
                }
                return;
            }
        }
    }
    let Some((c, plan, _)) = conn.as_mut() else {
        return;
    };
    let evidence = Some(plan.evidence());
    let envelope = envelope_of(job, loaded);
    let peer = (c.peer.host.clone(), c.peer.addr);
    let tls = c.tls.clone();
    match c.send(&envelope).await {
        Ok(txn) => {
            let back_off = txn.per_rcpt.iter().any(Reply::asks_to_back_off);
            let p = Some((peer.0.as_str(), peer.1));
            record(
                q,
                job,
                loaded,
                p,
                tls.as_ref(),
                evidence,
                started,
                &txn.per_rcpt,
                txn.dsn_passed_on,
            )
            .await;
            let max = q.cfg().queue.max_messages_per_connection;
            if (back_off || !c.reusable(max))
                && let Some((c, _, _)) = conn.take()
            {
                c.quit().await;
            }
            if back_off {
                q.back_off(domain).await;
            }
        }
        Err(e) => {
            tracing::info!(domain, mx = %peer.0, error = %e, "connection failed during a transaction");
            *conn = None;
            let p = Some((peer.0.as_str(), peer.1));
            record(
                q,
                job,
                loaded,
                p,
                tls.as_ref(),
                evidence,
                started,
                &vec![e.as_reply(); n],
                false,
            )
            .await;
        }
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
        .renew_lease(&job.message_id, &job.indexes(), q.owner(), until)
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

#[allow(clippy::too_many_arguments)]
async fn record(
    q: &Queue,
    job: &Job,
    loaded: &Loaded,
    peer: Option<(&str, SocketAddr)>,
    tls: Option<&crate::transport::tls::OutboundTls>,
    security: Option<serde_json::Value>,
    started: Instant,
    replies: &[Reply],
    dsn_passed_on: bool,
) {
    let ctx = Ctx {
        hostname: &q.cfg().hostname,
        actor: q.actor(),
        queue: &q.cfg().queue,
        prep: q.prep(),
        owner: q.owner(),
    };
    let attempt = Attempt {
        job,
        env: &loaded.envelope,
        content: &loaded.content,
        peer,
        tls,
        security,
        started,
        replies,
        dsn_passed_on,
        attempted: true,
    };
    match outcome::build(&ctx, &attempt) {
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
async fn policy_fallback(q: &Queue, job: &Job, loaded: &Loaded, reply: Reply, started: Instant) {
    use crate::policy::rules::Fallback;
    let n = job.recipients.len();
    match q.cfg().policy.tls_required_fallback {
        Fallback::Defer => {
            record(
                q,
                job,
                loaded,
                None,
                None,
                None,
                started,
                &vec![reply; n],
                false,
            )
            .await
        }
        Fallback::Bounce => {
            let why =
                format!("verified TLS is required for this message and not available: {reply}");
            let refusal = Reply::local(550, "5.7.4", why);
            record(
                q,
                job,
                loaded,
                None,
                None,
                None,
                started,
                &vec![refusal; n],
                false,
            )
            .await;
        }
        Fallback::Portal => {
            let details = json!({"reason": "verified_tls_unavailable", "code": reply.code, "enhanced": reply.enhanced});
            let outcome = same_for_all(
                q,
                job,
                RecipientState::Held,
                now_us(),
                true,
                &reply,
                EventType::Held,
                details,
            );
            if let Err(e) = q.store().record_outcome(outcome).await {
                tracing::error!(queue_id = %job.message_id, error = %e, "could not hold a message for the portal");
            }
        }
    }
}

/// One state change and one event for every recipient of a job.
#[allow(clippy::too_many_arguments)]
fn same_for_all(
    q: &Queue,
    job: &Job,
    state: RecipientState,
    due_at_us: i64,
    attempted: bool,
    reply: &Reply,
    event: EventType,
    details: serde_json::Value,
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
            })
            .collect(),
        events: job
            .recipients
            .iter()
            .map(|r| {
                AuditEvent::new(event, q.actor().to_string(), details.clone())
                    .message(&job.message_id)
                    .recipient(&r.address)
            })
            .collect(),
        new_messages: Vec::new(),
        lease_owner: Some(q.owner().to_string()),
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
    let details = json!({"reason": "destination_backoff", "code": reply.code, "enhanced": reply.enhanced, "next_attempt_at_us": due});
    let outcome = same_for_all(
        q,
        job,
        RecipientState::Deferred,
        due,
        false,
        &reply,
        EventType::Deferred,
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
