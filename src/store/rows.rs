//! The rows one commit inserts, written table by table with multi-row INSERTs.
//!
//! A group commit used to send one statement per row: for 20 accepted messages,
//! over a hundred round trips inside the transaction that every session waits
//! on (and, on PostgreSQL, that holds the audit head's lock other nodes wait
//! on). Gathering the rows and sending each table's rows together makes the
//! transaction a handful of statements whatever the batch size.
//!
//! Order still matters for the audit chain: events are chained when they are
//! sent, in the order they were gathered, and the committer flushes what is
//! gathered before any write that reads the tables or inserts on its own.
//! Everything but the events can go before the audit head is locked
//! ([`Pending::flush_parents`]), so on PostgreSQL a commit holds that lock, which
//! the other committers and nodes wait on, only for its events.

use std::collections::HashSet;

use sqlx::any::AnyArguments;
use sqlx::{Any, AnyConnection};

use super::{NewMessage, NewRecipient, RecipientState, RecipientUpdate, StoreError, domain_of};
use crate::audit::{AuditEvent, Chain, ChainedRow};

type AnyQuery<'q> = sqlx::query::Query<'q, Any, AnyArguments>;

/// Rows per statement at most: a batch's rows of one table go in one statement
/// (each row count is its own statement text, prepared once per connection).
/// Chunks used to be powers of two, to prepare fewer texts, at the price of up
/// to three statements where one does.
const MAX_ROWS: usize = 32;

/// Rows gathered for one transaction, not yet sent.
#[derive(Default)]
pub(super) struct Pending<'a> {
    messages: Vec<(&'a str, &'a NewMessage)>,
    ids: HashSet<&'a str>,
    updates: Vec<LeasedUpdate<'a>>,
    events: Vec<(&'a str, &'a AuditEvent)>,
}

/// A worker's result for one recipient, applied only under the worker's lease.
struct LeasedUpdate<'a> {
    message_id: &'a str,
    owner: &'a str,
    u: &'a RecipientUpdate,
    now_us: i64,
}

impl<'a> Pending<'a> {
    /// A message, its content and recipients, and its events (chained when sent).
    pub fn message(&mut self, node: &'a str, m: &'a NewMessage) {
        self.messages.push((node, m));
        self.ids.insert(&m.id);
        for ev in &m.events {
            self.events.push((node, ev));
        }
    }

    /// An audit event, chained when sent.
    pub fn event(&mut self, node: &'a str, ev: &'a AuditEvent) {
        self.events.push((node, ev));
    }

    /// Whether events wait here to be chained.
    pub fn has_events(&self) -> bool {
        !self.events.is_empty()
    }

    /// A worker's result for one recipient; the flush fails with a conflict if
    /// the recipient is no longer pending under `owner`'s lease.
    pub fn leased_update(
        &mut self,
        message_id: &'a str,
        owner: &'a str,
        u: &'a RecipientUpdate,
        now_us: i64,
    ) {
        self.updates.push(LeasedUpdate {
            message_id,
            owner,
            u,
            now_us,
        });
    }

    /// Whether a message with this id waits here (not yet in its table).
    pub fn holds(&self, message_id: &str) -> bool {
        self.ids.contains(message_id)
    }

    /// Send everything gathered, parents before children, then the events,
    /// chained now in the order they came.
    pub async fn flush(
        &mut self,
        tx: &mut AnyConnection,
        chain: &mut Chain,
    ) -> Result<(), StoreError> {
        self.flush_parents(tx).await?;
        let events: Vec<ChainedRow> = std::mem::take(&mut self.events)
            .into_iter()
            .map(|(node, ev)| chain.append(node, ev))
            .collect();
        insert_events(tx, &events).await
    }

