//! # phirelay: a HIPAA-oriented outbound SMTP relay
//!
//! ## Layout, in the order a message travels
//! - [`smtp`]: listeners and sessions: TLS, AUTH or allowed networks, limits,
//!   smuggling-safe DATA; hands the message to the store and answers 250 only after
//!   the commit.
//! - [`store`]: SQLite or PostgreSQL behind one type; content sealed with a fresh
//!   AES-256-GCM key per message; one transaction for message, recipients and audit
//!   events, group-committed across sessions.
//! - [`audit`]: the append-only, hash-chained event log and its verifier.
//! - [`config`], [`cli`], [`daemon`]: the TOML file, the verbs, and `serve`.
//!
//! Still to come (see docs/ and the issue list): `policy/` (PHI classification),
//! `queue/` and `transport/` (delivery with DANE and MTA-STS), `dkim`, `portal/`.

pub mod audit;
pub mod cli;
pub mod config;
pub mod daemon;
pub mod dkim;
pub mod dns;
pub mod net;
pub mod policy;
pub mod queue;
pub mod smtp;
pub mod store;
pub mod tls_provider;
pub mod transport;
pub mod util;
