//! API keys as applications hold them: `phr_<id>_<secret>`, the id public (it
//! names the key in the audit log), the secret 256 random bits of which only a
//! SHA-256 is stored. A test key reads `phr_test_<id>_<secret>`.

use aws_lc_rs::digest::{SHA256, digest};

use crate::store::api::ApiKeyRow;

const PREFIX: &str = "phr_";
const TEST_PREFIX: &str = "phr_test_";
/// Characters of a key id (lower-case base32: no `_`, so the split is plain).
const ID_ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
const ID_LEN: usize = 12;

/// A new key: what the application is given once, and what is stored.
pub struct NewKey {
    pub id: String,
    /// The whole key, printed once.
    pub token: String,
    pub secret_sha256: String,
}

/// Make a key id and secret from the system's random numbers.
pub fn generate() -> Option<NewKey> {
    let mut raw = [0u8; ID_LEN];
    aws_lc_rs::rand::fill(&mut raw).ok()?;
    let id: String = raw
        .iter()
        .map(|b| char::from(ID_ALPHABET[usize::from(b % 32)]))
        .collect();
    regenerate(&id)
}

/// A new secret for an id (a new key, or `api-key rotate`).
pub fn regenerate(id: &str) -> Option<NewKey> {
    let mut secret = [0u8; 32];
    aws_lc_rs::rand::fill(&mut secret).ok()?;
    use base64::Engine as _;
    let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(secret);
    Some(NewKey {
        token: format!("{PREFIX}{id}_{secret}"),
        secret_sha256: hash(&secret),
        id: id.to_string(),
    })
}

pub fn hash(secret: &str) -> String {
    hash_bytes(secret.as_bytes())
}

/// Hex SHA-256 (also of a request body, for idempotency).
pub fn hash_bytes(bytes: &[u8]) -> String {
    hex::encode(digest(&SHA256, bytes))
}

/// The id and secret of a presented key; None when it is not one of ours.
/// (`phr_test_` is accepted as a spelling; whether the key is a test key is
/// the stored row's business.)
pub fn parse(token: &str) -> Option<(&str, &str)> {
    let rest = token
        .strip_prefix(TEST_PREFIX)
        .or_else(|| token.strip_prefix(PREFIX))?;
    let (id, secret) = rest.split_once('_')?;
    let id_ok = id.len() == ID_LEN && id.bytes().all(|b| ID_ALPHABET.contains(&b));
    let secret_ok = (40..=64).contains(&secret.len())
        && secret
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    (id_ok && secret_ok).then_some((id, secret))
}

/// Whether `secret` opens `key` at `now_us`: its current secret, or the one
/// before a rotation while its grace period lasts. Constant-time compares.
pub fn opens(key: &ApiKeyRow, secret: &str, now_us: i64) -> bool {
    let presented = hash(secret);
    let same = |stored: &str| {
        aws_lc_rs::constant_time::verify_slices_are_equal(stored.as_bytes(), presented.as_bytes())
            .is_ok()
    };
    same(&key.secret_sha256)
        || key
            .previous
            .as_ref()
            .is_some_and(|(old, until)| now_us < *until && same(old))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_parses_and_only_its_secret_opens_it() {
        let k = generate().unwrap();
        let (id, secret) = parse(&k.token).unwrap();
        assert_eq!(id, k.id);
        assert_eq!(hash(secret), k.secret_sha256);
        assert!(parse("phr_short_x").is_none());
        assert!(parse(&k.token.replace("phr_", "sk_")).is_none());
        assert!(parse(&format!("{}\r\nX: y", k.token)).is_none());
    }
}
