//! MAIL and RCPT (RFC 5321 §4.1.1.2-3) with SIZE (RFC 1870), BODY (RFC 6152),
//! SMTPUTF8 (RFC 6531), REQUIRETLS (RFC 8689, recorded) and DSN (RFC 3461)
//! parameters, and the relay check: only AUTH or an allowed network may relay.

use smtp_proto::{
    MAIL_BODY_8BITMIME, MAIL_BODY_BINARYMIME, MAIL_REQUIRETLS, MAIL_RET_FULL, MAIL_RET_HDRS,
    MAIL_SMTPUTF8, MailFrom, RCPT_NOTIFY_DELAY, RCPT_NOTIFY_FAILURE, RCPT_NOTIFY_NEVER,
    RCPT_NOTIFY_SUCCESS, RcptTo,
};
use std::borrow::Cow;

use super::reply;
use super::session::{Flow, Session};
use crate::accept::address::{normalize_address, safe_path};
use crate::audit::details::RejectReason;
use crate::store::{BodyType, DsnRet, NewRecipient};

/// The transaction being built between MAIL and the end of DATA.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub from: String,
    pub body_type: BodyType,
    pub smtputf8: bool,
    pub requiretls: bool,
    pub ret: Option<DsnRet>,
    pub envid: Option<String>,
    pub recipients: Vec<NewRecipient>,
    /// `[[source]]` profiles still possible for this transaction (`upstream.rs`).
    pub sources: Vec<String>,
}

impl Session {
    pub(super) async fn mail(&mut self, from: MailFrom<Cow<'_, str>>) -> Flow {
        let limits = &self.srv.cfg.limits;
        let refusal = if self.helo.is_none() {
            Some(reply::NEED_HELO)
        } else if self.envelope.is_some() {
            Some(reply::NESTED_MAIL)
        } else if self.lcfg.require_tls && self.tls.is_none() {
            Some(reply::TLS_REQUIRED)
        } else if self.lcfg.require_auth && self.auth_user.is_none() {
            Some(reply::AUTH_REQUIRED)
        } else if self.messages >= limits.max_messages_per_session {
            Some(reply::TOO_MANY_MESSAGES)
        } else if from.size as u64 > limits.max_message_size {
            // RFC 1870 §6.3: a declared size over the limit is refused at MAIL.
            Some(reply::TOO_BIG)
        } else if from.flags & MAIL_REQUIRETLS != 0 && self.tls.is_none() {
            // RFC 8689 §4.1: REQUIRETLS only arrives over TLS.
            Some(reply::REQUIRETLS_NEEDS_TLS)
        } else if from.flags & MAIL_BODY_BINARYMIME != 0
            || from.hold_for != 0
            || from.hold_until != 0
            || from.mt_priority != 0
            || from.by != 0
        {
            // Parameters of extensions we do not announce (CHUNKING, FUTURERELEASE,
            // MT-PRIORITY, DELIVERBY): accepting them would promise what we do not
            // do (RFC 5321 §4.1.1.11).
            Some(reply::UNSUPPORTED_PARAM)
        } else if from.flags & MAIL_SMTPUTF8 == 0 && !from.address.is_ascii() {
            Some(reply::NEED_UTF8)
        } else if !safe_path(&from.address) {
            Some(reply::BAD_SENDER)
        } else if from.env_id.as_deref().is_some_and(|id| !valid_envid(id)) {
            Some(reply::BAD_PARAM_VALUE)
        } else if !self.srv.disk.has_room() {
            Some(reply::LOW_DISK)
        } else {
            None
        };
        if let Some(r) = refusal {
            self.send(&r);
            if matches!(r.enhanced, "5.7.0" | "5.3.4") {
                self.audit_rejection(&r, reason_of(&r), None).await;
            }
            // A 421 ends the session (RFC 5321 §3.8).
            return if r.code == 421 {
                Flow::Close
            } else {
                Flow::Continue
            };
        }
        let body_type = if from.flags & MAIL_BODY_8BITMIME != 0 {
            BodyType::EightBitMime
        } else {
            BodyType::SevenBit
        };
        let ret = if from.flags & MAIL_RET_FULL != 0 {
            Some(DsnRet::Full)
        } else if from.flags & MAIL_RET_HDRS != 0 {
            Some(DsnRet::Headers)
        } else {
            None
        };
        let Some(sender) = normalize_address(&from.address) else {
            self.send(&reply::BAD_SENDER);
            return Flow::Continue;
        };
        let Some(sources) = self.source_gate_mail(&sender).await else {
            return Flow::Continue;
        };
        self.envelope = Some(Envelope {
            from: sender,
            body_type,
            smtputf8: from.flags & MAIL_SMTPUTF8 != 0,
            // RFC 8689: delivered only over verified TLS to servers that offer REQUIRETLS.
            requiretls: from.flags & MAIL_REQUIRETLS != 0,
            ret,
            envid: from.env_id.map(Cow::into_owned),
            recipients: Vec::new(),
            sources,
        });
        self.send(&reply::SENDER_OK);
        Flow::Continue
    }

