//! Webhooks' rows: each key's endpoint (its signing secret sealed under the
//! master key), the outbox of events to send, and the cursor into the audit
//! log the outbox is filled from. Registering, removing and disabling an
//! endpoint are commits with their `api_key` event; filling and emptying the
//! outbox are plain transactions (they change no audited state).

use sqlx::{AnyConnection, Row};

use super::crypto::Sealed;
use super::{Store, StoreBackend, StoreError, committer};
use crate::audit::details::{ApiKeyEvent, KeyAction};
use crate::audit::{Chain, Details};

/// A key's endpoint.
#[derive(Debug, Clone)]
pub struct WebhookRow {
    pub key_id: String,
    pub url: String,
    pub events: Vec<String>,
    pub secret: Sealed,
    pub created_at_us: i64,
    pub failing_since_us: Option<i64>,
    pub disabled_at_us: Option<i64>,
}

/// Register (replace), remove or disable a key's endpoint, audited.
pub struct WebhookChange {
    pub action: KeyAction,
    pub key_id: String,
    pub key_name: String,
    /// The endpoint to store (`WebhookSet`); None removes it.
    pub row: Option<WebhookRow>,
    pub reason: Option<String>,
    pub actor: String,
    pub at_us: i64,
}

/// An event of an API message, as the outbox producer reads it.
#[derive(Debug, Clone)]
pub struct HookEvent {
    pub seq: i64,
    pub event: String,
    pub message_id: String,
    pub recipient_idx: Option<i64>,
    pub details: String,
    pub key_id: String,
    /// The events the key's endpoint asked for (comma list).
    pub subscribed: String,
}

/// One row of the outbox, claimed for sending.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: String,
    pub key_id: String,
    pub payload: String,
    pub attempts: i64,
    pub created_at_us: i64,
}

fn webhook_of(r: &sqlx::any::AnyRow) -> Result<WebhookRow, sqlx::Error> {
    Ok(WebhookRow {
        key_id: r.try_get("key_id")?,
        url: r.try_get("url")?,
        events: r
            .try_get::<String, _>("events")?
            .split(',')
            .filter(|e| !e.is_empty())
            .map(String::from)
            .collect(),
        secret: Sealed {
            key_id: r.try_get("secret_key_id")?,
            wrapped_key: r.try_get("secret_wrapped")?,
            ciphertext: r.try_get("secret_sealed")?,
            binding: None,
        },
        created_at_us: r.try_get("created_at_us")?,
        failing_since_us: r.try_get("failing_since_us")?,
        disabled_at_us: r.try_get("disabled_at_us")?,
    })
}

impl Store {
    pub async fn webhook(&self, key_id: &str) -> Result<Option<WebhookRow>, StoreError> {
        let row = sqlx::query("SELECT * FROM api_webhooks WHERE key_id = $1")
            .bind(key_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(webhook_of).transpose()?)
    }

    pub async fn webhook_change(&self, c: WebhookChange) -> Result<(), StoreError> {
        self.write(committer::Write::Webhook(Box::new(c))).await
    }

    /// Read the audit log from the cursor (at most `span` seqs) and queue an
    /// outbox row for each event `payload` turns into one; move the cursor.
    /// One node at a time (the cursor row is locked). Returns the rows queued.
    pub async fn webhook_fill(
        &self,
        span: i64,
        payload: impl Fn(&HookEvent) -> Option<(String, String)>,
        now_us: i64,
    ) -> Result<usize, StoreError> {
        let mut tx = match self.backend() {
            StoreBackend::Sqlite => self.pool().begin_with("BEGIN IMMEDIATE").await?,
            StoreBackend::Postgres => self.pool().begin().await?,
        };
        let lock = match self.backend() {
            StoreBackend::Postgres => " FOR UPDATE",
            StoreBackend::Sqlite => "",
        };
        let sql = format!("SELECT seq FROM webhook_cursor WHERE id = 1{lock}");
        let from: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_one(&mut *tx)
            .await?;
        let head: Option<i64> = sqlx::query_scalar("SELECT max(seq) FROM audit_events")
            .fetch_one(&mut *tx)
            .await?;
        let upto = head.unwrap_or(0).min(from.saturating_add(span));
        if upto <= from {
            return Ok(0);
        }
        // No endpoint to send to: move on without reading the events.
        let endpoints: i64 =
            sqlx::query_scalar("SELECT count(*) FROM api_webhooks WHERE disabled_at_us IS NULL")
                .fetch_one(&mut *tx)
                .await?;
        if endpoints == 0 {
            sqlx::query("UPDATE webhook_cursor SET seq = $1 WHERE id = 1")
                .bind(head.unwrap_or(0))
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            return Ok(0);
        }
        let rows = sqlx::query(
            "SELECT a.seq, a.event, a.message_id, a.details, m.auth_user, r.idx, w.events \
             FROM audit_events a JOIN messages m ON m.id = a.message_id \
             JOIN api_webhooks w ON w.key_id = substr(m.auth_user, 5) AND w.disabled_at_us IS NULL \
             LEFT JOIN recipients r ON r.message_id = a.message_id AND r.address = a.recipient \
             WHERE a.seq > $1 AND a.seq <= $2 \
             AND a.event IN ('delivered', 'deferred', 'bounced', 'expired', 'viewed') \
             AND m.auth_user LIKE 'api:%' ORDER BY a.seq",
        )
        .bind(from)
        .bind(upto)
        .fetch_all(&mut *tx)
        .await?;
        let mut queued = 0;
        for r in &rows {
            let auth: String = r.try_get("auth_user")?;
            let ev = HookEvent {
                seq: r.try_get("seq")?,
                event: r.try_get("event")?,
                message_id: r.try_get("message_id")?,
                recipient_idx: r.try_get("idx")?,
                details: r.try_get("details")?,
                key_id: auth.trim_start_matches("api:").to_string(),
                subscribed: r.try_get("events")?,
            };
            let Some((id, body)) = payload(&ev) else {
                continue;
            };
            sqlx::query(
                "INSERT INTO webhook_outbox (id, key_id, payload, created_at_us, attempts, next_at_us) \
                 VALUES ($1, $2, $3, $4, 0, $4)",
            )
            .bind(id)
            .bind(&ev.key_id)
            .bind(body)
            .bind(now_us)
            .execute(&mut *tx)
            .await?;
            queued += 1;
        }
        sqlx::query("UPDATE webhook_cursor SET seq = $1 WHERE id = 1")
            .bind(upto)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(queued)
    }

