//! Envelope encryption of message content at rest (DESIGN invariant 6).
//!
//! Each message gets a fresh 256-bit data key; the content is sealed with
//! AES-256-GCM under it, and the data key is sealed (wrapped) under the master key.
//! Both seals bind the queue id as associated data, so a ciphertext moved to another
//! row fails to open. The wrapped key carries the master key's id, so old keys can
//! stay loaded for reading after a rotation; destroying a message's wrapped key
//! shreds its content. Plaintext exists only in memory: nothing here writes it out.
//!
//! Secrets: the master key (read from its file, never logged) and the data keys.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use aws_lc_rs::digest;
use aws_lc_rs::rand::{SecureRandom, SystemRandom};

const KEY_LEN: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("master key file {0}: cannot read: {1}")]
    Read(PathBuf, std::io::Error),
    #[error(
        "master key file {0} is readable or writable by group or others (mode {1:o}); fix: chmod 600 {0}"
    )]
    Permissions(PathBuf, u32),
    #[error("master key file {0} must hold 64 hex digits (32 bytes); fix: restore the right file")]
    Format(PathBuf),
    #[error(
        "master key file {0} does not exist and store.create_master_key is false; fix: copy the cluster's key there (mode 0600)"
    )]
    Missing(PathBuf),
    #[error("master key file {0}: cannot create: {1}")]
    Create(PathBuf, std::io::Error),
    #[error("no random numbers from the system")]
    Random,
}

/// Sealing or opening failed: the content is never returned half-decrypted.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    #[error("no master key with id {0} is loaded")]
    UnknownKey(String),
    #[error("ciphertext or wrapped key failed authentication")]
    Authentication,
    #[error("no random numbers from the system")]
    Random,
}

/// A message's content as stored: never plaintext.
#[derive(Debug, Clone)]
pub struct Sealed {
    pub key_id: String,
    /// nonce ‖ AES-256-GCM(data key)
    pub wrapped_key: Vec<u8>,
    /// nonce ‖ AES-256-GCM(content)
    pub ciphertext: Vec<u8>,
    /// The envelope digest the data key is bound to (`store::binding`); None
    /// for content sealed before round two, bound to its queue id only.
    pub binding: Option<[u8; 32]>,
}

struct MasterKey {
    id: String,
    key: LessSafeKey,
    /// HMAC key derived from the master key, for keys with other purposes
    /// (`MasterKeys::derive`); never used to seal.
    derive: aws_lc_rs::hmac::Key,
}

/// The current master key (for sealing) and older ones (for opening only).
pub struct MasterKeys {
    current: MasterKey,
    old: Vec<MasterKey>,
    rng: SystemRandom,
}

impl std::fmt::Debug for MasterKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MasterKeys(current={})", self.current.id)
    }
}

impl MasterKeys {
    /// Load the key file, creating it (mode 0600) when `create` allows; returns the
    /// keys and whether a new key was made (the caller says so in the log).
    pub fn load_or_create(
        path: &Path,
        old: &[PathBuf],
        create: bool,
    ) -> Result<(Self, bool), KeyError> {
        let rng = SystemRandom::new();
        let created = if path.exists() {
            false
        } else if create {
            create_key_file(path, &rng)?;
            true
        } else {
            return Err(KeyError::Missing(path.to_path_buf()));
        };
        let current = read_key_file(path)?;
        let mut old: Vec<MasterKey> = old
            .iter()
            .map(|p| read_key_file(p))
            .collect::<Result<_, _>>()?;
        for archived in archived_keys(path)? {
            let key = read_key_file(&archived)?;
            if key.id != current.id && old.iter().all(|k| k.id != key.id) {
                old.push(key);
            }
        }
        Ok((Self { current, old, rng }, created))
    }

    /// Keys from raw bytes (tests and benchmarks).
    pub fn from_bytes(current: [u8; KEY_LEN]) -> Result<Self, KeyError> {
        Ok(Self {
            current: master_key(&current).ok_or(KeyError::Random)?,
            old: Vec::new(),
            rng: SystemRandom::new(),
        })
    }

