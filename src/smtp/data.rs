//! DATA (RFC 5321 §4.1.1.4): read the message, then
//! trace → (classify, in the policy stage) → seal → commit with its audit event →
//! reply. The 250 carries the queue id and is sent only after the commit.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use aws_lc_rs::digest;
use serde_json::json;

use super::dot_reader::{DataError, DotReader, Progress};
use super::envelope::Envelope;
use super::headers::{self, Trace};
use super::reply::{self, Reply};
use super::session::{Flow, Session, canonical_ip};
use crate::audit::{AuditEvent, EventType};
use crate::policy::rules::Decision;
use crate::queue::{Job, JobRcpt, Loaded, Queue};
use crate::store::{DeliveryEnvelope, NewMessage, NewRecipient, StoreError, domain_of};
use crate::util::now_us;

/// Seal in the blocking pool above this size, so one big message does not stall
/// the sessions sharing its thread.
const SEAL_INLINE_MAX: usize = 1 << 20;

impl Session {
    pub(super) async fn data(&mut self) -> Flow {
        let Some(env) = self.envelope.take() else {
            self.send(&reply::NEED_MAIL);
            return Flow::Continue;
        };
        if env.recipients.is_empty() {
            self.envelope = Some(env);
            self.send(&reply::NEED_RCPT);
            return Flow::Continue;
        }
        self.send(&reply::START_DATA);
        let body = match self.read_data().await {
            Some(Ok(body)) => body,
            Some(Err(e)) => {
                let (r, reason) = data_error_reply(e);
                tracing::info!(reason, "message refused");
                self.send(&r);
                // The envelope goes back only for the audit row's mail_from.
                self.envelope = Some(env);
                self.audit_rejection(&r, reason, None).await;
                self.envelope = None;
                return Flow::Continue;
            }
            None => {
                // Timed out or gone: say so when we still can (RFC 5321 §4.5.3.2).
                self.send(&reply::TIMEOUT);
                return Flow::Close;
            }
        };
        self.messages += 1;
        let from = env.from.clone();
        let r = match self.accept(env, body).await {
            Ok(id) => reply::queued(&id),
            Err(Refused::Store(e)) => {
                tracing::error!(error = %e, "could not commit a message; answered 451");
                reply::LOCAL_ERROR
            }
            Err(Refused::Policy(r, details)) => {
                tracing::info!(reason = "policy", "message refused by policy");
                self.send(&r);
                let extra = serde_json::json!({"mail_from": from, "classification": details});
                self.audit_rejection_with(&r, "policy", None, extra).await;
                return Flow::Continue;
            }
        };
        self.send(&r);
        Flow::Continue
    }

    /// Read up to `<CRLF>.<CRLF>`. `None`: the client went away or timed out.
    async fn read_data(&mut self) -> Option<Result<Vec<u8>, DataError>> {
        let limits = &self.srv.cfg.limits;
        let timeout = Duration::from_secs(limits.data_timeout_secs);
        let mut reader = DotReader::new(
            usize::try_from(limits.max_message_size).unwrap_or(usize::MAX),
            limits.max_text_line,
        );
        loop {
            match reader.feed(&self.io.inbuf) {
                Progress::Done { consumed } => {
                    let _ = self.io.inbuf.split_to(consumed);
                    return Some(reader.finish());
                }
                Progress::More => self.io.inbuf.clear(),
            }
            if self.io.fill(timeout).await.is_err() {
                tracing::info!("client gone or timed out in DATA; nothing stored");
                return None;
            }
        }
    }