    /// Lease up to `limit` due outbox rows to `until_us`.
    pub async fn webhook_claim(
        &self,
        now_us: i64,
        until_us: i64,
        limit: i64,
    ) -> Result<Vec<OutboxRow>, StoreError> {
        let lock = self.skip_locked();
        let sql = format!(
            "UPDATE webhook_outbox SET lease_until_us = $1 WHERE id IN (SELECT id FROM webhook_outbox \
               WHERE delivered_at_us IS NULL AND failed_at_us IS NULL AND next_at_us <= $2 \
               AND (lease_until_us IS NULL OR lease_until_us < $2) ORDER BY next_at_us LIMIT $3 {lock}) \
             RETURNING id, key_id, payload, attempts, created_at_us"
        );
        Ok(sqlx::query_as::<_, OutboxRow>(sqlx::AssertSqlSafe(sql))
            .bind(until_us)
            .bind(now_us)
            .bind(limit)
            .fetch_all(self.pool())
            .await?)
    }

    /// A try's result: delivered, due again at `next_at_us`, or given up.
    pub async fn webhook_tried(
        &self,
        row: &OutboxRow,
        outcome: Tried,
        now_us: i64,
    ) -> Result<(), StoreError> {
        let (delivered, next, failed) = match outcome {
            Tried::Delivered => (Some(now_us), now_us, None),
            Tried::Again { at_us } => (None, at_us, None),
            Tried::GivenUp => (None, now_us, Some(now_us)),
        };
        sqlx::query(
            "UPDATE webhook_outbox SET attempts = attempts + 1, next_at_us = $1, \
             delivered_at_us = $2, failed_at_us = $3, lease_until_us = NULL WHERE id = $4",
        )
        .bind(next)
        .bind(delivered)
        .bind(failed)
        .bind(&row.id)
        .execute(self.pool())
        .await?;
        let failing = match outcome {
            Tried::Delivered => "UPDATE api_webhooks SET failing_since_us = NULL WHERE key_id = $1",
            _ => {
                "UPDATE api_webhooks SET failing_since_us = COALESCE(failing_since_us, $2) WHERE key_id = $1"
            }
        };
        sqlx::query(failing)
            .bind(&row.key_id)
            .bind(now_us)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

/// What became of one try.
#[derive(Debug, Clone, Copy)]
pub enum Tried {
    Delivered,
    Again { at_us: i64 },
    GivenUp,
}

pub(super) async fn apply(
    tx: &mut AnyConnection,
    node: &str,
    c: &WebhookChange,
    chain: &mut Chain,
) -> Result<(), StoreError> {
    match (&c.row, c.action) {
        (Some(w), KeyAction::WebhookSet) => {
            sqlx::query("DELETE FROM api_webhooks WHERE key_id = $1")
                .bind(&w.key_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO api_webhooks (key_id, url, events, secret_key_id, secret_wrapped, \
                 secret_sealed, created_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(&w.key_id)
            .bind(&w.url)
            .bind(w.events.join(","))
            .bind(&w.secret.key_id)
            .bind(w.secret.wrapped_key.clone())
            .bind(w.secret.ciphertext.clone())
            .bind(w.created_at_us)
            .execute(&mut *tx)
            .await?;
        }
        (_, KeyAction::WebhookDisabled) => {
            sqlx::query("UPDATE api_webhooks SET disabled_at_us = $1 WHERE key_id = $2")
                .bind(c.at_us)
                .bind(&c.key_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE webhook_outbox SET failed_at_us = $1 WHERE key_id = $2 \
                 AND delivered_at_us IS NULL AND failed_at_us IS NULL",
            )
            .bind(c.at_us)
            .bind(&c.key_id)
            .execute(&mut *tx)
            .await?;
        }
        _ => {
            sqlx::query("DELETE FROM api_webhooks WHERE key_id = $1")
                .bind(&c.key_id)
                .execute(&mut *tx)
                .await?;
        }
    }
    let mut ev = Details::ApiKey(ApiKeyEvent {
        action: c.action,
        key_id: c.key_id.clone(),
        name: c.key_name.clone(),
        scopes: Vec::new(),
        sender_domains: Vec::new(),
        reason: c.reason.clone(),
        previous_valid_until_us: None,
    })
    .into_event(c.actor.clone());
    ev.at_us = c.at_us;
    committer::insert_event(tx, &chain.append(node, &ev)).await
}
