//! DANE for SMTP: authenticating an MX host's TLS certificate with DNSSEC-validated
//! TLSA records (RFC 7672 "SMTP Security via Opportunistic DANE TLS", RFC 7671 "DANE
//! Protocol: Updates and Operational Guidance", RFC 6698 "DANE TLSA"), as a rustls
//! [`ServerCertVerifier`].
//!
//! Pure logic: no DNS here. The caller passes the TLSA records it already looked up.
//!
//! # What callers must do
//!
//! - Pass only records from a **DNSSEC-secure** TLSA lookup of `_25._tcp.<mx host>`
//!   (RFC 7672 §2.2), for an MX host name that itself came from secure DNS. Records
//!   from an insecure or bogus answer must never reach this module: an attacker could
//!   have forged them.
//! - Filter with [`usable_records`] (or just call [`DaneVerifier::new`], which does).
//!   If no record is usable (`new` returns `None`) this verifier cannot be used: the
//!   host published secure but unusable TLSA records, and RFC 7672 §2.2 then still
//!   expects TLS, only without authentication (Postfix's "encrypt" level); it is no
//!   licence for cleartext and no reason to substitute PKIX.
//! - Give as reference identifiers the MX host name and, when the MX RRset itself was
//!   DNSSEC-secure, also the next-hop domain (RFC 7672 §3.2.2). They only matter for
//!   DANE-TA(2).
//! - Connect with [`client_config`] and send the MX host name as SNI (RFC 7672 §8.1).
//!   One verifier per connection attempt: it remembers the outcome of the last
//!   handshake ([`DaneVerifier::failure`], [`DaneVerifier::matched`]) for the audit
//!   evidence and TLS-RPT ([`DaneFailure::tlsrpt_result_type`]).
//! - When DANE applies and STARTTLS is missing or verification fails, the delivery to
//!   that MX fails (temporarily) and the next MX is tried. It **never** falls back to
//!   cleartext or to unauthenticated TLS (RFC 7672 §2.2, downgrade resistance).
//!
//! # Usages
//!
//! - **DANE-EE(3)** pins the server's own certificate or public key. A match
//!   authenticates the server *without* name checks and *without* validity dates
//!   (RFC 7672 §3.1.1, RFC 7671 §5.1): the key-to-name binding is made by the
//!   DNSSEC-signed TLSA record, not by the certificate, and its lifetime is the
//!   lifetime of the DNSSEC signatures. Self-signed and expired certificates are fine
//!   and common in DANE deployments.
//! - **DANE-TA(2)** names a trust anchor that must appear in the chain the server sends
//!   (or, for `2 0 0`, is carried in the record itself). The end-entity certificate
//!   must chain to it, with the usual checks (validity dates included), and must be
//!   valid for one of the reference identifiers (RFC 7672 §3.1.2 and §3.2.3; wildcard
//!   handling is webpki's: the leftmost label only).
//! - **PKIX-TA(0) / PKIX-EE(1)** are unusable for SMTP (RFC 7672 §3.1.3), as are
//!   unknown usages, selectors and matching types, and digests of the wrong length.
//!
//! Digest algorithm agility (RFC 7671 §9): for each usage and selector, only the
//! strongest digest present (SHA2-512 over SHA2-256) is used; `Full(0)` records are
//! always kept.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, Mutex};

use aws_lc_rs::digest;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{Resumption, verify_server_cert_signed_by_trust_anchor, verify_server_name};
use rustls::crypto::CryptoProvider;

use super::handshake_sig;
use rustls::server::ParsedCertificate;
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, OtherError, RootCertStore,
    SignatureScheme,
};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};

/// TLSA certificate usage (RFC 6698 §2.1.1, names from RFC 7218).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Usage {
    PkixTa = 0,
    PkixEe = 1,
    DaneTa = 2,
    DaneEe = 3,
}

/// TLSA selector (RFC 6698 §2.1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Selector {
    /// The full certificate, DER.
    Cert = 0,
    /// The SubjectPublicKeyInfo, DER.
    Spki = 1,
}

/// TLSA matching type (RFC 6698 §2.1.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Matching {
    /// The selected bytes themselves.
    Full = 0,
    Sha256 = 1,
    Sha512 = 2,
}

impl TryFrom<u8> for Usage {
    type Error = u8;
    fn try_from(v: u8) -> Result<Self, u8> {
        match v {
            0 => Ok(Usage::PkixTa),
            1 => Ok(Usage::PkixEe),
            2 => Ok(Usage::DaneTa),
            3 => Ok(Usage::DaneEe),
            other => Err(other),
        }
    }
}

impl TryFrom<u8> for Selector {
    type Error = u8;
    fn try_from(v: u8) -> Result<Self, u8> {
        match v {
            0 => Ok(Selector::Cert),
            1 => Ok(Selector::Spki),
            other => Err(other),
        }
    }
}

impl TryFrom<u8> for Matching {
    type Error = u8;
    fn try_from(v: u8) -> Result<Self, u8> {
        match v {
            0 => Ok(Matching::Full),
            1 => Ok(Matching::Sha256),
            2 => Ok(Matching::Sha512),
            other => Err(other),
        }
    }
}

impl Matching {
    /// Length of the association data this matching type requires (`None`: any, non-empty).
    fn digest_len(self) -> Option<usize> {
        match self {
            Matching::Full => None,
            Matching::Sha256 => Some(32),
            Matching::Sha512 => Some(64),
        }
    }