    /// Send everything gathered but the events: messages with their content
    /// and recipients, and workers' results. None of it needs the audit head.
    pub async fn flush_parents(&mut self, tx: &mut AnyConnection) -> Result<(), StoreError> {
        let messages = std::mem::take(&mut self.messages);
        self.ids.clear();
        let recipients: Vec<RecipientRow> = messages
            .iter()
            .flat_map(|(_, m)| {
                m.recipients
                    .iter()
                    .enumerate()
                    .map(move |(idx, r)| RecipientRow { m, idx, r })
            })
            .collect();
        insert_all(tx, MESSAGES, 21, &messages, bind_message).await?;
        let idempotency: Vec<(&NewMessage, &super::api::Idempotency)> = messages
            .iter()
            .filter_map(|(_, m)| m.idempotency.as_ref().map(|i| (*m, i)))
            .collect();
        insert_all(tx, IDEMPOTENCY, 5, &idempotency, bind_idempotency).await?;
        let metadata: Vec<(&NewMessage, &super::crypto::Sealed)> = messages
            .iter()
            .filter_map(|(_, m)| m.api_metadata.as_ref().map(|s| (*m, s)))
            .collect();
        insert_all(tx, METADATA, 4, &metadata, bind_metadata).await?;
        insert_all(tx, CONTENT, 5, &messages, bind_content).await?;
        insert_all(tx, RECIPIENTS, 13, &recipients, bind_recipient).await?;
        let updates = std::mem::take(&mut self.updates);
        update_leased(tx, &updates).await
    }
}

/// Audit rows, chained already, and the hard bounces among them.
pub(super) async fn insert_events(
    tx: &mut AnyConnection,
    events: &[ChainedRow],
) -> Result<(), StoreError> {
    insert_all(tx, EVENTS, 10, events, bind_event).await?;
    // With their events, in the same transaction: the ground for suppression.
    let bounces: Vec<HardBounce> = events.iter().filter_map(HardBounce::of).collect();
    insert_all(tx, HARD_BOUNCES, 3, &bounces, bind_bounce).await
}

/// A `bounced` event's hard bounce (class 5 from the receiver), for `hard_bounces`.
struct HardBounce {
    address: String,
    at_us: i64,
    enhanced: String,
}

impl HardBounce {
    fn of(row: &ChainedRow) -> Option<HardBounce> {
        if row.event != "bounced" {
            return None;
        }
        let details: serde_json::Value = serde_json::from_str(&row.details).ok()?;
        Some(HardBounce {
            address: row.recipient.as_ref()?.to_ascii_lowercase(),
            at_us: row.at_us,
            enhanced: crate::audit::details::hard_bounce_code(&details)?.to_string(),
        })
    }
}

const IDEMPOTENCY: &str = "INSERT INTO api_idempotency (key_id, idem_key, body_sha256, \
    message_id, created_at_us) VALUES";

fn bind_idempotency<'q>(
    q: AnyQuery<'q>,
    (m, i): &(&NewMessage, &super::api::Idempotency),
) -> AnyQuery<'q> {
    q.bind(i.key_id.clone())
        .bind(i.idem_key.clone())
        .bind(i.body_sha256.clone())
        .bind(m.id.clone())
        .bind(m.received_at_us)
}

const METADATA: &str =
    "INSERT INTO api_metadata (message_id, sealed_key_id, wrapped_key, ciphertext) VALUES";

fn bind_metadata<'q>(
    q: AnyQuery<'q>,
    (m, s): &(&NewMessage, &super::crypto::Sealed),
) -> AnyQuery<'q> {
    q.bind(m.id.clone())
        .bind(s.key_id.clone())
        .bind(s.wrapped_key.clone())
        .bind(s.ciphertext.clone())
}

const HARD_BOUNCES: &str = "INSERT INTO hard_bounces (address, at_us, enhanced) VALUES";

fn bind_bounce<'q>(q: AnyQuery<'q>, b: &HardBounce) -> AnyQuery<'q> {
    q.bind(b.address.clone())
        .bind(b.at_us)
        .bind(b.enhanced.clone())
}

/// Insert `rows` with as few statements as the chunking allows.
async fn insert_all<R>(
    tx: &mut AnyConnection,
    head: &str,
    columns: usize,
    rows: &[R],
    bind: for<'q> fn(AnyQuery<'q>, &R) -> AnyQuery<'q>,
) -> Result<(), StoreError> {
    let mut rest = rows;
    while !rest.is_empty() {
        let (chunk, tail) = rest.split_at(chunk_len(rest.len()));
        let mut q = sqlx::query(sqlx::AssertSqlSafe(values_sql(head, columns, chunk.len())));
        for row in chunk {
            q = bind(q, row);
        }
        q.execute(&mut *tx).await?;
        rest = tail;
    }
    Ok(())
}

