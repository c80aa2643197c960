//! From an attempt's replies to the state changes, audit events and DSNs that
//! are committed together (DESIGN invariant 2).

use std::time::Instant;

use serde_json::{Value, json};

use super::dsn::{self, Action, Entry};
use super::job::Job;
use super::schedule::next_due;
use crate::accept::{self, AcceptError, Client, Preparer, Submission};
use crate::audit::details::{Internal, Origin};
use crate::audit::{AuditEvent, EventType};
use crate::config::QueueSection;
use crate::store::{
    BodyType, DeliveryEnvelope, NewMessage, Outcome, Protection, RecipientState, RecipientUpdate,
};
use crate::transport::Reply;
use crate::transport::tls::OutboundTls;
use crate::util::now_us;

/// What the queue needs to turn results into records.
pub struct Ctx<'a> {
    pub hostname: &'a str,
    pub actor: &'a str,
    pub queue: &'a QueueSection,
    /// DSNs enter the queue through the acceptance stage like any message.
    pub prep: &'a Preparer,
    /// Whose lease the job's recipients are under (the update checks it).
    pub owner: &'a str,
}

/// The facts of one attempt at one job.
pub struct Attempt<'a> {
    pub job: &'a Job,
    pub env: &'a DeliveryEnvelope,
    pub content: &'a [u8],
    /// The host and address that answered; None when no connection was made.
    pub peer: Option<(&'a str, std::net::SocketAddr)>,
    pub tls: Option<&'a OutboundTls>,
    /// The transport-security plan and where it came from (evidence).
    pub security: Option<Value>,
    pub started: Instant,
    /// One per job recipient, in order.
    pub replies: &'a [Reply],
    pub dsn_passed_on: bool,
    /// False when no SMTP transaction was tried (routing failed, back-off).
    pub attempted: bool,
}

/// The outcome to commit. DSNs it creates are stored without a lease, so the
/// scheduler picks them up like any queued mail.
pub fn build(ctx: &Ctx<'_>, a: &Attempt<'_>) -> Result<Outcome, AcceptError> {
    let now = now_us();
    let id = &a.job.message_id;
    let facts = PeerFacts::of(a);
    let mut events: Vec<AuditEvent> = attempt_event(ctx, a, &facts).into_iter().collect();
    let mut updates = Vec::new();
    let mut entries = Vec::new();
    for (r, reply) in a.job.recipients.iter().zip(a.replies) {
        let result = recipient_result(ctx, a, &facts, r, reply, now);
        events.push(result.event);
        updates.push(result.update);
        entries.extend(result.dsn_entry);
    }
    let mut dsns = Vec::new();
    // Never a DSN to the null reverse-path (RFC 3461 §6.2, RFC 5321 §4.5.5).
    if !entries.is_empty() && !a.env.mail_from.is_empty() {
        let dsn = dsn_message(ctx, a, &entries)?;
        events.push(dsn_sent_event(ctx, a, &dsn.id, &entries));
        dsns.push(dsn);
    }
    Ok(Outcome {
        message_id: id.clone(),
        updates,
        events,
        new_messages: dsns,
        lease_owner: Some(ctx.owner.to_string()),
    })
}

/// The peer and TLS facts every event of this attempt repeats.
struct PeerFacts {
    tls: Value,
    mx: Value,
    ip: Value,
}

impl PeerFacts {
    fn of(a: &Attempt<'_>) -> Self {
        let tls = a.tls.map_or(Value::Null, |t| {
            json!({"version": t.version, "cipher": t.cipher, "peer_cert_sha256": t.peer_cert_sha256, "verified": t.verified})
        });
        let (mx, ip) = match a.peer {
            Some((host, addr)) => (json!(host), json!(addr.ip().to_string())),
            None => (Value::Null, Value::Null),
        };
        Self { tls, mx, ip }
    }
}

/// The `attempt` event: one SMTP transaction, when one was tried.
fn attempt_event(ctx: &Ctx<'_>, a: &Attempt<'_>, f: &PeerFacts) -> Option<AuditEvent> {
    if !a.attempted {
        return None;
    }
    let results: Vec<Value> = a
        .job
        .recipients
        .iter()
        .zip(a.replies)
        .map(|(r, reply)| json!({"rcpt": r.address, "code": reply.code, "enhanced": reply.enhanced, "local": reply.local}))
        .collect();
    let details = json!({
        "domain": a.job.domain,
        "mx": f.mx,
        "ip": f.ip,
        "port": a.peer.map(|p| p.1.port()),
        "tls": f.tls,
        "security": a.security,
        "duration_ms": a.started.elapsed().as_millis() as u64,
        "results": results,
    });
    Some(AuditEvent::new(EventType::Attempt, ctx.actor, details).message(&a.job.message_id))
}

/// One recipient's new state, its event, and the DSN block it asks for.
struct RecipientResult {
    update: RecipientUpdate,
    event: AuditEvent,
    dsn_entry: Option<Entry>,
}

