//! Audit event types and the event record callers build.

use serde_json::Value;

/// What happened. Stored as its lower-case name; compliance queries filter on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventType {
    /// A message was accepted and committed (250 sent after this commit).
    Received,
    /// A command or message was refused for a policy or protocol reason.
    Rejected,
    /// One SMTP transaction toward a destination: host, IP, TLS, codes, duration.
    Attempt,
    /// A recipient's message was accepted by the next hop.
    Delivered,
    /// A recipient failed temporarily and waits for its next try.
    Deferred,
    /// A recipient failed permanently.
    Bounced,
    /// A recipient was still undelivered when the message's lifetime ran out.
    Expired,
    /// A delivery status notification (RFC 3464) was queued for the sender.
    DsnSent,
    /// An administrator acted on the queue (retry, delete, flush), with a reason.
    Admin,
    /// The policy engine's labels, triggers and decision per recipient (no matched values).
    Classified,
    /// A recipient was held for the secure portal (policy, or verified TLS not available).
    Held,
}

impl EventType {
    pub const ALL: [EventType; 11] = [
        EventType::Classified,
        EventType::Held,
        EventType::Received,
        EventType::Rejected,
        EventType::Attempt,
        EventType::Delivered,
        EventType::Deferred,
        EventType::Bounced,
        EventType::Expired,
        EventType::DsnSent,
        EventType::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Received => "received",
            EventType::Rejected => "rejected",
            EventType::Attempt => "attempt",
            EventType::Delivered => "delivered",
            EventType::Deferred => "deferred",
            EventType::Bounced => "bounced",
            EventType::Expired => "expired",
            EventType::DsnSent => "dsn_sent",
            EventType::Admin => "admin",
            EventType::Classified => "classified",
            EventType::Held => "held",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == s)
    }
}

/// One event, before the chain gives it a sequence number and hashes.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub at_us: i64,
    pub event: EventType,
    /// Queue id, when the event is about a message.
    pub message_id: Option<String>,
    /// Recipient address, when the event is about one recipient.
    pub recipient: Option<String>,
    /// Who acted: `smtp:<client ip>`, `cli:<user>`, `queue`, ….
    pub actor: String,
    /// Facts as JSON. serde_json's map keeps keys sorted, so the text is canonical.
    pub details: Value,
}

impl AuditEvent {
    pub fn new(event: EventType, actor: impl Into<String>, details: Value) -> Self {
        Self {
            at_us: crate::util::now_us(),
            event,
            message_id: None,
            recipient: None,
            actor: actor.into(),
            details,
        }
    }

    pub fn message(mut self, id: impl Into<String>) -> Self {
        self.message_id = Some(id.into());
        self
    }

    pub fn recipient(mut self, rcpt: impl Into<String>) -> Self {
        self.recipient = Some(rcpt.into());
        self
    }
}