/// Apply workers' results, all or none: each must find its recipient pending
/// under the worker's lease.
async fn update_leased(
    tx: &mut AnyConnection,
    updates: &[LeasedUpdate<'_>],
) -> Result<(), StoreError> {
    let mut rest = updates;
    while !rest.is_empty() {
        let (chunk, tail) = rest.split_at(chunk_len(rest.len()));
        let mut q = sqlx::query(sqlx::AssertSqlSafe(leased_update_sql(chunk.len())));
        for row in chunk {
            q = bind_leased(q, row);
        }
        let done = q.execute(&mut *tx).await?.rows_affected();
        if done != chunk.len() as u64 {
            return Err(StoreError::Conflict(format!(
                "{} of {} recipients changed meanwhile (delivered, taken over or gone)",
                chunk.len() as u64 - done.min(chunk.len() as u64),
                chunk.len()
            )));
        }
        rest = tail;
    }
    Ok(())
}

/// One UPDATE for `rows` results. The new values come as a UNION ALL of
/// SELECTs (SQLite names no columns of a VALUES list); the casts give
/// PostgreSQL the types.
///
/// The state and lease tests are written so that no index can serve them and
/// the primary key is the only way in. Written plainly, PostgreSQL planned them
/// (on a young table, before autovacuum's first ANALYZE, and then kept that
/// cached plan) as a bitmap scan of `recipients_due` over every pending entry,
/// dead ones included: 0.4-0.6 ms per UPDATE that grew with the queue, the
/// largest single cost of the commit path under load. The owner is never NULL,
/// so `IS NOT DISTINCT FROM` is `=` here.
fn leased_update_sql(rows: usize) -> String {
    const COLUMNS: [(&str, &str); 9] = [
        ("message_id", "TEXT"),
        ("idx", "BIGINT"),
        ("state", "TEXT"),
        ("due_at_us", "BIGINT"),
        ("attempted", "BIGINT"),
        ("last_code", "BIGINT"),
        ("last_reply", "TEXT"),
        ("owner", "TEXT"),
        ("now_us", "BIGINT"),
    ];
    let selects: Vec<String> = (0..rows)
        .map(|r| {
            let cols: Vec<String> = COLUMNS
                .iter()
                .enumerate()
                .map(|(c, (name, ty))| {
                    format!("CAST(${} AS {ty}) AS {name}", r * COLUMNS.len() + c + 1)
                })
                .collect();
            format!("SELECT {}", cols.join(", "))
        })
        .collect();
    format!(
        "UPDATE recipients SET state = v.state, due_at_us = v.due_at_us, \
         attempts = recipients.attempts + v.attempted, \
         last_code = COALESCE(v.last_code, recipients.last_code), last_reply = v.last_reply, \
         lease_owner = NULL, lease_until_us = NULL, updated_at_us = v.now_us \
         FROM ({}) AS v WHERE recipients.message_id = v.message_id AND recipients.idx = v.idx \
         AND (recipients.state IN ('queued', 'deferred')) IS TRUE \
         AND recipients.lease_owner IS NOT DISTINCT FROM v.owner",
        selects.join(" UNION ALL ")
    )
}

fn bind_leased<'q>(q: AnyQuery<'q>, row: &LeasedUpdate<'_>) -> AnyQuery<'q> {
    q.bind(row.message_id)
        .bind(row.u.idx)
        .bind(row.u.state.as_str())
        .bind(row.u.due_at_us)
        .bind(i64::from(row.u.attempted))
        .bind(row.u.last_code)
        .bind(row.u.last_reply.as_deref())
        .bind(row.owner)
        .bind(row.now_us)
}

/// All that is left, up to [`MAX_ROWS`].
fn chunk_len(left: usize) -> usize {
    left.clamp(1, MAX_ROWS)
}

/// `head` followed by `rows` groups of `columns` numbered placeholders.
fn values_sql(head: &str, columns: usize, rows: usize) -> String {
    let mut sql = String::with_capacity(head.len() + rows * columns * 5);
    sql.push_str(head);
    for r in 0..rows {
        sql.push_str(if r == 0 { " (" } else { ", (" });
        for c in 0..columns {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push('$');
            sql.push_str(&(r * columns + c + 1).to_string());
        }
        sql.push(')');
    }
    sql
}

const MESSAGES: &str = "INSERT INTO messages (id, received_at_us, node, mail_from, size, sha256, \
    body_type, smtputf8, requiretls, dsn_ret, dsn_envid, client_ip, helo, auth_user, tls_version, \
    tls_cipher, tls_optional, protection, phi, shred_when_done, passphrase_hash) VALUES";

fn bind_message<'q>(q: AnyQuery<'q>, &(node, m): &(&str, &NewMessage)) -> AnyQuery<'q> {
    q.bind(&m.id)
        .bind(m.received_at_us)
        .bind(node)
        .bind(&m.mail_from)
        .bind(m.size as i64)
        .bind(m.sha256.as_slice())
        .bind(m.body_type.as_str())
        .bind(m.smtputf8)
        .bind(m.requiretls)
        .bind(m.dsn_ret.map(|r| r.as_str()))
        .bind(m.dsn_envid.as_deref())
        .bind(&m.client_ip)
        .bind(&m.helo)
        .bind(m.auth_user.as_deref())
        .bind(m.tls.as_ref().map(|t| t.version.as_str()))
        .bind(m.tls.as_ref().map(|t| t.cipher.as_str()))
        .bind(m.tls_optional)
        .bind(m.protection.as_str())
        .bind(m.phi)
        .bind(m.shred_when_done)
        .bind(m.passphrase_hash.as_deref())
}

