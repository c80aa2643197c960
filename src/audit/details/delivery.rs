//! Details of the queue's events: `attempt`, the per-recipient results
//! (`delivered`, `deferred`, `bounced`, `expired`) and `dsn_sent`. Reply text is
//! never here (a server's text can hold anything); codes are.

use serde::Serialize;
use serde_json::Value;

/// The outbound TLS of a try.
#[derive(Debug, Clone, Serialize)]
pub struct PeerTls {
    pub version: String,
    pub cipher: String,
    pub peer_cert_sha256: Option<String>,
    /// `dane`, `pkix`, or null (not checked).
    pub verified: Option<&'static str>,
}

/// A reply in an event: its codes, and whether phirelay made it up.
#[derive(Debug, Clone, Serialize)]
pub struct ReplyCodes {
    pub code: u16,
    pub enhanced: String,
    pub local: bool,
}

/// One recipient's reply in an `attempt` event.
#[derive(Debug, Clone, Serialize)]
pub struct RcptReply {
    pub rcpt: String,
    #[serde(flatten)]
    pub reply: ReplyCodes,
}

/// `attempt`: one try at one message for one destination domain.
#[derive(Debug, Clone, Serialize)]
pub struct AttemptDetails {
    pub domain: String,
    pub mx: Option<String>,
    pub ip: Option<String>,
    pub port: Option<u16>,
    pub tls: Option<PeerTls>,
    /// The TLS plan's evidence (built by transport from its typed plan).
    pub security: Option<Value>,
    pub duration_ms: u64,
    pub results: Vec<RcptReply>,
}

/// `delivered`, `deferred`, `bounced`, `expired`: one recipient's result.
#[derive(Debug, Clone, Serialize)]
pub struct RcptOutcome {
    #[serde(flatten)]
    pub reply: ReplyCodes,
    pub mx: Option<String>,
    pub ip: Option<String>,
    pub tls: Option<PeerTls>,
    /// Where the connection's protection came from: `dane`, `mta-sts`, `pkix`,
    /// `none`; null when no security plan was made (routing failed).
    pub policy_source: Option<&'static str>,
    /// The TLS level the plan asked for; null as `policy_source`.
    pub required_level: Option<&'static str>,
    /// Not on `delivered`: the typed kind of failure (`FailureKind::code`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<&'static str>,
    /// This recipient's attempts so far, this one included.
    pub attempts: i64,
    /// Whether the message was labelled PHI at acceptance (a `delivered`
    /// event with this and no verified TLS is an incident: `phi_unverified`).
    pub phi: bool,
    /// Milliseconds from acceptance to this result.
    pub since_received_ms: i64,
    /// Only `deferred`: when it is due again (µs since the epoch).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_attempt_at_us: Option<i64>,
}

/// A `deferred` event without a try: the destination is backing off.
#[derive(Debug, Clone, Serialize)]
pub struct BackedOff {
    pub reason: BackoffReason,
    pub code: u16,
    pub enhanced: String,
    pub next_attempt_at_us: i64,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BackoffReason {
    DestinationBackoff,
}

/// `dsn_sent`: a DSN about this message was queued for its sender.
#[derive(Debug, Clone, Serialize)]
pub struct DsnSent {
    pub dsn_id: String,
    pub to: String,
    pub actions: Vec<DsnAction>,
    /// The sender's RET at MAIL, or null.
    pub ret: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DsnAction {
    pub rcpt: String,
    /// `failed` or `relayed`.
    pub action: &'static str,
    pub status: String,
}

/// The enhanced code of a hard bounce: a `bounced` event's RFC 3463 class 5
/// code that the receiver gave (not one phirelay made up, such as an admin's
/// `queue bounce` or a policy refusal). None for anything else.
pub fn hard_bounce_code(details: &Value) -> Option<&str> {
    let enhanced = details.get("enhanced")?.as_str()?;
    let local = details.get("local")?.as_bool()?;
    (enhanced.starts_with("5.") && !local).then_some(enhanced)
}

#[cfg(test)]
mod tests {
    use super::hard_bounce_code;
    use serde_json::json;

    #[test]
    fn only_class_5_from_the_receiver_is_a_hard_bounce() {
        let d = |enhanced: &str, local: bool| json!({"code": 550, "enhanced": enhanced, "local": local});
        assert_eq!(hard_bounce_code(&d("5.1.1", false)), Some("5.1.1"));
        assert_eq!(
            hard_bounce_code(&d("5.1.1", true)),
            None,
            "made up by phirelay"
        );
        assert_eq!(hard_bounce_code(&d("4.2.2", false)), None);
        assert_eq!(
            hard_bounce_code(&json!({"enhanced": "5.1.1"})),
            None,
            "unknown origin"
        );
    }
}
