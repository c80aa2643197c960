//! MTA-STS (RFC 8461): the `_mta-sts` TXT record, the HTTPS policy file, MX pattern
//! matching, and the policy fetcher.
//!
//! - [`parse_txt`] / [`parse_txt_records`]: the TXT record (§3.1), parsed with mail-auth.
//!   Anything but exactly one `v=STSv1` record means "no policy".
//! - [`parse_policy`]: the policy file (§3.2). [`mx_matches`] and [`decide`]: which MX
//!   hosts a policy allows (§4.1) and what that means for delivery (§5).
//! - [`Fetcher`]: GET `https://mta-sts.<domain>/.well-known/mta-sts.txt` (§3.3) through
//!   the relay's own rustls config (PKIX) and DNS resolver ([`HickoryResolve`]).
//!
//! How the caller treats failures:
//! - TXT lookup fails or gives no valid record: use a cached, unexpired policy if there is
//!   one (§5.1); otherwise the domain has no MTA-STS.
//! - [`FetchError`] or [`PolicyError`] (every variant): never a delivery failure. Keep
//!   using a cached, unexpired policy; without one deliver as though the domain had no
//!   MTA-STS (§3.3, §5.1). Report it with [`FetchError::result_type`] (TLS-RPT, RFC 8460
//!   §4.3.2.1) and do not refetch for the same id for a while (§3.3 suggests >= 5 minutes).
//! - [`Decision::Refuse`] (enforce, MX not listed) and TLS failures under an enforce
//!   policy: do not deliver to that MX, but only ever fail temporarily: a permanent failure
//!   needs a fresh check for an updated policy first (§5.1).

use std::time::Duration;

/// Largest policy body accepted (§3.3 suggests 64 KB); longer bodies are not read further.
pub const MAX_POLICY_SIZE: usize = 64 * 1024;

/// Largest `max_age` in seconds (§3.2: about one year); larger values are clamped to it.
pub const MAX_AGE_LIMIT: u64 = 31_557_600;

/// Where the policy lives on `mta-sts.<domain>` (§3.2).
pub const POLICY_PATH: &str = "/.well-known/mta-sts.txt";

/// A sensible fetch timeout (§3.3: "on the order of a minute").
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The policy mode (§5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Deliver only to listed MX hosts, over TLS with a PKIX-valid certificate.
    Enforce,
    /// Check as for `Enforce`, report failures, deliver anyway.
    Testing,
    /// The domain withdrew its policy: behave as without MTA-STS.
    None,
}

impl Mode {
    /// The policy-file spelling: `enforce`, `testing`, `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Enforce => "enforce",
            Mode::Testing => "testing",
            Mode::None => "none",
        }
    }
}

/// A policy in force: the policy file plus the TXT record's `id` it was fetched for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// From the `_mta-sts` TXT record; a new id means "refetch the policy".
    pub id: String,
    pub mode: Mode,
    /// MX patterns, lowercase, no trailing dot: `mx.example.com` or `*.example.com`.
    pub mx: Vec<String>,
    /// Seconds this policy may be cached from the fetch, at most [`MAX_AGE_LIMIT`].
    pub max_age: u64,
}

impl Policy {
    /// Whether `host` matches one of the policy's MX patterns (ignores the mode).
    pub fn matches(&self, host: &str) -> bool {
        self.mx.iter().any(|p| mx_matches(p, host))
    }
}

/// A parsed policy file: a [`Policy`] without the TXT record's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyBody {
    pub mode: Mode,
    pub mx: Vec<String>,
    pub max_age: u64,
}

impl PolicyBody {
    /// The policy in force for the TXT record id `id`.
    pub fn with_id(self, id: impl Into<String>) -> Policy {
        Policy {
            id: id.into(),
            mode: self.mode,
            mx: self.mx,
            max_age: self.max_age,
        }
    }
}

mod fetch;
mod parse;
#[cfg(test)]
mod tests;

pub use fetch::*;
pub use parse::*;
