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
    /// A held recipient became a portal pickup (its notice is queued in the same commit).
    PickupCreated,
    /// The pickup notice (a link, no content) was queued for the recipient.
    NoticeSent,
    /// A one-time code was queued for the recipient.
    CodeSent,
    /// A wrong, expired or missing code, or a locked pickup.
    AuthFailed,
    /// The right code: a reader session started.
    AuthOk,
    /// The reader opened the message (or its print view).
    Viewed,
    /// The reader downloaded an attachment (its SHA-256, never its name).
    Downloaded,
    /// The reader sent a secure reply (queued for the original sender).
    Replied,
    /// An administrator withdrew a pickup: its data key is destroyed.
    Recalled,
    /// A reader session ended (logout or idle time).
    LoggedOut,
    /// A node started running a policy version (at start, or on a reload).
    ConfigLoaded,
    /// A retention sweep destroyed the sealed content of finished messages.
    ContentShredded,
    /// `phirelay keys rotate` put a new master key in force (the old one kept
    /// for opening).
    KeyRotated,
    /// An HTTP API key was created, rotated, revoked, suspended or resumed.
    ApiKey,
    /// An HTTP API call that did not submit a message (a status read, or a
    /// refusal); an accepted submission is its `received` event.
    ApiCall,
}

impl EventType {
    pub const ALL: [EventType; 26] = [
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
        EventType::PickupCreated,
        EventType::NoticeSent,
        EventType::CodeSent,
        EventType::AuthFailed,
        EventType::AuthOk,
        EventType::Viewed,
        EventType::Downloaded,
        EventType::Replied,
        EventType::Recalled,
        EventType::LoggedOut,
        EventType::ConfigLoaded,
        EventType::ContentShredded,
        EventType::KeyRotated,
        EventType::ApiKey,
        EventType::ApiCall,
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
            EventType::PickupCreated => "pickup_created",
            EventType::NoticeSent => "notice_sent",
            EventType::CodeSent => "code_sent",
            EventType::AuthFailed => "auth_failed",
            EventType::AuthOk => "auth_ok",
            EventType::Viewed => "viewed",
            EventType::Downloaded => "downloaded",
            EventType::Replied => "replied",
            EventType::Recalled => "recalled",
            EventType::LoggedOut => "logged_out",
            EventType::ConfigLoaded => "config_loaded",
            EventType::ContentShredded => "content_shredded",
            EventType::KeyRotated => "key_rotated",
            EventType::ApiKey => "api_key",
            EventType::ApiCall => "api_call",
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
