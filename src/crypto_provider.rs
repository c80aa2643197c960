//! The one rustls crypto provider both directions of SMTP use (inbound STARTTLS
//! and implicit TLS, outbound delivery, the MTA-STS fetch, TLS reports): kept
//! here, outside `smtp/` and `transport/`, so neither depends on the other.

use std::sync::Arc;

/// aws-lc-rs with the cipher suites of NIST SP 800-52r2 §3.3.1 only: ECDHE key
/// exchange with AES-GCM for TLS 1.2, AES-GCM for TLS 1.3 (ChaCha20-Poly1305 is
/// not on the list).
pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    use rustls::CipherSuite as C;
    let mut p = rustls::crypto::aws_lc_rs::default_provider();
    p.cipher_suites.retain(|s| {
        matches!(
            s.suite(),
            C::TLS13_AES_128_GCM_SHA256
                | C::TLS13_AES_256_GCM_SHA384
                | C::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
                | C::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
                | C::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
                | C::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
        )
    });
    Arc::new(p)
}
