//! Typed reasons a delivery attempt failed, so callers decide from data and not from
//! error text or enhanced-status prefixes: why a TLS handshake failed (from rustls's
//! own error values and the DANE verifier's), and what kind of failure an attempt
//! met (unreachable, TLS policy, remote reply, local). Each has readable words
//! (`Display`) for logs and audit details; no message content ever appears here.

use std::error::Error as StdError;
use std::fmt;

use rustls::CertificateError;

use super::dane::{DaneFailure, dane_error};

/// Why a TLS handshake with a peer failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandshakeFailure {
    /// The DANE verifier refused the certificate.
    Dane(DaneFailure),
    /// PKIX: the certificate is not valid for the MX host name.
    HostMismatch,
    /// PKIX: the certificate (or one in its chain) has expired or is not yet valid.
    Expired,
    /// PKIX: no trusted root vouches for the chain.
    NotTrusted,
    /// Another certificate problem (bad signature, revoked, unparseable, ...).
    BadCertificate,
    /// The TLS protocol itself failed (no common version or suite, alert, reset).
    Protocol,
}

impl HandshakeFailure {
    /// From whatever error the handshake returned (an `io::Error` wrapping a
    /// `rustls::Error`, or anything whose `source()` chain leads to one).
    pub fn of(err: &(dyn StdError + 'static)) -> HandshakeFailure {
        if let Some(d) = dane_error(err) {
            return HandshakeFailure::Dane(d.failure.clone());
        }
        let mut cur = Some(err);
        while let Some(e) = cur {
            let rustls_err = e.downcast_ref::<rustls::Error>().or_else(|| {
                e.downcast_ref::<std::io::Error>()
                    .and_then(|io| io.get_ref())
                    .and_then(|inner| inner.downcast_ref::<rustls::Error>())
            });
            if let Some(rustls::Error::InvalidCertificate(c)) = rustls_err {
                return Self::of_certificate(c);
            }
            if rustls_err.is_some() {
                return HandshakeFailure::Protocol;
            }
            cur = e.source();
        }
        HandshakeFailure::Protocol
    }

    fn of_certificate(c: &CertificateError) -> HandshakeFailure {
        use CertificateError as C;
        match c {
            C::NotValidForName | C::NotValidForNameContext { .. } => HandshakeFailure::HostMismatch,
            C::Expired
            | C::ExpiredContext { .. }
            | C::NotValidYet
            | C::NotValidYetContext { .. } => HandshakeFailure::Expired,
            C::UnknownIssuer => HandshakeFailure::NotTrusted,
            _ => HandshakeFailure::BadCertificate,
        }
    }

    /// Whether a certificate was presented and refused (as opposed to a protocol
    /// failure, where the server's TLS itself is broken).
    pub fn is_certificate(&self) -> bool {
        !matches!(self, HandshakeFailure::Protocol)
    }

    /// See [`FailureKind::code`].
    pub fn code(&self) -> &'static str {
        match self {
            HandshakeFailure::Dane(DaneFailure::NoMatch) => "dane_no_match",
            HandshakeFailure::Dane(DaneFailure::HostMismatch) => "dane_host_mismatch",
            HandshakeFailure::Dane(DaneFailure::Expired) => "dane_certificate_expired",
            HandshakeFailure::Dane(DaneFailure::Invalid(_)) => "dane_chain_invalid",
            HandshakeFailure::HostMismatch => "certificate_host_mismatch",
            HandshakeFailure::Expired => "certificate_expired",
            HandshakeFailure::NotTrusted => "certificate_not_trusted",
            HandshakeFailure::BadCertificate => "certificate_refused",
            HandshakeFailure::Protocol => "tls_protocol_failure",
        }
    }

    /// The TLS-RPT `result-type` (RFC 8460 §4.3).
    pub fn tlsrpt_result_type(&self) -> &'static str {
        match self {
            HandshakeFailure::Dane(d) => d.tlsrpt_result_type(),
            HandshakeFailure::HostMismatch => "certificate-host-mismatch",
            HandshakeFailure::Expired => "certificate-expired",
            HandshakeFailure::NotTrusted => "certificate-not-trusted",
            HandshakeFailure::BadCertificate | HandshakeFailure::Protocol => "validation-failure",
        }
    }
}

impl fmt::Display for HandshakeFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HandshakeFailure::Dane(d) => write!(f, "DANE: {d}"),
            HandshakeFailure::HostMismatch => {
                f.write_str("certificate not valid for the MX host name")
            }
            HandshakeFailure::Expired => f.write_str("certificate expired or not yet valid"),
            HandshakeFailure::NotTrusted => f.write_str("certificate not issued by a trusted CA"),
            HandshakeFailure::BadCertificate => f.write_str("certificate refused"),
            HandshakeFailure::Protocol => f.write_str("TLS protocol failure"),
        }
    }
}

