//! DATA (RFC 5321 §4.1.1.4): read the message, add the trace headers, hand it
//! to the acceptance stage (`crate::accept`), and answer. The 250 carries the
//! queue id and is sent only after the commit.

use std::time::{Duration, Instant};

use super::dot_reader::{DataError, DotReader, Progress};
use super::envelope::Envelope;
use super::guard::Guard;
use super::headers::{self, Trace};
use super::reply::{self, Reply};
use super::session::{Flow, Session, canonical_ip};
use crate::accept::{self, AcceptError, Accepted, Client, Submission};
use crate::audit::details::{InboundTls, Origin, RejectReason};
use crate::store::Protection;
use crate::util::now_us;

/// `Received:` fields a message may arrive with (RFC 5321 §6.3: a loop shows
/// as a growing trace; Postfix's `hopcount_limit` is also 50).
pub const MAX_HOPS: usize = 50;

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
        let (read, _held) = self.read_data().await;
        let body = match read {
            Some(Ok(body)) => body,
            Some(Err(e)) => {
                let (r, reason) = data_error_reply(e);
                tracing::info!(reason = reason.as_str(), "message refused");
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
        if crate::headers::count(&body, "received") > MAX_HOPS {
            let r = reply::TOO_MANY_HOPS;
            tracing::info!(
                reason = "hop_limit",
                "message refused: too many Received headers"
            );
            self.send(&r);
            self.envelope = Some(env);
            self.audit_rejection(&r, RejectReason::HopLimit, None).await;
            self.envelope = None;
            return Flow::Continue;
        }
        self.messages += 1;
        let mut body = body;
        let Ok(source) = self.source_gate_data(&env, &mut body).await else {
            return Flow::Continue;
        };
        let (source, arc) = source.map_or((None, None), |(s, a)| (Some(s), a));
        let from = env.from.clone();
        let r = match self.accept(env, body, source, arc).await {
            Ok(accepted) => reply::queued(&accepted.id),
            Err(AcceptError::Policy {
                subject_phi,
                classified,
                ..
            }) => {
                tracing::info!(reason = "policy", "message refused by policy");
                let r = match subject_phi {
                    true => reply::POLICY_SUBJECT_PHI,
                    false => reply::POLICY_REJECT,
                };
                self.send(&r);
                let mut details = self.rejected(&r, RejectReason::Policy);
                details.mail_from = Some(from);
                details.classification = Some(classified);
                self.audit_rejected(details, None).await;
                return Flow::Continue;
            }
            Err(e) => {
                tracing::error!(error = %e, "could not accept a message; answered 451");
                reply::LOCAL_ERROR
            }
        };
        self.send(&r);
        Flow::Continue
    }

    /// Read up to `<CRLF>.<CRLF>`. `None`: the client went away or timed out
    /// (per chunk, for the whole DATA, or for the whole session). The bytes held
    /// count against the listener's in-flight budget until the permit drops
    /// (after the commit); past the budget the message is refused with 451.
    async fn read_data(&mut self) -> (Option<Result<Vec<u8>, DataError>>, BytesHeld) {
        let limits = &self.srv.cfg.limits;
        let chunk = Duration::from_secs(limits.data_timeout_secs);
        let data_deadline = Instant::now() + Duration::from_secs(limits.max_data_secs);
        let mut reader = DotReader::new(
            usize::try_from(limits.max_message_size).unwrap_or(usize::MAX),
            limits.max_text_line,
        );
        let mut held = BytesHeld::new(self.srv.guard.clone());
        loop {
            let progress = reader.feed(&self.io.inbuf);
            if !held.cover(reader.len() as u64) {
                reader.refuse(DataError::OverBudget);
            }
            match progress {
                Progress::Done { consumed } => {
                    let _ = self.io.inbuf.split_to(consumed);
                    return (Some(reader.finish()), held);
                }
                Progress::More => self.io.inbuf.clear(),
            }
            let left = data_deadline
                .min(self.deadline())
                .saturating_duration_since(Instant::now());
            if left.is_zero() || self.io.fill(chunk.min(left)).await.is_err() {
                tracing::info!("client gone or timed out in DATA; nothing stored");
                return (None, held);
            }
        }
    }

    /// Add our trace headers and hand the message to the acceptance stage;
    /// returns after the commit.
    async fn accept(
        &self,
        env: Envelope,
        body: Vec<u8>,
        source: Option<crate::audit::details::SourceAuth>,
        arc: Option<crate::arc::ArcInput>,
    ) -> Result<Accepted, AcceptError> {
        let id = accept::new_queue_id();
        let received_at_us = now_us();
        let (helo, esmtp) = self.helo.clone().unwrap_or_default();
        let client_ip = canonical_ip(self.peer);
        let content = headers::prepare(
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
        let mut content = content;
        if let Some(auth) = &source {
            // After the trace headers: the marker binds the final Message-ID.
            self.srv.loop_guard.stamp(&mut content, &auth.source);
        }
        let origin = Origin::Smtp {
            client_ip: client_ip.to_string(),
            helo: helo.clone(),
            auth_user: self.auth_user.clone(),
            tls: self.tls.as_ref().map(|t| InboundTls {
                version: t.version.clone(),
                cipher: t.cipher.clone(),
            }),
            listener: self.lcfg.address.to_string(),
            source,
        };
        let submission = Submission {
            id,
            received_at_us,
            envelope: accept::Envelope {
                mail_from: env.from,
                recipients: env.recipients.into_iter().map(Into::into).collect(),
                body_type: env.body_type,
                smtputf8: env.smtputf8,
                requiretls: env.requiretls,
                tls_required_no: headers::tls_required_no(&content),
                dsn_ret: env.ret,
                dsn_envid: env.envid,
            },
            content,
            origin,
            client: Client {
                ip: client_ip.to_string(),
                helo,
                auth_user: self.auth_user.clone(),
                tls: self.tls.clone(),
            },
            actor: self.actor(),
            floor: Protection::Deliver,
            may_refuse: true,
            relay_written: false,
            arc,
        };
        let accepted = self.srv.acceptor.accept(submission).await?;
        tracing::info!(queue_id = %accepted.id, size = accepted.size, rcpts = accepted.recipients, "accepted");
        Ok(accepted)
    }
}

fn data_error_reply(e: DataError) -> (Reply, RejectReason) {
    match e {
        DataError::TooBig => (reply::TOO_BIG, RejectReason::SizeExceeded),
        DataError::OverBudget => (reply::OVER_BUDGET, RejectReason::InflightBudget),
        DataError::BareLineEnd => (reply::BARE_LINE_END, RejectReason::BareLineEnd),
        DataError::Nul => (reply::NUL_IN_DATA, RejectReason::NulInData),
        DataError::LineTooLong => (reply::TEXT_LINE_TOO_LONG, RejectReason::LineTooLong),
    }
}

/// DATA bytes this session holds against the listener's budget; given back
/// when dropped (after the message is committed or refused).
pub(super) struct BytesHeld {
    guard: std::sync::Arc<Guard>,
    bytes: u64,
}

impl BytesHeld {
    fn new(guard: std::sync::Arc<Guard>) -> Self {
        Self { guard, bytes: 0 }
    }

    /// Hold at least `total` bytes; false when the budget has no room.
    fn cover(&mut self, total: u64) -> bool {
        if total <= self.bytes {
            return true;
        }
        let more = total - self.bytes;
        let ok = self.guard.reserve_bytes(more);
        if ok {
            self.bytes = total;
        }
        ok
    }
}

impl Drop for BytesHeld {
    fn drop(&mut self) {
        self.guard.release_bytes(self.bytes);
    }
}
