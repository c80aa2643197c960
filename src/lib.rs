//! # phirelay: a HIPAA-oriented outbound SMTP relay
//!
//! ## Layout, in the order a message travels (docs/architecture.md)
//! - [`smtp`]: listeners and sessions: TLS, AUTH or allowed networks, limits,
//!   smuggling-safe DATA, trace headers; hands each message to the acceptance stage
//!   and answers 250 only after the commit.
//! - [`accept`]: the one way into the queue (SMTP, DSNs, TLS reports): classify
//!   ([`policy`]), decide per recipient, sign ([`dkim`]), seal, typed audit events,
//!   one commit, hand-off to the queue.
//! - [`store`]: SQLite or PostgreSQL behind one type; content sealed with a fresh
//!   AES-256-GCM key per message, bound to its envelope and decisions; group commit.
//! - [`audit`]: the append-only, hash-chained event log, its typed details, the verifier.
//! - [`queue`]: leases, scheduler, per-destination workers, retries, DSNs.
//! - [`transport`]: routes, DNS ([`dns`]), DANE, MTA-STS, TLS-RPT and the SMTP client.
//! - [`config`] (plain data), [`wiring`] (builds each stage from its section),
//!   [`cli`], [`daemon`]: the TOML file, the verbs, and `serve`.

pub mod accept;
pub mod api;
pub mod arc;
pub mod audit;
pub mod cli;
pub mod config;
pub mod daemon;
pub mod dkim;
pub mod dns;
pub mod headers;
pub mod https;
pub mod live;
pub mod metrics;
pub mod net;
pub mod panic_hook;
pub mod policy;
pub mod portal;
pub mod queue;
pub mod reload;
pub mod report;
pub mod smtp;
pub mod store;
pub mod tls_provider;
pub mod transport;
pub mod util;
pub mod wiring;
