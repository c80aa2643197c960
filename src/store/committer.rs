//! Group commit: the committer owns all writes of a node.
//!
//! Sessions send their writes over a channel; the committer takes every write that
//! is waiting (up to `max_batch`), applies them in ONE transaction, and answers
//! each sender after the commit. One fsync then covers many messages. The audit
//! chain is extended under the audit head's lock, taken late in each transaction
//! (see [`Head`]), so it stays linear. If a batch fails, each write is retried
//! alone so one bad write cannot fail its neighbours; a write PostgreSQL aborted
//! to break a deadlock with another node is run again (up to three times).
//!
//! One loop per node, even on PostgreSQL. Two loops sharing the channel were
//! measured (bench, 10,000 messages): the batches halved, commits grew by half,
//! and throughput fell 5-10 %: on a busy machine each commit's fixed cost is
//! CPU that the sessions need.

use std::sync::Arc;

use sqlx::{Any, AnyConnection, AnyPool, Transaction};
use tokio::sync::{mpsc, oneshot};

use super::rows::Pending;
use super::{NewMessage, StoreBackend, StoreError};
use crate::audit::{AuditEvent, Chain, ChainedRow};
use crate::config::StoreConfig;

pub(super) enum Write {
    Accept(Box<NewMessage>),
    Audit(AuditEvent),
    Outcome(Box<super::Outcome>),
    Portal(Box<super::pickups::PortalWrite>),
    PolicyLoaded(Box<super::policy_versions::PolicyLoad>),
    Purge(Box<super::retention::ContentPurge>),
    Unsuppress(Box<super::suppression::Unsuppress>),
    ApiKey(Box<super::api::KeyChange>),
    Webhook(Box<super::webhooks::WebhookChange>),
}

pub(super) struct Job {
    pub write: Write,
    pub done: oneshot::Sender<Result<(), StoreError>>,
}

/// Start the committer on a thread of its own, with its own connection.
///
/// Every session waits on the committer, and a commit is a chain of round trips
/// to the database: on the shared runtime each reply waited for a worker thread
/// busy with DKIM or classification, and that wait, not the database, set the
/// pace (measured on PostgreSQL: 3.7 ms of server time in a 12 ms commit). Its
/// own runtime answers each reply at once. Returns the committer's pool (to
/// close with the store) once its connection is up.
pub(super) async fn start(
    cfg: StoreConfig,
    node: Arc<str>,
    jobs: mpsc::Receiver<Job>,
) -> Result<AnyPool, StoreError> {
    let (ready, started) = oneshot::channel();
    std::thread::Builder::new()
        .name("phirelay-committer".into())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    let _ = ready.send(Err(StoreError::Db(sqlx::Error::Io(e))));
                    return;
                }
            };
            runtime.block_on(async move {
                let pool = match super::connect(&cfg, super::PoolRole::Committer).await {
                    Ok(p) => p,
                    Err(e) => {
                        let _ = ready.send(Err(e));
                        return;
                    }
                };
                let _ = ready.send(Ok(pool.clone()));
                run(&pool, cfg.backend, &node, cfg.max_batch, jobs).await;
                pool.close().await;
            });
        })
        .map_err(|e| StoreError::Db(sqlx::Error::Io(e)))?;
    started.await.map_err(|_| StoreError::WriterGone)?
}

/// Take every waiting write (up to `max_batch`), commit them together, answer each.
async fn run(
    pool: &AnyPool,
    backend: StoreBackend,
    node: &str,
    max_batch: usize,
    mut jobs: mpsc::Receiver<Job>,
) {
    let mut batch = Vec::with_capacity(max_batch);
    while jobs.recv_many(&mut batch, max_batch).await > 0 {
        let writes: Vec<&Write> = batch.iter().map(|j| &j.write).collect();
        let started = std::time::Instant::now();
        let result = commit(pool, backend, node, &writes).await;
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
            Err(e) if batch.len() == 1 && !e.is_retryable_conflict() && !e.is_lost_connection() => {
                tracing::error!(error = %e, "store commit failed");
                if let Some(job) = batch.pop() {
                    let _ = job.done.send(Err(e));
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, n = batch.len(), "batch commit failed; retrying one by one");
                for job in batch.drain(..) {
                    let r = commit_alone(pool, backend, node, &job.write).await;
                    if let Err(e) = &r {
                        tracing::error!(error = %e, "store commit failed");
                    }
                    let _ = job.done.send(r);
                }
            }
        }
    }
}

/// How many times one write is run again after PostgreSQL aborted it to break
/// a deadlock (another node's committer, an admin verb on another node) or
/// its connection was lost.
const CONFLICT_RETRIES: u32 = 3;

