//! Inbound TLS: the rustls server config for STARTTLS (RFC 3207) and implicit TLS
//! (RFC 8314). TLS 1.2 and 1.3 only, aws-lc-rs suites (all ECDHE + AEAD).
//! Secrets: the private key, read once at load.

use std::path::Path;

use rustls::ServerConfig;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

/// A certificate or key problem; `key` is the config key at fault (`cert` or `key`).
#[derive(Debug)]
pub struct TlsLoadError {
    pub key: &'static str,
    pub problem: String,
}

pub fn server_config(cert: &Path, key: &Path) -> Result<ServerConfig, TlsLoadError> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| TlsLoadError {
            key: "cert",
            problem: format!("cannot read certificates from {}: {e}", cert.display()),
        })?;
    if certs.is_empty() {
        return Err(TlsLoadError {
            key: "cert",
            problem: format!("{} holds no PEM certificate", cert.display()),
        });
    }
    let private = PrivateKeyDer::from_pem_file(key).map_err(|e| TlsLoadError {
        key: "key",
        problem: format!("cannot read a private key from {}: {e}", key.display()),
    })?;
    let mut cfg = ServerConfig::builder_with_provider(crate::tls_provider::provider())
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_no_client_auth().with_single_cert(certs, private))
        .map_err(|e| TlsLoadError {
            key: "key",
            problem: format!("certificate and key do not fit together: {e}"),
        })?;
    cfg.alpn_protocols.clear();
    Ok(cfg)
}

/// Version and cipher of an established session, for Received and audit.
pub fn facts(conn: &rustls::ServerConnection) -> crate::store::TlsFacts {
    let version = match conn.protocol_version() {
        Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".to_string(),
        Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".to_string(),
        Some(v) => format!("{v:?}"),
        None => "unknown".to_string(),
    };
    let cipher = conn
        .negotiated_cipher_suite()
        .map(|s| format!("{:?}", s.suite()))
        .unwrap_or_else(|| "unknown".to_string());
    crate::store::TlsFacts { version, cipher }
}

/// The client's leaf certificate (DER), when it presented a chain that
/// verifies against `roots` (the public roots and `[tls] client_ca_files`)
/// for client or server authentication: the clouds' certificates are issued
/// for both or, lately, for server authentication only.
pub fn client_certificate(
    conn: &rustls::ServerConnection,
    roots: Option<&rustls::RootCertStore>,
) -> Option<Vec<u8>> {
    let chain = conn.peer_certificates()?;
    let (leaf, intermediates) = chain.split_first()?;
    let roots = roots?;
    let end = webpki::EndEntityCert::try_from(leaf).ok()?;
    let algs = crate::tls_provider::provider()
        .signature_verification_algorithms
        .all;
    let now = rustls_pki_types::UnixTime::now();
    let verified = [
        webpki::KeyUsage::client_auth(),
        webpki::KeyUsage::server_auth(),
    ]
    .into_iter()
    .any(|usage| {
        end.verify_for_usage(algs, &roots.roots, intermediates, now, usage, None, None)
            .is_ok()
    });
    if !verified {
        tracing::info!("client certificate does not verify; treated as none");
    }
    verified.then(|| leaf.as_ref().to_vec())
}

/// The roots client certificates are verified against: the public roots
/// and `extra_cas`.
pub fn client_roots(
    extra_cas: &[std::path::PathBuf],
) -> Result<rustls::RootCertStore, TlsLoadError> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for f in extra_cas {
        let certs = CertificateDer::pem_file_iter(f)
            .and_then(|it| it.collect::<Result<Vec<_>, _>>())
            .map_err(|e| TlsLoadError {
                key: "client_ca_files",
                problem: format!("cannot read certificates from {}: {e}", f.display()),
            })?;
        if certs.is_empty() {
            return Err(TlsLoadError {
                key: "client_ca_files",
                problem: format!("{} holds no PEM certificate", f.display()),
            });
        }
        for c in certs {
            roots.add(c).map_err(|e| TlsLoadError {
                key: "client_ca_files",
                problem: format!("{}: {e}", f.display()),
            })?;
        }
    }
    Ok(roots)
}

/// The same as [`server_config`], also asking clients for a certificate.
/// The handshake checks only that the client holds the certificate's key;
/// the chain is verified by the session ([`client_certificate`]), so a
/// certificate that fails gets a clear refusal at MAIL (and an audit event)
/// instead of a failed handshake.
pub fn server_config_with_clients(cert: &Path, key: &Path) -> Result<ServerConfig, TlsLoadError> {
    let base = server_config(cert, key)?;
    let provider = crate::tls_provider::provider();
    let mut cfg = ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map(|b| {
            b.with_client_cert_verifier(std::sync::Arc::new(DeferredClientCert { provider }))
                .with_cert_resolver(base.cert_resolver.clone())
        })
        .map_err(|e| TlsLoadError {
            key: "key",
            problem: format!("TLS settings: {e}"),
        })?;
    cfg.alpn_protocols.clear();
    Ok(cfg)
}

/// Asks for a client certificate and checks the handshake signature with
/// its key; leaves the chain to [`client_certificate`].
#[derive(Debug)]
struct DeferredClientCert {
    provider: std::sync::Arc<rustls::crypto::CryptoProvider>,
}

impl rustls::server::danger::ClientCertVerifier for DeferredClientCert {
    fn offer_client_auth(&self) -> bool {
        true
    }

    fn client_auth_mandatory(&self) -> bool {
        false
    }

    fn root_hint_subjects(&self) -> &[rustls::DistinguishedName] {
        &[]
    }

    fn verify_client_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _now: rustls_pki_types::UnixTime,
    ) -> Result<rustls::server::danger::ClientCertVerified, rustls::Error> {
        Ok(rustls::server::danger::ClientCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}
