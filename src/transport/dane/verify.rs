//! The DANE rustls verifier, its failures and the client config (RFC 7672 §3).

use std::fmt;
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{Resumption, verify_server_cert_signed_by_trust_anchor, verify_server_name};
use rustls::crypto::CryptoProvider;
use rustls::server::ParsedCertificate;
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, OtherError, RootCertStore,
    SignatureScheme,
};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};

use super::*;

/// Why DANE authentication failed, in the terms TLS-RPT reports (RFC 8460 §4.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DaneFailure {
    /// No usable TLSA record matched the certificate or its chain.
    NoMatch,
    /// A DANE-TA(2) record matched the chain, but the certificate is not valid for any
    /// reference identifier.
    HostMismatch,
    /// A DANE-TA(2) record matched, but a certificate in the chain has expired.
    Expired,
    /// A DANE-TA(2) record matched, but the chain did not validate for another reason
    /// (bad signature, not yet valid, wrong key usage, unparseable certificate, ...).
    Invalid(String),
}

impl DaneFailure {
    /// The TLS-RPT `result-type` (RFC 8460 §4.3) for this failure.
    pub fn tlsrpt_result_type(&self) -> &'static str {
        match self {
            DaneFailure::NoMatch => "tlsa-invalid",
            DaneFailure::HostMismatch => "certificate-host-mismatch",
            DaneFailure::Expired => "certificate-expired",
            DaneFailure::Invalid(_) => "validation-failure",
        }
    }
}

impl fmt::Display for DaneFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DaneFailure::NoMatch => f.write_str("no TLSA record matched"),
            DaneFailure::HostMismatch => f.write_str("certificate not valid for the host name"),
            DaneFailure::Expired => f.write_str("certificate expired"),
            DaneFailure::Invalid(why) => write!(f, "chain validation failed: {why}"),
        }
    }
}

/// The error a failed DANE verification puts inside the rustls error
/// (`Error::InvalidCertificate(CertificateError::Other(..))`); find it in whatever
/// error the handshake returned with [`dane_error`].
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("DANE: {detail}")]
pub struct DaneError {
    pub failure: DaneFailure,
    /// Human-readable reason, with the records and the presented certificate's `3 1 1`.
    pub detail: String,
}

impl DaneError {
    fn new(failure: DaneFailure, detail: impl Into<String>) -> DaneError {
        DaneError {
            failure,
            detail: detail.into(),
        }
    }
}

/// rustls shows `CertificateError::Other` with `{:?}`, so this is what handshake
/// errors print: keep it readable.
impl fmt::Debug for DaneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DANE({:?}): {}", self.failure, self.detail)
    }
}

/// Finds the [`DaneError`] in an error from a handshake: a `rustls::Error`, the
/// `std::io::Error` tokio-rustls wraps it in, or anything whose `source()` chain
/// leads to one of those.
pub fn dane_error<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a DaneError> {
    let mut cur: Option<&'a (dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(d) = e.downcast_ref::<DaneError>() {
            return Some(d);
        }
        if let Some(rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(inner)))) =
            e.downcast_ref::<rustls::Error>()
        {
            return inner.downcast_ref::<DaneError>();
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            if let Some(inner) = io.get_ref() {
                let inner: &'a (dyn std::error::Error + 'static) = inner;
                cur = Some(inner);
                continue;
            }
            return None;
        }
        cur = e.source();
    }
    None
}

/// Outcome of the last verification, for evidence.
#[derive(Debug, Clone)]
enum Outcome {
    Matched(Tlsa),
    Failed(DaneError),
}

/// A rustls server certificate verifier that authenticates by DANE TLSA records only
/// (no WebPKI roots: when DANE applies, PKIX must not be substituted for it).
#[derive(Debug)]
pub struct DaneVerifier {
    /// Usable records only (see [`usable_records`]).
    records: Vec<Tlsa>,
    /// Reference identifiers for DANE-TA(2): lower case, no trailing dot.
    names: Vec<String>,
    provider: Arc<CryptoProvider>,
    last: Mutex<Option<Outcome>>,
}

