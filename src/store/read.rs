//! Reads: message records, recipients, sealed content, audit rows and the head.

use super::{
    MessageRecord, Protection, RecipientRecord, RecipientState, Sealed, Store, StoreError,
};
use crate::audit::ChainedRow;

/// `messages` as read; booleans arrive as 0/1 through the Any driver.
#[derive(sqlx::FromRow)]
struct MessageRow {
    id: String,
    received_at_us: i64,
    node: String,
    mail_from: String,
    size: i64,
    sha256: Vec<u8>,
    body_type: String,
    smtputf8: i64,
    requiretls: i64,
    dsn_ret: Option<String>,
    dsn_envid: Option<String>,
    client_ip: String,
    auth_user: Option<String>,
    tls_version: Option<String>,
}

impl From<MessageRow> for MessageRecord {
    fn from(r: MessageRow) -> Self {
        Self {
            id: r.id,
            received_at_us: r.received_at_us,
            node: r.node,
            mail_from: r.mail_from,
            size: r.size,
            sha256: r.sha256,
            body_type: r.body_type,
            smtputf8: r.smtputf8 != 0,
            requiretls: r.requiretls != 0,
            dsn_ret: r.dsn_ret,
            dsn_envid: r.dsn_envid,
            client_ip: r.client_ip,
            auth_user: r.auth_user,
            tls_version: r.tls_version,
        }
    }
}

#[derive(sqlx::FromRow)]
struct RecipientRow {
    idx: i64,
    address: String,
    domain: String,
    dsn_notify: Option<String>,
    dsn_orcpt: Option<String>,
    state: String,
    attempts: i64,
    decision: String,
}

impl TryFrom<RecipientRow> for RecipientRecord {
    type Error = StoreError;

