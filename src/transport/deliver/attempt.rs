//! What one delivery try came to, per recipient, in types: the queue records it
//! and never reads reply text or failure words to decide anything.

use std::net::SocketAddr;

use serde_json::Value;

use super::super::tls::OutboundTls;
use super::super::{FailureKind, Reply};

/// The verdict for one recipient. The one place a reply becomes temporary or
/// permanent is [`Verdict::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Delivered,
    /// Try again later (the queue's schedule decides when, or that time is up).
    Deferred,
    Bounced,
}

impl Verdict {
    /// 2xx delivered, 5xx bounced, anything else (and anything unknown) deferred:
    /// fail safe, retry, never lose.
    pub fn of(reply: &Reply) -> Verdict {
        if reply.is_success() {
            Verdict::Delivered
        } else if reply.is_permanent() {
            Verdict::Bounced
        } else {
            Verdict::Deferred
        }
    }
}

/// One recipient's result: its verdict, the reply behind it, and what kind of
/// failure it was (None when delivered).
#[derive(Debug, Clone)]
pub struct RcptAttempt {
    pub verdict: Verdict,
    pub reply: Reply,
    pub failure: Option<FailureKind>,
}

impl RcptAttempt {
    pub fn new(reply: Reply, failure: Option<FailureKind>) -> Self {
        let verdict = Verdict::of(&reply);
        let failure = match verdict {
            Verdict::Delivered => None,
            _ => failure.or(Some(if reply.local {
                FailureKind::Local
            } else {
                FailureKind::RemoteReply
            })),
        };
        Self {
            verdict,
            reply,
            failure,
        }
    }
}

/// The typed facts of a security plan that each recipient's result records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanSummary {
    /// `dane`, `mta-sts`, `pkix` or `none`.
    pub source: &'static str,
    /// The level asked for (a TLS level name, or `verified`).
    pub required_level: &'static str,
}

impl PlanSummary {
    pub fn of(plan: &crate::transport::security::Plan) -> Self {
        Self {
            source: plan.source.as_str(),
            required_level: plan.required_level,
        }
    }
}

/// One try at one job: a result per recipient (in the job's order) and the
/// connection facts the audit records.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub per_rcpt: Vec<RcptAttempt>,
    /// The host and address that answered; None when no connection was made.
    pub peer: Option<(String, SocketAddr)>,
    pub tls: Option<OutboundTls>,
    /// The security plan's evidence (and the failure, when connecting failed).
    pub evidence: Option<Value>,
    /// Where the plan's protection came from and the level it asked for, when a
    /// plan was made (the typed core of `evidence`).
    pub plan: Option<PlanSummary>,
    /// Whether the server took the DSN parameters (RFC 3461 §4.2).
    pub dsn_passed_on: bool,
    /// Why no connection could be had, when none could.
    pub connect_failure: Option<FailureKind>,
    /// The destination should be backed off (unreachable, or it asked us to slow down).
    pub back_off: bool,
}

impl Attempt {
    /// The same local result for every recipient, with no connection facts.
    pub fn local(n: usize, reply: Reply, failure: Option<FailureKind>) -> Self {
        Self {
            per_rcpt: vec![RcptAttempt::new(reply, failure); n],
            peer: None,
            tls: None,
            evidence: None,
            plan: None,
            dsn_passed_on: false,
            connect_failure: None,
            back_off: false,
        }
    }

    /// No connection could be had that met the plan for a TLS-policy reason.
    pub fn failed_tls_policy(&self) -> bool {
        self.connect_failure
            .as_ref()
            .is_some_and(FailureKind::is_tls_policy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_place_decides_temporary_or_permanent() {
        let r = |code| Reply::local(code, "", "x");
        assert_eq!(Verdict::of(&r(250)), Verdict::Delivered);
        assert_eq!(Verdict::of(&r(550)), Verdict::Bounced);
        assert_eq!(Verdict::of(&r(451)), Verdict::Deferred);
        // Unknown classes are retried, never lost.
        assert_eq!(Verdict::of(&r(0)), Verdict::Deferred);
        assert_eq!(Verdict::of(&r(999)), Verdict::Deferred);
        let remote = RcptAttempt::new(Reply::remote(550, [5, 1, 1], "no".into()), None);
        assert_eq!(remote.failure, Some(FailureKind::RemoteReply));
        let ok = RcptAttempt::new(Reply::remote(250, [2, 0, 0], "ok".into()), None);
        assert_eq!(ok.failure, None);
    }
}
