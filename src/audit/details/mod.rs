//! Typed details of audit events, serialised to JSON in this one place.
//!
//! Callers build these structs from typed facts (ids, addresses, sizes, hashes,
//! labels, TLS facts, reply codes); nothing here takes message text, so a
//! subject or body cannot reach the log by accident (DESIGN invariant 5). Field
//! names are the JSON keys compliance queries use (`docs/audit.md`): renaming one
//! is a schema change.

mod accepted;
mod api;
mod delivery;
mod portal;
mod refusal;

pub use accepted::*;
pub use api::*;
pub use delivery::*;
pub use portal::*;
pub use refusal::*;

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
    Rejected(Box<Rejected>),
    Attempt(Box<AttemptDetails>),
    Delivered(Box<RcptOutcome>),
    Deferred(Box<RcptOutcome>),
    Bounced(Box<RcptOutcome>),
    Expired(Box<RcptOutcome>),
    /// A `deferred` event without a try (the destination is backing off).
    BackedOff(BackedOff),
    DsnSent(DsnSent),
    Admin(Admin),
    PickupCreated(PickupCreated),
    NoticeSent(PortalMailSent),
    CodeSent(PortalMailSent),
    AuthFailed(AuthFailed),
    AuthOk(ReaderAction),
    Viewed(ReaderAction),
    Downloaded(Downloaded),
    Replied(Replied),
    PickupExpired(PickupEnded),
    Recalled(PickupEnded),
    LoggedOut(ReaderAction),
    ApiKey(ApiKeyEvent),
    ApiCall(ApiCall),
}

impl Details {
    pub fn event_type(&self) -> EventType {
        match self {
            Details::Received(_) => EventType::Received,
            Details::Classified(_) => EventType::Classified,
            Details::Held(_) => EventType::Held,
            Details::Rejected(_) => EventType::Rejected,
            Details::Attempt(_) => EventType::Attempt,
            Details::Delivered(_) => EventType::Delivered,
            Details::Deferred(_) | Details::BackedOff(_) => EventType::Deferred,
            Details::Bounced(_) => EventType::Bounced,
            Details::Expired(_) => EventType::Expired,
            Details::DsnSent(_) => EventType::DsnSent,
            Details::Admin(_) => EventType::Admin,
            Details::PickupCreated(_) => EventType::PickupCreated,
            Details::NoticeSent(_) => EventType::NoticeSent,
            Details::CodeSent(_) => EventType::CodeSent,
            Details::AuthFailed(_) => EventType::AuthFailed,
            Details::AuthOk(_) => EventType::AuthOk,
            Details::Viewed(_) => EventType::Viewed,
            Details::Downloaded(_) => EventType::Downloaded,
            Details::Replied(_) => EventType::Replied,
            Details::PickupExpired(_) => EventType::Expired,
            Details::Recalled(_) => EventType::Recalled,
            Details::LoggedOut(_) => EventType::LoggedOut,
            Details::ApiKey(_) => EventType::ApiKey,
            Details::ApiCall(_) => EventType::ApiCall,
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
                source: None,
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
            policy_version: "ab".repeat(32),
        })
        .to_value();
        assert_eq!(v["phi"], true);
        assert_eq!(v["decisions"][0]["decision"], "portal");
        assert!(v.get("rule").is_none());
    }
}