    /// Trace, classify, sign, seal and commit; returns the queue id after the commit.
    async fn accept(&self, mut env: Envelope, body: Vec<u8>) -> Result<String, Refused> {
        let id = ulid::Ulid::new().to_string();
        let received_at_us = now_us();
        let (helo, esmtp) = self.helo.clone().unwrap_or_default();
        let client_ip = canonical_ip(self.peer);
        let message = headers::prepare(
            &body,
            &Trace {
                helo: &helo,
                esmtp,
                client_ip,
                hostname: &self.srv.cfg.hostname,
                queue_id: &id,
                tls: self.tls.as_ref(),
                authenticated: self.auth_user.is_some(),
                at_secs: received_at_us / 1_000_000,
            },
        );
        drop(body);
        // Policy: classify before anything is stored; a refusal stores nothing.
        let policy = &self.srv.cfg.policy;
        let mut message = message;
        let mut classified = None;
        if policy.cfg.enabled {
            let c = policy.classify(&message, &env.from);
            let decisions: Vec<(Decision, String)> = env
                .recipients
                .iter()
                .map(|r| policy.decide(&c, &env.from, &r.address))
                .collect();
            if let Some((_, rule)) = decisions.iter().find(|(d, _)| *d == Decision::Reject) {
                let r = if c.subject_phi {
                    reply::POLICY_SUBJECT_PHI
                } else {
                    reply::POLICY_REJECT
                };
                let mut details = c.to_json();
                details["rule"] = serde_json::json!(rule);
                return Err(Refused::Policy(r, details));
            }
            for (r, (d, _)) in env.recipients.iter_mut().zip(&decisions) {
                r.decision = d.as_str();
            }
            if c.triggers.contains(&"subject_tag")
                && let Some(stripped) = policy.strip_subject_tags(&message)
            {
                message = stripped;
            }
            classified = Some((c, decisions));
        }
        // DKIM once, here: every delivery attempt sends these same signed bytes.
        let signature = self
            .srv
            .cfg
            .dkim
            .sign(&message)
            .map_err(|e| StoreError::Corrupt(format!("DKIM signing failed: {e}")))?;
        let message = if signature.is_empty() {
            message
        } else {
            [signature, message].concat()
        };
        let sha256 = digest::digest(&digest::SHA256, &message).as_ref().to_vec();
        let size = message.len() as u64;
        let keys = self.srv.keys.clone();
        let message = Arc::new(message);
        let sealed = if message.len() <= SEAL_INLINE_MAX {
            keys.seal(&id, &message).map_err(StoreError::from)?
        } else {
            let (id2, m) = (id.clone(), message.clone());
            tokio::task::spawn_blocking(move || keys.seal(&id2, &m))
                .await
                .map_err(|_| StoreError::WriterGone)?
                .map_err(StoreError::from)?
        };
        let received = AuditEvent::new(
            EventType::Received,
            self.actor(),
            json!({
                "client_ip": client_ip.to_string(),
                "helo": helo,
                "auth_user": self.auth_user,
                "tls": self.tls.as_ref().map(|t| json!({"version": t.version, "cipher": t.cipher})),
                "listener": self.lcfg.address.to_string(),
                "mail_from": env.from,
                "size": size,
                "recipients": env.recipients.len(),
                "rcpt_to": env.recipients.iter().map(|r| r.address.as_str()).collect::<Vec<_>>(),
                "sha256": hex::encode(&sha256),
                "body_type": env.body_type.as_str(),
                "smtputf8": env.smtputf8,
                "key_id": sealed.key_id,
            }),
        )
        .message(&id);
        let mut msg = NewMessage {
            id: id.clone(),
            received_at_us,
            mail_from: env.from,
            size,
            sha256,
            body_type: env.body_type,
            smtputf8: env.smtputf8,
            requiretls: env.requiretls,
            // RFC 8689 §5 for mail the policy does not mark as PHI only.
            tls_optional: !env.requiretls
                && !classified.as_ref().is_some_and(|(c, _)| c.phi)
                && headers::tls_required_no(&message),
            dsn_ret: env.ret,
            dsn_envid: env.envid,
            client_ip: client_ip.to_string(),
            helo,
            auth_user: self.auth_user.clone(),
            tls: self.tls.clone(),
            recipients: env.recipients,
            sealed,
            events: vec![received],
            lease: None,
        };
        if let Some((c, decisions)) = &classified {
            let mut details = c.to_json();
            details["decisions"] = serde_json::json!(
                msg.recipients
                    .iter()
                    .zip(decisions)
                    .map(|(r, (d, rule))| serde_json::json!({"rcpt": r.address, "decision": d.as_str(), "rule": rule}))
                    .collect::<Vec<_>>()
            );
            msg.events
                .push(AuditEvent::new(EventType::Classified, self.actor(), details).message(&id));
        }
        let rcpts = msg.recipients.len();
        let handoff = self
            .srv
            .queue
            .as_ref()
            .and_then(|q| Handoff::reserve(q, &msg, received_at_us));
        msg.lease = handoff.as_ref().map(Handoff::lease);
        let envelope = DeliveryEnvelope {
            id: id.clone(),
            mail_from: msg.mail_from.clone(),
            received_at_us,
            smtputf8: msg.smtputf8,
            dsn_ret: msg.dsn_ret.map(|r| r.as_str().to_string()),
            dsn_envid: msg.dsn_envid.clone(),
            requiretls: msg.requiretls,
            tls_optional: msg.tls_optional,
        };
        let recipients = msg.recipients.clone();
        if let Err(e) = self.srv.store.accept(msg).await {
            if let Some(h) = handoff {
                h.cancel();
            }
            return Err(Refused::Store(e));
        }
        tracing::info!(queue_id = %id, size, rcpts, "accepted");
        if let Some(h) = handoff {
            h.submit(envelope, message, &recipients);
        }
        Ok(id)
    }
}

