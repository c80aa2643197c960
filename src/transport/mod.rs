//! Outbound delivery transport: routes (static routes and MX, RFC 5321 §5.1), the
//! SMTP client, outbound TLS and the outcome types.
//!
//! Talks to remote MX hosts and smarthosts; sees message content only as bytes to
//! send. Every network or DNS failure is temporary; only a remote 5xx, a null MX,
//! a non-existent domain or a capability the message needs and the server lacks is
//! permanent.

pub mod client;
mod conn_error;
pub mod dane;
pub mod data;
pub mod deliver;
pub mod failure;
pub mod handshake_sig;
pub mod mta_sts;
pub mod reply;
pub mod route;
pub mod security;
mod setup_error;
pub mod sts_cache;
pub mod tls;
pub mod tlsrpt;

pub use client::{ConnError, Connection, Envelope, Peer, RcptParams, TlsPlan, TxnResult};
pub use failure::{FailureKind, HandshakeFailure, TlsPolicyReason};
pub use reply::Reply;
pub use route::{Hop, RouteError, Router};
pub use setup_error::SetupError;
