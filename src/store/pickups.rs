//! Portal pickups and reader sessions (`migrations/*/0007_portal.sql`).
//!
//! Every change that the audit log records goes through the committer as one
//! [`PortalWrite`]: its row changes, any new messages (notices, codes, replies)
//! and its events commit together. Each change is guarded by the state it was
//! read in, so two nodes serving the same pickup cannot both win.

use sqlx::AnyConnection;

use super::{NewMessage, Store, StoreError, committer};
use crate::audit::{AuditEvent, Chain};

/// Where a pickup stands. Stored as its lower-case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickupState {
    /// Created; the recipient has not read it yet.
    Waiting,
    /// Read at least once.
    Opened,
    /// Past its lifetime: its data key is destroyed.
    Expired,
    /// Withdrawn by an administrator: its data key is destroyed.
    Recalled,
}

impl PickupState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Opened => "opened",
            Self::Expired => "expired",
            Self::Recalled => "recalled",
        }
    }

    /// Unknown text reads as expired: nothing is served from a row we cannot read.
    pub fn parse(s: &str) -> Self {
        match s {
            "waiting" => Self::Waiting,
            "opened" => Self::Opened,
            "recalled" => Self::Recalled,
            _ => Self::Expired,
        }
    }

    pub fn is_live(self) -> bool {
        matches!(self, Self::Waiting | Self::Opened)
    }
}

/// A new pickup for a held recipient.
#[derive(Debug, Clone)]
pub struct NewPickup {
    pub id: String,
    pub message_id: String,
    pub idx: i64,
    pub recipient: String,
    pub token_hash: [u8; 32],
    pub key_id: String,
    pub wrapped_key: Vec<u8>,
    pub created_at_us: i64,
    pub expires_at_us: i64,
}

/// A pickup as read (never the token; the code only as its hash).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PickupRow {
    pub id: String,
    pub message_id: String,
    pub idx: i64,
    pub recipient: String,
    pub state: String,
    pub created_at_us: i64,
    pub expires_at_us: i64,
    pub first_viewed_at_us: Option<i64>,
    pub code_hash: Option<Vec<u8>>,
    pub code_expires_at_us: Option<i64>,
    pub code_tries: i64,
    pub locked_until_us: Option<i64>,
    pub code_window_us: i64,
    pub codes_in_window: i64,
}

impl PickupRow {
    pub fn state(&self) -> PickupState {
        PickupState::parse(&self.state)
    }

    /// Live and not past its expiry at `now_us`.
    pub fn readable_at(&self, now_us: i64) -> bool {
        self.state().is_live() && now_us < self.expires_at_us
    }
}

/// What a pickup's reader needs to open the content.
#[derive(Debug, Clone)]
pub struct PickupSecret {
    pub key_id: String,
    pub wrapped_key: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// One guarded change to the portal's rows.
#[derive(Debug, Clone)]
pub enum PickupChange {
    /// A held recipient becomes a pickup.
    Create(NewPickup),
    /// A one-time code was issued (replacing any earlier one). The count of
    /// wrong tries carries over: only signing in resets it.
    CodeIssued {
        pickup_id: String,
        code_hash: [u8; 32],
        expires_at_us: i64,
        window_us: i64,
        codes_in_window: i64,
    },
    /// A wrong code: `tries` is the count before this one; the pickup locks
    /// until `locked_until_us` when set (and the code is void).
    CodeWrong {
        pickup_id: String,
        tries: i64,
        locked_until_us: Option<i64>,
    },
    /// The right code: it is void now and a session starts.
    SignedIn {
        pickup_id: String,
        session_hash: [u8; 32],
        now_us: i64,
    },
    /// The session ended (logout or idle).
    SignedOut { session_hash: [u8; 32] },
    /// The first read.
    FirstViewed { pickup_id: String, now_us: i64 },
    /// The pickup's data key is destroyed (expired or recalled).
    Shred {
        pickup_id: String,
        message_id: String,
        to: PickupState,
    },
    Extend {
        pickup_id: String,
        expires_at_us: i64,
    },
}

/// Row changes, new messages and events that commit together.
#[derive(Debug, Clone, Default)]
pub struct PortalWrite {
    pub changes: Vec<PickupChange>,
    pub new_messages: Vec<NewMessage>,
    pub events: Vec<AuditEvent>,
}

const PICKUP_COLUMNS: &str = "id, message_id, idx, recipient, state, created_at_us, expires_at_us, \
     first_viewed_at_us, code_hash, code_expires_at_us, code_tries, locked_until_us, \
     code_window_us, codes_in_window";

impl Store {
    /// Commit a portal change with its messages and events.
    pub async fn portal_write(&self, w: PortalWrite) -> Result<(), StoreError> {
        self.write(committer::Write::Portal(Box::new(w))).await
    }