    /// Strength order for digest agility (RFC 7671 §9); `Full` is not ranked.
    fn strength(self) -> u8 {
        match self {
            Matching::Full => 0,
            Matching::Sha256 => 1,
            Matching::Sha512 => 2,
        }
    }
}

/// One TLSA record, as raw numbers: DNS can carry values this module does not know,
/// and those make the record unusable rather than unparseable.
///
/// `Display`/`FromStr` use the zone-file presentation form, `3 1 1 <hex>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tlsa {
    pub usage: u8,
    pub selector: u8,
    pub matching: u8,
    /// Certificate association data.
    pub data: Vec<u8>,
}

impl Tlsa {
    pub fn new(usage: u8, selector: u8, matching: u8, data: Vec<u8>) -> Tlsa {
        Tlsa {
            usage,
            selector,
            matching,
            data,
        }
    }

    /// Usable for SMTP (RFC 7672 §3.1.3): usage DANE-TA(2) or DANE-EE(3), selector 0/1,
    /// matching type 0/1/2, and association data of the right length for the matching
    /// type (32 bytes for SHA2-256, 64 for SHA2-512, non-empty for Full). A malformed
    /// record can never match, and counting it as usable would turn a publisher's typo
    /// into a hard failure instead of "no usable records".
    pub fn usable(&self) -> bool {
        self.parts().is_some()
    }

    /// The typed fields, if the record is usable.
    fn parts(&self) -> Option<(Usage, Selector, Matching)> {
        let usage = Usage::try_from(self.usage).ok()?;
        if !matches!(usage, Usage::DaneTa | Usage::DaneEe) {
            return None;
        }
        let selector = Selector::try_from(self.selector).ok()?;
        let matching = Matching::try_from(self.matching).ok()?;
        let len_ok = match matching.digest_len() {
            Some(n) => self.data.len() == n,
            None => !self.data.is_empty(),
        };
        len_ok.then_some((usage, selector, matching))
    }

    /// Short form for messages: digests in full, Full(0) data abbreviated.
    fn short(&self) -> String {
        if self.data.len() <= 64 {
            self.to_string()
        } else {
            format!(
                "{} {} {} {}...({} bytes)",
                self.usage,
                self.selector,
                self.matching,
                hex::encode(&self.data[..16]),
                self.data.len()
            )
        }
    }
}

impl fmt::Display for Tlsa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {}",
            self.usage,
            self.selector,
            self.matching,
            hex::encode(&self.data)
        )
    }
}

/// A TLSA record in presentation form that did not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bad TLSA record {0:?}: expected \"<usage> <selector> <matching> <hex>\"")]
pub struct TlsaParseError(String);

impl FromStr for Tlsa {
    type Err = TlsaParseError;

    /// `"3 1 1 0123abcd…"`; the hex may be split by white space, as in zone files.
    fn from_str(s: &str) -> Result<Tlsa, TlsaParseError> {
        let err = || TlsaParseError(s.to_string());
        let mut it = s.split_whitespace();
        let mut num = || it.next().and_then(|n| n.parse::<u8>().ok()).ok_or_else(err);
        let (usage, selector, matching) = (num()?, num()?, num()?);
        let hex_text: String = it.collect();
        if hex_text.is_empty() {
            return Err(err());
        }
        let data = hex::decode(hex_text).map_err(|_| err())?;
        Ok(Tlsa::new(usage, selector, matching, data))
    }
}

impl From<&crate::dns::TlsaRecord> for Tlsa {
    fn from(r: &crate::dns::TlsaRecord) -> Tlsa {
        Tlsa::new(r.usage, r.selector, r.matching, r.data.clone())
    }
}

impl From<crate::dns::TlsaRecord> for Tlsa {
    fn from(r: crate::dns::TlsaRecord) -> Tlsa {
        Tlsa::new(r.usage, r.selector, r.matching, r.data)
    }
}

/// The records of an RRset that DANE for SMTP can use, in their original order:
/// [`Tlsa::usable`] ones, then digest algorithm agility (RFC 7671 §9): per usage and
/// selector, keep `Full(0)` records and those with the strongest digest present,
/// drop weaker digests (so a `3 1 1` is ignored when a `3 1 2` is published).
/// An empty result means DANE does not apply to the host (RFC 7672 §2.2).
pub fn usable_records(records: &[Tlsa]) -> Vec<Tlsa> {
    let usable: Vec<(&Tlsa, Usage, Selector, Matching)> = records
        .iter()
        .filter_map(|r| r.parts().map(|(u, s, m)| (r, u, s, m)))
        .collect();
    usable
        .iter()
        .filter(|(_, u, s, m)| {
            *m == Matching::Full
                || !usable
                    .iter()
                    .any(|(_, u2, s2, m2)| u2 == u && s2 == s && m2.strength() > m.strength())
        })
        .map(|(r, ..)| (*r).clone())
        .collect()
}

/// The SubjectPublicKeyInfo of a DER certificate, as a full DER TLV (what selector
/// SPKI(1) hashes). Uses webpki's parser (via rustls); if that refuses the certificate
/// (say a v1 CA certificate, which webpki still accepts as a trust anchor) a careful,
/// bounds-checked walk of the TBSCertificate is used instead. `None` if neither can
/// find it; never panics.
pub fn spki_der(cert_der: &[u8]) -> Option<Vec<u8>> {
    let der = CertificateDer::from(cert_der);
    if let Ok(parsed) = ParsedCertificate::try_from(&der) {
        return Some(parsed.subject_public_key_info().as_ref().to_vec());
    }
    der_walk::spki(cert_der).map(<[u8]>::to_vec)
}