/// One write in its own transaction, run again when PostgreSQL aborted it to
/// break a deadlock or a serialization conflict (nothing of it was kept), or
/// when its connection was gone (the pool hands out a fresh one; should the
/// lost one have committed, the retry fails on the message's key).
async fn commit_alone(
    pool: &AnyPool,
    backend: StoreBackend,
    node: &str,
    write: &Write,
) -> Result<(), StoreError> {
    let mut retries = 0;
    loop {
        match commit(pool, backend, node, &[write]).await {
            Err(e)
                if (e.is_retryable_conflict() || e.is_lost_connection())
                    && retries < CONFLICT_RETRIES =>
            {
                retries += 1;
                tracing::warn!(error = %e, retries, "commit aborted by a conflict or a lost connection; running it again");
            }
            result => return result,
        }
    }
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
    let mut head = Head::new(backend);
    // Inserts wait in `rows` and go table by table; writes that read the tables
    // or insert by themselves first get everything before them flushed. Only
    // writes that chain events themselves lock the head before the end.
    let mut rows = Pending::default();
    for w in writes {
        match w {
            Write::Accept(m) => rows.message(node, m),
            Write::Audit(ev) => rows.event(node, ev),
            Write::Outcome(o) => {
                if rows.holds(&o.message_id) {
                    rows.flush_parents(&mut tx).await?;
                }
                apply_outcome(&mut tx, node, o, &mut rows).await?
            }
            other => apply_chained(&mut tx, node, other, &mut head, &mut rows).await?,
        }
    }
    rows.flush_parents(&mut tx).await?;
    if rows.has_events() {
        let chain = head.lock(&mut tx).await?;
        rows.flush(&mut tx, chain).await?;
    }
    let Some(chain) = head.moved() else {
        return Ok(tx.commit().await?);
    };
    sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
        .bind(chain.seq)
        .bind(chain.hash.clone())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    crate::metrics::committed(&chain.facts);
    Ok(())
}

/// A write that reads the tables and chains its own events: what is gathered
/// goes first, under the head's lock.
async fn apply_chained<'a>(
    tx: &mut Transaction<'_, Any>,
    node: &'a str,
    w: &Write,
    head: &mut Head,
    rows: &mut Pending<'a>,
) -> Result<(), StoreError> {
    let chain = head.lock(tx).await?;
    rows.flush(tx, chain).await?;
    match w {
        Write::Portal(p) => super::pickups::apply(tx, node, p, chain).await,
        Write::PolicyLoaded(l) => super::policy_versions::apply(tx, node, l, chain).await,
        Write::Purge(p) => super::retention::apply(tx, node, p, chain).await,
        Write::Unsuppress(u) => super::suppression::apply(tx, node, u, chain).await,
        Write::ApiKey(c) => super::api::apply(tx, node, c, chain).await,
        Write::Webhook(c) => super::webhooks::apply(tx, node, c, chain).await,
        Write::Accept(_) | Write::Audit(_) | Write::Outcome(_) => Ok(()),
    }
}

/// The audit head, locked on first use and held until the transaction ends.
///
/// Taken as late as the commit allows: the messages, recipients and workers'
/// results of a batch go in first, so on PostgreSQL another node's committer
/// can insert its own while this one holds the lock for its events, its head
/// update and the commit.
struct Head {
    backend: StoreBackend,
    locked: Option<(Chain, i64)>,
}

impl Head {
    fn new(backend: StoreBackend) -> Self {
        Head {
            backend,
            locked: None,
        }
    }

    async fn lock(&mut self, tx: &mut Transaction<'_, Any>) -> Result<&mut Chain, StoreError> {
        let locked = match self.locked.take() {
            Some(locked) => locked,
            None => {
                let chain = lock_head(tx, self.backend).await?;
                let before = chain.seq;
                (chain, before)
            }
        };
        Ok(&mut self.locked.insert(locked).0)
    }

    /// The chain, if this commit extended it.
    fn moved(&self) -> Option<&Chain> {
        self.locked
            .as_ref()
            .filter(|(chain, before)| chain.seq != *before)
            .map(|(chain, _)| chain)
    }
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

/// Insert one message with its content, recipients and events (for writes
/// that insert on their own; the committer's batches gather them in [`Pending`]).
pub(super) async fn insert_message(
    tx: &mut AnyConnection,
    node: &str,
    m: &NewMessage,
    chain: &mut Chain,
) -> Result<(), StoreError> {
    let mut rows = Pending::default();
    rows.message(node, m);
    rows.flush(tx, chain).await
}

/// A worker's or an admin's change to recipients. Its events are chained when
/// the batch's events are sent.
async fn apply_outcome<'a>(
    tx: &mut AnyConnection,
    node: &'a str,
    o: &'a super::Outcome,
    rows: &mut Pending<'a>,
) -> Result<(), StoreError> {
    let now = crate::util::now_us();
    for u in &o.updates {
        // A worker's result under its lease: gathered and sent with the others.
        if let (false, false, Some(owner)) = (u.only_if_idle, u.only_if_held, &o.lease_owner) {
            rows.leased_update(&o.message_id, owner, u, now);
            continue;
        }
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
        rows.message(node, m);
    }
    for ev in &o.events {
        rows.event(node, ev);
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

/// Insert one audit row (for writes that insert on their own).
pub(super) async fn insert_event(
    tx: &mut AnyConnection,
    row: &ChainedRow,
) -> Result<(), StoreError> {
    super::rows::insert_events(tx, std::slice::from_ref(row)).await
}
