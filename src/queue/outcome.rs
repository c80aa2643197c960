//! From an attempt's replies to the state changes, audit events and DSNs that
//! are committed together (DESIGN invariant 2).

use std::time::Instant;

use super::dsn::{self, Action, Entry};
use super::job::Job;
use super::schedule::next_due;
use crate::accept::{self, AcceptError, Client, Preparer, Submission};
use crate::audit::details::{
    AttemptDetails, DsnAction, DsnSent, Internal, Origin, PeerTls, RcptOutcome, RcptReply,
    ReplyCodes,
};
use crate::audit::{AuditEvent, Details};
use crate::config::QueueSection;
use crate::store::{
    BodyType, DeliveryEnvelope, NewMessage, Outcome, Protection, RecipientState, RecipientUpdate,
};
use crate::transport::Reply;
use crate::transport::deliver::{Attempt, RcptAttempt, Verdict};
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

/// The facts of one attempt at one job: transport's typed result plus what the
/// queue knows (the job, the stored envelope, the content for a DSN).
pub struct Facts<'a> {
    pub job: &'a Job,
    pub env: &'a DeliveryEnvelope,
    pub content: &'a [u8],
    pub attempt: &'a Attempt,
    pub started: Instant,
    /// False when no SMTP transaction was tried (back-off).
    pub attempted: bool,
}

/// The outcome to commit. DSNs it creates are stored without a lease, so the
/// scheduler picks them up like any queued mail.
pub fn build(ctx: &Ctx<'_>, a: &Facts<'_>) -> Result<Outcome, AcceptError> {
    let now = now_us();
    let id = &a.job.message_id;
    let facts = PeerFacts::of(a.attempt);
    let mut events: Vec<AuditEvent> = attempt_event(ctx, a, &facts).into_iter().collect();
    let mut updates = Vec::new();
    let mut entries = Vec::new();
    for (r, result) in a.job.recipients.iter().zip(&a.attempt.per_rcpt) {
        let result = recipient_result(ctx, a, &facts, r, result, now);
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
        rebind: None,
    })
}

/// The peer and TLS facts every event of this attempt repeats.
struct PeerFacts {
    tls: Option<PeerTls>,
    mx: Option<String>,
    ip: Option<String>,
    port: Option<u16>,
}

impl PeerFacts {
    fn of(a: &Attempt) -> Self {
        let tls = a.tls.as_ref().map(|t| PeerTls {
            version: t.version.clone(),
            cipher: t.cipher.clone(),
            peer_cert_sha256: t.peer_cert_sha256.clone(),
            verified: t.verified,
        });
        Self {
            tls,
            mx: a.peer.as_ref().map(|p| p.0.clone()),
            ip: a.peer.as_ref().map(|p| p.1.ip().to_string()),
            port: a.peer.as_ref().map(|p| p.1.port()),
        }
    }
}

fn codes(reply: &Reply) -> ReplyCodes {
    ReplyCodes {
        code: reply.code,
        enhanced: reply.enhanced.clone(),
        local: reply.local,
    }
}

/// The `attempt` event: one SMTP transaction, when one was tried.
fn attempt_event(ctx: &Ctx<'_>, a: &Facts<'_>, f: &PeerFacts) -> Option<AuditEvent> {
    if !a.attempted {
        return None;
    }
    let results = a
        .job
        .recipients
        .iter()
        .zip(&a.attempt.per_rcpt)
        .map(|(r, result)| RcptReply {
            rcpt: r.address.clone(),
            reply: codes(&result.reply),
        })
        .collect();
    let details = Details::Attempt(Box::new(AttemptDetails {
        domain: a.job.domain.clone(),
        mx: f.mx.clone(),
        ip: f.ip.clone(),
        port: f.port,
        tls: f.tls.clone(),
        security: a.attempt.evidence.clone(),
        duration_ms: u64::try_from(a.started.elapsed().as_millis()).unwrap_or(u64::MAX),
        results,
    }));
    Some(details.into_event(ctx.actor).message(&a.job.message_id))
}

/// One recipient's new state, its event, and the DSN block it asks for.
struct RecipientResult {
    update: RecipientUpdate,
    event: AuditEvent,
    dsn_entry: Option<Entry>,
}

