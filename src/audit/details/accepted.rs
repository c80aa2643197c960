//! Details of the acceptance stage's events: `received`, `classified`, `held`.

use serde::Serialize;
use serde_json::Value;

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
        /// The `[[source]]` profile that authorised the message, when the
        /// listener names profiles.
        #[serde(skip_serializing_if = "Option::is_none")]
        source: Option<SourceAuth>,
    },
    /// An application, through the HTTP API (docs/api.md).
    Api {
        client_ip: String,
        /// The key's id (never its secret) and name.
        api_key: String,
        api_key_name: String,
        tls: InboundTls,
    },
    Internal(Internal),
}

/// Which upstream profile authorised a message, and by what: the M365 tenant
/// id or the Google DKIM signing domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceAuth {
    pub source: String,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dkim_domain: Option<String>,
    /// Signing domains of the DKIM signatures that verified on receipt.
    pub dkim_valid: Vec<String>,
    /// The incoming ARC chain on receipt: "none", "pass" or "fail".
    pub arc_chain: &'static str,
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
    /// The notice (a link, no content) of portal pickup `pickup`.
    PortalNotice { pickup: String },
    /// A one-time code for portal pickup `pickup`.
    PortalCode { pickup: String },
    /// A note to the original sender about portal pickup `pickup`.
    PortalSenderNote { pickup: String },
    /// A secure reply written on the portal by the reader of pickup `pickup`.
    PortalReply { pickup: String, client_ip: String },
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
    /// The SHA-256 of the policy version that decided (`policy_versions`).
    pub policy_version: String,
}

/// `held`: a recipient's copy is kept encrypted for the secure portal.
#[derive(Debug, Clone, Serialize)]
pub struct Held {
    pub reason: HeldReason,
    /// The rule that decided (`reason` `policy`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The failed attempt's reply (`reason` `verified_tls_unavailable`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enhanced: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HeldReason {
    /// The policy decided `portal` at acceptance.
    Policy,
    /// `tls-required` mail found no verified TLS and the fallback is the portal.
    VerifiedTlsUnavailable,
}
