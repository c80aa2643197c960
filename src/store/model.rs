//! What the store keeps: accepted messages and their recipients.

use super::crypto::Sealed;
use crate::audit::AuditEvent;

/// Where a recipient stands in the queue. Stored as its lower-case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientState {
    /// Waiting for its due time.
    Queued,
    Delivered,
    /// Tried, failed temporarily, waiting for the next try.
    Deferred,
    Bounced,
    Expired,
    /// Kept back by policy (e.g. for the portal); never delivered in clear.
    Held,
    /// Removed from the queue by an administrator (`queue delete`), with a reason.
    Deleted,
    /// Handed to the secure portal: the recipient reads it there (`pickups`).
    Pickup,
}

impl RecipientState {
    pub const ALL: [RecipientState; 8] = [
        Self::Queued,
        Self::Delivered,
        Self::Deferred,
        Self::Bounced,
        Self::Expired,
        Self::Held,
        Self::Deleted,
        Self::Pickup,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Delivered => "delivered",
            Self::Deferred => "deferred",
            Self::Bounced => "bounced",
            Self::Expired => "expired",
            Self::Held => "held",
            Self::Deleted => "deleted",
            Self::Pickup => "pickup",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// How one recipient's copy may travel, as the acceptance stage decided it.
/// Ordered from least to most protective, so "the strictest" is `max`.
/// Stored as its kebab-case name in `recipients.decision` and `messages.protection`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protection {
    /// The destination's own rules and the configured TLS level.
    #[default]
    Deliver,
    /// Only over verified TLS (DANE, MTA-STS enforce or PKIX); else the fallback.
    TlsRequired,
    /// Held encrypted for the secure portal; never delivered in clear.
    Portal,
}

impl Protection {
    pub const ALL: [Protection; 3] = [Self::Deliver, Self::TlsRequired, Self::Portal];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Deliver => "deliver",
            Self::TlsRequired => "tls-required",
            Self::Portal => "portal",
        }
    }

    /// Unknown text (a row written by a newer version, or edited by hand) reads as
    /// the most protective value: fail closed.
    pub fn parse_or_strictest(s: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .unwrap_or(Self::Portal)
    }

    /// The state a recipient starts in: portal mail is held, never queued.
    pub fn initial_state(self) -> RecipientState {
        match self {
            Self::Portal => RecipientState::Held,
            Self::Deliver | Self::TlsRequired => RecipientState::Queued,
        }
    }
}

/// RFC 6152 / RFC 3030 body type declared at MAIL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyType {
    SevenBit,
    EightBitMime,
    BinaryMime,
}

impl BodyType {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SevenBit => "7bit",
            Self::EightBitMime => "8bitmime",
            Self::BinaryMime => "binarymime",
        }
    }
}

/// RFC 3461 RET.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DsnRet {
    Full,
    Headers,
}

impl DsnRet {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Headers => "hdrs",
        }
    }
}

/// Inbound TLS facts of the session that handed the message over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFacts {
    pub version: String,
    pub cipher: String,
}

#[derive(Debug, Clone)]
pub struct NewRecipient {
    pub address: String,
    /// RFC 3461 NOTIFY as a comma list (`success,failure,delay` or `never`); None = default.
    pub notify: Option<String>,
    pub orcpt: Option<String>,
    /// How this recipient's copy must travel (the policy's decision).
    pub protection: Protection,
}

/// Everything written in the one accept transaction (message, recipients, events).
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub id: String,
    pub received_at_us: i64,
    pub mail_from: String,
    pub size: u64,
    pub sha256: Vec<u8>,
    pub body_type: BodyType,
    pub smtputf8: bool,
    pub requiretls: bool,
    /// `TLS-Required: No` (RFC 8689 §5), unless REQUIRETLS was asked for.
    pub tls_optional: bool,
    /// The strictest protection of any recipient (DSNs about it inherit it).
    pub protection: Protection,
    /// Labelled PHI by the classifier (or not fully readable by it).
    pub phi: bool,
    pub dsn_ret: Option<DsnRet>,
    pub dsn_envid: Option<String>,
    pub client_ip: String,
    pub helo: String,
    pub auth_user: Option<String>,
    pub tls: Option<TlsFacts>,
    pub recipients: Vec<NewRecipient>,
    pub sealed: Sealed,
    /// `received` and any other events of the accept, chained in order.
    pub events: Vec<AuditEvent>,
    /// (owner, until µs): the accepting node takes the recipients straight into
    /// its delivery queue; without a lease the scheduler finds them.
    pub lease: Option<(String, i64)>,
    /// Shred the content once no recipient waits for it (portal mail that
    /// carries a link token or a one-time code).
    pub shred_when_done: bool,
    /// argon2id hash of the sender's portal passphrase (`X-Phirelay-Passphrase`).
    pub passphrase_hash: Option<String>,
    /// An HTTP API submission's idempotency key, committed with the message.
    pub idempotency: Option<super::api::Idempotency>,
    /// An HTTP API submission's `metadata`, sealed (`api_metadata`).
    pub api_metadata: Option<super::crypto::Sealed>,
    /// From an HTTP API test key: every recipient is stored `deleted` (with
    /// its `admin` event, action `test`) and nothing is delivered.
    pub test_only: bool,
}

/// A stored message's envelope and facts (no content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRecord {
    pub id: String,
    pub received_at_us: i64,
    pub node: String,
    pub mail_from: String,
    pub size: i64,
    pub sha256: Vec<u8>,
    pub body_type: String,
    pub smtputf8: bool,
    pub requiretls: bool,
    pub dsn_ret: Option<String>,
    pub dsn_envid: Option<String>,
    pub client_ip: String,
    pub auth_user: Option<String>,
    pub tls_version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientRecord {
    pub idx: i64,
    pub address: String,
    pub domain: String,
    pub notify: Option<String>,
    pub orcpt: Option<String>,
    pub state: RecipientState,
    pub attempts: i64,
    pub decision: Protection,
}

/// Lower-cased domain of an address, for routing ("" for a local part only).
pub fn domain_of(address: &str) -> String {
    address
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .unwrap_or_default()
}