fn recipient_result(
    ctx: &Ctx<'_>,
    a: &Facts<'_>,
    f: &PeerFacts,
    r: &super::JobRcpt,
    result: &RcptAttempt,
    now: i64,
) -> RecipientResult {
    let reply = &result.reply;
    let attempts = r.attempts + i64::from(a.attempted);
    let wants = |action| dsn::wanted(r.notify.as_deref(), action);
    let mut dsn_entry = None;
    let deferred_until = match result.verdict {
        Verdict::Deferred => next_due(ctx.queue, attempts, a.env.received_at_us, now),
        _ => None,
    };
    let (state, due) = match (result.verdict, deferred_until) {
        (Verdict::Delivered, _) => {
            if wants(Action::Relayed) && !a.attempt.dsn_passed_on {
                dsn_entry = Some(entry(r, Action::Relayed, reply, a));
            }
            (RecipientState::Delivered, now)
        }
        (Verdict::Bounced, _) => {
            if wants(Action::Failed) {
                dsn_entry = Some(entry(r, Action::Failed, reply, a));
            }
            (RecipientState::Bounced, now)
        }
        (Verdict::Deferred, Some(due)) => (RecipientState::Deferred, due),
        (Verdict::Deferred, None) => {
            if wants(Action::Failed) {
                let mut e = entry(r, Action::Failed, reply, a);
                // RFC 3463 X.4.7: delivery time expired.
                e.status = "4.4.7".into();
                dsn_entry = Some(e);
            }
            (RecipientState::Expired, now)
        }
    };
    let outcome = Box::new(RcptOutcome {
        reply: codes(reply),
        mx: f.mx.clone(),
        ip: f.ip.clone(),
        tls: f.tls.clone(),
        policy_source: a.attempt.plan.map(|p| p.source),
        required_level: a.attempt.plan.map(|p| p.required_level),
        failure_code: result.failure.as_ref().map(|k| k.code()),
        attempts,
        phi: a.env.phi,
        since_received_ms: (now - a.env.received_at_us).max(0) / 1000,
        next_attempt_at_us: deferred_until,
    });
    let details = match state {
        RecipientState::Delivered => Details::Delivered(outcome),
        RecipientState::Bounced => Details::Bounced(outcome),
        RecipientState::Deferred => Details::Deferred(outcome),
        _ => Details::Expired(outcome),
    };
    RecipientResult {
        update: RecipientUpdate {
            idx: r.idx,
            state,
            due_at_us: due,
            attempted: a.attempted,
            last_code: Some(i64::from(reply.code)),
            last_reply: Some(reply.to_string()),
            only_if_idle: false,
            only_if_held: false,
        },
        event: details
            .into_event(ctx.actor)
            .message(&a.job.message_id)
            .recipient(&r.address),
        dsn_entry,
    }
}

fn dsn_sent_event(ctx: &Ctx<'_>, a: &Facts<'_>, dsn_id: &str, entries: &[Entry]) -> AuditEvent {
    let actions = entries
        .iter()
        .map(|e| DsnAction {
            rcpt: e.recipient.clone(),
            action: e.action.as_str(),
            status: e.status.clone(),
        })
        .collect();
    let details = Details::DsnSent(DsnSent {
        dsn_id: dsn_id.to_string(),
        to: a.env.mail_from.clone(),
        actions,
        ret: a.env.dsn_ret.clone(),
    });
    details.into_event(ctx.actor).message(&a.job.message_id)
}

fn entry(r: &super::JobRcpt, action: Action, reply: &Reply, a: &Facts<'_>) -> Entry {
    Entry {
        recipient: r.address.clone(),
        orcpt: r.orcpt.clone(),
        action,
        status: reply.status(),
        remote_mta: if reply.local {
            None
        } else {
            a.attempt.peer.as_ref().map(|p| p.0.clone())
        },
        diagnostic: (!reply.local || !reply.is_success()).then(|| reply.to_string()),
    }
}

/// The DSN as a submission to the acceptance stage: from the null sender, to
/// the original sender, with the original's REQUIRETLS and at least its
/// strictest protection (PHI mail's reports go the protected way too).
fn dsn_message(ctx: &Ctx<'_>, a: &Facts<'_>, entries: &[Entry]) -> Result<NewMessage, AcceptError> {
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
        arc: None,
    };
    Ok(ctx.prep.prepare(submission)?.message)
}
