//! Why a submission was not accepted. Each variant has an internal reason (its
//! `Display`, for the log) and a [`Refusal`] kind the entrance turns into its own
//! wire answer; no internal reason ever reaches a client.

use crate::audit::details::Classified;
use crate::store::StoreError;
use crate::store::crypto::CryptoError;

#[derive(Debug, thiserror::Error)]
pub enum AcceptError {
    /// The policy refused the message; the classification (no matched values)
    /// goes to the audit row.
    #[error("refused by policy rule {rule}")]
    Policy {
        rule: String,
        subject_phi: bool,
        classified: Box<Classified>,
    },
    #[error("DKIM signing failed: {0}")]
    Sign(String),
    #[error("sealing the content failed: {0}")]
    Seal(#[from] CryptoError),
    #[error("store: {0}")]
    Store(#[from] StoreError),
    #[error("the acceptance worker stopped before answering")]
    WorkerGone,
    #[error("hashing the portal passphrase failed")]
    Passphrase,
}

/// What the client is told, in kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Permanent: the policy will not take this message.
    Policy { subject_phi: bool },
    /// Temporary: local trouble, try again later (SMTP 451, HTTP 503).
    LocalTrouble,
}

impl AcceptError {
    pub fn refusal(&self) -> Refusal {
        match self {
            AcceptError::Policy { subject_phi, .. } => Refusal::Policy {
                subject_phi: *subject_phi,
            },
            _ => Refusal::LocalTrouble,
        }
    }
}
