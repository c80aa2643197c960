//! SMTP ingress (RFC 5321): listeners, sessions and the message hand-off.
//!
//! Talks to internal clients only: relaying needs AUTH (over TLS) or an allowed
//! network, never an open relay. Does protocol and sanity checks, then hands the
//! envelope and bytes to the store (one transaction with the `received` audit
//! event) and answers 250 only after that commit. Sees message content in memory
//! (to hash, trace and seal it), never logs it. Local trouble is always 4xx.
//! One file per phase: `ehlo`, `starttls`, `auth`, `envelope` (MAIL/RCPT), `data`.

mod auth;
mod conn;
mod data;
pub mod dot_reader;
mod ehlo;
mod envelope;
mod guard;
mod headers;
mod hygiene;
mod limits;
mod listener;
pub mod reply;
mod session;
pub mod source;
mod starttls;
pub mod tls;
mod upstream;

pub use auth::hash_password;
pub use listener::{Server, serve};
