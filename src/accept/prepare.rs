//! The CPU-bound half of acceptance: classify → decide → sign → seal → events.
//! Runs on the blocking pool (never on the async runtime), so a hostile message
//! that is slow to classify delays only itself.

use std::sync::Arc;

use aws_lc_rs::digest;

use super::error::AcceptError;
use super::submission::Submission;
use crate::audit::AuditEvent;
use crate::audit::details::{Classified, Details, Held, HeldReason, Received, RecipientDecision};
use crate::config::PolicyVersion;
use crate::dkim::Signer;
use crate::policy::engine::{Classification, Engine};
use crate::policy::rules::Decision;
use crate::store::binding::envelope_digest;
use crate::store::{DeliveryEnvelope, MasterKeys, NewMessage, NewRecipient, Protection};

/// The engines acceptance needs; built once by the daemon.
pub struct Preparer {
    policy: Arc<Engine>,
    policy_version: Arc<PolicyVersion>,
    dkim: Arc<Signer>,
    keys: Arc<MasterKeys>,
}

/// A message ready to commit, and what the queue needs to send it at once.
pub struct Prepared {
    pub message: NewMessage,
    pub envelope: DeliveryEnvelope,
    /// The signed plaintext (kept in memory for the hand-off, never written).
    pub content: Vec<u8>,
}

/// The policy's answer for one message.
struct Verdict {
    protections: Vec<Protection>,
    rules: Vec<String>,
    phi: bool,
    classified: Option<Classified>,
}

impl Preparer {
    pub fn new(
        policy: Arc<Engine>,
        policy_version: Arc<PolicyVersion>,
        dkim: Arc<Signer>,
        keys: Arc<MasterKeys>,
    ) -> Self {
        Self {
            policy,
            policy_version,
            dkim,
            keys,
        }
    }

    /// The policy version this preparer decides under.
    pub fn policy_version(&self) -> &PolicyVersion {
        &self.policy_version
    }

    /// A key for `purpose`, derived from the master key (`MasterKeys::derive`).
    pub fn derive(&self, purpose: &str) -> [u8; 32] {
        self.keys.derive(purpose)
    }

    /// Prepare, classifying here (DSNs: small, already on a worker thread).
    pub fn prepare(&self, sub: Submission) -> Result<Prepared, AcceptError> {
        self.prepare_classified(sub, None)
    }

    /// Whether `sub` is classified at all (policy on, client bytes in it).
    pub fn classifies(&self, sub: &Submission) -> bool {
        self.policy.cfg.enabled && !sub.relay_written
    }