fn recipient_result(
    ctx: &Ctx<'_>,
    a: &Attempt<'_>,
    f: &PeerFacts,
    r: &super::JobRcpt,
    reply: &Reply,
    now: i64,
) -> RecipientResult {
    let attempts = r.attempts + i64::from(a.attempted);
    let wants = |action| dsn::wanted(r.notify.as_deref(), action);
    let mut dsn_entry = None;
    let (state, due, event) = if reply.is_success() {
        if wants(Action::Relayed) && !a.dsn_passed_on {
            dsn_entry = Some(entry(r, Action::Relayed, reply, a));
        }
        (RecipientState::Delivered, now, EventType::Delivered)
    } else if reply.is_permanent() {
        if wants(Action::Failed) {
            dsn_entry = Some(entry(r, Action::Failed, reply, a));
        }
        (RecipientState::Bounced, now, EventType::Bounced)
    } else if let Some(due) = next_due(ctx.queue, attempts, a.env.received_at_us, now) {
        (RecipientState::Deferred, due, EventType::Deferred)
    } else {
        if wants(Action::Failed) {
            let mut e = entry(r, Action::Failed, reply, a);
            // RFC 3463 X.4.7: delivery time expired.
            e.status = "4.4.7".into();
            dsn_entry = Some(e);
        }
        (RecipientState::Expired, now, EventType::Expired)
    };
    let mut details = json!({
        "code": reply.code,
        "enhanced": reply.enhanced,
        "local": reply.local,
        "mx": f.mx,
        "ip": f.ip,
        "tls": f.tls,
        "attempts": attempts,
    });
    if state == RecipientState::Deferred {
        details["next_attempt_at_us"] = json!(due);
    }
    RecipientResult {
        update: RecipientUpdate {
            idx: r.idx,
            state,
            due_at_us: due,
            attempted: a.attempted,
            last_code: Some(i64::from(reply.code)),
            last_reply: Some(reply.to_string()),
            only_if_idle: false,
        },
        event: AuditEvent::new(event, ctx.actor, details)
            .message(&a.job.message_id)
            .recipient(&r.address),
        dsn_entry,
    }
}

fn dsn_sent_event(ctx: &Ctx<'_>, a: &Attempt<'_>, dsn_id: &str, entries: &[Entry]) -> AuditEvent {
    let actions: Vec<Value> = entries
        .iter()
        .map(|e| json!({"rcpt": e.recipient, "action": e.action.as_str(), "status": e.status}))
        .collect();
    let details = json!({
        "dsn_id": dsn_id,
        "to": a.env.mail_from,
        "actions": actions,
        "ret": a.env.dsn_ret,
    });
    AuditEvent::new(EventType::DsnSent, ctx.actor, details).message(&a.job.message_id)
}

fn entry(r: &super::JobRcpt, action: Action, reply: &Reply, a: &Attempt<'_>) -> Entry {
    Entry {
        recipient: r.address.clone(),
        orcpt: r.orcpt.clone(),
        action,
        status: reply.status(),
        remote_mta: if reply.local {
            None
        } else {
            a.peer.map(|p| p.0.to_string())
        },
        diagnostic: (!reply.local || !reply.is_success()).then(|| reply.to_string()),
    }
}

/// The DSN as a submission to the acceptance stage: from the null sender, to
/// the original sender, with the original's REQUIRETLS and at least its
/// strictest protection (PHI mail's reports go the protected way too).
fn dsn_message(
    ctx: &Ctx<'_>,
    a: &Attempt<'_>,
    entries: &[Entry],
) -> Result<NewMessage, AcceptError> {
    let dsn_id = accept::new_queue_id();
    let now = now_us();
    let report = dsn::build(
        ctx.hostname,
        &dsn_id,
        a.env,
        a.content,
        entries,
        now / 1_000_000,
    );
    let floor = match a.env.phi {
        true => a.env.protection.max(Protection::TlsRequired),
        false => a.env.protection,
    };
    let submission = Submission {
        id: dsn_id,
        received_at_us: now,
        envelope: accept::Envelope {
            mail_from: String::new(),
            recipients: vec![accept::Recipient {
                address: a.env.mail_from.clone(),
                notify: Some("never".into()),
                orcpt: None,
            }],
            body_type: if crate::transport::data::has_8bit(&report) {
                BodyType::EightBitMime
            } else {
                BodyType::SevenBit
            },
            smtputf8: !a.env.mail_from.is_ascii(),
            requiretls: a.env.requiretls,
            tls_required_no: false,
            dsn_ret: None,
            dsn_envid: None,
        },
        content: report,
        origin: Origin::Internal(Internal::Dsn {
            of: a.job.message_id.clone(),
        }),
        client: Client::local(ctx.hostname),
        actor: ctx.actor.to_string(),
        floor,
        may_refuse: false,
        relay_written: false,
    };
    Ok(ctx.prep.prepare(submission)?.message)
}
