//! The HTTP API's rows: application keys (`api_keys`: a SHA-256 of each secret,
//! never the secret) and idempotency keys (`api_idempotency`, written with the
//! message they name, `rows.rs`). Every change to a key is one commit with its
//! `api_key` audit event.

use sqlx::{AnyConnection, Row};

use super::{Store, StoreError, committer};
use crate::audit::details::{ApiKeyEvent, KeyAction};
use crate::audit::{Chain, Details};

/// What a key may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    Send,
    Status,
    Webhooks,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::Send, Scope::Status, Scope::Webhooks];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Send => "send",
            Scope::Status => "status",
            Scope::Webhooks => "webhooks",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
}

/// One key as stored.
#[derive(Debug, Clone)]
pub struct ApiKeyRow {
    pub id: String,
    pub name: String,
    /// Hex SHA-256 of the secret.
    pub secret_sha256: String,
    /// After a rotation: the old secret's hash, and until when it works.
    pub previous: Option<(String, i64)>,
    pub scopes: Vec<Scope>,
    pub sender_domains: Vec<String>,
    /// At most `rate_count` submissions per `rate_per_secs` seconds.
    pub rate_count: u32,
    pub rate_per_secs: u32,
    /// Messages per UTC day; 0: none.
    pub daily_quota: u64,
    /// A test key: its mail is accepted, classified and audited, never delivered.
    pub test_only: bool,
    /// Hex SHA-256 of the client certificate every call must present.
    pub client_cert_sha256: Option<String>,
    pub created_at_us: i64,
    pub revoked_at_us: Option<i64>,
    /// Set by the anomaly guard or an administrator; `api-key resume` clears it.
    pub suspended: Option<(i64, String)>,
}

impl ApiKeyRow {
    pub fn scope_names(&self) -> Vec<String> {
        self.scopes.iter().map(|s| s.as_str().to_string()).collect()
    }
}

/// A change to a key, with who made it and why.
pub struct KeyChange {
    pub action: KeyAction,
    /// The whole row after the change (a new secret hash for `rotate`).
    pub key: ApiKeyRow,
    pub reason: Option<String>,
    pub actor: String,
    pub at_us: i64,
}

/// An idempotency key, committed with the message it names.
#[derive(Debug, Clone)]
pub struct Idempotency {
    pub key_id: String,
    pub idem_key: String,
    /// Hex SHA-256 of the request body: the same key with another body is refused.
    pub body_sha256: String,
}

const COLUMNS: &str = "id, name, secret_sha256, previous_sha256, previous_until_us, scopes, \
    sender_domains, rate_count, rate_per_secs, daily_quota, test_only, client_cert_sha256, \
    created_at_us, revoked_at_us, suspended_at_us, suspended_reason";