    /// The classifier's verdict on `content`; a panic inside it counts as PHI
    /// (the panic hook logs no payload).
    pub fn classification(&self, content: &[u8], mail_from: &str) -> Classification {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.policy.classify(content, mail_from)
        }))
        .unwrap_or_else(|_| Classification::unreadable())
    }

    /// How long one classification may take.
    pub fn classify_budget(&self) -> std::time::Duration {
        std::time::Duration::from_millis(self.policy.cfg.classify_timeout_ms.max(1))
    }

    /// Prepare with a classification made elsewhere (the acceptance stage runs
    /// it under its time budget), or here when `given` is None.
    pub fn prepare_classified(
        &self,
        mut sub: Submission,
        given: Option<Classification>,
    ) -> Result<Prepared, AcceptError> {
        let passphrase_hash = self.passphrase(&mut sub)?;
        let (rewritten, verdict) = self.classify(&sub, given)?;
        // The client's bytes move on unless the policy rewrote them: no copy.
        let content = rewritten.unwrap_or_else(|| std::mem::take(&mut sub.content));
        let content = self.seal_arc(content, sub.arc.as_ref());
        let content = self.sign(content)?;
        let sha256 = digest::digest(&digest::SHA256, &content).as_ref().to_vec();
        let env = &sub.envelope;
        let recipients: Vec<NewRecipient> = env
            .recipients
            .iter()
            .zip(&verdict.protections)
            .map(|(r, p)| NewRecipient {
                address: r.address.clone(),
                notify: r.notify.clone(),
                orcpt: r.orcpt.clone(),
                protection: *p,
            })
            .collect();
        let binding = envelope_digest(
            &env.mail_from,
            env.requiretls,
            recipients
                .iter()
                .map(|r| (r.address.as_str(), r.protection)),
        );
        let sealed = self.keys.seal_bound(&sub.id, &content, binding)?;
        let protection = verdict
            .protections
            .iter()
            .copied()
            .max()
            .unwrap_or_default();
        let tls_optional = env.tls_required_no && !env.requiretls && !verdict.phi;
        let events = self.events(
            &sub,
            &verdict,
            &recipients,
            &sha256,
            content.len(),
            &sealed.key_id,
        );
        let message = NewMessage {
            id: sub.id.clone(),
            received_at_us: sub.received_at_us,
            mail_from: env.mail_from.clone(),
            size: content.len() as u64,
            sha256,
            body_type: env.body_type,
            smtputf8: env.smtputf8,
            requiretls: env.requiretls,
            tls_optional,
            protection,
            phi: verdict.phi,
            dsn_ret: env.dsn_ret,
            dsn_envid: env.dsn_envid.clone(),
            client_ip: sub.client.ip.clone(),
            helo: sub.client.helo.clone(),
            auth_user: sub.client.auth_user.clone(),
            tls: sub.client.tls.clone(),
            recipients,
            sealed,
            events,
            lease: None,
            shred_when_done: false,
            passphrase_hash,
            idempotency: None,
            api_metadata: None,
            test_only: false,
        };
        let envelope = DeliveryEnvelope {
            id: sub.id,
            mail_from: message.mail_from.clone(),
            received_at_us: sub.received_at_us,
            smtputf8: message.smtputf8,
            dsn_ret: message.dsn_ret.map(|r| r.as_str().to_string()),
            dsn_envid: message.dsn_envid.clone(),
            requiretls: message.requiretls,
            tls_optional,
            protection,
            phi: verdict.phi,
        };
        Ok(Prepared {
            message,
            envelope,
            content,
        })
    }

    /// Take the sender's portal passphrase header out of a client's message
    /// (`passphrase.rs`); its argon2id hash, if there was one.
    fn passphrase(&self, sub: &mut Submission) -> Result<Option<String>, AcceptError> {
        if sub.relay_written {
            return Ok(None);
        }
        super::passphrase::take(&mut sub.content)
            .map(|p| crate::util::hash_password(&p).map_err(|_| AcceptError::Passphrase))
            .transpose()
    }

    /// Classify and decide per recipient; strip subject tags when they
    /// triggered (the rewritten message, if any, comes back).
    fn classify(
        &self,
        sub: &Submission,
        given: Option<Classification>,
    ) -> Result<(Option<Vec<u8>>, Verdict), AcceptError> {
        let env = &sub.envelope;
        let n = env.recipients.len();
        if !self.classifies(sub) {
            let verdict = Verdict {
                protections: vec![sub.floor; n],
                rules: vec![floor_rule(sub.floor, unclassified_rule(sub)); n],
                phi: false,
                classified: None,
            };
            return Ok((None, verdict));
        }
        let c = given.unwrap_or_else(|| self.classification(&sub.content, &env.mail_from));
        let decisions: Vec<(Decision, String)> = env
            .recipients
            .iter()
            .map(|r| self.policy.decide(&c, &env.mail_from, &r.address))
            .collect();
        let refused = decisions.iter().find(|(d, _)| *d == Decision::Reject);
        if let (Some((_, rule)), true) = (refused, sub.may_refuse) {
            return Err(AcceptError::Policy {
                rule: rule.clone(),
                subject_phi: c.subject_phi,
                classified: Box::new(classified(
                    &c,
                    env,
                    &decisions,
                    Some(rule.clone()),
                    &self.policy_version,
                )),
            });
        }
        let protections = decisions
            .iter()
            .map(|(d, _)| protection_of(*d).max(sub.floor))
            .collect();
        let mut rewritten = match c.triggers.contains(&"subject_tag") {
            true => self.policy.strip_subject_tags(&sub.content),
            false => None,
        };
        if c.triggers.contains(&"x_phi_header") {
            rewritten =
                Some(self.strip_phi_headers(rewritten.unwrap_or_else(|| sub.content.clone())));
        }
        let rules = decisions
            .iter()
            .map(|(d, rule)| match protection_of(*d) < sub.floor {
                true => floor_rule(sub.floor, rule),
                false => rule.clone(),
            })
            .collect();
        let verdict = Verdict {
            protections,
            rules,
            phi: c.phi,
            classified: Some(classified(&c, env, &decisions, None, &self.policy_version)),
        };
        Ok((rewritten, verdict))
    }

    /// The PHI trigger headers (`[policy] phi_headers`) are instructions to
    /// this relay: they go once they have been read, like subject tags.
    fn strip_phi_headers(&self, mut content: Vec<u8>) -> Vec<u8> {
        for want in &self.policy.cfg.phi_headers {
            let name = want
                .split_once(':')
                .map_or(want.as_str(), |(n, _)| n)
                .trim();
            crate::headers::take(&mut content, name);
        }
        content
    }

    /// ARC headers first (RFC 8617), for upstream mail the relay changed.
    fn seal_arc(&self, mut content: Vec<u8>, arc: Option<&crate::arc::ArcInput>) -> Vec<u8> {
        if let Some(input) = arc {
            let set = crate::arc::seal(&self.dkim, &content, input);
            content.splice(0..0, set);
        }
        content
    }

    /// DKIM once, here: every delivery attempt sends these same signed bytes.
    fn sign(&self, mut content: Vec<u8>) -> Result<Vec<u8>, AcceptError> {
        let signature = self
            .dkim
            .sign(&content)
            .map_err(|e| AcceptError::Sign(e.to_string()))?;
        content.splice(0..0, signature);
        Ok(content)
    }

    /// `received`, then `classified`, then one `held` per portal recipient.
    fn events(
        &self,
        sub: &Submission,
        verdict: &Verdict,
        recipients: &[NewRecipient],
        sha256: &[u8],
        size: usize,
        key_id: &str,
    ) -> Vec<AuditEvent> {
        let env = &sub.envelope;
        let received = Details::Received(Box::new(Received {
            origin: sub.origin.clone(),
            mail_from: env.mail_from.clone(),
            size: size as u64,
            recipients: recipients.len(),
            rcpt_to: recipients.iter().map(|r| r.address.clone()).collect(),
            sha256: hex::encode(sha256),
            body_type: env.body_type.as_str(),
            smtputf8: env.smtputf8,
            requiretls: env.requiretls,
            key_id: key_id.to_string(),
        }));
        let mut events = vec![received.into_event(&sub.actor).message(&sub.id)];
        if let Some(c) = &verdict.classified {
            let ev = Details::Classified(c.clone()).into_event(&sub.actor);
            events.push(ev.message(&sub.id));
        }
        for (r, rule) in recipients.iter().zip(&verdict.rules) {
            if r.protection == Protection::Portal {
                let held = Details::Held(Held {
                    reason: HeldReason::Policy,
                    rule: Some(rule.clone()),
                    code: None,
                    enhanced: None,
                });
                let ev = held.into_event(&sub.actor).message(&sub.id);
                events.push(ev.recipient(&r.address));
            }
        }
        events
    }
}

