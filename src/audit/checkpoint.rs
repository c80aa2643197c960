//! Signed checkpoints of the audit chain: "row `seq` had hash `hash`", signed
//! with the relay's Ed25519 checkpoint key. An officer keeps the file somewhere
//! the relay's operators cannot write; `audit verify` compares the log with every
//! checkpoint it is given (and those in `audit_checkpoints`), so a tail that was
//! deleted and re-chained by someone with the table owner's rights is caught:
//! they can recompute hashes, not the signature.

use std::fs;
use std::io::Write;
use std::path::Path;

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use serde::{Deserialize, Serialize};

/// The format name, also the first line of what is signed.
pub const FORMAT: &str = "phirelay-audit-checkpoint-v1";

/// One signed head. Stored as a row of `audit_checkpoints` and as a JSON file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub format: String,
    pub seq: i64,
    /// The row's hash, hex.
    pub hash: String,
    pub at_us: i64,
    pub node: String,
    /// The Ed25519 public key that signed, hex.
    pub public_key: String,
    /// Ed25519 signature over [`Checkpoint::signed_text`], hex.
    pub signature: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    #[error("checkpoint key {path}: {reason}")]
    Key { path: String, reason: String },
    #[error("checkpoint file {path}: {reason}")]
    File { path: String, reason: String },
}

impl Checkpoint {
    /// What is signed: every field but the key and signature, one per line.
    pub fn signed_text(seq: i64, hash_hex: &str, at_us: i64, node: &str) -> String {
        format!("{FORMAT}\n{seq}\n{hash_hex}\n{at_us}\n{node}\n")
    }

    pub fn sign(key: &Ed25519KeyPair, seq: i64, hash: &[u8], at_us: i64, node: &str) -> Self {
        let hash_hex = hex::encode(hash);
        let sig = key.sign(Self::signed_text(seq, &hash_hex, at_us, node).as_bytes());
        Self {
            format: FORMAT.into(),
            seq,
            hash: hash_hex,
            at_us,
            node: node.into(),
            public_key: hex::encode(key.public_key().as_ref()),
            signature: hex::encode(sig.as_ref()),
        }
    }

    /// Whether the signature holds for the fields and the embedded public key.
    pub fn signature_ok(&self) -> bool {
        let (Ok(pk), Ok(sig)) = (hex::decode(&self.public_key), hex::decode(&self.signature))
        else {
            return false;
        };
        let text = Self::signed_text(self.seq, &self.hash, self.at_us, &self.node);
        // Row 0 does not exist: a checkpoint of an empty log checks nothing.
        self.format == FORMAT
            && self.seq >= 1
            && UnparsedPublicKey::new(&ED25519, pk)
                .verify(text.as_bytes(), &sig)
                .is_ok()
    }

    /// The signing key, lower-case hex (files may carry upper case).
    pub fn key_hex(&self) -> String {
        self.public_key.trim().to_ascii_lowercase()
    }

    pub fn hash_bytes(&self) -> Option<Vec<u8>> {
        hex::decode(&self.hash).ok()
    }

    pub fn read(path: &Path) -> Result<Self, CheckpointError> {
        let err = |reason: String| CheckpointError::File {
            path: path.display().to_string(),
            reason,
        };
        let text = fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        serde_json::from_str(&text).map_err(|e| err(format!("not a checkpoint: {e}")))
    }
}

/// Load the checkpoint key (PKCS#8), creating it (mode 0600) when `create`.
pub fn load_key(path: &Path, create: bool) -> Result<Ed25519KeyPair, CheckpointError> {
    let err = |reason: String| CheckpointError::Key {
        path: path.display().to_string(),
        reason,
    };
    match fs::read(path) {
        Ok(der) => {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(path)
                .map(|m| m.permissions().mode())
                .unwrap_or(0);
            if mode & 0o077 != 0 {
                return Err(err(format!(
                    "readable by others (mode {:o}); fix: chmod 600 {}",
                    mode & 0o777,
                    path.display()
                )));
            }
            Ed25519KeyPair::from_pkcs8(&der).map_err(|_| err("not an Ed25519 PKCS#8 key".into()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
            let doc = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
                .map_err(|_| err("cannot generate a key".into()))?;
            write_private(path, doc.as_ref()).map_err(|e| err(e.to_string()))?;
            let key = Ed25519KeyPair::from_pkcs8(doc.as_ref())
                .map_err(|_| err("generated key unreadable".into()))?;
            eprintln!(
                "created a new checkpoint key {} (mode 0600); record its public key where the relay's administrators cannot change it: {}",
                path.display(),
                hex::encode(key.public_key().as_ref())
            );
            Ok(key)
        }
        Err(e) => Err(err(e.to_string())),
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_field_or_foreign_key_fails_the_signature() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let key = load_key(&path, true).unwrap();
        let again = load_key(&path, false).unwrap();
        assert_eq!(key.public_key().as_ref(), again.public_key().as_ref());
        let cp = Checkpoint::sign(&key, 42, &[7u8; 32], 1_700_000_000_000_000, "n1");
        assert!(cp.signature_ok());
        let mut moved = cp.clone();
        moved.seq = 41;
        assert!(!moved.signature_ok());
        let mut rehashed = cp.clone();
        rehashed.hash = hex::encode([8u8; 32]);
        assert!(!rehashed.signature_ok());
        let other = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).unwrap();
        let other = Ed25519KeyPair::from_pkcs8(other.as_ref()).unwrap();
        let mut foreign = cp.clone();
        foreign.public_key = hex::encode(other.public_key().as_ref());
        assert!(!foreign.signature_ok());
        assert!(load_key(&dir.path().join("missing"), false).is_err());
    }
}
