//! Group commit: one task per node owns all writes.
//!
//! Sessions send their writes over a channel; the committer takes every write that
//! is waiting (up to `max_batch`), applies them in ONE transaction that first locks
//! the audit head, and answers each sender after the commit. One fsync then covers
//! many messages, and the audit chain is extended by a single writer, so it stays
//! linear. If a batch fails, each write is retried alone so one bad write cannot
//! fail its neighbours.

use std::sync::Arc;

use sqlx::{Any, AnyConnection, AnyPool, Transaction};
use tokio::sync::{mpsc, oneshot};

use super::{NewMessage, RecipientState, StoreBackend, StoreError, domain_of};
use crate::audit::{AuditEvent, Chain, ChainedRow};

pub(super) enum Write {
    Accept(Box<NewMessage>),
    Audit(AuditEvent),
    Outcome(Box<super::Outcome>),
    Portal(Box<super::pickups::PortalWrite>),
    PolicyLoaded(Box<super::policy_versions::PolicyLoad>),
    Purge(Box<super::retention::ContentPurge>),
}

pub(super) struct Job {
    pub write: Write,
    pub done: oneshot::Sender<Result<(), StoreError>>,
}

pub(super) fn spawn(
    pool: AnyPool,
    backend: StoreBackend,
    node: Arc<str>,
    max_batch: usize,
    mut jobs: mpsc::Receiver<Job>,
) {
    tokio::spawn(async move {
        let mut batch = Vec::with_capacity(max_batch);
        while jobs.recv_many(&mut batch, max_batch).await > 0 {
            let writes: Vec<&Write> = batch.iter().map(|j| &j.write).collect();
            let started = std::time::Instant::now();
            let result = commit(&pool, backend, &node, &writes).await;
            metrics::histogram!("phirelay_store_commit_seconds")
                .record(started.elapsed().as_secs_f64());
            if result.is_err() {
                metrics::counter!("phirelay_store_commit_failures_total").increment(1);
            }
            match result {
                Ok(()) => {
                    for job in batch.drain(..) {
                        let _ = job.done.send(Ok(()));
                    }
                }
                Err(e) if batch.len() == 1 => {
                    tracing::error!(error = %e, "store commit failed");
                    if let Some(job) = batch.pop() {
                        let _ = job.done.send(Err(e));
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, n = batch.len(), "batch commit failed; retrying one by one");
                    for job in batch.drain(..) {
                        let r = commit(&pool, backend, &node, &[&job.write]).await;
                        if let Err(e) = &r {
                            tracing::error!(error = %e, "store commit failed");
                        }
                        let _ = job.done.send(r);
                    }
                }
            }
        }
    });
}

async fn commit(
    pool: &AnyPool,
    backend: StoreBackend,
    node: &str,
    writes: &[&Write],
) -> Result<(), StoreError> {
    let mut tx = match backend {
        // IMMEDIATE takes SQLite's write lock now, so another process writing the same
        // file (a CLI verb) waits on busy_timeout instead of failing at the first write.
        StoreBackend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await?,
        StoreBackend::Postgres => pool.begin().await?,
    };
    let mut chain = lock_head(&mut tx, backend).await?;
    let head_before = chain.seq;
    for w in writes {
        match w {
            Write::Accept(m) => insert_message(&mut tx, node, m, &mut chain).await?,
            Write::Audit(ev) => insert_event(&mut tx, &chain.append(node, ev)).await?,
            Write::Outcome(o) => apply_outcome(&mut tx, node, o, &mut chain).await?,
            Write::Portal(p) => super::pickups::apply(&mut tx, node, p, &mut chain).await?,
            Write::PolicyLoaded(l) => {
                super::policy_versions::apply(&mut tx, node, l, &mut chain).await?
            }
            Write::Purge(p) => super::retention::apply(&mut tx, node, p, &mut chain).await?,
        }
    }
    if chain.seq != head_before {
        sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
            .bind(chain.seq)
            .bind(chain.hash.clone())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    crate::metrics::committed(&chain.facts);
    Ok(())
}

/// Read the chain head, locking it against other writers until commit.
async fn lock_head(
    tx: &mut Transaction<'_, Any>,
    backend: StoreBackend,
) -> Result<Chain, StoreError> {
    let sql = match backend {
        // Other nodes wait here until this transaction ends.
        StoreBackend::Postgres => "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE",
        // SQLite: BEGIN IMMEDIATE already holds the database's single write lock.
        StoreBackend::Sqlite => "SELECT seq, hash FROM audit_head WHERE id = 1",
    };
    let (seq, hash): (i64, Vec<u8>) = sqlx::query_as(sql).fetch_one(&mut **tx).await?;
    Ok(Chain::at(seq, hash))
}

pub(super) async fn insert_message(
    tx: &mut AnyConnection,
    node: &str,
    m: &NewMessage,
    chain: &mut Chain,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO messages (id, received_at_us, node, mail_from, size, sha256, body_type, \
         smtputf8, requiretls, dsn_ret, dsn_envid, client_ip, helo, auth_user, tls_version, tls_cipher, \
         tls_optional, protection, phi, shred_when_done, passphrase_hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)",
    )
    .bind(&m.id)
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
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO message_content (message_id, key_id, wrapped_key, ciphertext, bound) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&m.id)
    .bind(&m.sealed.key_id)
    .bind(m.sealed.wrapped_key.as_slice())
    .bind(m.sealed.ciphertext.as_slice())
    .bind(i64::from(m.sealed.binding.is_some()))
    .execute(&mut *tx)
    .await?;
    for (idx, r) in m.recipients.iter().enumerate() {
        sqlx::query(
            "INSERT INTO recipients (message_id, idx, address, domain, dsn_notify, dsn_orcpt, \
             state, due_at_us, attempts, updated_at_us, lease_owner, lease_until_us, decision) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $8, $9, $10, $11)",
        )
        .bind(&m.id)
        .bind(idx as i64)
        .bind(&r.address)
        .bind(domain_of(&r.address))
        .bind(r.notify.as_deref())
        .bind(r.orcpt.as_deref())
        .bind(r.protection.initial_state().as_str())
        .bind(m.received_at_us)
        .bind(lease_of(m, r).map(|l| l.0.as_str()))
        .bind(lease_of(m, r).map(|l| l.1))
        .bind(r.protection.as_str())
        .execute(&mut *tx)
        .await?;
    }
    for ev in &m.events {
        insert_event(tx, &chain.append(node, ev)).await?;
    }
    Ok(())
}

