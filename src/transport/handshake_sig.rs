//! Handshake signatures (CertificateVerify, ServerKeyExchange) checked against
//! the server's key even when its certificate is one webpki will not parse.
//!
//! DANE-EE (RFC 7672 §3.1.1) and opportunistic TLS care only about the key:
//! an X.509 v1, expired or misnamed certificate whose key matches must still
//! complete the handshake. rustls's helpers parse the certificate as a PKIX
//! end-entity first and give up on a v1 certificate (`UnsupportedCertVersion`);
//! when they do, the SubjectPublicKeyInfo is taken with the tolerant DER walk
//! and the signature is checked with it as a raw public key (as RFC 7250 does).

use rustls::client::danger::HandshakeSignatureValid;
use rustls::crypto::{WebPkiSupportedAlgorithms, verify_tls12_signature, verify_tls13_signature};
use rustls::{CertificateError, DigitallySignedStruct, Error};
use rustls_pki_types::{CertificateDer, SubjectPublicKeyInfoDer};

/// Which handshake the signature belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Tls12,
    Tls13,
}

/// Verify with the certificate if webpki can read it, else with its raw key.
pub fn verify(
    version: Version,
    message: &[u8],
    cert: &CertificateDer<'_>,
    dss: &DigitallySignedStruct,
    algs: &WebPkiSupportedAlgorithms,
) -> Result<HandshakeSignatureValid, Error> {
    let standard = match version {
        Version::Tls12 => verify_tls12_signature(message, cert, dss, algs),
        Version::Tls13 => verify_tls13_signature(message, cert, dss, algs),
    };
    match standard {
        Err(Error::InvalidCertificate(CertificateError::BadEncoding)) => {
            with_raw_key(version, message, cert, dss, algs)
        }
        Err(Error::InvalidCertificate(CertificateError::Other(o))) if unreadable(&o) => {
            with_raw_key(version, message, cert, dss, algs)
        }
        other => other,
    }
}

/// webpki's typed "cannot read this certificate as a PKIX end entity" errors
/// (a v1 certificate, an unknown critical extension), as opposed to a
/// signature that does not verify.
fn unreadable(e: &rustls::OtherError) -> bool {
    e.0.downcast_ref::<webpki::Error>().is_some_and(|w| {
        matches!(
            w,
            webpki::Error::UnsupportedCertVersion
                | webpki::Error::UnsupportedCriticalExtension
                | webpki::Error::BadDer
        )
    })
}

fn with_raw_key(
    version: Version,
    message: &[u8],
    cert: &CertificateDer<'_>,
    dss: &DigitallySignedStruct,
    algs: &WebPkiSupportedAlgorithms,
) -> Result<HandshakeSignatureValid, Error> {
    let bad = || Error::InvalidCertificate(CertificateError::BadSignature);
    let spki = super::dane::spki_der(cert.as_ref()).ok_or_else(bad)?;
    let spki = SubjectPublicKeyInfoDer::from(spki.as_slice());
    if version == Version::Tls13 {
        return rustls::crypto::verify_tls13_signature_with_raw_key(message, &spki, dss, algs);
    }
    let key = webpki::RawPublicKeyEntity::try_from(&spki).map_err(|_| bad())?;
    let candidates = algs
        .mapping
        .iter()
        .find(|(scheme, _)| *scheme == dss.scheme)
        .map(|(_, a)| *a)
        .unwrap_or_default();
    candidates
        .iter()
        .any(|alg| key.verify_signature(*alg, message, dss.signature()).is_ok())
        .then(HandshakeSignatureValid::assertion)
        .ok_or_else(bad)
}