/// The bytes a record's selector picks from a certificate (`None`: unknown selector or
/// unparseable certificate).
fn selected(cert_der: &[u8], selector: u8) -> Option<Cow<'_, [u8]>> {
    match Selector::try_from(selector).ok()? {
        Selector::Cert => Some(Cow::Borrowed(cert_der)),
        Selector::Spki => spki_der(cert_der).map(Cow::Owned),
    }
}

/// Certificate association data for `bytes` under a matching type.
fn associate(bytes: &[u8], matching: u8) -> Option<Vec<u8>> {
    match Matching::try_from(matching).ok()? {
        Matching::Full => Some(bytes.to_vec()),
        Matching::Sha256 => Some(digest::digest(&digest::SHA256, bytes).as_ref().to_vec()),
        Matching::Sha512 => Some(digest::digest(&digest::SHA512, bytes).as_ref().to_vec()),
    }
}

/// Whether `cert_der` matches the record's selector and matching type (the usage is
/// not looked at). Unknown selector/matching types and unparseable certificates
/// never match.
pub fn matches_cert(cert_der: &[u8], rec: &Tlsa) -> bool {
    if rec.data.is_empty() {
        return false;
    }
    let Some(bytes) = selected(cert_der, rec.selector) else {
        return false;
    };
    match Matching::try_from(rec.matching) {
        Ok(Matching::Full) => *bytes == *rec.data,
        Ok(_) => associate(&bytes, rec.matching).is_some_and(|d| d == rec.data),
        Err(_) => false,
    }
}

/// Whether a usable DANE-EE(3) record matches this end-entity certificate.
pub fn matches_ee(cert_der: &[u8], rec: &Tlsa) -> bool {
    rec.usage == Usage::DaneEe as u8 && rec.usable() && matches_cert(cert_der, rec)
}

/// Whether a usable DANE-TA(2) record matches this (CA) certificate.
pub fn matches_ta(cert_der: &[u8], rec: &Tlsa) -> bool {
    rec.usage == Usage::DaneTa as u8 && rec.usable() && matches_cert(cert_der, rec)
}

/// The TLSA record that would match `cert_der`, e.g. `tlsa_for(der, 3, 1, 1)` for
/// the usual "3 1 1 <sha256 of SPKI>". If the selector or matching type is unknown,
/// or selector 1 is asked for a certificate whose SPKI cannot be found, `data` is
/// empty, which makes the record unusable (never a match).
pub fn tlsa_for(cert_der: &[u8], usage: u8, selector: u8, matching: u8) -> Tlsa {
    let data = selected(cert_der, selector)
        .and_then(|b| associate(&b, matching))
        .unwrap_or_default();
    Tlsa::new(usage, selector, matching, data)
}

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

    /// DANE-EE matched on the key alone (RFC 7672 §3.1.1): the handshake
    /// signature is checked with that key even if webpki cannot parse the
    /// certificate around it.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        let algs = &self.provider.signature_verification_algorithms;
        handshake_sig::verify(handshake_sig::Version::Tls12, message, cert, dss, algs)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        let algs = &self.provider.signature_verification_algorithms;
        handshake_sig::verify(handshake_sig::Version::Tls13, message, cert, dss, algs)
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

/// A minimal DER walk to the SubjectPublicKeyInfo, for certificates webpki will not
/// parse. Strict DER lengths (definite, minimal), bounds-checked, no panics.
mod der_walk {
    const SEQUENCE: u8 = 0x30;
    const INTEGER: u8 = 0x02;
    const VERSION: u8 = 0xA0; // [0] EXPLICIT, constructed

    /// One TLV at the start of `input`: (tag, header length, total length).
    fn tlv(input: &[u8]) -> Option<(u8, usize, usize)> {
        let tag = *input.first()?;
        if tag & 0x1F == 0x1F {
            return None; // high-tag-number form: not in a certificate's outer structure
        }
        let first = *input.get(1)?;
        let (header, len) = if first < 0x80 {
            (2usize, usize::from(first))
        } else {
            let n = usize::from(first & 0x7F);
            if n == 0 || n > 4 {
                return None; // indefinite length, or absurdly long
            }
            let bytes = input.get(2..2 + n)?;
            if bytes[0] == 0 {
                return None; // not minimal
            }
            let len = bytes
                .iter()
                .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
            if len < 0x80 {
                return None; // not minimal
            }
            (2 + n, len)
        };
        let total = header.checked_add(len)?;
        (total <= input.len()).then_some((tag, header, total))
    }

