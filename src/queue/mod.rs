//! The outbound queue: which mail goes out when, over which connection.
//!
//! Work arrives two ways: straight from the session that accepted a message (its
//! recipients were leased to this node in the accept transaction), and from the
//! scheduler, which claims due recipients from the store under a lease (several
//! nodes can share one PostgreSQL this way). Jobs wait per destination domain;
//! up to `max_connections_per_destination` workers per domain (counted across
//! every node sharing the store: each holds a destination slot, `slot.rs`) each
//! hold one SMTP connection and send job after job over it (connection reuse),
//! within `max_connections` in all. Every result is committed with its audit events;
//! a crash loses no mail: unfinished leases are released at the next start (or
//! expire for other nodes) and the mail is tried again (at least once).

pub mod admin;
mod dispatch;
pub mod dsn;
mod handoff;
mod job;
mod outcome;
pub mod retention;
pub mod schedule;
mod scheduler;
mod slot;
mod worker;

pub use dispatch::{Queue, StartError};
pub use handoff::Handoff;
pub use job::{Job, JobRcpt, Loaded};
