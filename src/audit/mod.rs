//! The audit log: append-only, hash-chained events (DESIGN invariants 2 and 7).
//!
//! Every state change is written with its event in one transaction by the store.
//! Each row carries `prev_hash` and `hash = SHA-256(prev_hash ‖ canonical row)`, so
//! an edited, removed or reordered row breaks the chain at that row; `verify`
//! recomputes it. Rows hold ids, addresses, sizes, hashes, labels, TLS facts and
//! reply codes, never subjects, bodies or matched values (invariant 5): details are
//! built from typed fields by the callers, never from message text.
//!
//! How the chain stays linear under concurrent writers: rows are appended only by
//! the store's single committer task per node, inside a transaction that first locks
//! the one-row `audit_head` table (`SELECT … FOR UPDATE` on PostgreSQL; on SQLite
//! `BEGIN IMMEDIATE` takes the database's single write lock). Several nodes on one
//! PostgreSQL, or a CLI verb beside the daemon on SQLite, therefore take turns on
//! the head, and `seq` is gap-free.

mod chain;
pub mod checkpoint;
pub mod details;
mod event;
pub mod export;
pub mod verify;

pub use chain::{Chain, ChainedRow, GENESIS_HASH};
pub use details::Details;
pub use event::{AuditEvent, EventType};
