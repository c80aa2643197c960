//! TLS-RPT observations (RFC 8460 §4.3) of delivery attempts: the result type of a
//! failed connection, from typed errors only, and the counter it adds to.

use super::Transport;
use crate::transport::security::{Plan, Source};
use crate::transport::{ConnError, Hop, Peer};
use crate::util::now_us;

/// The TLS-RPT result type for a failed connection (RFC 8460 §4.3), from typed
/// errors only.
pub(super) fn failure_kind(e: &ConnError, plan: &Plan) -> &'static str {
    if let Some(kind) = plan.dane.as_ref().and_then(|d| d.failure_kind()) {
        return kind.tlsrpt_result_type();
    }
    match e {
        ConnError::Security {
            stage: "STARTTLS", ..
        } => "starttls-not-supported",
        ConnError::Handshake { kind, .. } => kind.tlsrpt_result_type(),
        _ => "validation-failure",
    }
}

/// Count one TLS-RPT observation for the recipient domain (only where a policy
/// exists: DANE or MTA-STS).
impl Transport {
    pub(super) async fn report(
        &self,
        domain: &str,
        hop: &Hop,
        plan: Option<&Plan>,
        peer: Option<&Peer>,
        result: &str,
        reason: &str,
    ) {
        let (policy_type, policy_string) = match plan.map(|p| (p.source, &p.dane, &p.sts)) {
            Some((Source::Dane, Some(dane), _)) => (
                "tlsa",
                dane.records()
                    .iter()
                    .map(|r| r.to_string())
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            Some((_, _, Some((policy, _)))) => ("sts", sts_policy_string(policy)),
            Some(_) => return,
            None => ("tlsa", String::new()),
        };
        let r = crate::store::TlsResult {
            day: crate::util::utc_day(now_us()),
            policy_domain: domain.to_string(),
            policy_type: policy_type.to_string(),
            policy_string,
            mx_host: hop.host.clone(),
            result_type: result.to_string(),
            receiving_ip: peer.map(|p| p.addr.ip().to_string()).unwrap_or_default(),
            failure_reason: reason.chars().take(300).collect(),
            count: 1,
        };
        if let Err(e) = self.store.count_tls_result(&r).await {
            tracing::warn!(domain, error = %e, "cannot count a TLS-RPT result");
        }
    }
}

/// The policy as RFC 8460 §4.3 `policy-string` lines.
fn sts_policy_string(policy: &crate::transport::mta_sts::Policy) -> String {
    std::iter::once(format!("version: STSv1\nmode: {}", policy.mode.as_str()))
        .chain(policy.mx.iter().map(|m| format!("mx: {m}")))
        .chain(std::iter::once(format!("max_age: {}", policy.max_age)))
        .collect::<Vec<_>>()
        .join("\n")
}
