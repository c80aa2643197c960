//! What the compliance verbs read and write: signed checkpoints, audit rows by
//! time, and one day's recipients with the events that account for them.

use super::{Store, StoreError};
use crate::audit::ChainedRow;
use crate::audit::checkpoint::Checkpoint;

/// A checkpoint as stored.
#[derive(sqlx::FromRow)]
struct CheckpointRow {
    seq: i64,
    hash: Vec<u8>,
    at_us: i64,
    node: String,
    public_key: Vec<u8>,
    signature: Vec<u8>,
}

/// One recipient of a day's mail, with the events that account for its state.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReconcileRow {
    pub message_id: String,
    pub recipient: String,
    pub state: String,
    pub received_at_us: i64,
    /// Whether the message has its `received` event.
    pub has_received: i64,
    /// Events about this recipient that end it: `delivered`, `bounced`, `expired`,
    /// `pickup_created`, `admin`, (count of each kind present, as a bit set).
    pub terminal_events: i64,
}

/// Bits of [`ReconcileRow::terminal_events`].
pub mod terminal {
    pub const DELIVERED: i64 = 1;
    pub const BOUNCED: i64 = 2;
    pub const EXPIRED: i64 = 4;
    pub const PICKUP: i64 = 8;
    pub const ADMIN: i64 = 16;
}

impl Store {
    /// PostgreSQL: make sure the audit table has its monthly partitions for
    /// this month and the next three (rows of a month without one go to the
    /// default partition, so this never stops mail). Returns how many it made.
    pub async fn ensure_audit_partitions(&self) -> Result<i64, StoreError> {
        if self.backend() != super::StoreBackend::Postgres {
            return Ok(0);
        }
        let made: i32 = sqlx::query_scalar("SELECT audit_partitions_ensure(3, NULL)")
            .fetch_one(self.pool())
            .await?;
        Ok(i64::from(made))
    }

    pub async fn insert_checkpoint(&self, c: &Checkpoint) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit_checkpoints (seq, hash, at_us, node, public_key, signature) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(c.seq)
        .bind(hex::decode(&c.hash).unwrap_or_default())
        .bind(c.at_us)
        .bind(&c.node)
        .bind(hex::decode(&c.public_key).unwrap_or_default())
        .bind(hex::decode(&c.signature).unwrap_or_default())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Every stored checkpoint, oldest first.
    pub async fn checkpoints(&self) -> Result<Vec<Checkpoint>, StoreError> {
        let rows: Vec<CheckpointRow> = sqlx::query_as(
            "SELECT seq, hash, at_us, node, public_key, signature FROM audit_checkpoints \
             ORDER BY seq, at_us",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| Checkpoint {
                format: crate::audit::checkpoint::FORMAT.into(),
                seq: r.seq,
                hash: hex::encode(r.hash),
                at_us: r.at_us,
                node: r.node,
                public_key: hex::encode(r.public_key),
                signature: hex::encode(r.signature),
            })
            .collect())
    }

    /// Row `seq`'s stored hash, if the row exists.
    pub async fn audit_hash(&self, seq: i64) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT hash FROM audit_events WHERE seq = $1")
                .bind(seq)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// Rows with `seq > after` and `from_us <= at_us < to_us`, in seq order.
    pub async fn audit_page_between(
        &self,
        after: i64,
        from_us: i64,
        to_us: i64,
        limit: i64,
    ) -> Result<Vec<ChainedRow>, StoreError> {
        let rows: Vec<super::read::AuditRow> = sqlx::query_as(
            "SELECT seq, at_us, node, event, message_id, recipient, actor, details, prev_hash, hash \
             FROM audit_events WHERE seq > $1 AND at_us >= $2 AND at_us < $3 ORDER BY seq LIMIT $4",
        )
        .bind(after)
        .bind(from_us)
        .bind(to_us)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(ChainedRow::from).collect())
    }

    /// The recipients of mail received in `[from_us, to_us)`, with their events.
    pub async fn reconcile_rows(
        &self,
        from_us: i64,
        to_us: i64,
    ) -> Result<Vec<ReconcileRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT r.message_id, r.address AS recipient, r.state, m.received_at_us, \
             (SELECT count(*) FROM audit_events e WHERE e.message_id = m.id \
                AND e.event = 'received') AS has_received, \
             (SELECT COALESCE(sum(DISTINCT CASE e.event WHEN 'delivered' THEN 1 WHEN 'bounced' THEN 2 \
                WHEN 'expired' THEN 4 WHEN 'pickup_created' THEN 8 ELSE 0 END), 0) \
                + COALESCE(max(CASE WHEN e.event = 'admin' AND (e.details LIKE '%\"action\":\"delete\"%' \
                OR e.details LIKE '%\"action\":\"test\"%') THEN 16 ELSE 0 END), 0) \
                FROM audit_events e WHERE e.message_id = m.id AND e.recipient = r.address) \
                AS terminal_events \
             FROM recipients r JOIN messages m ON m.id = r.message_id \
             WHERE m.received_at_us >= $1 AND m.received_at_us < $2 \
             ORDER BY m.received_at_us, r.message_id, r.idx",
        )
        .bind(from_us)
        .bind(to_us)
        .fetch_all(self.pool())
        .await?)
    }
}
