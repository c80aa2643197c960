//! DATA (RFC 5321 §4.1.1.4): read the message, then
//! trace → (classify, in the policy stage) → seal → commit with its audit event →
//! reply. The 250 carries the queue id and is sent only after the commit.

use std::time::Duration;

use aws_lc_rs::digest;
use serde_json::json;

use super::dot_reader::{DataError, DotReader, Progress};
use super::envelope::Envelope;
use super::headers::{self, Trace};
use super::reply::{self, Reply};
use super::session::{Flow, Session, canonical_ip};
use crate::audit::{AuditEvent, EventType};
use crate::store::{NewMessage, StoreError};
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
                self.audit_rejection(&r, reason, None).await;
                return Flow::Continue;
            }
            None => return Flow::Close,
        };
        self.messages += 1;
        let r = match self.accept(env, body).await {
            Ok(id) => reply::queued(&id),
            Err(e) => {
                tracing::error!(error = %e, "could not commit a message; answered 451");
                reply::LOCAL_ERROR
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

    /// Trace, seal and commit; returns the queue id after the commit.
    async fn accept(&self, env: Envelope, body: Vec<u8>) -> Result<String, StoreError> {
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
        let sha256 = digest::digest(&digest::SHA256, &message).as_ref().to_vec();
        let size = message.len() as u64;
        let keys = self.srv.keys.clone();
        let sealed = if message.len() <= SEAL_INLINE_MAX {
            keys.seal(&id, &message)?
        } else {
            let id2 = id.clone();
            tokio::task::spawn_blocking(move || keys.seal(&id2, &message))
                .await
                .map_err(|_| StoreError::WriterGone)??
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
                "sha256": hex::encode(&sha256),
                "body_type": env.body_type.as_str(),
                "smtputf8": env.smtputf8,
                "key_id": sealed.key_id,
            }),
        )
        .message(&id);
        let msg = NewMessage {
            id: id.clone(),
            received_at_us,
            mail_from: env.from,
            size,
            sha256,
            body_type: env.body_type,
            smtputf8: env.smtputf8,
            requiretls: env.requiretls,
            dsn_ret: env.ret,
            dsn_envid: env.envid,
            client_ip: client_ip.to_string(),
            helo,
            auth_user: self.auth_user.clone(),
            tls: self.tls.clone(),
            recipients: env.recipients,
            sealed,
            events: vec![received],
        };
        let rcpts = msg.recipients.len();
        self.srv.store.accept(msg).await?;
        tracing::info!(queue_id = %id, size, rcpts, "accepted");
        Ok(id)
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
