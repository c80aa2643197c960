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

/// The client's leaf certificate, when it presented one (the verifier of a
/// listener that asks for certificates checked its chain in the handshake).
pub fn client_certificate(conn: &rustls::ServerConnection) -> Option<Vec<u8>> {
    conn.peer_certificates()
        .and_then(|c| c.first())
        .map(|c| c.as_ref().to_vec())
}

/// The same as [`server_config`], also asking clients for a certificate and
/// verifying any they send against the public roots and `extra_cas` (a
/// client without one still connects; `[[source]]` checks decide later).
pub fn server_config_with_clients(
    cert: &Path,
    key: &Path,
    extra_cas: &[std::path::PathBuf],
) -> Result<ServerConfig, TlsLoadError> {
    let base = server_config(cert, key)?;
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for f in extra_cas {
        let certs = CertificateDer::pem_file_iter(f)
            .and_then(|it| it.collect::<Result<Vec<_>, _>>())
            .map_err(|e| TlsLoadError {
                key: "client_ca_files",
                problem: format!("cannot read certificates from {}: {e}", f.display()),
            })?;
        for c in certs {
            roots.add(c).map_err(|e| TlsLoadError {
                key: "client_ca_files",
                problem: format!("{}: {e}", f.display()),
            })?;
        }
    }
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        std::sync::Arc::new(roots),
        crate::tls_provider::provider(),
    )
    .allow_unauthenticated()
    .build()
    .map_err(|e| TlsLoadError {
        key: "client_ca_files",
        problem: format!("client certificate verifier: {e}"),
    })?;
    let mut cfg = ServerConfig::builder_with_provider(crate::tls_provider::provider())
        .with_safe_default_protocol_versions()
        .map(|b| {
            b.with_client_cert_verifier(verifier)
                .with_cert_resolver(base.cert_resolver.clone())
        })
        .map_err(|e| TlsLoadError {
            key: "key",
            problem: format!("TLS settings: {e}"),
        })?;
    cfg.alpn_protocols.clear();
    Ok(cfg)
}