    /// Takes the next TLV, which must have tag `want`; returns it whole.
    fn take<'a>(rest: &mut &'a [u8], want: u8) -> Option<&'a [u8]> {
        let (tag, _, total) = tlv(rest)?;
        if tag != want {
            return None;
        }
        let (this, after) = rest.split_at(total);
        *rest = after;
        Some(this)
    }

    /// Contents of a TLV with tag `want` that must fill `input` exactly.
    fn contents(input: &[u8], want: u8) -> Option<&[u8]> {
        let (tag, header, total) = tlv(input)?;
        (tag == want && total == input.len()).then(|| &input[header..total])
    }

    /// Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature };
    /// TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature,
    /// issuer, validity, subject, subjectPublicKeyInfo, ... }.
    pub(super) fn spki(cert: &[u8]) -> Option<&[u8]> {
        let mut body = contents(cert, SEQUENCE)?;
        let tbs = take(&mut body, SEQUENCE)?;
        let mut rest = contents(tbs, SEQUENCE)?;
        if rest.first() == Some(&VERSION) {
            take(&mut rest, VERSION)?;
        }
        take(&mut rest, INTEGER)?; // serialNumber
        take(&mut rest, SEQUENCE)?; // signature AlgorithmIdentifier
        take(&mut rest, SEQUENCE)?; // issuer
        take(&mut rest, SEQUENCE)?; // validity
        take(&mut rest, SEQUENCE)?; // subject
        take(&mut rest, SEQUENCE) // subjectPublicKeyInfo
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer,
        KeyPair, KeyUsagePurpose, date_time_ymd,
    };
    use rustls::ServerConfig;
    use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    const MX: &str = "mx.example.org";

    fn provider() -> Arc<CryptoProvider> {
        Arc::new(rustls::crypto::aws_lc_rs::default_provider())
    }

    struct Leaf {
        der: Vec<u8>,
        key: Vec<u8>,
        /// What the server sends: the leaf, then the CA if any.
        chain: Vec<Vec<u8>>,
    }

    impl Leaf {
        fn intermediates(&self) -> Vec<CertificateDer<'static>> {
            self.chain[1..]
                .iter()
                .map(|d| CertificateDer::from(d.clone()))
                .collect()
        }

        fn server_config(&self, tls12_only: bool) -> Arc<ServerConfig> {
            let chain = self
                .chain
                .iter()
                .map(|d| CertificateDer::from(d.clone()))
                .collect();
            let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key.clone()));
            let b = ServerConfig::builder_with_provider(provider());
            let b = if tls12_only {
                b.with_protocol_versions(&[&rustls::version::TLS12])
            } else {
                b.with_safe_default_protocol_versions()
            };
            Arc::new(
                b.expect("versions")
                    .with_no_client_auth()
                    .with_single_cert(chain, key)
                    .expect("cert and key"),
            )
        }
    }

    struct Ca {
        der: Vec<u8>,
        issuer: Issuer<'static, KeyPair>,
    }

    impl Ca {
        fn new() -> Ca {
            let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
            params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            params
                .distinguished_name
                .push(DnType::CommonName, "dane test CA");
            params.key_usages = vec![
                KeyUsagePurpose::KeyCertSign,
                KeyUsagePurpose::CrlSign,
                KeyUsagePurpose::DigitalSignature,
            ];
            let key = KeyPair::generate().expect("CA key");
            let cert = params.self_signed(&key).expect("self-sign CA");
            Ca {
                der: cert.der().to_vec(),
                issuer: Issuer::new(params, key),
            }
        }

        fn issue(&self, hosts: &[&str], expired: bool) -> Leaf {
            let key = KeyPair::generate().expect("leaf key");
            let cert = leaf_params(hosts, expired)
                .signed_by(&key, &self.issuer)
                .expect("sign leaf");
            Leaf {
                der: cert.der().to_vec(),
                key: key.serialize_der(),
                chain: vec![cert.der().to_vec(), self.der.clone()],
            }
        }
    }

    fn leaf_params(hosts: &[&str], expired: bool) -> CertificateParams {
        let names: Vec<String> = hosts.iter().map(|h| h.to_string()).collect();
        let mut params = CertificateParams::new(names).expect("names");
        params
            .distinguished_name
            .push(DnType::CommonName, hosts.first().copied().unwrap_or("x"));
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        if expired {
            params.not_before = date_time_ymd(2000, 1, 1);
            params.not_after = date_time_ymd(2001, 1, 1);
        }
        params
    }

    fn self_signed(hosts: &[&str], expired: bool) -> Leaf {
        let key = KeyPair::generate().expect("key");
        let cert = leaf_params(hosts, expired)
            .self_signed(&key)
            .expect("self-sign");
        Leaf {
            der: cert.der().to_vec(),
            key: key.serialize_der(),
            chain: vec![cert.der().to_vec()],
        }
    }

    fn verifier(records: &[Tlsa], names: &[&str]) -> DaneVerifier {
        DaneVerifier::new(
            records,
            names.iter().map(|n| n.to_string()).collect(),
            provider(),
        )
        .expect("usable records")
    }

    /// Runs `verify_server_cert` as rustls would.
    fn verify(v: &DaneVerifier, leaf: &Leaf) -> Result<ServerCertVerified, rustls::Error> {
        let ee = CertificateDer::from(leaf.der.clone());
        let sni = ServerName::try_from(MX).expect("name");
        v.verify_server_cert(&ee, &leaf.intermediates(), &sni, &[], UnixTime::now())
    }

    fn kind_of(err: &rustls::Error) -> DaneFailure {
        dane_error(err).expect("a DaneError inside").failure.clone()
    }

    // (a) DANE-EE ignores names and validity dates.
    #[test]
    fn ee_311_accepts_wrong_name_and_expired() {
        let leaf = self_signed(&["wrong.example"], true);
        let rec = tlsa_for(&leaf.der, 3, 1, 1);
        assert_eq!(rec.data.len(), 32);
        let v = verifier(std::slice::from_ref(&rec), &[MX]);
        assert!(verify(&v, &leaf).is_ok());
        assert_eq!(v.matched(), Some(rec));
        assert_eq!(v.failure(), None);
    }

    // (b) A DANE-EE mismatch is a NoMatch with a useful reason.
    #[test]
    fn ee_311_mismatch_is_no_match() {
        let leaf = self_signed(&[MX], false);
        let other = self_signed(&[MX], false);
        let rec = tlsa_for(&other.der, 3, 1, 1);
        let v = verifier(std::slice::from_ref(&rec), &[MX]);
        let err = verify(&v, &leaf).expect_err("must not match");
        assert_eq!(kind_of(&err), DaneFailure::NoMatch);
        assert_eq!(v.failure_kind(), Some(DaneFailure::NoMatch));
        assert_eq!(DaneFailure::NoMatch.tlsrpt_result_type(), "tlsa-invalid");
        let why = v.failure().expect("reason");
        assert!(why.contains(&rec.to_string()), "{why}");
        assert!(
            why.contains(&tlsa_for(&leaf.der, 3, 1, 1).to_string()),
            "names what the server presented: {why}"
        );
        assert_eq!(v.matched(), None);
        // A later success clears the failure.
        let v2 = verifier(&[rec, tlsa_for(&leaf.der, 3, 1, 1)], &[MX]);
        assert!(verify(&v2, &other).is_ok());
        assert!(verify(&v2, &leaf).is_ok());
        assert_eq!(v2.failure(), None);
    }

    // (c) Every selector / matching type combination for DANE-EE.
    #[test]
    fn ee_all_selectors_and_matching_types() {
        let leaf = self_signed(&[MX], false);
        let other = self_signed(&[MX], false);
        for (s, m) in [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)] {
            let rec = tlsa_for(&leaf.der, 3, s, m);
            assert!(rec.usable(), "3 {s} {m}");
            assert!(matches_ee(&leaf.der, &rec), "3 {s} {m}");
            assert!(!matches_ee(&other.der, &rec), "3 {s} {m}");
            let v = verifier(std::slice::from_ref(&rec), &[MX]);
            assert!(verify(&v, &leaf).is_ok(), "3 {s} {m}");
            assert!(verify(&v, &other).is_err(), "3 {s} {m}");
        }
        assert_eq!(tlsa_for(&leaf.der, 3, 0, 0).data, leaf.der);
        assert_eq!(tlsa_for(&leaf.der, 3, 1, 2).data.len(), 64);
        assert_eq!(
            tlsa_for(&leaf.der, 3, 1, 0).data,
            spki_der(&leaf.der).expect("spki")
        );
    }

    // (d) DANE-TA on the CA the server sends, with the right name.
    #[test]
    fn ta_211_on_ca_with_right_name() {
        let ca = Ca::new();
        let leaf = ca.issue(&[MX], false);
        for (s, m) in [(1, 1), (0, 1), (1, 2), (0, 0)] {
            let rec = tlsa_for(&ca.der, 2, s, m);
            assert!(matches_ta(&ca.der, &rec));
            let v = verifier(std::slice::from_ref(&rec), &[MX]);
            assert!(verify(&v, &leaf).is_ok(), "2 {s} {m}: {:?}", v.failure());
            assert_eq!(v.matched(), Some(rec));
        }
        // The second reference identifier (next-hop domain) is enough, case-insensitive
        // and with a trailing dot.
        let v = verifier(
            &[tlsa_for(&ca.der, 2, 1, 1)],
            &["other.example.net", "MX.Example.ORG."],
        );
        assert_eq!(v.names(), ["other.example.net", MX]);
        assert!(verify(&v, &leaf).is_ok());
        // Wildcards: leftmost label only.
        let wild = ca.issue(&["*.example.org"], false);
        let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
        assert!(verify(&v, &wild).is_ok());
        let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &["a.mx.example.org"]);
        assert_eq!(
            kind_of(&verify(&v, &wild).unwrap_err()),
            DaneFailure::HostMismatch
        );
    }

    // `2 0 0` carries the trust anchor itself: the server need not send it.
    #[test]
    fn ta_200_anchor_from_the_record() {
        let ca = Ca::new();
        let mut leaf = ca.issue(&[MX], false);
        leaf.chain.truncate(1);
        let v = verifier(&[tlsa_for(&ca.der, 2, 0, 0)], &[MX]);
        assert!(verify(&v, &leaf).is_ok(), "{:?}", v.failure());
        // A digest record needs the anchor in the chain.
        let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
        assert_eq!(
            kind_of(&verify(&v, &leaf).unwrap_err()),
            DaneFailure::NoMatch
        );
    }

    // (e) DANE-TA with a name mismatch.
    #[test]
    fn ta_211_name_mismatch() {
        let ca = Ca::new();
        let leaf = ca.issue(&["other.example.net"], false);
        let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
        let err = verify(&v, &leaf).expect_err("wrong name");
        assert_eq!(kind_of(&err), DaneFailure::HostMismatch);
        assert_eq!(v.failure_kind(), Some(DaneFailure::HostMismatch));
        assert_eq!(
            DaneFailure::HostMismatch.tlsrpt_result_type(),
            "certificate-host-mismatch"
        );
        assert!(v.failure().unwrap().contains(MX));
    }

    // DANE-TA checks validity dates.
    #[test]
    fn ta_211_expired_leaf() {
        let ca = Ca::new();
        let leaf = ca.issue(&[MX], true);
        let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
        let err = verify(&v, &leaf).expect_err("expired");
        assert_eq!(kind_of(&err), DaneFailure::Expired);
        assert_eq!(
            v.failure_kind().unwrap().tlsrpt_result_type(),
            "certificate-expired"
        );
        // ... while DANE-EE on the same expired leaf is fine.
        let v = verifier(&[tlsa_for(&leaf.der, 3, 1, 1)], &["nowhere.example"]);
        assert!(verify(&v, &leaf).is_ok());
    }

    // A record matching a CA that did not sign the leaf: validation failure.
    #[test]
    fn ta_matching_unrelated_ca_is_invalid() {
        let ca = Ca::new();
        let other = Ca::new();
        let mut leaf = other.issue(&[MX], false);
        leaf.chain[1] = ca.der.clone(); // the server sends the wrong CA
        let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
        let err = verify(&v, &leaf).expect_err("not signed by the anchor");
        let kind = kind_of(&err);
        assert!(matches!(kind, DaneFailure::Invalid(_)), "{kind:?}");
        assert_eq!(kind.tlsrpt_result_type(), "validation-failure");
    }

    // Any usable record matching is enough; TA failure is reported over NoMatch.
    #[test]
    fn any_record_may_match() {
        let ca = Ca::new();
        let leaf = ca.issue(&["other.example.net"], false);
        let stranger = self_signed(&[MX], false);
        let recs = [
            tlsa_for(&stranger.der, 3, 1, 1),
            tlsa_for(&ca.der, 2, 1, 1),
            tlsa_for(&leaf.der, 3, 0, 1),
        ];
        assert!(verify(&verifier(&recs, &[MX]), &leaf).is_ok());
        let v = verifier(&recs[..2], &[MX]);
        assert_eq!(
            kind_of(&verify(&v, &leaf).unwrap_err()),
            DaneFailure::HostMismatch
        );
    }

    // (f) Usability and digest agility.
    #[test]
    fn unusable_records_are_filtered() {
        let leaf = self_signed(&[MX], false);
        let unusable = [
            tlsa_for(&leaf.der, 0, 1, 1), // PKIX-TA
            tlsa_for(&leaf.der, 1, 1, 1), // PKIX-EE
            tlsa_for(&leaf.der, 1, 0, 0),
            tlsa_for(&leaf.der, 4, 1, 1),    // unknown usage
            Tlsa::new(3, 2, 1, vec![0; 32]), // unknown selector
            Tlsa::new(3, 1, 3, vec![0; 32]), // unknown matching type
            Tlsa::new(3, 1, 1, vec![0; 31]), // wrong SHA2-256 length
            Tlsa::new(3, 1, 2, vec![0; 32]), // wrong SHA2-512 length
            Tlsa::new(3, 1, 0, vec![]),      // empty Full
            tlsa_for(&leaf.der, 3, 9, 1),    // tlsa_for with a bad selector: empty data
        ];
        for r in &unusable {
            assert!(!r.usable(), "{r}");
        }
        assert!(usable_records(&unusable).is_empty());
        assert!(DaneVerifier::new(&unusable, vec![MX.into()], provider()).is_none());
        assert!(DaneVerifier::new(&[], vec![MX.into()], provider()).is_none());

        let good = tlsa_for(&leaf.der, 3, 1, 1);
        let mut mixed = unusable.to_vec();
        mixed.push(good.clone());
        assert_eq!(usable_records(&mixed), vec![good.clone()]);
        let v = DaneVerifier::new(&mixed, vec![MX.into()], provider()).expect("one usable");
        assert_eq!(v.records(), [good]);
    }

    #[test]
    fn digest_agility() {
        let leaf = self_signed(&[MX], false);
        let other = self_signed(&[MX], false);
        let r311 = tlsa_for(&leaf.der, 3, 1, 1);
        let r312_other = tlsa_for(&other.der, 3, 1, 2);
        let r310 = tlsa_for(&leaf.der, 3, 1, 0);
        let r211 = tlsa_for(&leaf.der, 2, 1, 1);
        let r301 = tlsa_for(&leaf.der, 3, 0, 1);
        // The weaker 3 1 1 is ignored beside a 3 1 2 ...
        let recs = [r311.clone(), r312_other.clone()];
        assert_eq!(usable_records(&recs), vec![r312_other.clone()]);
        assert!(verify(&verifier(&recs, &[MX]), &leaf).is_err());
        // ... Full(0) stays, and other usage/selector pairs are independent.
        let recs = [
            r311,
            r312_other.clone(),
            r310.clone(),
            r211.clone(),
            r301.clone(),
        ];
        assert_eq!(usable_records(&recs), vec![r312_other, r310, r211, r301]);
    }

    #[test]
    fn presentation_form() {
        let leaf = self_signed(&[MX], false);
        let rec = tlsa_for(&leaf.der, 3, 1, 1);
        let text = rec.to_string();
        assert!(text.starts_with("3 1 1 "));
        assert_eq!(text.parse::<Tlsa>(), Ok(rec.clone()));
        let split = format!("3 1 1 {} {}", &text[6..30], &text[30..]);
        assert_eq!(split.parse::<Tlsa>(), Ok(rec));
        for bad in ["", "3 1", "3 1 1", "3 1 1 zz", "3 1 1 abc", "300 1 1 00"] {
            assert!(bad.parse::<Tlsa>().is_err(), "{bad:?}");
        }
        let from_dns = crate::dns::TlsaRecord {
            usage: 3,
            selector: 1,
            matching: 1,
            data: vec![7; 32],
        };
        assert_eq!(Tlsa::from(&from_dns), Tlsa::new(3, 1, 1, vec![7; 32]));
    }

    /// DER TLV, for building test certificates by hand.
    fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        let n = content.len();
        if n < 0x80 {
            out.push(n as u8);
        } else {
            let bytes: Vec<u8> = n
                .to_be_bytes()
                .into_iter()
                .skip_while(|b| *b == 0)
                .collect();
            out.push(0x80 | bytes.len() as u8);
            out.extend(bytes);
        }
        out.extend_from_slice(content);
        out
    }

    /// The elements inside a constructed TLV.
    fn children(der: &[u8]) -> Vec<Vec<u8>> {
        let (_, h, t) = der_walk_tlv(der);
        let mut rest = &der[h..t];
        let mut out = Vec::new();
        while !rest.is_empty() {
            let (_, _, t) = der_walk_tlv(rest);
            out.push(rest[..t].to_vec());
            rest = &rest[t..];
        }
        out
    }

    fn der_walk_tlv(der: &[u8]) -> (u8, usize, usize) {
        let first = der[1];
        let (h, len) = if first < 0x80 {
            (2, first as usize)
        } else {
            let n = (first & 0x7f) as usize;
            (
                2 + n,
                der[2..2 + n]
                    .iter()
                    .fold(0usize, |a, b| (a << 8) | *b as usize),
            )
        };
        (der[0], h, h + len)
    }

    #[test]
    fn der_walk_agrees_with_webpki() {
        let ca = Ca::new();
        let leaf = ca.issue(&[MX], false);
        for der in [&ca.der, &leaf.der] {
            let webpki = spki_der(der).expect("webpki parses");
            assert_eq!(der_walk::spki(der), Some(webpki.as_slice()));
        }
    }

    /// A v1 certificate (no [0] version): webpki refuses it as an end entity but takes
    /// it as a trust anchor, so its SPKI must still be found (DANE-TA `2 1 x`).
    #[test]
    fn der_walk_handles_v1_certificates() {
        let leaf = self_signed(&[MX], false);
        let parts = children(&leaf.der);
        let tbs = children(&parts[0]);
        assert_eq!(tbs[0][0], 0xA0, "v3 certificate has a version");
        // Drop the version and the extensions ([3]).
        let v1_tbs: Vec<u8> = tbs[1..]
            .iter()
            .filter(|e| e[0] != 0xA3)
            .flatten()
            .copied()
            .collect();
        let v1 = tlv(
            0x30,
            &[tlv(0x30, &v1_tbs), parts[1].clone(), parts[2].clone()].concat(),
        );
        let der = CertificateDer::from(v1.as_slice());
        assert!(
            ParsedCertificate::try_from(&der).is_err(),
            "webpki refuses v1"
        );
        assert_eq!(spki_der(&v1), spki_der(&leaf.der));
        assert!(matches_cert(&v1, &tlsa_for(&leaf.der, 2, 1, 1)));
    }

    // (g) Malformed input: no panic, no match, rejected.
    #[test]
    fn malformed_der_is_rejected_without_panic() {
        let ca = Ca::new();
        let leaf = ca.issue(&[MX], false);
        let recs = [
            tlsa_for(&leaf.der, 3, 1, 1),
            tlsa_for(&leaf.der, 3, 0, 1),
            tlsa_for(&ca.der, 2, 1, 1),
        ];
        let v = verifier(&recs, &[MX]);
        let sni = ServerName::try_from(MX).unwrap();
        let mut inputs: Vec<Vec<u8>> = vec![
            vec![],
            vec![0x30],
            vec![0x30, 0x80, 0, 0],                      // indefinite length
            vec![0x30, 0x84, 0xff, 0xff, 0xff, 0xff],    // huge length
            vec![0x30, 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9], // over-long length field
            vec![0x30, 0x81, 0x05, 1, 2, 3, 4, 5],       // non-minimal length
            vec![0x1f, 0x01, 0x00],                      // high tag number
            vec![0x30, 0x03, 0x02, 0x01],                // truncated inside
            b"not a certificate at all".to_vec(),
        ];
        // Every truncation and a few corruptions of a real certificate.
        for n in 0..leaf.der.len() {
            inputs.push(leaf.der[..n].to_vec());
        }
        for i in (0..leaf.der.len()).step_by(7) {
            let mut c = leaf.der.clone();
            c[i] ^= 0xff;
            inputs.push(c);
        }
        let mut s = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200 {
            let len = (s % 300) as usize;
            let junk: Vec<u8> = (0..len)
                .map(|_| {
                    s ^= s << 13;
                    s ^= s >> 7;
                    s ^= s << 17;
                    s as u8
                })
                .collect();
            inputs.push(junk);
        }
        let leaf_spki = spki_der(&leaf.der).expect("spki");
        let mut rejected = 0;
        for bad in &inputs {
            let _ = tlsa_for(bad, 3, 1, 1);
            let ee = CertificateDer::from(bad.clone());
            // As end entity, and as the "CA" in the chain.
            let r1 = v.verify_server_cert(&ee, &[], &sni, &[], UnixTime::now());
            let r2 = v.verify_server_cert(
                &CertificateDer::from(leaf.der.clone()),
                std::slice::from_ref(&ee),
                &sni,
                &[],
                UnixTime::now(),
            );
            // A flipped bit outside the key still matches `3 1 1` (only the SPKI is
            // pinned; the handshake signature then proves the key). Nothing else may.
            if spki_der(bad) == Some(leaf_spki.clone()) {
                assert!(r1.is_ok());
            } else {
                assert!(r1.is_err(), "accepted {bad:02x?}");
                assert!(dane_error(r1.as_ref().unwrap_err()).is_some());
                rejected += 1;
            }
            // The leaf itself matches 3 1 1 regardless of the junk in the chain.
            assert!(r2.is_ok());
            assert_eq!(v.failure(), None);
        }
        assert!(
            rejected > inputs.len() / 2,
            "{rejected} of {}",
            inputs.len()
        );
        // The malformed end-entity case names itself.
        let junk = CertificateDer::from(vec![0x30, 0x03, 0x02, 0x01, 0x00]);
        let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
        let err = v
            .verify_server_cert(
                &junk,
                &[CertificateDer::from(ca.der.clone())],
                &sni,
                &[],
                UnixTime::now(),
            )
            .unwrap_err();
        assert!(matches!(kind_of(&err), DaneFailure::Invalid(_)));
    }

    // (h) Real handshakes.

    /// Handshake over an in-memory duplex: server presents `leaf`, client uses DANE.
    async fn handshake(
        leaf: &Leaf,
        v: Arc<DaneVerifier>,
        tls12_only: bool,
    ) -> std::io::Result<rustls::ProtocolVersion> {
        let (c, s) = tokio::io::duplex(64 * 1024);
        let acceptor = tokio_rustls::TlsAcceptor::from(leaf.server_config(tls12_only));
        let server = tokio::spawn(async move {
            let mut tls = acceptor.accept(s).await?;
            let mut buf = [0u8; 5];
            tls.read_exact(&mut buf).await?;
            tls.write_all(b"250 ok").await?;
            tls.shutdown().await?;
            std::io::Result::Ok(buf)
        });
        let connector =
            tokio_rustls::TlsConnector::from(client_config(v, provider()).expect("client config"));
        let name = ServerName::try_from(MX.to_string()).unwrap();
        let result = async {
            let mut tls = connector.connect(name, c).await?;
            let version = tls.get_ref().1.protocol_version().expect("negotiated");
            tls.write_all(b"EHLO ").await?;
            let mut reply = Vec::new();
            tls.read_to_end(&mut reply).await?;
            assert_eq!(reply, b"250 ok");
            Ok(version)
        }
        .await;
        let server = server.await.expect("server task");
        if result.is_ok() {
            assert_eq!(&server.expect("server side"), b"EHLO ");
        }
        result
    }

    #[tokio::test]
    async fn handshake_tls13_dane_ee_success() {
        // Self-signed, expired, wrong name: DANE-EE does not care.
        let leaf = self_signed(&["wrong.example"], true);
        let rec = tlsa_for(&leaf.der, 3, 1, 1);
        let v = Arc::new(verifier(std::slice::from_ref(&rec), &[MX]));
        let version = handshake(&leaf, v.clone(), false).await.expect("handshake");
        assert_eq!(version, rustls::ProtocolVersion::TLSv1_3);
        assert_eq!(v.matched(), Some(rec));
    }

    #[tokio::test]
    async fn handshake_tls12_dane_ee_success() {
        let leaf = self_signed(&[MX], false);
        let v = Arc::new(verifier(&[tlsa_for(&leaf.der, 3, 1, 1)], &[MX]));
        let version = handshake(&leaf, v, true).await.expect("handshake");
        assert_eq!(version, rustls::ProtocolVersion::TLSv1_2);
    }

    #[tokio::test]
    async fn handshake_tls13_dane_ta_success() {
        let ca = Ca::new();
        let leaf = ca.issue(&[MX], false);
        let v = Arc::new(verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]));
        let version = handshake(&leaf, v.clone(), false).await.expect("handshake");
        assert_eq!(version, rustls::ProtocolVersion::TLSv1_3);
        assert_eq!(v.matched().map(|r| r.usage), Some(2));
    }

    #[tokio::test]
    async fn handshake_mismatch_fails() {
        let leaf = self_signed(&[MX], false);
        let other = self_signed(&[MX], false);
        let v = Arc::new(verifier(&[tlsa_for(&other.der, 3, 1, 1)], &[MX]));
        let err = handshake(&leaf, v.clone(), false)
            .await
            .expect_err("must fail");
        let dane = dane_error(&err).expect("the io::Error carries the DANE reason");
        assert_eq!(dane.failure, DaneFailure::NoMatch);
        assert_eq!(v.failure_kind(), Some(DaneFailure::NoMatch));
        let shown = err.to_string();
        assert!(
            shown.contains("DANE(NoMatch): no TLSA record matched"),
            "{shown}"
        );
    }

    #[tokio::test]
    async fn handshake_ta_host_mismatch_fails() {
        let ca = Ca::new();
        let leaf = ca.issue(&["other.example.net"], false);
        let v = Arc::new(verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]));
        let err = handshake(&leaf, v.clone(), false)
            .await
            .expect_err("must fail");
        assert_eq!(
            dane_error(&err).map(|d| d.failure.clone()),
            Some(DaneFailure::HostMismatch)
        );
    }
}