/// The accept-time lease of a recipient: only for those that start queued
/// (portal mail is held and never leased).
fn lease_of<'a>(m: &'a NewMessage, r: &super::NewRecipient) -> Option<&'a (String, i64)> {
    m.lease
        .as_ref()
        .filter(|_| r.protection.initial_state() == RecipientState::Queued)
}

async fn apply_outcome(
    tx: &mut AnyConnection,
    node: &str,
    o: &super::Outcome,
    chain: &mut Chain,
) -> Result<(), StoreError> {
    let now = crate::util::now_us();
    for u in &o.updates {
        // Admin changes never touch a recipient a worker holds, nor a final one;
        // a worker's result applies only under its own lease to a pending one.
        let guard = match (u.only_if_idle, &o.lease_owner) {
            _ if u.only_if_held => " AND state = 'held'",
            (true, _) => {
                " AND state IN ('queued', 'deferred') AND (lease_until_us IS NULL OR lease_until_us < $6)"
            }
            (false, Some(_)) => " AND state IN ('queued', 'deferred') AND lease_owner = $9",
            (false, None) => " AND state IN ('queued', 'deferred')",
        };
        let sql = format!(
            "UPDATE recipients SET state = $1, due_at_us = $2, attempts = attempts + $3, \
             last_code = COALESCE($4, last_code), last_reply = $5, lease_owner = NULL, \
             lease_until_us = NULL, updated_at_us = $6 WHERE message_id = $7 AND idx = $8{guard}"
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(u.state.as_str())
            .bind(u.due_at_us)
            .bind(i64::from(u.attempted))
            .bind(u.last_code)
            .bind(u.last_reply.as_deref())
            .bind(now)
            .bind(&o.message_id)
            .bind(u.idx);
        if let (false, Some(owner)) = (u.only_if_idle, &o.lease_owner) {
            q = q.bind(owner);
        }
        let r = q.execute(&mut *tx).await?;
        if r.rows_affected() != 1 {
            return Err(StoreError::Conflict(format!(
                "recipient {}#{} changed meanwhile (delivered, in flight or gone)",
                o.message_id, u.idx
            )));
        }
    }
    if let Some(r) = &o.rebind {
        rebind(tx, &o.message_id, r).await?;
    }
    for m in &o.new_messages {
        insert_message(tx, node, m, chain).await?;
    }
    for ev in &o.events {
        insert_event(tx, &chain.append(node, ev)).await?;
    }
    Ok(())
}

/// New decisions and the data key re-wrapped for them, in the same transaction
/// as the state change they go with.
async fn rebind(
    tx: &mut AnyConnection,
    message_id: &str,
    r: &super::Rebind,
) -> Result<(), StoreError> {
    let now: Vec<(i64, String)> =
        sqlx::query_as("SELECT idx, decision FROM recipients WHERE message_id = $1 ORDER BY idx")
            .bind(message_id)
            .fetch_all(&mut *tx)
            .await?;
    let same = now.len() == r.expected.len()
        && now
            .iter()
            .zip(&r.expected)
            .all(|((i, d), (ei, ed))| i == ei && d == ed.as_str());
    if !same {
        return Err(StoreError::Conflict(format!(
            "message {message_id}: decisions changed meanwhile; try again"
        )));
    }
    for (idx, protection) in &r.decisions {
        sqlx::query("UPDATE recipients SET decision = $1 WHERE message_id = $2 AND idx = $3")
            .bind(protection.as_str())
            .bind(message_id)
            .bind(idx)
            .execute(&mut *tx)
            .await?;
    }
    let done = sqlx::query(
        "UPDATE message_content SET key_id = $1, wrapped_key = $2, bound = 1 WHERE message_id = $3",
    )
    .bind(&r.key_id)
    .bind(r.wrapped_key.as_slice())
    .bind(message_id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Err(StoreError::Conflict(format!(
            "message {message_id} has no content"
        )));
    }
    Ok(())
}

pub(super) async fn insert_event(
    tx: &mut AnyConnection,
    row: &ChainedRow,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_events (seq, at_us, node, event, message_id, recipient, actor, \
         details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(row.seq)
    .bind(row.at_us)
    .bind(&row.node)
    .bind(&row.event)
    .bind(row.message_id.as_deref())
    .bind(row.recipient.as_deref())
    .bind(&row.actor)
    .bind(&row.details)
    .bind(row.prev_hash.clone())
    .bind(row.hash.clone())
    .execute(&mut *tx)
    .await?;
    Ok(())
}