/// Why a message was not classified, as its rule name.
fn unclassified_rule(sub: &Submission) -> &'static str {
    match sub.relay_written {
        true => "relay-written",
        false => "policy-disabled",
    }
}

/// The rule named for a recipient whose protection came from the floor (a
/// DSN inheriting its original's) rather than from its own classification.
fn floor_rule(floor: Protection, own: &str) -> String {
    match floor {
        Protection::Deliver => own.to_string(),
        _ => "inherited-from-original".into(),
    }
}

/// A `Reject` that reaches here belongs to mail the relay wrote itself: it is
/// held for the portal rather than lost.
fn protection_of(d: Decision) -> Protection {
    match d {
        Decision::Deliver => Protection::Deliver,
        Decision::TlsRequired => Protection::TlsRequired,
        Decision::Portal | Decision::Reject => Protection::Portal,
    }
}

fn classified(
    c: &Classification,
    env: &super::submission::Envelope,
    decisions: &[(Decision, String)],
    rule: Option<String>,
    version: &PolicyVersion,
) -> Classified {
    let classification = match c.to_json() {
        serde_json::Value::Object(m) => m,
        _ => serde_json::Map::new(),
    };
    Classified {
        classification,
        decisions: env
            .recipients
            .iter()
            .zip(decisions)
            .map(|(r, (d, rule))| RecipientDecision {
                rcpt: r.address.clone(),
                decision: d.as_str(),
                rule: rule.clone(),
            })
            .collect(),
        rule,
        policy_version: version.sha256.clone(),
    }
}