    fn try_from(r: RecipientRow) -> Result<Self, StoreError> {
        let state = RecipientState::parse(&r.state)
            .ok_or_else(|| StoreError::Corrupt(format!("recipient state {:?}", r.state)))?;
        Ok(Self {
            idx: r.idx,
            address: r.address,
            domain: r.domain,
            notify: r.dsn_notify,
            orcpt: r.dsn_orcpt,
            state,
            attempts: r.attempts,
            decision: Protection::parse_or_strictest(&r.decision),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct AuditRow {
    seq: i64,
    at_us: i64,
    node: String,
    event: String,
    message_id: Option<String>,
    recipient: Option<String>,
    actor: String,
    details: String,
    prev_hash: Vec<u8>,
    hash: Vec<u8>,
}

impl From<AuditRow> for ChainedRow {
    fn from(r: AuditRow) -> Self {
        Self {
            seq: r.seq,
            at_us: r.at_us,
            node: r.node,
            event: r.event,
            message_id: r.message_id,
            recipient: r.recipient,
            actor: r.actor,
            details: r.details,
            prev_hash: r.prev_hash,
            hash: r.hash,
        }
    }
}

impl Store {
    pub async fn message(&self, id: &str) -> Result<Option<MessageRecord>, StoreError> {
        let row: Option<MessageRow> = sqlx::query_as(
            // Booleans as 0/1: SQLite stores INTEGER, PostgreSQL BOOLEAN.
            "SELECT id, received_at_us, node, mail_from, size, sha256, body_type, \
             CASE WHEN smtputf8 THEN 1 ELSE 0 END AS smtputf8, \
             CASE WHEN requiretls THEN 1 ELSE 0 END AS requiretls, dsn_ret, dsn_envid, \
             client_ip, auth_user, tls_version FROM messages WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(MessageRecord::from))
    }

    pub async fn recipients(&self, id: &str) -> Result<Vec<RecipientRecord>, StoreError> {
        let rows: Vec<RecipientRow> = sqlx::query_as(
            "SELECT idx, address, domain, dsn_notify, dsn_orcpt, state, attempts, decision \
             FROM recipients WHERE message_id = $1 ORDER BY idx",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(RecipientRecord::try_from).collect()
    }

    /// The sealed content of a message (open it with [`super::MasterKeys::open`]).
    /// For bound content the envelope digest is recomputed from the rows as
    /// they are now, so opening fails if the envelope or a decision was edited.
    pub async fn sealed_content(&self, id: &str) -> Result<Option<Sealed>, StoreError> {
        let row: Option<(String, Vec<u8>, Vec<u8>, i64)> = sqlx::query_as(
            "SELECT key_id, wrapped_key, ciphertext, bound FROM message_content \
             WHERE message_id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some((key_id, wrapped_key, ciphertext, bound)) = row else {
            return Ok(None);
        };
        let binding = match bound {
            0 => None,
            _ => Some(self.current_binding(id).await?),
        };
        Ok(Some(Sealed {
            key_id,
            wrapped_key,
            ciphertext,
            binding,
        }))
    }

    /// The envelope digest of the message's rows as stored now.
    async fn current_binding(&self, id: &str) -> Result<[u8; 32], StoreError> {
        let (mail_from, requiretls): (String, i64) = sqlx::query_as(
            "SELECT mail_from, CASE WHEN requiretls THEN 1 ELSE 0 END FROM messages WHERE id = $1",
        )
        .bind(id)
        .fetch_one(self.pool())
        .await?;
        let rcpts: Vec<(String, String)> = sqlx::query_as(
            "SELECT address, decision FROM recipients WHERE message_id = $1 ORDER BY idx",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(super::binding::envelope_digest(
            &mail_from,
            requiretls != 0,
            rcpts
                .iter()
                .map(|(a, d)| (a.as_str(), Protection::parse_or_strictest(d))),
        ))
    }

    pub async fn message_ids(&self) -> Result<Vec<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT id FROM messages ORDER BY received_at_us, id")
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// Audit rows with `seq > after`, in order, at most `limit`.
    pub async fn audit_page(&self, after: i64, limit: i64) -> Result<Vec<ChainedRow>, StoreError> {
        let rows: Vec<AuditRow> = sqlx::query_as(
            "SELECT seq, at_us, node, event, message_id, recipient, actor, details, prev_hash, hash \
             FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(ChainedRow::from).collect())
    }

    /// Audit rows about one message, in order.
    pub async fn audit_for_message(&self, id: &str) -> Result<Vec<ChainedRow>, StoreError> {
        let seqs: Vec<i64> =
            sqlx::query_scalar("SELECT seq FROM audit_events WHERE message_id = $1 ORDER BY seq")
                .bind(id)
                .fetch_all(self.pool())
                .await?;
        let mut out = Vec::with_capacity(seqs.len());
        for s in seqs {
            out.extend(self.audit_page(s - 1, 1).await?);
        }
        Ok(out)
    }

    /// The recorded head of the chain: (seq, hash).
    pub async fn audit_head(&self) -> Result<(i64, Vec<u8>), StoreError> {
        Ok(
            sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
                .fetch_one(self.pool())
                .await?,
        )
    }
}

/// Queue depth by state and the age of the oldest pending recipient (metrics).
#[derive(Debug, Clone, Default)]
pub struct QueueGauges {
    pub by_state: Vec<(String, i64)>,
    pub oldest_pending_age_s: f64,
}

impl Store {
    /// One round trip to the store: `readyz`.
    pub async fn ping(&self) -> Result<(), StoreError> {
        let _: i64 = sqlx::query_scalar("SELECT CAST(1 AS BIGINT)")
            .fetch_one(self.pool())
            .await?;
        Ok(())
    }

    /// Counts by state, and the oldest message with a recipient still pending.
    pub async fn queue_gauges(&self) -> Result<QueueGauges, StoreError> {
        let by_state: Vec<(String, i64)> = sqlx::query_as(
            "SELECT state, CAST(count(*) AS BIGINT) FROM recipients GROUP BY state ORDER BY state",
        )
        .fetch_all(self.pool())
        .await?;
        let oldest: Option<i64> = sqlx::query_scalar(
            "SELECT min(m.received_at_us) FROM messages m JOIN recipients r ON r.message_id = m.id \
             WHERE r.state IN ('queued', 'deferred', 'held')",
        )
        .fetch_one(self.pool())
        .await?;
        let age = oldest.map_or(0.0, |t| {
            (crate::util::now_us() - t).max(0) as f64 / 1_000_000.0
        });
        Ok(QueueGauges {
            by_state,
            oldest_pending_age_s: age,
        })
    }
}

impl Store {
    /// (destination domain, received time) of each recipient still waiting:
    /// `queued`, `deferred` or `held`, or only `state`.
    pub async fn pending_by_domain(
        &self,
        state: Option<super::RecipientState>,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT r.domain, m.received_at_us FROM recipients r JOIN messages m ON m.id = r.message_id \
             WHERE ($1 = '' AND r.state IN ('queued', 'deferred', 'held')) OR r.state = $1",
        )
        .bind(state.map_or("", |s| s.as_str()))
        .fetch_all(self.pool())
        .await?)
    }
}