const CONTENT: &str =
    "INSERT INTO message_content (message_id, key_id, wrapped_key, ciphertext, bound) VALUES";

fn bind_content<'q>(q: AnyQuery<'q>, &(_, m): &(&str, &NewMessage)) -> AnyQuery<'q> {
    q.bind(&m.id)
        .bind(&m.sealed.key_id)
        .bind(m.sealed.wrapped_key.as_slice())
        .bind(m.sealed.ciphertext.as_slice())
        .bind(i64::from(m.sealed.binding.is_some()))
}

struct RecipientRow<'a> {
    m: &'a NewMessage,
    idx: usize,
    r: &'a NewRecipient,
}

const RECIPIENTS: &str = "INSERT INTO recipients (message_id, idx, address, domain, dsn_notify, \
    dsn_orcpt, state, due_at_us, attempts, updated_at_us, lease_owner, lease_until_us, decision) VALUES";

fn bind_recipient<'q>(q: AnyQuery<'q>, row: &RecipientRow<'_>) -> AnyQuery<'q> {
    let RecipientRow { m, idx, r } = *row;
    let lease = lease_of(m, r);
    q.bind(&m.id)
        .bind(idx as i64)
        .bind(&r.address)
        .bind(domain_of(&r.address))
        .bind(r.notify.as_deref())
        .bind(r.orcpt.as_deref())
        .bind(initial_state(m, r).as_str())
        .bind(m.received_at_us)
        .bind(0_i64)
        .bind(m.received_at_us)
        .bind(lease.map(|l| l.0.as_str()))
        .bind(lease.map(|l| l.1))
        .bind(r.protection.as_str())
}

/// A recipient's first state: by its decision, or `deleted` for a test key's mail.
fn initial_state(m: &NewMessage, r: &NewRecipient) -> RecipientState {
    match m.test_only {
        true => RecipientState::Deleted,
        false => r.protection.initial_state(),
    }
}

/// The accept-time lease of a recipient: only for those that start queued
/// (portal mail is held and never leased).
fn lease_of<'a>(m: &'a NewMessage, r: &NewRecipient) -> Option<&'a (String, i64)> {
    m.lease
        .as_ref()
        .filter(|_| initial_state(m, r) == RecipientState::Queued)
}

const EVENTS: &str = "INSERT INTO audit_events (seq, at_us, node, event, message_id, recipient, \
    actor, details, prev_hash, hash) VALUES";

fn bind_event<'q>(q: AnyQuery<'q>, row: &ChainedRow) -> AnyQuery<'q> {
    q.bind(row.seq)
        .bind(row.at_us)
        .bind(&row.node)
        .bind(&row.event)
        .bind(row.message_id.as_deref())
        .bind(row.recipient.as_deref())
        .bind(&row.actor)
        .bind(&row.details)
        .bind(row.prev_hash.as_slice())
        .bind(row.hash.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_take_all_rows_up_to_the_cap() {
        let lens: Vec<usize> = [1, 2, 3, 5, 31, 32, 33, 100]
            .iter()
            .map(|n| chunk_len(*n))
            .collect();
        assert_eq!(lens, [1, 2, 3, 5, 31, 32, 32, 32]);
    }

    #[test]
    fn placeholders_number_across_rows() {
        assert_eq!(
            values_sql("INSERT INTO t (a, b) VALUES", 2, 2),
            "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)"
        );
    }
}