    pub(super) async fn rcpt(&mut self, to: RcptTo<Cow<'_, str>>) {
        // A listener with `[[source]]` profiles: MAIL already found candidates.
        let may_relay = match self.lcfg.sources.is_empty() {
            true => self.auth_user.is_some() || self.in_allowed_network,
            false => self
                .envelope
                .as_ref()
                .is_some_and(|e| !e.sources.is_empty()),
        };
        let max = self.srv.cfg.limits.max_recipients;
        let Some(env) = &self.envelope else {
            self.send(&reply::NEED_MAIL);
            return;
        };
        let refusal = if to.address.is_empty() || !safe_path(&to.address) {
            Some(reply::BAD_RECIPIENT)
        } else if to.orcpt.as_deref().is_some_and(|o| !valid_orcpt(o)) {
            Some(reply::BAD_PARAM_VALUE)
        } else if !env.smtputf8 && !to.address.is_ascii() {
            Some(reply::NEED_UTF8)
        } else if !may_relay {
            Some(reply::RELAY_DENIED)
        } else if self.srv.suppressions.holds(&to.address) {
            Some(reply::SUPPRESSED)
        } else if env.recipients.len() >= max {
            // RFC 5321 §4.5.3.1.10: 452, and the client sends the rest later.
            Some(reply::TOO_MANY_RECIPIENTS)
        } else {
            None
        };
        if let Some(r) = refusal {
            self.send(&r);
            if r == reply::RELAY_DENIED {
                tracing::info!("relay denied");
                // Aggregated: the first denial of an address in the window and the
                // one that reaches the threshold are audited, not every attempt.
                let ip = super::session::canonical_ip(self.peer);
                if self.srv.guard.failure(ip, "relay_denied") != super::guard::Record::Counted {
                    self.audit_rejection(&r, RejectReason::RelayDenied, Some(&to.address))
                        .await;
                }
            }
            if r == reply::SUPPRESSED {
                // Every refusal is on the record: suppression acting is audited.
                self.audit_rejection(&r, RejectReason::Suppressed, Some(&to.address))
                    .await;
            }
            return;
        }
        let Some(address) = normalize_address(&to.address) else {
            self.send(&reply::BAD_RECIPIENT);
            return;
        };
        let recipient = NewRecipient {
            address,
            notify: notify_list(to.flags),
            orcpt: to.orcpt.map(Cow::into_owned),
            protection: crate::store::Protection::Deliver,
        };
        if let Some(env) = &mut self.envelope {
            env.recipients.push(recipient);
        }
        self.send(&reply::RECIPIENT_OK);
    }
}

/// RFC 3461 §4.4: ENVID is at most 100 characters of printable US-ASCII once
/// its xtext is decoded.
fn valid_envid(id: &str) -> bool {
    !id.is_empty() && id.len() <= 100 && id.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// RFC 3461 §4.2: the decoded `rfc822` ORCPT address (the parser takes the
/// type off): printable text, no `;` (which only separates the type), within
/// the parameter's limit of 500 characters.
fn valid_orcpt(addr: &str) -> bool {
    let printable = |b: u8| b >= 0x20 && b != 0x7f;
    !addr.is_empty() && addr.len() <= 500 && addr.bytes().all(printable) && !addr.contains(';')
}

fn reason_of(r: &reply::Reply) -> RejectReason {
    match r.enhanced {
        "5.3.4" => RejectReason::SizeExceeded,
        _ if *r == reply::TLS_REQUIRED => RejectReason::TlsRequired,
        _ => RejectReason::AuthRequired,
    }
}

/// RFC 3461 NOTIFY as stored: `never`, or a comma list; None when not given.
fn notify_list(flags: u64) -> Option<String> {
    if flags & RCPT_NOTIFY_NEVER != 0 {
        return Some("never".into());
    }
    let names: Vec<&str> = [
        (RCPT_NOTIFY_SUCCESS, "success"),
        (RCPT_NOTIFY_FAILURE, "failure"),
        (RCPT_NOTIFY_DELAY, "delay"),
    ]
    .into_iter()
    .filter(|(bit, _)| flags & bit != 0)
    .map(|(_, name)| name)
    .collect();
    (!names.is_empty()).then(|| names.join(","))
}