    pub fn current_id(&self) -> &str {
        &self.current.id
    }

    /// A 256-bit key for `purpose` (e.g. the loop marker's HMAC), derived
    /// from the current master key: every node with the same key derives the
    /// same one, and it reveals nothing about the master key.
    pub fn derive(&self, purpose: &str) -> [u8; 32] {
        let tag = aws_lc_rs::hmac::sign(&self.current.derive, purpose.as_bytes());
        let mut out = [0u8; 32];
        out.copy_from_slice(tag.as_ref());
        out
    }

    /// Seal `content` for the message `id` under a fresh data key, bound to
    /// the queue id only (tests and tools; accepted mail uses `seal_bound`).
    pub fn seal(&self, id: &str, content: &[u8]) -> Result<Sealed, CryptoError> {
        self.seal_inner(id, content, None)
    }

    /// Seal `content`, binding the data key to the envelope digest too.
    pub fn seal_bound(
        &self,
        id: &str,
        content: &[u8],
        binding: [u8; 32],
    ) -> Result<Sealed, CryptoError> {
        self.seal_inner(id, content, Some(binding))
    }

    fn seal_inner(
        &self,
        id: &str,
        content: &[u8],
        binding: Option<[u8; 32]>,
    ) -> Result<Sealed, CryptoError> {
        let mut dek = [0u8; KEY_LEN];
        self.rng.fill(&mut dek).map_err(|_| CryptoError::Random)?;
        let data_key = aead_key(&dek).ok_or(CryptoError::Random)?;
        let ciphertext = self.seal_with(&data_key, id.as_bytes(), content)?;
        let aad = wrap_aad(id, &self.current.id, binding.as_ref());
        let wrapped_key = self.seal_with(&self.current.key, &aad, &dek)?;
        dek.fill(0);
        Ok(Sealed {
            key_id: self.current.id.clone(),
            wrapped_key,
            ciphertext,
            binding,
        })
    }

    /// Open a message sealed by [`seal`](Self::seal) under any loaded master key.
    pub fn open(&self, id: &str, sealed: &Sealed) -> Result<Vec<u8>, CryptoError> {
        let mut dek = self.unwrap_key(id, sealed)?;
        let data_key = <&[u8; KEY_LEN]>::try_from(dek.as_slice())
            .ok()
            .and_then(aead_key)
            .ok_or(CryptoError::Authentication);
        dek.fill(0);
        let data_key = data_key?;
        open_with(&data_key, id.as_bytes(), &sealed.ciphertext)
    }

    /// The data key of `sealed`, unwrapped and wrapped again under the current
    /// master key and a new envelope digest (an admin released held mail, so
    /// its decisions changed). The content itself is not touched. Returns the
    /// new key id and wrapped key.
    pub fn rebind(
        &self,
        id: &str,
        sealed: &Sealed,
        binding: [u8; 32],
    ) -> Result<(String, Vec<u8>), CryptoError> {
        let mut dek = self.unwrap_key(id, sealed)?;
        let new_aad = wrap_aad(id, &self.current.id, Some(&binding));
        let wrapped = self.seal_with(&self.current.key, &new_aad, &dek);
        dek.fill(0);
        Ok((self.current.id.clone(), wrapped?))
    }

    /// A copy of the data key of `sealed` for one portal pickup, wrapped under
    /// the current master key and bound to the pickup id and its recipient (a
    /// row edited to send the code elsewhere no longer opens): destroying the copy
    /// ends that recipient's access without touching anyone else's. Returns the
    /// key id and the wrapped copy.
    pub fn wrap_for_pickup(
        &self,
        id: &str,
        sealed: &Sealed,
        pickup: (&str, &str),
    ) -> Result<(String, Vec<u8>), CryptoError> {
        let mut dek = self.unwrap_key(id, sealed)?;
        let aad = pickup_aad(id, pickup, &self.current.id);
        let wrapped = self.seal_with(&self.current.key, &aad, &dek);
        dek.fill(0);
        Ok((self.current.id.clone(), wrapped?))
    }

