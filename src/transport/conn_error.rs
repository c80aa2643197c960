//! Why an outbound connection cannot go on, the reply that stands for it, and
//! its one classification into a [`FailureKind`].

use super::failure::{FailureKind, HandshakeFailure, TlsPolicyReason};
use super::reply::Reply;

/// Why a connection cannot go on: always temporary for the mail on it.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ConnError {
    #[error("{stage}: {reason}")]
    Network { stage: &'static str, reason: String },
    #[error("{stage}: timed out")]
    Timeout { stage: &'static str },
    #[error("{stage}: server said {reply}")]
    Refused { stage: &'static str, reply: Reply },
    #[error("{stage}: unparseable reply")]
    Protocol { stage: &'static str },
    /// TLS was required and could not be had: never a reason to send in clear.
    #[error("{stage}: {reason}")]
    Security { stage: &'static str, reason: String },
    /// The TLS handshake failed; `kind` comes from rustls's typed error. Where TLS
    /// was required this is a TLS-policy failure, else the server's TLS is broken.
    #[error("TLS handshake: {reason}")]
    Handshake {
        required: bool,
        kind: HandshakeFailure,
        reason: String,
        /// SHA-256 (hex) of the certificate the server presented, if it got that far.
        peer_cert_sha256: Option<String>,
    },
}

impl ConnError {
    /// As a reply for the recipients that were on this connection. Always
    /// temporary: a host that will not talk (even with a 5xx greeting) is not a
    /// verdict on the recipient, and another MX or a later try may work.
    ///
    /// The text is bland and fixed per kind: it reaches DSNs and `queue show`,
    /// so internal reasons (OS errors, TLS library wording) stay in the service
    /// log and the attempt's audit evidence. A remote refusal keeps the server's
    /// own reply, which is the diagnostic a sender needs.
    pub fn as_reply(&self) -> Reply {
        match self {
            // RFC 3463: X.7.4 security features not supported, X.7.5 cryptographic failure.
            ConnError::Security {
                stage: "STARTTLS", ..
            } => Reply::local(
                451,
                "4.7.4",
                "TLS is required and the server does not offer it",
            ),
            ConnError::Security { .. } => {
                Reply::local(451, "4.7.5", "TLS could not be set up for this server")
            }
            ConnError::Handshake {
                required: true,
                kind,
                ..
            } => Reply::local(451, "4.7.5", format!("TLS handshake failed: {kind}")),
            ConnError::Handshake { .. } => Reply::local(451, "4.4.2", "TLS handshake failed"),
            ConnError::Network {
                stage: "connect", ..
            } => Reply::local(451, "4.4.1", "could not connect to the server"),
            ConnError::Network { stage, .. } => {
                Reply::local(451, "4.4.2", format!("connection lost at {stage}"))
            }
            ConnError::Timeout { stage } => Reply::local(
                451,
                "4.4.2",
                format!("the server did not answer in time at {stage}"),
            ),
            ConnError::Protocol { stage } => Reply::local(
                451,
                "4.4.2",
                format!("unreadable reply from the server at {stage}"),
            ),
            ConnError::Refused { .. } => Reply::local(451, "4.4.2", self.to_string()),
        }
    }

    /// A failed handshake where TLS was only opportunistic (the caller may try again
    /// in clear, as Postfix's `may` does).
    pub fn is_tls_handshake(&self) -> bool {
        matches!(
            self,
            ConnError::Handshake {
                required: false,
                ..
            }
        )
    }

    /// The one classification of a connection failure (see [`FailureKind`]).
    pub fn kind(&self) -> FailureKind {
        match self {
            ConnError::Network { .. } | ConnError::Timeout { .. } | ConnError::Protocol { .. } => {
                FailureKind::Unreachable
            }
            ConnError::Refused { .. } => FailureKind::RemoteReply,
            ConnError::Security {
                stage: "STARTTLS", ..
            } => FailureKind::TlsPolicy(TlsPolicyReason::NoStartTls),
            ConnError::Security { .. } => FailureKind::TlsPolicy(TlsPolicyReason::Setup),
            ConnError::Handshake {
                required: true,
                kind,
                ..
            } => FailureKind::TlsPolicy(TlsPolicyReason::Handshake(kind.clone())),
            ConnError::Handshake { .. } => FailureKind::Unreachable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_carry_no_internal_reason() {
        let errors = [
            ConnError::Network {
                stage: "connect",
                reason: "Connection refused (os error 111) secret-host".into(),
            },
            ConnError::Network {
                stage: "DATA",
                reason: "Broken pipe (os error 32) secret-host".into(),
            },
            ConnError::Security {
                stage: "STARTTLS",
                reason: "server said 454 secret-host".into(),
            },
            ConnError::Security {
                stage: "TLS setup",
                reason: "secret-host invalid dns name".into(),
            },
            ConnError::Handshake {
                required: true,
                kind: HandshakeFailure::HostMismatch,
                reason: "invalid peer certificate: secret-host".into(),
                peer_cert_sha256: None,
            },
            ConnError::Handshake {
                required: false,
                kind: HandshakeFailure::Protocol,
                reason: "received fatal alert secret-host".into(),
                peer_cert_sha256: None,
            },
        ];
        for e in errors {
            let r = e.as_reply();
            assert!(r.local && r.code == 451, "{r}");
            assert!(!r.text.contains("secret-host"), "{r}");
            assert!(!r.text.contains("os error"), "{r}");
        }
    }
}