/// What kind of failure an attempt met; decides back-off and PHI fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FailureKind {
    /// Network, DNS or timeout: the destination is backed off.
    Unreachable,
    /// The protection the mail needs could not be had (DANE, MTA-STS, verified,
    /// required TLS): not a reason to back the destination off, since other mail
    /// there may need less; for PHI the configured fallback applies.
    TlsPolicy(TlsPolicyReason),
    /// The server answered with a failure reply.
    RemoteReply,
    /// Our own trouble or refusal (no route, local checks).
    Local,
}

/// Why the TLS policy could not be met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlsPolicyReason {
    /// STARTTLS missing or refused where TLS was required.
    NoStartTls,
    /// The handshake failed where TLS was required.
    Handshake(HandshakeFailure),
    /// The TLSA lookup was bogus (DNSSEC validation failed).
    DnssecBogus,
    /// `dane-only` and no usable TLSA records.
    NoUsableTlsa,
    /// MTA-STS `enforce` and the MX host is not in the policy.
    MxNotInStsPolicy,
    /// The TLS client could not be set up for this plan.
    Setup,
}

impl TlsPolicyReason {
    /// See [`FailureKind::code`].
    pub fn code(&self) -> &'static str {
        match self {
            TlsPolicyReason::NoStartTls => "starttls_unavailable",
            TlsPolicyReason::Handshake(h) => h.code(),
            TlsPolicyReason::DnssecBogus => "dnssec_bogus",
            TlsPolicyReason::NoUsableTlsa => "tlsa_unusable",
            TlsPolicyReason::MxNotInStsPolicy => "mx_not_in_mta_sts_policy",
            TlsPolicyReason::Setup => "tls_setup_failed",
        }
    }
}

impl fmt::Display for TlsPolicyReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TlsPolicyReason::NoStartTls => {
                f.write_str("STARTTLS not available where TLS is required")
            }
            TlsPolicyReason::Handshake(h) => write!(f, "TLS handshake failed: {h}"),
            TlsPolicyReason::DnssecBogus => {
                f.write_str("DNSSEC validation of the TLSA records failed")
            }
            TlsPolicyReason::NoUsableTlsa => {
                f.write_str("no usable TLSA records at level dane-only")
            }
            TlsPolicyReason::MxNotInStsPolicy => {
                f.write_str("MX host not listed in the MTA-STS policy")
            }
            TlsPolicyReason::Setup => f.write_str("TLS client setup failed"),
        }
    }
}

impl fmt::Display for FailureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FailureKind::Unreachable => f.write_str("unreachable"),
            FailureKind::TlsPolicy(r) => write!(f, "TLS policy: {r}"),
            FailureKind::RemoteReply => f.write_str("remote reply"),
            FailureKind::Local => f.write_str("local"),
        }
    }
}

impl FailureKind {
    /// A stable, typed name for the failure (`failure_code` in audit details and
    /// the compliance views): what an officer filters on, never library wording.
    pub fn code(&self) -> &'static str {
        match self {
            FailureKind::Unreachable => "unreachable",
            FailureKind::RemoteReply => "remote_reply",
            FailureKind::Local => "local",
            FailureKind::TlsPolicy(r) => r.code(),
        }
    }

    pub fn is_tls_policy(&self) -> bool {
        matches!(self, FailureKind::TlsPolicy(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rustls_certificate_errors_are_typed_not_sniffed() {
        let io = |c: CertificateError| std::io::Error::other(rustls::Error::InvalidCertificate(c));
        assert_eq!(
            HandshakeFailure::of(&io(CertificateError::NotValidForName)),
            HandshakeFailure::HostMismatch
        );
        assert_eq!(
            HandshakeFailure::of(&io(CertificateError::UnknownIssuer)),
            HandshakeFailure::NotTrusted
        );
        assert_eq!(
            HandshakeFailure::of(&io(CertificateError::Expired)),
            HandshakeFailure::Expired
        );
        let proto = std::io::Error::other(rustls::Error::HandshakeNotComplete);
        assert_eq!(HandshakeFailure::of(&proto), HandshakeFailure::Protocol);
        assert!(!HandshakeFailure::Protocol.is_certificate());
        let dane = FailureKind::TlsPolicy(TlsPolicyReason::Handshake(HandshakeFailure::Dane(
            DaneFailure::NoMatch,
        )));
        assert_eq!(dane.code(), "dane_no_match");
        assert_eq!(
            FailureKind::TlsPolicy(TlsPolicyReason::DnssecBogus).code(),
            "dnssec_bogus"
        );
        assert_eq!(
            HandshakeFailure::NotTrusted.to_string(),
            "certificate not issued by a trusted CA"
        );
    }
}