    /// Open the content of message `id` through a pickup's copy of its data key
    /// (`pickup` is the pickup id and recipient it was wrapped for).
    pub fn open_for_pickup(
        &self,
        id: &str,
        pickup: (&str, &str),
        key_id: &str,
        wrapped: &[u8],
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        let master = self.master(key_id)?;
        let aad = pickup_aad(id, pickup, &master.id);
        let mut dek = open_with(&master.key, &aad, wrapped)?;
        let data_key = <&[u8; KEY_LEN]>::try_from(dek.as_slice())
            .ok()
            .and_then(aead_key)
            .ok_or(CryptoError::Authentication);
        dek.fill(0);
        open_with(&data_key?, id.as_bytes(), ciphertext)
    }

    fn master(&self, key_id: &str) -> Result<&MasterKey, CryptoError> {
        std::iter::once(&self.current)
            .chain(self.old.iter())
            .find(|k| k.id == key_id)
            .ok_or_else(|| CryptoError::UnknownKey(key_id.to_string()))
    }

    /// The data key of `sealed`, under whichever loaded master key wrapped it
    /// (the caller zeroes it after use).
    fn unwrap_key(&self, id: &str, sealed: &Sealed) -> Result<Vec<u8>, CryptoError> {
        let master = self.master(&sealed.key_id)?;
        let aad = wrap_aad(id, &master.id, sealed.binding.as_ref());
        open_with(&master.key, &aad, &sealed.wrapped_key)
    }

    fn seal_with(
        &self,
        key: &LessSafeKey,
        aad: &[u8],
        plain: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        let mut nonce = [0u8; NONCE_LEN];
        self.rng.fill(&mut nonce).map_err(|_| CryptoError::Random)?;
        let mut out = Vec::with_capacity(NONCE_LEN + plain.len() + 16);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(plain);
        let mut body = out.split_off(NONCE_LEN);
        key.seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut body,
        )
        .map_err(|_| CryptoError::Authentication)?;
        out.append(&mut body);
        Ok(out)
    }
}

fn open_with(key: &LessSafeKey, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if sealed.len() < NONCE_LEN {
        return Err(CryptoError::Authentication);
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| CryptoError::Authentication)?;
    let mut buf = body.to_vec();
    let plain_len = key
        .open_in_place(nonce, Aad::from(aad), &mut buf)
        .map_err(|_| CryptoError::Authentication)?
        .len();
    buf.truncate(plain_len);
    Ok(buf)
}

/// `pickup` is (pickup id, recipient address).
fn pickup_aad(id: &str, pickup: (&str, &str), key_id: &str) -> Vec<u8> {
    [
        b"phirelay-pickup\0",
        id.as_bytes(),
        b"\0",
        pickup.0.as_bytes(),
        b"\0",
        pickup.1.as_bytes(),
        b"\0",
        key_id.as_bytes(),
    ]
    .concat()
}

fn wrap_aad(id: &str, key_id: &str, binding: Option<&[u8; 32]>) -> Vec<u8> {
    match binding {
        None => [b"phirelay-dek\0", id.as_bytes(), b"\0", key_id.as_bytes()].concat(),
        Some(b) => [
            b"phirelay-dek-v1\0".as_slice(),
            id.as_bytes(),
            b"\0",
            key_id.as_bytes(),
            b"\0",
            b.as_slice(),
        ]
        .concat(),
    }
}

fn aead_key(bytes: &[u8; KEY_LEN]) -> Option<LessSafeKey> {
    UnboundKey::new(&AES_256_GCM, bytes)
        .ok()
        .map(LessSafeKey::new)
}