impl DaneVerifier {
    /// A verifier for these TLSA records (from a DNSSEC-secure lookup) and reference
    /// identifiers (the MX host name, then the next-hop domain if the MX lookup was
    /// secure). `None` if no record is usable: DANE cannot authenticate this host (see
    /// the module docs: TLS is still expected, unauthenticated).
    ///
    /// If `names` is empty, DANE-TA(2) checks the name the connection was made with
    /// (the SNI name) instead.
    pub fn new(
        records: &[Tlsa],
        names: Vec<String>,
        provider: Arc<CryptoProvider>,
    ) -> Option<DaneVerifier> {
        let records = usable_records(records);
        if records.is_empty() {
            return None;
        }
        let mut norm: Vec<String> = Vec::new();
        for n in names {
            let n = n.trim().trim_end_matches('.').to_ascii_lowercase();
            if !n.is_empty() && !norm.contains(&n) {
                norm.push(n);
            }
        }
        Some(DaneVerifier {
            records,
            names: norm,
            provider,
            last: Mutex::new(None),
        })
    }

    /// The usable records this verifier checks against.
    pub fn records(&self) -> &[Tlsa] {
        &self.records
    }

    /// The reference identifiers (normalised).
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Why the last verification failed (`None` if it succeeded or none ran yet).
    pub fn failure(&self) -> Option<String> {
        self.last_error().map(|e| e.to_string())
    }

    /// The kind of the last failure, for TLS-RPT.
    pub fn failure_kind(&self) -> Option<DaneFailure> {
        self.last_error().map(|e| e.failure)
    }

    /// The full last failure.
    pub fn last_error(&self) -> Option<DaneError> {
        match &*self.lock() {
            Some(Outcome::Failed(e)) => Some(e.clone()),
            _ => None,
        }
    }