/// Why a message was not accepted after its DATA.
enum Refused {
    /// Local trouble: 451, the client tries again.
    Store(StoreError),
    /// The policy refused it: 550, with the classification (no matched values) for the audit row.
    Policy(Reply, serde_json::Value),
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Self {
        Refused::Store(e)
    }
}

fn data_error_reply(e: DataError) -> (Reply, &'static str) {
    match e {
        DataError::TooBig => (reply::TOO_BIG, "size_exceeded"),
        DataError::BareLineEnd => (reply::BARE_LINE_END, "bare_line_end"),
        DataError::Nul => (reply::NUL_IN_DATA, "nul_in_data"),
        DataError::LineTooLong => (reply::TEXT_LINE_TOO_LONG, "line_too_long"),
    }
}

/// Taking an accepted message straight into this node's delivery queue: its
/// recipients are leased in the accept transaction, so no other node (and not our
/// own scheduler) takes them; after the commit the jobs go to the dispatcher with
/// the plaintext still in memory, so nothing is read back or decrypted.
struct Handoff {
    queue: Queue,
    jobs: usize,
    until_us: i64,
}

impl Handoff {
    fn reserve(queue: &Queue, msg: &NewMessage, now_us: i64) -> Option<Self> {
        let mut domains: Vec<String> = msg
            .recipients
            .iter()
            .map(|r| domain_of(&r.address))
            .collect();
        domains.sort();
        domains.dedup();
        let mut got = 0;
        while got < domains.len() && queue.reserve() {
            got += 1;
        }
        if got < domains.len() {
            (0..got).for_each(|_| queue.unreserve());
            return None;
        }
        let lease = i64::try_from(queue.lease_secs()).unwrap_or(900) * 1_000_000;
        Some(Self {
            queue: queue.clone(),
            jobs: got,
            until_us: now_us + lease,
        })
    }

    fn lease(&self) -> (String, i64) {
        (self.queue.lease_owner().to_string(), self.until_us)
    }

    fn cancel(self) {
        (0..self.jobs).for_each(|_| self.queue.unreserve());
    }

    fn submit(
        self,
        envelope: DeliveryEnvelope,
        content: Arc<Vec<u8>>,
        recipients: &[NewRecipient],
    ) {
        let content = Arc::try_unwrap(content).unwrap_or_else(|shared| (*shared).clone());
        let loaded = Arc::new(Loaded { envelope, content });
        let mut by_domain: BTreeMap<String, Vec<JobRcpt>> = BTreeMap::new();
        for (idx, r) in recipients.iter().enumerate() {
            if r.decision == "portal" {
                continue;
            }
            by_domain
                .entry(domain_of(&r.address))
                .or_default()
                .push(JobRcpt {
                    idx: idx as i64,
                    address: r.address.clone(),
                    notify: r.notify.clone(),
                    orcpt: r.orcpt.clone(),
                    attempts: 0,
                    tls_required: r.decision == "tls-required",
                });
        }
        for (domain, recipients) in by_domain {
            self.queue.submit(Job {
                message_id: loaded.envelope.id.clone(),
                domain,
                recipients,
                loaded: Some(loaded.clone()),
                leased_at: std::time::Instant::now(),
            });
        }
    }
}
