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
use crate::transport::{Connection, Envelope, Hop, Peer, RcptParams, Reply, StartTls};
use crate::util::now_us;

pub(super) async fn run(q: Queue, domain: String) {
    let Ok(_permit) = q.inner.connections.clone().acquire_owned().await else {
        return;
    };
    let mut conn: Option<Connection> = None;
    let mut hops: Option<Vec<Hop>> = None;
    while let Some(next) = q.next(&domain, conn.is_some()).await {
        if let Some(t) = next.not_before {
            tokio::time::sleep_until(t.into()).await;
        }
        if let Some(loaded) = load(&q, &next.job).await {
            deliver(&q, &domain, &next.job, &loaded, &mut conn, &mut hops).await;
        }
        q.done();
    }
    if let Some(c) = conn {
        c.quit().await;
    }
}

async fn deliver(
    q: &Queue,
    domain: &str,
    job: &Job,
    loaded: &Loaded,
    conn: &mut Option<Connection>,
    hops: &mut Option<Vec<Hop>>,
) {
    let started = Instant::now();
    let n = job.recipients.len();
    if conn.is_none() {
        match connect(q, domain, hops).await {
            Ok(c) => *conn = Some(c),
            Err((reply, peer)) => {
                let temporary = !reply.is_permanent();
                let peer = peer.as_ref().map(|(h, a)| (h.as_str(), *a));
                record(q, job, loaded, peer, None, started, &vec![reply; n], false).await;
                if temporary {
                    // Unreachable: what waits for this destination waits a while.
                    q.back_off(domain).await;
                }
                return;
            }
        }
    }
    let Some(c) = conn.as_mut() else { return };
    let env = &loaded.envelope;
    let envelope = Envelope {
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
    };
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
                started,
                &txn.per_rcpt,
                txn.dsn_passed_on,
            )
            .await;
            let max = q.inner.cfg.queue.max_messages_per_connection;
            if (back_off || !c.reusable(max))
                && let Some(c) = conn.take()
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
                started,
                &vec![e.as_reply(); n],
                false,
            )
            .await;
        }
    }
}

/// Route once per worker, then try each host and address in order.
async fn connect(
    q: &Queue,
    domain: &str,
    hops: &mut Option<Vec<Hop>>,
) -> Result<Connection, (Reply, Option<(String, SocketAddr)>)> {
    if hops.is_none() {
        let routed = q.inner.router.route(domain).await.map_err(|e| {
            tracing::info!(domain, error = %e, "no route");
            (e.reply(), None)
        })?;
        *hops = Some(routed);
    }
    let mut last = (Reply::local(451, "4.4.1", "no host to connect to"), None);
    for hop in hops.iter().flatten() {
        for ip in &hop.addrs {
            let peer = Peer {
                host: hop.host.clone(),
                addr: SocketAddr::new(*ip, hop.port),
            };
            let cfg = Arc::new(q.inner.cfg.transport.clone());
            let opened = Connection::open(
                peer.clone(),
                cfg,
                Some(q.inner.tls.clone()),
                StartTls::IfOffered,
            )
            .await;
            let result = match (opened, &hop.auth) {
                (Ok(mut c), Some((user, pass))) => c.auth_plain(user, pass).await.map(|()| c),
                (other, _) => other,
            };
            match result {
                Ok(c) => return Ok(c),
                Err(e) => {
                    tracing::info!(domain, mx = %peer.host, ip = %peer.addr, error = %e, "cannot use this host");
                    last = (e.as_reply(), Some((peer.host, peer.addr)));
                }
            }
        }
    }
    Err(last)
}

/// The message for a job: in memory already, or opened from the store. On a
/// store failure the job is left to its lease (tried again later).
async fn load(q: &Queue, job: &Job) -> Option<Arc<Loaded>> {
    if let Some(l) = &job.loaded {
        return Some(l.clone());
    }
    let store = &q.inner.store;
    let id = &job.message_id;
    let env = store.envelope(id).await;
    let sealed = store.sealed_content(id).await;
    match (env, sealed) {
        (Ok(Some(envelope)), Ok(Some(sealed))) => match q.inner.keys.open(id, &sealed) {
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
    started: Instant,
    replies: &[Reply],
    dsn_passed_on: bool,
) {
    let inner = &q.inner;
    let ctx = Ctx {
        hostname: &inner.cfg.hostname,
        actor: &inner.actor,
        queue: &inner.cfg.queue,
        keys: &inner.keys,
        dkim: &inner.cfg.dkim,
    };
    let attempt = Attempt {
        job,
        env: &loaded.envelope,
        content: &loaded.content,
        peer,
        tls,
        started,
        replies,
        dsn_passed_on,
        attempted: true,
    };
    match outcome::build(&ctx, &attempt) {
        Ok(o) => {
            if let Err(e) = inner.store.record_outcome(o).await {
                // The lease runs out and the mail is tried again: at least once.
                tracing::error!(queue_id = %job.message_id, error = %e, "could not record a delivery outcome");
            }
        }
        Err(e) => {
            tracing::error!(queue_id = %job.message_id, error = %e, "could not build a delivery outcome")
        }
    }
}

/// Defer a job without trying it (its destination is backing off).
pub(super) async fn defer_unattempted(q: &Queue, job: &Job, wait: Duration) {
    let due = now_us() + i64::try_from(wait.as_micros()).unwrap_or(0);
    let reply = Reply::local(451, "4.7.0", "destination asked us to slow down; not tried");
    let outcome = Outcome {
        message_id: job.message_id.clone(),
        updates: job
            .recipients
            .iter()
            .map(|r| RecipientUpdate {
                idx: r.idx,
                state: RecipientState::Deferred,
                due_at_us: due,
                attempted: false,
                last_code: Some(i64::from(reply.code)),
                last_reply: Some(reply.to_string()),
                only_if_idle: false,
            })
            .collect(),
        events: job
            .recipients
            .iter()
            .map(|r| {
                AuditEvent::new(
                    EventType::Deferred,
                    q.inner.actor.clone(),
                    json!({"reason": "destination_backoff", "code": reply.code, "enhanced": reply.enhanced, "next_attempt_at_us": due}),
                )
                .message(&job.message_id)
                .recipient(&r.address)
            })
            .collect(),
        new_messages: Vec::new(),
    };
    if let Err(e) = q.inner.store.record_outcome(outcome).await {
        tracing::error!(queue_id = %job.message_id, error = %e, "could not record a deferral");
    }
}
