//! DKIM signing (RFC 6376) with mail-auth: RSA-SHA256 and Ed25519-SHA256
//! (RFC 8463), relaxed/relaxed, dual signatures when a domain has both keys.
//!
//! The signing domain is the From header's domain (so DMARC aligns); mail from a
//! domain without a key goes unsigned. A message is signed once, at acceptance,
//! before it is sealed: every delivery attempt sends the same signed bytes.
//! Secrets: the private keys (read once at config load, never logged).

use std::collections::HashMap;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use mail_auth::common::crypto::{DkimKey, Ed25519Key, RsaKey, Sha256};
use mail_auth::common::headers::HeaderWriter;
use mail_auth::dkim::{Canonicalization, DkimSigner, Done};
use rustls_pki_types::PrivateKeyDer;
use rustls_pki_types::pem::PemObject;

use crate::config::{DkimAlgorithm, DkimKeySection};

/// Signed headers: the RFC 6376 §5.4.1 recommendations. `From` is listed twice so
/// that a second From added later breaks the signature (over-signing); listed
/// headers that are absent are signed as absent (mail-auth does that), so they
/// cannot be added either.
const SIGNED_HEADERS: [&str; 15] = [
    "From",
    "From",
    "Sender",
    "Reply-To",
    "Subject",
    "Date",
    "Message-ID",
    "To",
    "Cc",
    "In-Reply-To",
    "References",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "List-Unsubscribe",
];

/// Why a DKIM key could not be used or made. `Display` is the reason (no key
/// material); [`DkimError::fix`] says what the admin should do.
#[derive(Debug, thiserror::Error)]
pub enum DkimError {
    #[error("cannot read {0}: {1}")]
    Unreadable(String, std::io::Error),
    #[error("{0} is readable by group or others")]
    Permissions(String),
    #[error("{0} holds no PEM private key: {1}")]
    NotPem(String, String),
    #[error("{0} is not an {1} key: {2}")]
    WrongType(String, &'static str, String),
    #[error("key generation failed: {0}")]
    Generate(String),
    #[error("signing failed: {0}")]
    Sign(#[from] mail_auth::Error),
}

impl DkimError {
    /// The fix to print beside the reason.
    pub fn fix(&self) -> String {
        match self {
            DkimError::Unreadable(p, _) => {
                format!("check the path, and that the relay's user can read {p}")
            }
            DkimError::Permissions(p) => format!("chmod 600 {p}"),
            DkimError::NotPem(..) | DkimError::WrongType(..) => {
                "point private_key at a PKCS#8 PEM key of the configured algorithm \
                 (`phirelay dkim keygen` makes one)"
                    .into()
            }
            DkimError::Generate(_) | DkimError::Sign(_) => {
                "try again; report it if it persists".into()
            }
        }
    }
}

/// Every configured key, ready to sign, by lower-cased domain.
#[derive(Default)]
pub struct Signer {
    by_domain: HashMap<String, Vec<DkimSigner<DkimKey, Done>>>,
    /// The first key of each domain again, as an ARC sealer (`arc.rs`).
    sealers: HashMap<String, mail_auth::arc::ArcSealer<DkimKey, Done>>,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut domains: Vec<_> = self.by_domain.keys().collect();
        domains.sort();
        write!(f, "dkim::Signer({domains:?})")
    }
}

impl Signer {
    /// Load `[[dkim.key]]`; on error, every bad key's index and why.
    pub fn load(keys: &[DkimKeySection]) -> Result<Self, Vec<(usize, DkimError)>> {
        let mut by_domain: HashMap<String, Vec<_>> = HashMap::new();
        let mut sealers = HashMap::new();
        let mut rsa_sealed: HashMap<String, bool> = HashMap::new();
        let mut bad = Vec::new();
        for (i, k) in keys.iter().enumerate() {
            let key = match load_key(Path::new(&k.private_key), k.algorithm) {
                Ok(key) => key,
                Err(e) => {
                    bad.push((i, e));
                    continue;
                }
            };
            let signer = DkimSigner::from_key(key)
                .domain(k.domain.to_ascii_lowercase())
                .selector(k.selector.clone())
                .headers(SIGNED_HEADERS)
                .header_canonicalization(Canonicalization::Relaxed)
                .body_canonicalization(Canonicalization::Relaxed);
            let domain = k.domain.trim_end_matches('.').to_ascii_lowercase();
            // ARC seals with the domain's first RSA key if it has one: not every
            // receiver verifies Ed25519 yet.
            let better = match rsa_sealed.get(&domain) {
                None => true,
                Some(rsa) => !rsa && k.algorithm == DkimAlgorithm::Rsa,
            };
            if better && let Ok(again) = load_key(Path::new(&k.private_key), k.algorithm) {
                rsa_sealed.insert(domain.clone(), k.algorithm == DkimAlgorithm::Rsa);
                let sealer = mail_auth::arc::ArcSealer::from_key(again)
                    .domain(domain.clone())
                    .selector(k.selector.clone())
                    .headers(SIGNED_HEADERS);
                sealers.insert(domain.clone(), sealer);
            }
            by_domain.entry(domain).or_default().push(signer);
        }
        match bad.is_empty() {
            true => Ok(Self { by_domain, sealers }),
            false => Err(bad),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.by_domain.is_empty()
    }

    /// The ARC sealer for the From domain of `message`, if there is a key.
    pub(crate) fn sealer_for(
        &self,
        message: &[u8],
    ) -> Option<&mail_auth::arc::ArcSealer<DkimKey, Done>> {
        from_domain(message).and_then(|d| self.sealers.get(&d))
    }

    /// The DKIM-Signature header(s) for `message`, empty when its From domain has
    /// no key. Fails only if signing itself fails (a local, temporary problem).
    pub fn sign(&self, message: &[u8]) -> Result<Vec<u8>, DkimError> {
        if self.by_domain.is_empty() {
            return Ok(Vec::new());
        }
        let Some(signers) = from_domain(message).and_then(|d| self.by_domain.get(&d)) else {
            return Ok(Vec::new());
        };
        let mut headers = Vec::new();
        for s in signers {
            s.sign(message)?.write_header(&mut headers);
        }
        Ok(headers)
    }
}

/// The domain of the first From address, lower-cased.
fn from_domain(message: &[u8]) -> Option<String> {
    let parsed = mail_parser::MessageParser::new().parse_headers(message)?;
    let addr = parsed.from()?.first()?.address()?;
    addr.rsplit_once('@')
        .map(|(_, d)| d.trim_end_matches('.').to_ascii_lowercase())
}

fn load_key(path: &Path, algorithm: DkimAlgorithm) -> Result<DkimKey, DkimError> {
    use std::os::unix::fs::PermissionsExt;
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| DkimError::Unreadable(shown.clone(), e))?;
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(DkimError::Permissions(shown));
    }
    let der = PrivateKeyDer::from_pem_file(path)
        .map_err(|e| DkimError::NotPem(shown.clone(), e.to_string()))?;
    match algorithm {
        DkimAlgorithm::Rsa => RsaKey::<Sha256>::from_key_der(der)
            .map(DkimKey::Rsa)
            .map_err(|e| DkimError::WrongType(shown, "RSA", e.to_string())),
        DkimAlgorithm::Ed25519 => Ed25519Key::from_pkcs8_der(der.secret_der())
            .map(DkimKey::Ed25519)
            .map_err(|e| DkimError::WrongType(shown, "Ed25519 PKCS#8", e.to_string())),
    }
}

