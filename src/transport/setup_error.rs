//! Why outbound delivery could not be set up (at start-up, before any mail):
//! one enum for transport's constructors.

use crate::dns::DnsSetupError;

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error(transparent)]
    Dns(#[from] DnsSetupError),
    #[error("[transport] extra_ca_files: a certificate is not usable as a root: {0}")]
    ExtraCa(String),
    #[error("TLS client settings: {0}")]
    TlsClient(String),
    #[error("PKIX verifier: {0}")]
    PkixVerifier(String),
    #[error("MTA-STS fetcher: {0}")]
    StsFetcher(String),
    #[error("TLS-RPT HTTPS client: {0}")]
    ReportClient(String),
}
