//! Content retention: the sealed content of finished mail is destroyed after
//! `[queue] shred_delivered_after_secs` (its wrapped key and ciphertext emptied,
//! `messages.content_shredded_at_us` set). Each sweep is one commit with its
//! `content_shredded` audit event naming the messages; the audit record of
//! every message stays.

use sqlx::AnyConnection;

use super::{Store, StoreError, committer};
use crate::audit::{AuditEvent, Chain, EventType};

/// One sweep's messages.
pub struct ContentPurge {
    pub message_ids: Vec<String>,
    pub older_than_secs: u64,
    pub actor: String,
    pub at_us: i64,
}

impl Store {
    /// Finished messages whose content is still there and whose recipients all
    /// reached their end before `cutoff_us` (oldest first, at most `limit`). A
    /// message received after the cutoff cannot qualify (its recipients changed
    /// after it arrived): the index on unshredded messages' age keeps this cheap.
    pub async fn finished_content_before(
        &self,
        cutoff_us: i64,
        limit: i64,
    ) -> Result<Vec<String>, StoreError> {
        let ids: Vec<(String,)> = sqlx::query_as(
            "SELECT m.id FROM messages m JOIN message_content c ON c.message_id = m.id \
             WHERE m.content_shredded_at_us IS NULL AND m.received_at_us < $1 \
             AND length(c.ciphertext) > 0 \
             AND NOT EXISTS (SELECT 1 FROM recipients r WHERE r.message_id = m.id \
                 AND (r.state IN ('queued', 'deferred', 'held') OR r.updated_at_us >= $1)) \
             AND NOT EXISTS (SELECT 1 FROM pickups p WHERE p.message_id = m.id \
                 AND p.state IN ('waiting', 'opened')) \
             ORDER BY m.received_at_us LIMIT $2",
        )
        .bind(cutoff_us)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(ids.into_iter().map(|(id,)| id).collect())
    }

    /// Destroy the content of `purge.message_ids`, audited, in one commit.
    pub async fn purge_content(&self, purge: ContentPurge) -> Result<(), StoreError> {
        self.write(committer::Write::Purge(Box::new(purge))).await
    }
}

pub(super) async fn apply(
    tx: &mut AnyConnection,
    node: &str,
    p: &ContentPurge,
    chain: &mut Chain,
) -> Result<(), StoreError> {
    // Another node's sweep may have taken a message first: only what this
    // commit shreds is named in its event.
    let mut shredded = Vec::with_capacity(p.message_ids.len());
    for id in &p.message_ids {
        let marked = sqlx::query(
            "UPDATE messages SET content_shredded_at_us = $1 WHERE id = $2 \
             AND content_shredded_at_us IS NULL",
        )
        .bind(p.at_us)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if marked.rows_affected() == 0 {
            continue;
        }
        sqlx::query(
            "UPDATE message_content SET wrapped_key = $1, ciphertext = $1 WHERE message_id = $2",
        )
        .bind(Vec::<u8>::new())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        // An API submission's metadata goes with its content.
        sqlx::query("DELETE FROM api_metadata WHERE message_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        shredded.push(id.clone());
    }
    if shredded.is_empty() {
        return Ok(());
    }
    let mut ev = AuditEvent::new(
        EventType::ContentShredded,
        p.actor.clone(),
        serde_json::json!({
            "messages": shredded.len(),
            "message_ids": shredded,
            "older_than_secs": p.older_than_secs,
        }),
    );
    ev.at_us = p.at_us;
    committer::insert_event(tx, &chain.append(node, &ev)).await
}