/// The DNS TXT record value that publishes the public half of a private key
/// file (PEM: PKCS#8 RSA or Ed25519, or PKCS#1 RSA), as `generate` prints it.
pub fn record_of(path: &Path) -> Result<String, DkimError> {
    use aws_lc_rs::encoding::{AsDer, PublicKeyX509Der};
    use aws_lc_rs::signature::KeyPair;
    let shown = path.display().to_string();
    let der = PrivateKeyDer::from_pem_file(path)
        .map_err(|e| DkimError::NotPem(shown.clone(), e.to_string()))?;
    let rsa = match &der {
        PrivateKeyDer::Pkcs1(k) => aws_lc_rs::rsa::KeyPair::from_der(k.secret_pkcs1_der()).ok(),
        other => aws_lc_rs::rsa::KeyPair::from_pkcs8(other.secret_der()).ok(),
    };
    if let Some(pair) = rsa {
        let spki: PublicKeyX509Der = pair
            .public_key()
            .as_der()
            .map_err(|e| DkimError::WrongType(shown, "RSA", e.to_string()))?;
        return Ok(format!("v=DKIM1; k=rsa; p={}", B64.encode(spki.as_ref())));
    }
    let key = Ed25519Key::from_pkcs8_der(der.secret_der())
        .map_err(|e| DkimError::WrongType(shown, "RSA or Ed25519", e.to_string()))?;
    Ok(format!(
        "v=DKIM1; k=ed25519; p={}",
        B64.encode(key.public_key())
    ))
}

