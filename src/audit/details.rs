//! Typed details of audit events, serialised to JSON in this one place.
//!
//! Callers build these structs from typed facts (ids, addresses, sizes, hashes,
//! labels, TLS facts, reply codes); nothing here takes message text, so a
//! subject or body cannot reach the log by accident (DESIGN invariant 5). Field
//! names are the JSON keys compliance queries use (`docs/audit.md`): renaming one
//! is a schema change.

use serde::Serialize;
use serde_json::Value;

use super::{AuditEvent, EventType};

/// An event's kind together with its fields.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Details {
    Received(Box<Received>),
    Classified(Classified),
    Held(Held),
}

impl Details {
    pub fn event_type(&self) -> EventType {
        match self {
            Details::Received(_) => EventType::Received,
            Details::Classified(_) => EventType::Classified,
            Details::Held(_) => EventType::Held,
        }
    }

    /// The JSON stored in `audit_events.details`. Serialising plain structs of
    /// strings and numbers cannot fail; should it ever, the row says so rather
    /// than being lost.
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self)
            .unwrap_or_else(|_| serde_json::json!({"error": "details not serialisable"}))
    }

    /// The event, stamped now, for `actor`.
    pub fn into_event(self, actor: impl Into<String>) -> AuditEvent {
        AuditEvent::new(self.event_type(), actor, self.to_value())
    }
}

/// Inbound TLS of the session that handed a message over.
#[derive(Debug, Clone, Serialize)]
pub struct InboundTls {
    pub version: String,
    pub cipher: String,
}

/// Where an accepted message came from. Mail from clients carries no `kind`
/// key (as in every row written so far, so saved queries keep working); mail
/// the relay writes itself says which `kind` it is.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Origin {
    /// An SMTP client.
    Smtp {
        client_ip: String,
        helo: String,
        auth_user: Option<String>,
        tls: Option<InboundTls>,
        listener: String,
    },
    Internal(Internal),
}

/// Mail phirelay writes itself; `kind` in the JSON.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Internal {
    /// A delivery status notification about message `of`.
    Dsn { of: String },
    /// An RFC 8460 TLS report for `domain`.
    TlsReport {
        domain: String,
        day: String,
        report_id: String,
    },
}

/// `received`: a message and its recipients were committed (the 250 or the
/// internal hand-off follows this commit).
#[derive(Debug, Clone, Serialize)]
pub struct Received {
    #[serde(flatten)]
    pub origin: Origin,
    pub mail_from: String,
    pub size: u64,
    pub recipients: usize,
    pub rcpt_to: Vec<String>,
    /// Hex SHA-256 of the stored (signed) message.
    pub sha256: String,
    pub body_type: &'static str,
    pub smtputf8: bool,
    pub requiretls: bool,
    /// Master key id the content is sealed under.
    pub key_id: String,
}

/// One recipient's decision in a `classified` event.
#[derive(Debug, Clone, Serialize)]
pub struct RecipientDecision {
    pub rcpt: String,
    /// `deliver`, `tls-required`, `portal` or `reject`.
    pub decision: &'static str,
    /// The rule that decided (an id from the config, or a built-in name).
    pub rule: String,
}

/// `classified`: the policy engine's result (labels, triggers, evidence kinds,
/// never matched values) and the decision per recipient.
#[derive(Debug, Clone, Serialize)]
pub struct Classified {
    /// The engine's own summary (`Classification::to_json`): labels with counts
    /// and scores, triggers, `phi`, `unscanned` reasons.
    #[serde(flatten)]
    pub classification: serde_json::Map<String, Value>,
    pub decisions: Vec<RecipientDecision>,
    /// Set when the message was refused: the rule that refused it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// `held`: a recipient's copy is kept encrypted for the secure portal.
#[derive(Debug, Clone, Serialize)]
pub struct Held {
    pub reason: HeldReason,
    pub rule: String,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeldReason {
    /// The policy decided `portal` at acceptance.
    Policy,
    /// `tls-required` mail found no verified TLS and the fallback is the portal.
    NoVerifiedTls,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn received_json_has_the_documented_keys() {
        let d = Details::Received(Box::new(Received {
            origin: Origin::Internal(Internal::Dsn { of: "Q1".into() }),
            mail_from: String::new(),
            size: 10,
            recipients: 1,
            rcpt_to: vec!["a@example.org".into()],
            sha256: "00".into(),
            body_type: "7bit",
            smtputf8: false,
            requiretls: true,
            key_id: "k".into(),
        }));
        let v = d.to_value();
        assert_eq!(v["kind"], "dsn");
        assert_eq!(v["of"], "Q1");
        assert_eq!(v["requiretls"], true);
        assert_eq!(d.event_type(), EventType::Received);
        let smtp = Details::Received(Box::new(Received {
            origin: Origin::Smtp {
                client_ip: "127.0.0.1".into(),
                helo: "h".into(),
                auth_user: None,
                tls: None,
                listener: "127.0.0.1:25".into(),
            },
            mail_from: "a@example.org".into(),
            size: 1,
            recipients: 1,
            rcpt_to: vec!["b@example.net".into()],
            sha256: "00".into(),
            body_type: "7bit",
            smtputf8: false,
            requiretls: false,
            key_id: "k".into(),
        }))
        .to_value();
        assert!(
            smtp.get("kind").is_none(),
            "client mail has no kind: {smtp}"
        );
        assert_eq!(smtp["client_ip"], "127.0.0.1");
    }

    #[test]
    fn classified_flattens_the_engine_summary() {
        let mut m = serde_json::Map::new();
        m.insert("phi".into(), Value::Bool(true));
        let v = Details::Classified(Classified {
            classification: m,
            decisions: vec![RecipientDecision {
                rcpt: "r@example.net".into(),
                decision: "portal",
                rule: "consumer-domain".into(),
            }],
            rule: None,
        })
        .to_value();
        assert_eq!(v["phi"], true);
        assert_eq!(v["decisions"][0]["decision"], "portal");
        assert!(v.get("rule").is_none());
    }
}