    /// Messages with a held recipient (oldest first), to become pickups.
    pub async fn held_messages(&self, limit: i64) -> Result<Vec<String>, StoreError> {
        let ids: Vec<(String,)> = sqlx::query_as(
            "SELECT DISTINCT message_id FROM recipients WHERE state = 'held' \
             ORDER BY message_id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(ids.into_iter().map(|r| r.0).collect())
    }

    pub async fn pickup_by_token(&self, hash: &[u8; 32]) -> Result<Option<PickupRow>, StoreError> {
        let sql = format!("SELECT {PICKUP_COLUMNS} FROM pickups WHERE token_hash = $1");
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(hash.as_slice())
            .fetch_optional(&self.pool)
            .await?)
    }

    pub async fn pickup(&self, id: &str) -> Result<Option<PickupRow>, StoreError> {
        let sql = format!("SELECT {PICKUP_COLUMNS} FROM pickups WHERE id = $1");
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Pickups of a message, or every pickup (newest first) when `message_id` is None.
    pub async fn pickups(
        &self,
        message_id: Option<&str>,
        live_only: bool,
        limit: i64,
    ) -> Result<Vec<PickupRow>, StoreError> {
        let live = match live_only {
            true => " AND state IN ('waiting', 'opened')",
            false => "",
        };
        let sql = format!(
            "SELECT {PICKUP_COLUMNS} FROM pickups WHERE ($1 = '' OR message_id = $1){live} \
             ORDER BY created_at_us DESC, id LIMIT $2"
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(message_id.unwrap_or(""))
            .bind(limit)
            .fetch_all(&self.pool)
            .await?)
    }

    /// Live pickups whose time is up at `now_us`.
    pub async fn pickups_due_to_expire(
        &self,
        now_us: i64,
        limit: i64,
    ) -> Result<Vec<PickupRow>, StoreError> {
        let sql = format!(
            "SELECT {PICKUP_COLUMNS} FROM pickups WHERE state IN ('waiting', 'opened') \
             AND expires_at_us <= $1 ORDER BY expires_at_us LIMIT $2"
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(now_us)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The wrapped key and ciphertext of a live pickup; None once shredded.
    pub async fn pickup_secret(&self, id: &str) -> Result<Option<PickupSecret>, StoreError> {
        type Row = (Option<String>, Option<Vec<u8>>, Vec<u8>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT p.key_id, p.wrapped_key, c.ciphertext FROM pickups p \
             JOIN message_content c ON c.message_id = p.message_id \
             WHERE p.id = $1 AND p.state IN ('waiting', 'opened')",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some((Some(key_id), Some(wrapped_key), ciphertext)) if !ciphertext.is_empty() => {
                Some(PickupSecret {
                    key_id,
                    wrapped_key,
                    ciphertext,
                })
            }
            _ => None,
        })
    }

    /// The pickup and last request time of a session.
    pub async fn portal_session(
        &self,
        hash: &[u8; 32],
    ) -> Result<Option<(String, i64)>, StoreError> {
        Ok(
            sqlx::query_as(
                "SELECT pickup_id, last_seen_us FROM portal_sessions WHERE id_hash = $1",
            )
            .bind(hash.as_slice())
            .fetch_optional(&self.pool)
            .await?,
        )
    }

    /// A request in a session (not audited: idle logoff reads it).
    pub async fn touch_portal_session(
        &self,
        hash: &[u8; 32],
        now_us: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE portal_sessions SET last_seen_us = $1 WHERE id_hash = $2")
            .bind(now_us)
            .bind(hash.as_slice())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

impl Store {
    /// Shred the content of finished portal mail (a notice or code whose
    /// recipient is delivered, bounced or expired): the link token and codes
    /// then exist nowhere but as hashes. Returns how many were shredded.
    pub async fn shred_finished_portal_mail(&self, limit: i64) -> Result<usize, StoreError> {
        let ids: Vec<(String,)> = sqlx::query_as(
            "SELECT m.id FROM messages m WHERE m.shred_when_done = $1 AND NOT EXISTS \
             (SELECT 1 FROM recipients r WHERE r.message_id = m.id \
              AND r.state IN ('queued', 'deferred', 'held')) LIMIT $2",
        )
        .bind(true)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        for (id,) in &ids {
            let mut tx = self.pool.begin().await?;
            sqlx::query("UPDATE message_content SET wrapped_key = $1, ciphertext = $1 WHERE message_id = $2")
                .bind(Vec::<u8>::new())
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE messages SET shred_when_done = $1 WHERE id = $2")
                .bind(false)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            mark_shredded(&mut tx, id).await?;
            tx.commit().await?;
        }
        Ok(ids.len())
    }

    /// The argon2id hash of the sender's passphrase for message `id`, if set.
    pub async fn passphrase_hash(&self, id: &str) -> Result<Option<String>, StoreError> {
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT passphrase_hash FROM messages WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.and_then(|r| r.0))
    }

    /// Sessions idle since before `cutoff_us`: (session hash, pickup row).
    pub async fn idle_portal_sessions(
        &self,
        cutoff_us: i64,
        limit: i64,
    ) -> Result<Vec<(Vec<u8>, String)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT id_hash, pickup_id FROM portal_sessions WHERE last_seen_us < $1 LIMIT $2",
        )
        .bind(cutoff_us)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }
}

/// Apply a portal write inside the committer's transaction.
pub(super) async fn apply(
    tx: &mut AnyConnection,
    node: &str,
    w: &PortalWrite,
    chain: &mut Chain,
) -> Result<(), StoreError> {
    for m in &w.new_messages {
        committer::insert_message(tx, node, m, chain).await?;
    }
    for c in &w.changes {
        apply_change(tx, c).await?;
    }
    for ev in &w.events {
        committer::insert_event(tx, &chain.append(node, ev)).await?;
    }
    Ok(())
}

async fn apply_change(tx: &mut AnyConnection, c: &PickupChange) -> Result<(), StoreError> {
    let now = crate::util::now_us();
    let affected = match c {
        PickupChange::Create(p) => {
            let n = create(tx, p, now).await?;
            shred_message_if_unneeded(tx, &p.message_id).await?;
            n
        }
        PickupChange::CodeIssued {
            pickup_id,
            code_hash,
            expires_at_us,
            window_us,
            codes_in_window,
        } => {
            sqlx::query(
                "UPDATE pickups SET code_hash = $1, code_expires_at_us = $2, \
                 code_window_us = $3, codes_in_window = $4 \
                 WHERE id = $5 AND state IN ('waiting', 'opened')",
            )
            .bind(code_hash.as_slice())
            .bind(expires_at_us)
            .bind(window_us)
            .bind(codes_in_window)
            .bind(pickup_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
        }
        PickupChange::CodeWrong {
            pickup_id,
            tries,
            locked_until_us,
        } => code_wrong(tx, pickup_id, *tries, *locked_until_us).await?,
        PickupChange::SignedIn {
            pickup_id,
            session_hash,
            now_us,
        } => signed_in(tx, pickup_id, session_hash, *now_us).await?,
        PickupChange::SignedOut { session_hash } => {
            sqlx::query("DELETE FROM portal_sessions WHERE id_hash = $1")
                .bind(session_hash.as_slice())
                .execute(&mut *tx)
                .await?;
            1
        }
        PickupChange::FirstViewed { pickup_id, now_us } => {
            sqlx::query(
                "UPDATE pickups SET state = 'opened', first_viewed_at_us = $1 \
                 WHERE id = $2 AND state = 'waiting'",
            )
            .bind(now_us)
            .bind(pickup_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
        }
        PickupChange::Shred {
            pickup_id,
            message_id,
            to,
        } => shred(tx, pickup_id, message_id, *to).await?,
        PickupChange::Extend {
            pickup_id,
            expires_at_us,
        } => {
            sqlx::query(
                "UPDATE pickups SET expires_at_us = $1 WHERE id = $2 AND state IN ('waiting', 'opened')",
            )
            .bind(expires_at_us)
            .bind(pickup_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
        }
    };
    if affected == 0 {
        return Err(StoreError::Conflict(format!(
            "pickup changed meanwhile ({})",
            change_name(c)
        )));
    }
    Ok(())
}

fn change_name(c: &PickupChange) -> &'static str {
    match c {
        PickupChange::Create(_) => "create",
        PickupChange::CodeIssued { .. } => "code issued",
        PickupChange::CodeWrong { .. } => "wrong code",
        PickupChange::SignedIn { .. } => "signed in",
        PickupChange::SignedOut { .. } => "signed out",
        PickupChange::FirstViewed { .. } => "first view",
        PickupChange::Shred { .. } => "shred",
        PickupChange::Extend { .. } => "extend",
    }
}

/// The recipient moves held → pickup (guarded) and its pickup row is written.
async fn create(tx: &mut AnyConnection, p: &NewPickup, now: i64) -> Result<u64, StoreError> {
    let moved = sqlx::query(
        "UPDATE recipients SET state = 'pickup', lease_owner = NULL, lease_until_us = NULL, \
         updated_at_us = $1 WHERE message_id = $2 AND idx = $3 AND state = 'held'",
    )
    .bind(now)
    .bind(&p.message_id)
    .bind(p.idx)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if moved != 1 {
        return Ok(0);
    }
    sqlx::query(
        "INSERT INTO pickups (id, message_id, idx, recipient, token_hash, key_id, wrapped_key, \
         state, created_at_us, expires_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting', $8, $9)",
    )
    .bind(&p.id)
    .bind(&p.message_id)
    .bind(p.idx)
    .bind(&p.recipient)
    .bind(p.token_hash.as_slice())
    .bind(&p.key_id)
    .bind(p.wrapped_key.as_slice())
    .bind(p.created_at_us)
    .bind(p.expires_at_us)
    .execute(&mut *tx)
    .await?;
    Ok(1)
}

async fn code_wrong(
    tx: &mut AnyConnection,
    pickup_id: &str,
    tries: i64,
    locked_until_us: Option<i64>,
) -> Result<u64, StoreError> {
    // The count must still be what was read: two guesses at once cannot both
    // count as the same try.
    let voids_code = locked_until_us.is_some();
    Ok(sqlx::query(
        "UPDATE pickups SET code_tries = code_tries + 1, \
         locked_until_us = COALESCE($1, locked_until_us), \
         code_hash = CASE WHEN $2 = 1 THEN NULL ELSE code_hash END \
         WHERE id = $3 AND code_tries = $4",
    )
    .bind(locked_until_us)
    .bind(i64::from(voids_code))
    .bind(pickup_id)
    .bind(tries)
    .execute(&mut *tx)
    .await?
    .rows_affected())
}

async fn signed_in(
    tx: &mut AnyConnection,
    pickup_id: &str,
    session_hash: &[u8; 32],
    now_us: i64,
) -> Result<u64, StoreError> {
    // The code is spent: it cannot open a second session.
    let spent = sqlx::query(
        "UPDATE pickups SET code_hash = NULL, code_tries = 0 \
         WHERE id = $1 AND code_hash IS NOT NULL AND state IN ('waiting', 'opened')",
    )
    .bind(pickup_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if spent != 1 {
        return Ok(0);
    }
    sqlx::query(
        "INSERT INTO portal_sessions (id_hash, pickup_id, created_at_us, last_seen_us) \
         VALUES ($1, $2, $3, $3)",
    )
    .bind(session_hash.as_slice())
    .bind(pickup_id)
    .bind(now_us)
    .execute(&mut *tx)
    .await?;
    Ok(1)
}

/// Destroy the pickup's copy of the data key and end its sessions; then
/// whatever of the message nothing needs any more.
async fn shred(
    tx: &mut AnyConnection,
    pickup_id: &str,
    message_id: &str,
    to: PickupState,
) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE pickups SET state = $1, wrapped_key = NULL, code_hash = NULL \
         WHERE id = $2 AND state IN ('waiting', 'opened')",
    )
    .bind(to.as_str())
    .bind(pickup_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done != 1 {
        return Ok(0);
    }
    sqlx::query("DELETE FROM portal_sessions WHERE pickup_id = $1")
        .bind(pickup_id)
        .execute(&mut *tx)
        .await?;
    shred_message_if_unneeded(tx, message_id).await?;
    Ok(1)
}

/// Crypto-shred what nothing needs any more: the message's own wrapped key once
/// no recipient waits in the queue (pickups hold their own copies), and the
/// ciphertext too once no pickup is live either.
pub(super) async fn shred_message_if_unneeded(
    tx: &mut AnyConnection,
    message_id: &str,
) -> Result<(), StoreError> {
    const QUEUE_DONE: &str = "NOT EXISTS (SELECT 1 FROM recipients WHERE message_id = $2 \
         AND state IN ('queued', 'deferred', 'held'))";
    const PORTAL_DONE: &str = "NOT EXISTS (SELECT 1 FROM pickups WHERE message_id = $2 \
         AND state IN ('waiting', 'opened'))";
    let key = format!(
        "UPDATE message_content SET wrapped_key = $1 WHERE message_id = $2 AND {QUEUE_DONE}"
    );
    let all = format!(
        "UPDATE message_content SET ciphertext = $1 WHERE message_id = $2 AND {QUEUE_DONE} \
         AND {PORTAL_DONE}"
    );
    for sql in [key, all] {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(Vec::<u8>::new())
            .bind(message_id)
            .execute(&mut *tx)
            .await?;
    }
    mark_shredded(tx, message_id).await
}

/// Record when a message's ciphertext went (compliance views read it).
async fn mark_shredded(tx: &mut AnyConnection, message_id: &str) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE messages SET content_shredded_at_us = $1 WHERE id = $2 \
         AND content_shredded_at_us IS NULL AND EXISTS (SELECT 1 FROM message_content \
         WHERE message_id = $2 AND length(ciphertext) = 0)",
    )
    .bind(crate::util::now_us())
    .bind(message_id)
    .execute(&mut *tx)
    .await?;
    Ok(())
}