fn split(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn row_of(r: &sqlx::any::AnyRow) -> Result<ApiKeyRow, sqlx::Error> {
    let previous = match (
        r.try_get::<Option<String>, _>("previous_sha256")?,
        r.try_get::<Option<i64>, _>("previous_until_us")?,
    ) {
        (Some(h), Some(until)) => Some((h, until)),
        _ => None,
    };
    let suspended = match (
        r.try_get::<Option<i64>, _>("suspended_at_us")?,
        r.try_get::<Option<String>, _>("suspended_reason")?,
    ) {
        (Some(at), reason) => Some((at, reason.unwrap_or_default())),
        _ => None,
    };
    Ok(ApiKeyRow {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        secret_sha256: r.try_get("secret_sha256")?,
        previous,
        // An unknown scope in the table grants nothing (fail closed).
        scopes: split(&r.try_get::<String, _>("scopes")?)
            .iter()
            .filter_map(|s| Scope::parse(s))
            .collect(),
        sender_domains: split(&r.try_get::<String, _>("sender_domains")?),
        rate_count: u32::try_from(r.try_get::<i64, _>("rate_count")?).unwrap_or(0),
        rate_per_secs: u32::try_from(r.try_get::<i64, _>("rate_per_secs")?).unwrap_or(1),
        daily_quota: u64::try_from(r.try_get::<i64, _>("daily_quota")?).unwrap_or(0),
        test_only: r.try_get::<i64, _>("test_only")? != 0,
        client_cert_sha256: r.try_get("client_cert_sha256")?,
        created_at_us: r.try_get("created_at_us")?,
        revoked_at_us: r.try_get("revoked_at_us")?,
        suspended,
    })
}

impl Store {
    pub async fn api_key(&self, id: &str) -> Result<Option<ApiKeyRow>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM api_keys WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(row_of).transpose()?)
    }

    /// Every key, oldest first.
    pub async fn api_keys(&self) -> Result<Vec<ApiKeyRow>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM api_keys ORDER BY created_at_us, id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(row_of).collect::<Result<_, _>>()?)
    }

    /// The message an idempotency key already names, with its body's hash.
    pub async fn idempotent(
        &self,
        key_id: &str,
        idem_key: &str,
        since_us: i64,
    ) -> Result<Option<(String, String)>, StoreError> {
        let row: Option<(String, String)> = sqlx::query_as(
            "SELECT body_sha256, message_id FROM api_idempotency \
             WHERE key_id = $1 AND idem_key = $2 AND created_at_us >= $3",
        )
        .bind(key_id)
        .bind(idem_key)
        .bind(since_us)
        .fetch_optional(self.pool())
        .await?;
        Ok(row)
    }

    /// Messages a key submitted since `since_us` (its daily quota).
    pub async fn api_key_messages_since(
        &self,
        key_id: &str,
        since_us: i64,
    ) -> Result<u64, StoreError> {
        let n: i64 = sqlx::query_scalar(
            // The LIKE repeats the index's own condition (messages_by_api_key)
            // so that the planner may use it.
            "SELECT count(*) FROM messages \
             WHERE auth_user = $1 AND auth_user LIKE 'api:%' AND received_at_us >= $2",
        )
        .bind(format!("api:{key_id}"))
        .bind(since_us)
        .fetch_one(self.pool())
        .await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// A message's sealed `metadata`, if its submission had any.
    pub async fn api_metadata(
        &self,
        message_id: &str,
    ) -> Result<Option<super::crypto::Sealed>, StoreError> {
        let row = sqlx::query(
            "SELECT sealed_key_id, wrapped_key, ciphertext FROM api_metadata WHERE message_id = $1",
        )
        .bind(message_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(super::crypto::Sealed {
                key_id: r.try_get("sealed_key_id")?,
                wrapped_key: r.try_get("wrapped_key")?,
                ciphertext: r.try_get("ciphertext")?,
                binding: None,
            })
        })
        .transpose()
    }

    /// Create or change a key, with its `api_key` event, in one commit.
    pub async fn api_key_change(&self, change: KeyChange) -> Result<(), StoreError> {
        self.write(committer::Write::ApiKey(Box::new(change))).await
    }
}

pub(super) async fn apply(
    tx: &mut AnyConnection,
    node: &str,
    c: &KeyChange,
    chain: &mut Chain,
) -> Result<(), StoreError> {
    let k = &c.key;
    let sql = match c.action {
        KeyAction::Created => format!(
            "INSERT INTO api_keys ({COLUMNS}) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"
        ),
        _ => "UPDATE api_keys SET name = $2, secret_sha256 = $3, previous_sha256 = $4, \
              previous_until_us = $5, scopes = $6, sender_domains = $7, rate_count = $8, \
              rate_per_secs = $9, daily_quota = $10, test_only = $11, client_cert_sha256 = $12, \
              created_at_us = $13, revoked_at_us = $14, suspended_at_us = $15, \
              suspended_reason = $16 WHERE id = $1"
            .to_string(),
    };
    let scopes = k.scope_names().join(",");
    let done = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(&k.id)
        .bind(&k.name)
        .bind(&k.secret_sha256)
        .bind(k.previous.as_ref().map(|p| p.0.clone()))
        .bind(k.previous.as_ref().map(|p| p.1))
        .bind(scopes)
        .bind(k.sender_domains.join(","))
        .bind(i64::from(k.rate_count))
        .bind(i64::from(k.rate_per_secs))
        .bind(i64::try_from(k.daily_quota).unwrap_or(i64::MAX))
        .bind(i64::from(k.test_only))
        .bind(k.client_cert_sha256.clone())
        .bind(k.created_at_us)
        .bind(k.revoked_at_us)
        .bind(k.suspended.as_ref().map(|s| s.0))
        .bind(k.suspended.as_ref().map(|s| s.1.clone()))
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() != 1 {
        return Err(StoreError::Conflict(format!("no API key {}", k.id)));
    }
    let mut ev = Details::ApiKey(ApiKeyEvent {
        action: c.action,
        key_id: k.id.clone(),
        name: k.name.clone(),
        scopes: k.scope_names(),
        sender_domains: k.sender_domains.clone(),
        reason: c.reason.clone(),
        previous_valid_until_us: k.previous.as_ref().map(|p| p.1),
    })
    .into_event(c.actor.clone());
    ev.at_us = c.at_us;
    committer::insert_event(tx, &chain.append(node, &ev)).await
}
