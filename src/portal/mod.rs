//! The secure portal: where a recipient reads mail that policy kept out of
//! their mailbox (LuxSci SecureLine, Paubox, Zix users know the flow).
//!
//! ```text
//! held recipient ─▶ pickup (sweeper.rs: pickup row + copy of the data key
//!                   + notice, one commit) ─▶ notice through the queue
//! reader ─▶ HTTPS (server.rs) ─▶ one-time code by mail (auth.rs) ─▶ session
//!        ─▶ read (view.rs, sanitised) / download / reply (reply.rs, into the queue)
//! lifetime or `portal recall` ─▶ the pickup's key is destroyed (410)
//! ```
//!
//! The content stays sealed in the store; it is opened in memory only to
//! serve a signed-in reader. Tokens, codes and session ids are stored as
//! SHA-256 hashes and never logged. Every step is an audit event
//! (`audit/details/portal.rs`).

mod auth;
pub mod mail;
mod pages;
mod read;
mod reply;
mod routes;
mod security;
mod server;
pub mod sweeper;
mod view;

use std::sync::Arc;

use aws_lc_rs::digest;
use aws_lc_rs::rand::{SecureRandom, SystemRandom};

use crate::accept::Preparer;
use crate::config::PortalConfig;
use crate::store::{MasterKeys, Store};

pub use server::serve;

/// A portal failure: pages show a bland text, the log gets the reason.
#[derive(Debug, thiserror::Error)]
pub enum PortalError {
    #[error("store: {0}")]
    Store(#[from] crate::store::StoreError),
    #[error("crypto: {0}")]
    Crypto(#[from] crate::store::crypto::CryptoError),
    #[error("preparing portal mail: {0}")]
    Accept(#[from] crate::accept::AcceptError),
    #[error("no random numbers from the system")]
    Random,
    #[error("message {0} has no stored content")]
    NoContent(String),
    #[error("worker thread lost")]
    WorkerGone,
    #[error("portal TLS: {0}")]
    Tls(String),
    #[error("portal listener {0}: {1}")]
    Listen(std::net::SocketAddr, std::io::Error),
}

/// What every part of the portal shares.
pub struct Portal {
    pub cfg: PortalConfig,
    pub store: Store,
    pub keys: Arc<MasterKeys>,
    /// Replaced by a reload (DKIM keys, policy).
    pub prep: crate::live::Live<Preparer>,
    pub hostname: String,
    /// Logo bytes and their content type, read once at start.
    pub logo: Option<(Vec<u8>, &'static str)>,
    limiter: security::IpLimiter,
    rng: SystemRandom,
}

impl Portal {
    pub fn new(
        cfg: PortalConfig,
        store: Store,
        keys: Arc<MasterKeys>,
        prep: impl Into<crate::live::Live<Preparer>>,
        hostname: String,
    ) -> Self {
        let logo = cfg.logo.as_ref().and_then(|p| {
            let bytes = std::fs::read(p).ok()?;
            let svg = p.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg"));
            Some((bytes, if svg { "image/svg+xml" } else { "image/png" }))
        });
        let limiter = security::IpLimiter::new(cfg.requests_per_minute_per_ip);
        Self {
            cfg,
            store,
            keys,
            prep: prep.into(),
            hostname,
            logo,
            limiter,
            rng: SystemRandom::new(),
        }
    }

    /// A fresh secret: 32 random bytes as unpadded base64url (256 bits).
    fn secret(&self) -> Result<String, PortalError> {
        use base64::Engine;
        let mut b = [0u8; 32];
        self.rng.fill(&mut b).map_err(|_| PortalError::Random)?;
        Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b))
    }

    /// A six-digit one-time code, uniform over 000000..=999999.
    fn code(&self) -> Result<String, PortalError> {
        loop {
            let mut b = [0u8; 4];
            self.rng.fill(&mut b).map_err(|_| PortalError::Random)?;
            let n = u32::from_be_bytes(b);
            // Reject the top sliver so the modulo is unbiased.
            if n < u32::MAX - (u32::MAX % 1_000_000) {
                return Ok(format!("{:06}", n % 1_000_000));
            }
        }
    }
}

/// SHA-256 of a token, code or session id: what the store keeps.
pub fn hash(secret: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(digest::digest(&digest::SHA256, secret.as_bytes()).as_ref());
    out
}

pub type Shared = Arc<Portal>;