    /// The record that authenticated the server in the last successful verification.
    /// Only meaningful once the handshake as a whole succeeded (the server must still
    /// prove it holds the key).
    pub fn matched(&self) -> Option<Tlsa> {
        match &*self.lock() {
            Some(Outcome::Matched(r)) => Some(r.clone()),
            _ => None,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Outcome>> {
        self.last.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The DANE decision without side effects: the record that matched, or why none
    /// did. `server_name` is used for DANE-TA name checks only when the verifier has
    /// no reference identifiers of its own.
    pub fn check(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: Option<&ServerName<'_>>,
        now: UnixTime,
    ) -> Result<Tlsa, DaneError> {
        // DANE-EE(3): the end-entity certificate alone; no names, no dates, no chain.
        if let Some(rec) = self
            .records
            .iter()
            .find(|r| r.usage == Usage::DaneEe as u8 && matches_cert(end_entity, r))
        {
            return Ok(rec.clone());
        }

        // DANE-TA(2): a trust anchor among the certificates the server sent (or, for
        // `2 0 0`, the certificate in the record), then chain validation and names.
        let mut first_failure: Option<DaneError> = None;
        let ta_records: Vec<&Tlsa> = self
            .records
            .iter()
            .filter(|r| r.usage == Usage::DaneTa as u8)
            .collect();
        if !ta_records.is_empty() {
            match ParsedCertificate::try_from(end_entity) {
                Err(e) => {
                    first_failure = Some(DaneError::new(
                        DaneFailure::Invalid(format!("end-entity certificate: {e}")),
                        format!("end-entity certificate does not parse ({e})"),
                    ));
                }
                Ok(ee) => {
                    for rec in ta_records {
                        let mut anchors: Vec<CertificateDer<'_>> = intermediates
                            .iter()
                            .filter(|c| matches_cert(c, rec))
                            .cloned()
                            .collect();
                        if rec.selector == Selector::Cert as u8
                            && rec.matching == Matching::Full as u8
                        {
                            anchors.push(CertificateDer::from(rec.data.as_slice()));
                        }
                        for anchor in anchors {
                            match self.validate_ta(&ee, anchor, intermediates, server_name, now) {
                                Ok(()) => return Ok(rec.clone()),
                                Err(e) => {
                                    if first_failure.is_none() {
                                        first_failure = Some(DaneError::new(
                                            e.failure.clone(),
                                            format!(
                                                "TLSA {} matched a trust anchor, but {}",
                                                rec.short(),
                                                e.detail
                                            ),
                                        ));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Err(first_failure.unwrap_or_else(|| self.no_match(end_entity)))
    }

    fn no_match(&self, end_entity: &CertificateDer<'_>) -> DaneError {
        let recs: Vec<String> = self.records.iter().map(Tlsa::short).collect();
        let presented = match spki_der(end_entity) {
            Some(_) => tlsa_for(end_entity, 3, 1, 1).to_string(),
            None => "an unparseable certificate".to_string(),
        };
        DaneError::new(
            DaneFailure::NoMatch,
            format!(
                "no TLSA record matched ({}); the server presented {}",
                recs.join(", "),
                presented
            ),
        )
    }

    /// The end-entity certificate chains to `anchor` (validity dates, signatures, key
    /// usage: webpki's checks) and is valid for a reference identifier.
    fn validate_ta(
        &self,
        ee: &ParsedCertificate<'_>,
        anchor: CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: Option<&ServerName<'_>>,
        now: UnixTime,
    ) -> Result<(), DaneError> {
        let mut roots = RootCertStore::empty();
        roots.add(anchor).map_err(|e| {
            DaneError::new(
                DaneFailure::Invalid(format!("trust anchor: {e}")),
                format!("the trust anchor certificate is unusable ({e})"),
            )
        })?;
        verify_server_cert_signed_by_trust_anchor(
            ee,
            &roots,
            intermediates,
            now,
            self.provider.signature_verification_algorithms.all,
        )
        .map_err(classify)?;

        let own: Vec<ServerName<'_>> = self
            .names
            .iter()
            .filter_map(|n| ServerName::try_from(n.as_str()).ok())
            .collect();
        let candidates: Vec<&ServerName<'_>> = if self.names.is_empty() {
            server_name.into_iter().collect()
        } else {
            own.iter().collect()
        };
        if candidates.iter().any(|n| verify_server_name(ee, n).is_ok()) {
            return Ok(());
        }
        let wanted = if self.names.is_empty() {
            server_name
                .map(|n| n.to_str().into_owned())
                .unwrap_or_default()
        } else {
            self.names.join(", ")
        };
        Err(DaneError::new(
            DaneFailure::HostMismatch,
            format!("the certificate is not valid for {wanted}"),
        ))
    }
}

/// Maps a webpki chain-validation error to a DANE failure.
fn classify(e: rustls::Error) -> DaneError {
    let failure = match &e {
        rustls::Error::InvalidCertificate(
            CertificateError::Expired | CertificateError::ExpiredContext { .. },
        ) => DaneFailure::Expired,
        rustls::Error::InvalidCertificate(
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
        ) => DaneFailure::HostMismatch,
        other => DaneFailure::Invalid(other.to_string()),
    };
    DaneError::new(failure, format!("the chain does not validate ({e})"))
}

impl ServerCertVerifier for DaneVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let result = self.check(end_entity, intermediates, Some(server_name), now);
        let outcome = match &result {
            Ok(rec) => {
                tracing::debug!(tlsa = %rec.short(), "DANE: certificate matched");
                Outcome::Matched(rec.clone())
            }
            Err(e) => {
                tracing::debug!(reason = %e, "DANE: verification failed");
                Outcome::Failed(e.clone())
            }
        };
        *self.lock() = Some(outcome);
        match result {
            Ok(_) => Ok(ServerCertVerified::assertion()),
            Err(e) => Err(rustls::Error::InvalidCertificate(CertificateError::Other(
                OtherError(Arc::new(e)),
            ))),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        // DANE-EE matched on the key alone (RFC 7672 §3.1.1): the signature is
        // checked with that key even when webpki cannot parse the certificate
        // (TLS 1.2 included, every scheme: see handshake_sig).
        let algs = &self.provider.signature_verification_algorithms;
        let v = crate::transport::handshake_sig::Version::Tls12;
        crate::transport::handshake_sig::verify(v, message, cert, dss, algs)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        let algs = &self.provider.signature_verification_algorithms;
        let v = crate::transport::handshake_sig::Version::Tls13;
        crate::transport::handshake_sig::verify(v, message, cert, dss, algs)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// A TLS client configuration (TLS 1.2 and 1.3, no client certificate) that
/// authenticates the server with `verifier` only.
///
/// Session resumption is off: a resumed session skips certificate verification, and
/// every connection must be checked against the TLSA records of the moment and leave
/// its evidence in the verifier.
pub fn client_config(
    verifier: Arc<DaneVerifier>,
    provider: Arc<CryptoProvider>,
) -> Result<Arc<ClientConfig>, rustls::Error> {
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    config.resumption = Resumption::disabled();
    Ok(Arc::new(config))
}
