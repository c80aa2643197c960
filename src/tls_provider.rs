//! The rustls crypto provider shared by inbound (src/smtp) and outbound
//! (src/transport, the MTA-STS fetcher) TLS, so neither direction depends on the other.
//! No secrets here; pure configuration.

use std::sync::Arc;

/// aws-lc-rs with the cipher suites of NIST SP 800-52r2 §3.3.1 only: ECDHE key
/// exchange with AES-GCM for TLS 1.2, AES-GCM for TLS 1.3 (ChaCha20-Poly1305 is
/// not on the list). Used for both inbound and outbound TLS.
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

#[cfg(test)]
mod tests {
    #[test]
    fn only_nist_suites() {
        let p = super::provider();
        assert_eq!(p.cipher_suites.len(), 6);
        assert!(
            p.cipher_suites
                .iter()
                .all(|s| !format!("{:?}", s.suite()).contains("CHACHA"))
        );
    }
}