fn master_key(bytes: &[u8; KEY_LEN]) -> Option<MasterKey> {
    // The id names the key without revealing it: a truncated hash under a fixed label.
    let d = digest::digest(
        &digest::SHA256,
        &[b"phirelay-master-key-id\0".as_slice(), bytes].concat(),
    );
    let base = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, bytes);
    let derive_base = aws_lc_rs::hmac::sign(&base, b"phirelay-derive-v1");
    Some(MasterKey {
        id: hex::encode(&d.as_ref()[..8]),
        key: aead_key(bytes)?,
        derive: aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, derive_base.as_ref()),
    })
}

fn read_key_file(path: &Path) -> Result<MasterKey, KeyError> {
    let meta = fs::metadata(path).map_err(|e| KeyError::Read(path.to_path_buf(), e))?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(KeyError::Permissions(path.to_path_buf(), mode));
    }
    let text = fs::read_to_string(path).map_err(|e| KeyError::Read(path.to_path_buf(), e))?;
    let mut bytes = [0u8; KEY_LEN];
    hex::decode_to_slice(text.trim(), &mut bytes)
        .map_err(|_| KeyError::Format(path.to_path_buf()))?;
    let key = master_key(&bytes).ok_or_else(|| KeyError::Format(path.to_path_buf()));
    bytes.fill(0);
    key
}

/// Keys `phirelay keys rotate` archived beside the key file: `<name>.<key id>`
/// (16 hex digits). They open mail sealed before the rotation.
fn archived_keys(path: &Path) -> Result<Vec<PathBuf>, KeyError> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return Ok(Vec::new());
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let entries = fs::read_dir(dir).map_err(|e| KeyError::Read(dir.to_path_buf(), e))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_prefix(name))
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|id| id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit()))
        })
        .collect();
    found.sort();
    Ok(found)
}

/// A rotation prepared but not yet in force: the new key waits in a
/// temporary file until [`PendingRotation::commit`] moves it into place (after
/// the rotation is on the audit record); [`PendingRotation::abandon`] undoes it.
pub struct PendingRotation {
    pub old_id: String,
    pub new_id: String,
    /// Where the old key is kept (and loaded from at every start).
    pub archived: PathBuf,
    path: PathBuf,
    staged: PathBuf,
}

impl PendingRotation {
    /// Put the new key in force: the key file now holds it.
    pub fn commit(self) -> Result<(), KeyError> {
        fs::rename(&self.staged, &self.path).map_err(|e| KeyError::Create(self.path.clone(), e))?;
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            // The rename is durable once the directory is.
            fs::File::open(dir)
                .and_then(|d| d.sync_all())
                .map_err(|e| KeyError::Create(self.path.clone(), e))?;
        }
        Ok(())
    }

    /// Leave everything as it was.
    pub fn abandon(self) {
        let _ = fs::remove_file(&self.staged);
        let _ = fs::remove_file(&self.archived);
    }
}

/// Stage a rotation of the key file at `path`: archive the current key beside
/// it (`<name>.<its id>`, mode 0600) and write a new one to a temporary file.
pub fn prepare_rotation(path: &Path) -> Result<PendingRotation, KeyError> {
    let current = read_key_file(path)?;
    let text = fs::read_to_string(path).map_err(|e| KeyError::Read(path.to_path_buf(), e))?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("master.key");
    let archived = path.with_file_name(format!("{name}.{}", current.id));
    write_private(&archived, text.trim())?;
    let staged = path.with_file_name(format!("{name}.rotating"));
    let _ = fs::remove_file(&staged);
    let rng = SystemRandom::new();
    if let Err(e) = create_key_file(&staged, &rng) {
        let _ = fs::remove_file(&archived);
        return Err(e);
    }
    let new_id = match read_key_file(&staged) {
        Ok(k) => k.id,
        Err(e) => {
            let _ = fs::remove_file(&staged);
            let _ = fs::remove_file(&archived);
            return Err(e);
        }
    };
    Ok(PendingRotation {
        old_id: current.id,
        new_id,
        archived,
        path: path.to_path_buf(),
        staged,
    })
}

