//! Reads: message records, recipients, sealed content, audit rows and the head.

use sqlx::Row;

use super::{MessageRecord, RecipientRecord, RecipientState, Sealed, Store, StoreError};
use crate::audit::ChainedRow;

impl Store {
    pub async fn message(&self, id: &str) -> Result<Option<MessageRecord>, StoreError> {
        let row = sqlx::query(
            // Booleans as 0/1: SQLite stores INTEGER, PostgreSQL BOOLEAN.
            "SELECT id, received_at_us, node, mail_from, size, sha256, body_type, \
             CASE WHEN smtputf8 THEN 1 ELSE 0 END, CASE WHEN requiretls THEN 1 ELSE 0 END, dsn_ret, dsn_envid, client_ip, auth_user, tls_version \
             FROM messages WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some(r) = row else { return Ok(None) };
        Ok(Some(MessageRecord {
            id: r.try_get(0)?,
            received_at_us: r.try_get(1)?,
            node: r.try_get(2)?,
            mail_from: r.try_get(3)?,
            size: r.try_get(4)?,
            sha256: r.try_get(5)?,
            body_type: r.try_get(6)?,
            smtputf8: r.try_get::<i64, _>(7)? != 0,
            requiretls: r.try_get::<i64, _>(8)? != 0,
            dsn_ret: r.try_get(9)?,
            dsn_envid: r.try_get(10)?,
            client_ip: r.try_get(11)?,
            auth_user: r.try_get(12)?,
            tls_version: r.try_get(13)?,
        }))
    }

    pub async fn recipients(&self, id: &str) -> Result<Vec<RecipientRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT idx, address, domain, dsn_notify, dsn_orcpt, state, attempts, decision \
             FROM recipients WHERE message_id = $1 ORDER BY idx",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let state: String = r.try_get(5)?;
                Ok(RecipientRecord {
                    idx: r.try_get(0)?,
                    address: r.try_get(1)?,
                    domain: r.try_get(2)?,
                    notify: r.try_get(3)?,
                    orcpt: r.try_get(4)?,
                    state: RecipientState::parse(&state)
                        .ok_or_else(|| StoreError::Corrupt(format!("recipient state {state:?}")))?,
                    attempts: r.try_get(6)?,
                    decision: super::Protection::parse_or_strictest(&r.try_get::<String, _>(7)?),
                })
            })
            .collect()
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
                .map(|(a, d)| (a.as_str(), super::Protection::parse_or_strictest(d))),
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
        let rows = sqlx::query(
            "SELECT seq, at_us, node, event, message_id, recipient, actor, details, prev_hash, hash \
             FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ChainedRow {
                    seq: r.try_get(0)?,
                    at_us: r.try_get(1)?,
                    node: r.try_get(2)?,
                    event: r.try_get(3)?,
                    message_id: r.try_get(4)?,
                    recipient: r.try_get(5)?,
                    actor: r.try_get(6)?,
                    details: r.try_get(7)?,
                    prev_hash: r.try_get(8)?,
                    hash: r.try_get(9)?,
                })
            })
            .collect()
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
