//! TLSA record types, usability and matching a certificate against a record (RFC 6698, RFC 7671 §9).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use aws_lc_rs::digest;
use rustls::server::ParsedCertificate;
use rustls_pki_types::CertificateDer;

use super::*;

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
    pub(super) fn short(&self) -> String {
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
