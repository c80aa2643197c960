//! Details of `rejected` (a refusal on security or policy grounds) and `admin`
//! (an administrator changed the queue).

use super::{Classified, InboundTls};
use serde::Serialize;

/// Why something was refused; the `reason` key of `rejected`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    RelayDenied,
    AuthBeforeTls,
    AuthFailed,
    TlsRequired,
    AuthRequired,
    SizeExceeded,
    InflightBudget,
    BareLineEnd,
    NulInData,
    LineTooLong,
    Policy,
    /// A `[[source]]` check failed (`source`, `check`).
    SourceCheck,
    /// More than 50 `Received:` fields: a mail loop.
    HopLimit,
    /// The recipient is suppressed after repeated hard bounces (`[suppression]`).
    Suppressed,
}

impl RejectReason {
    /// The same word as in the JSON, for the service log.
    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::RelayDenied => "relay_denied",
            RejectReason::AuthBeforeTls => "auth_before_tls",
            RejectReason::AuthFailed => "auth_failed",
            RejectReason::TlsRequired => "tls_required",
            RejectReason::AuthRequired => "auth_required",
            RejectReason::SizeExceeded => "size_exceeded",
            RejectReason::InflightBudget => "inflight_budget",
            RejectReason::BareLineEnd => "bare_line_end",
            RejectReason::NulInData => "nul_in_data",
            RejectReason::LineTooLong => "line_too_long",
            RejectReason::Policy => "policy",
            RejectReason::SourceCheck => "source_check",
            RejectReason::HopLimit => "hop_limit",
            RejectReason::Suppressed => "suppressed",
        }
    }
}

/// `rejected`: the reply sent, why, and the session's facts.
#[derive(Debug, Clone, Serialize)]
pub struct Rejected {
    pub code: u16,
    pub enhanced: String,
    pub reason: RejectReason,
    pub client_ip: String,
    pub auth_user: Option<String>,
    pub mail_from: Option<String>,
    pub tls: Option<InboundTls>,
    /// Only `auth_failed`: the user name tried (already made printable).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Only `auth_failed`: 1 for the first in the window, or the count that blocked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failures_in_window: Option<u32>,
    /// Only `policy`: the engine's summary, as in `classified`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub classification: Option<Box<Classified>>,
    /// Only `source_check`: the profile tried first and the check it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<&'static str>,
}

/// `admin`: one recipient changed by `phirelay queue …`.
#[derive(Debug, Clone, Serialize)]
pub struct Admin {
    pub action: AdminAction,
    /// The `--reason` of `delete`.
    pub reason: Option<String>,
    pub previous_state: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdminAction {
    Retry,
    Flush,
    Delete,
    /// Held mail sent back to the queue (verified TLS only).
    Release,
    /// Returned to the sender with a DSN.
    Bounce,
    /// A portal pickup kept readable for longer (`portal extend`).
    Extend,
    /// An address's hard bounces forgotten (`suppression remove`).
    Unsuppress,
    /// An HTTP API test key's recipient, stored `deleted`: never delivered.
    Test,
}

impl AdminAction {
    /// The verb's name, as in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            AdminAction::Retry => "retry",
            AdminAction::Flush => "flush",
            AdminAction::Delete => "delete",
            AdminAction::Release => "release",
            AdminAction::Bounce => "bounce",
            AdminAction::Extend => "extend",
            AdminAction::Unsuppress => "unsuppress",
            AdminAction::Test => "test",
        }
    }
}