/// A new key as PKCS#8 PEM and the DNS TXT record value that publishes it.
pub fn generate(algorithm: DkimAlgorithm) -> Result<(String, String), DkimError> {
    use aws_lc_rs::encoding::{AsDer, Pkcs8V1Der, PublicKeyX509Der};
    use aws_lc_rs::signature::KeyPair;
    let (pkcs8, k, public) = match algorithm {
        DkimAlgorithm::Rsa => {
            let pair = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048)
                .map_err(|e| DkimError::Generate(e.to_string()))?;
            let pkcs8: Pkcs8V1Der = pair
                .as_der()
                .map_err(|e| DkimError::Generate(e.to_string()))?;
            // p= is the SubjectPublicKeyInfo (what openssl and opendkim publish).
            let spki: PublicKeyX509Der = pair
                .public_key()
                .as_der()
                .map_err(|e| DkimError::Generate(e.to_string()))?;
            (pkcs8.as_ref().to_vec(), "rsa", spki.as_ref().to_vec())
        }
        DkimAlgorithm::Ed25519 => {
            let pkcs8 =
                Ed25519Key::generate_pkcs8().map_err(|e| DkimError::Generate(e.to_string()))?;
            let key = Ed25519Key::from_pkcs8_der(&pkcs8)
                .map_err(|e| DkimError::Generate(e.to_string()))?;
            // RFC 8463 §4.2: p= is the raw 32-byte public key.
            (pkcs8, "ed25519", key.public_key())
        }
    };
    let body = B64.encode(pkcs8);
    let mut pem = String::from("-----BEGIN PRIVATE KEY-----\n");
    for chunk in body.as_bytes().chunks(64) {
        pem.push_str(&String::from_utf8_lossy(chunk));
        pem.push('\n');
    }
    pem.push_str("-----END PRIVATE KEY-----\n");
    Ok((pem, format!("v=DKIM1; k={k}; p={}", B64.encode(public))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_file(dir: &Path, algo: DkimAlgorithm) -> (DkimKeySection, String) {
        use std::os::unix::fs::OpenOptionsExt;
        let (pem, txt) = generate(algo).unwrap();
        let path = dir.join(format!("{algo:?}.pem"));
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .unwrap();
        std::io::Write::write_all(&mut f, pem.as_bytes()).unwrap();
        let sel = format!("{algo:?}").to_lowercase();
        (
            DkimKeySection {
                domain: "Example.org".into(),
                selector: sel,
                algorithm: algo,
                private_key: path.display().to_string(),
            },
            txt,
        )
    }

    #[test]
    fn dual_signs_by_from_domain_only() {
        let dir = tempfile::tempdir().unwrap();
        let (rsa, rsa_txt) = key_file(dir.path(), DkimAlgorithm::Rsa);
        let (ed, ed_txt) = key_file(dir.path(), DkimAlgorithm::Ed25519);
        assert!(rsa_txt.starts_with("v=DKIM1; k=rsa; p=MIIB"));
        assert!(ed_txt.starts_with("v=DKIM1; k=ed25519; p="));
        let s = Signer::load(&[rsa, ed]).unwrap();
        let msg = b"From: A <a@example.ORG>\r\nTo: b@example.net\r\nSubject: s\r\n\r\nbody\r\n";
        let h = String::from_utf8(s.sign(msg).unwrap()).unwrap();
        assert_eq!(h.matches("DKIM-Signature:").count(), 2, "{h}");
        assert!(h.contains("a=rsa-sha256") && h.contains("a=ed25519-sha256"));
        assert!(h.contains("c=relaxed/relaxed"));
        assert!(h.contains("From:From:"), "From not over-signed: {h}");
        let other = b"From: x@other.org\r\n\r\nbody\r\n";
        assert!(s.sign(other).unwrap().is_empty());
    }

    #[test]
    fn the_record_is_read_back_from_the_key_file() {
        let dir = tempfile::tempdir().unwrap();
        for algo in [DkimAlgorithm::Rsa, DkimAlgorithm::Ed25519] {
            let (k, txt) = key_file(dir.path(), algo);
            assert_eq!(record_of(Path::new(&k.private_key)).unwrap(), txt);
        }
        let junk = dir.path().join("junk.pem");
        std::fs::write(&junk, "not a key").unwrap();
        assert!(record_of(&junk).is_err());
    }

    #[test]
    fn refuses_readable_key() {
        let dir = tempfile::tempdir().unwrap();
        let (k, _) = key_file(dir.path(), DkimAlgorithm::Ed25519);
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&k.private_key, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = Signer::load(&[k]).err().unwrap();
        assert!(err[0].1.to_string().contains("readable by group or others"));
        assert!(err[0].1.fix().starts_with("chmod 600 "));
    }
}
