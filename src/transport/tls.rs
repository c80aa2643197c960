//! Outbound TLS building blocks: the opportunistic (unauthenticated) rustls client
//! config used for `may`/`encrypt` (RFC 3207, RFC 7435) and the facts of a session
//! for the attempt's audit event. The authenticating configs live beside it: DANE in
//! [`super::dane`], PKIX (MTA-STS, `verify`, `verified`) in [`super::security`].
//! TLS 1.2 and 1.3 only, with the shared provider ([`crate::tls_provider`]).

use std::sync::{Arc, Mutex};

use aws_lc_rs::digest;
use rustls::client::Resumption;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;

use super::handshake_sig::{self, Version};
use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};

/// Facts of an outbound TLS session, for the attempt's audit event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundTls {
    pub version: String,
    pub cipher: String,
    /// SHA-256 of the server's end-entity certificate, hex.
    pub peer_cert_sha256: Option<String>,
    /// How the certificate was authenticated: `dane`, `pkix`, or None (not checked).
    pub verified: Option<&'static str>,
}

/// Accepts any certificate; still checks that the server holds its key.
#[derive(Debug)]
struct Unauthenticated(Arc<CryptoProvider>);

impl ServerCertVerifier for Unauthenticated {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        let algs = &self.0.signature_verification_algorithms;
        handshake_sig::verify(Version::Tls12, message, cert, dss, algs)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        let algs = &self.0.signature_verification_algorithms;
        handshake_sig::verify(Version::Tls13, message, cert, dss, algs)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// The verifier for opportunistic TLS (any certificate; the key proof still holds).
pub fn opportunistic_verifier() -> Arc<dyn ServerCertVerifier> {
    Arc::new(Unauthenticated(crate::tls_provider::provider()))
}

/// Wraps a verifier and remembers the SHA-256 of the last end-entity certificate
/// it was shown, whether it accepted it or not: the evidence of what a server
/// presented also when the handshake was refused. One per plan; a plan's attempts
/// run one after another.
#[derive(Debug)]
pub struct CertRecorder {
    inner: Arc<dyn ServerCertVerifier>,
    seen: Mutex<Option<String>>,
}

impl CertRecorder {
    /// The hash of the last certificate presented, hex.
    pub fn seen(&self) -> Option<String> {
        self.seen.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Forget the last certificate (before a new attempt).
    pub fn clear(&self) {
        *self.seen.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

impl ServerCertVerifier for CertRecorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let hash = hex::encode(digest::digest(&digest::SHA256, end_entity.as_ref()));
        *self.seen.lock().unwrap_or_else(|p| p.into_inner()) = Some(hash);
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// A client config (TLS 1.2+, no client certificate) that verifies with `verifier`
/// through a [`CertRecorder`]. Resumption is off: every connection is verified and
/// leaves its evidence.
pub fn recording_config(
    verifier: Arc<dyn ServerCertVerifier>,
) -> Result<(Arc<ClientConfig>, Arc<CertRecorder>), rustls::Error> {
    let recorder = Arc::new(CertRecorder {
        inner: verifier,
        seen: Mutex::new(None),
    });
    let mut cfg = ClientConfig::builder_with_provider(crate::tls_provider::provider())
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(recorder.clone())
        .with_no_client_auth();
    cfg.resumption = Resumption::disabled();
    Ok((Arc::new(cfg), recorder))
}

/// The client config for opportunistic TLS.
pub fn opportunistic_config() -> Result<Arc<ClientConfig>, rustls::Error> {
    let provider = crate::tls_provider::provider();
    let cfg = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(Unauthenticated(provider)))
        .with_no_client_auth();
    Ok(Arc::new(cfg))
}

pub fn facts(conn: &rustls::ClientConnection) -> OutboundTls {
    let version = match conn.protocol_version() {
        Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".to_string(),
        Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".to_string(),
        Some(v) => format!("{v:?}"),
        None => "unknown".to_string(),
    };
    OutboundTls {
        version,
        cipher: conn
            .negotiated_cipher_suite()
            .map(|s| format!("{:?}", s.suite()))
            .unwrap_or_default(),
        peer_cert_sha256: conn
            .peer_certificates()
            .and_then(|c| c.first())
            .map(|c| hex::encode(digest::digest(&digest::SHA256, c.as_ref()))),
        verified: None,
    }
}