/// Write `hex` and a newline to a new file of mode 0600, synced.
fn write_private(path: &Path, hex: &str) -> Result<(), KeyError> {
    let fail = |e| KeyError::Create(path.to_path_buf(), e);
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(fail)?;
    f.write_all(format!("{hex}\n").as_bytes()).map_err(fail)?;
    f.sync_all().map_err(fail)
}

fn create_key_file(path: &Path, rng: &SystemRandom) -> Result<(), KeyError> {
    let fail = |e| KeyError::Create(path.to_path_buf(), e);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(fail)?;
    }
    let mut bytes = [0u8; KEY_LEN];
    rng.fill(&mut bytes).map_err(|_| KeyError::Random)?;
    let hex = hex::encode(bytes);
    bytes.fill(0);
    write_private(path, &hex)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> MasterKeys {
        MasterKeys::from_bytes([7u8; 32]).unwrap()
    }

    #[test]
    fn a_pickup_copy_opens_only_for_its_pickup_and_recipient() {
        let k = keys();
        let s = k.seal("Q1", b"body").unwrap();
        let (kid, w) = k.wrap_for_pickup("Q1", &s, ("P1", "a@x")).unwrap();
        let open = |m, p| k.open_for_pickup(m, p, &kid, &w, &s.ciphertext);
        assert_eq!(open("Q1", ("P1", "a@x")).unwrap(), b"body");
        assert!(open("Q1", ("P2", "a@x")).is_err(), "another pickup");
        assert!(open("Q1", ("P1", "evil@x")).is_err(), "another recipient");
        assert!(open("Q2", ("P1", "a@x")).is_err(), "another message");
        assert!(
            k.open_for_pickup("Q1", ("P1", "a@x"), &kid, &[], &s.ciphertext)
                .is_err()
        );
    }

    #[test]
    fn seal_open_roundtrip_and_binding() {
        let k = keys();
        let s = k.seal("Q1", b"secret body\r\n").unwrap();
        assert!(!s.ciphertext.windows(6).any(|w| w == b"secret"));
        assert_eq!(k.open("Q1", &s).unwrap(), b"secret body\r\n");
        // Moved to another queue id: refuses to open.
        assert!(k.open("Q2", &s).is_err());
        // Flipped bit: refuses to open.
        let mut bad = s.clone();
        let last = bad.ciphertext.len() - 1;
        bad.ciphertext[last] ^= 1;
        assert!(k.open("Q1", &bad).is_err());
    }

    #[test]
    fn fresh_data_key_each_message() {
        let k = keys();
        let a = k.seal("Q", b"same").unwrap();
        let b = k.seal("Q", b"same").unwrap();
        assert_ne!(a.wrapped_key, b.wrapped_key);
        assert_ne!(a.ciphertext, b.ciphertext);
    }

    #[test]
    fn rotation_keeps_old_messages_readable() {
        let dir = tempfile::tempdir().unwrap();
        let old_path = dir.path().join("old.key");
        let new_path = dir.path().join("new.key");
        let (old, created) = MasterKeys::load_or_create(&old_path, &[], true).unwrap();
        assert!(created);
        let sealed = old.seal("Q", b"x").unwrap();
        let (rotated, _) = MasterKeys::load_or_create(&new_path, &[old_path], true).unwrap();
        assert_ne!(rotated.current_id(), sealed.key_id);
        assert_eq!(rotated.open("Q", &sealed).unwrap(), b"x");
    }

    #[test]
    fn refuses_readable_key_file_and_creates_0600() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/master.key");
        MasterKeys::load_or_create(&p, &[], true).unwrap();
        let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        fs::set_permissions(&p, fs::Permissions::from_mode(0o644)).unwrap();
        let e = MasterKeys::load_or_create(&p, &[], true).unwrap_err();
        assert!(e.to_string().contains("chmod 600"), "{e}");
        let missing = dir.path().join("none.key");
        assert!(matches!(
            MasterKeys::load_or_create(&missing, &[], false),
            Err(KeyError::Missing(_))
        ));
    }
}
