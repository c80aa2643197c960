//! `GET /v1/messages/{id}`: per recipient, the state, the policy's decision,
//! and for a delivery the TLS evidence (version, cipher, how the server was
//! verified, where the requirement came from). Never content or subject. A key
//! sees only the messages it submitted; any other id is 404.

use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::Api;
use super::auth::Call;
use super::problem::ApiError;
use crate::audit::export::rfc3339_us;

/// A queue id as typed (any case); None for anything that cannot be one.
fn queue_id(id: &str) -> Option<String> {
    let id = id.trim().to_ascii_uppercase();
    (id.len() == 26 && id.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(id)
}

/// The last result event per recipient address: its name and details.
fn last_results(rows: &[crate::audit::ChainedRow]) -> Vec<(String, String, Value)> {
    let mut out: Vec<(String, String, Value)> = Vec::new();
    for r in rows {
        let result = matches!(
            r.event.as_str(),
            "delivered" | "deferred" | "bounced" | "expired" | "held" | "pickup_created"
        );
        let Some(rcpt) = r.recipient.as_ref().filter(|_| result) else {
            continue;
        };
        let details = serde_json::from_str(&r.details).unwrap_or(Value::Null);
        out.retain(|(a, _, _)| a != rcpt);
        out.push((rcpt.clone(), r.event.clone(), details));
    }
    out
}

/// `GET /v1/messages/{id}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessageStatus {
    /// The queue id.
    pub id: String,
    /// RFC 3339, UTC.
    pub received_at: String,
    pub recipients: Vec<RecipientStatus>,
    /// The submission's `metadata`, as sent (absent when it had none, or once
    /// the message's content was shredded by retention).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RecipientStatus {
    pub address: String,
    /// `queued`, `deferred`, `held`, `pickup`, `delivered`, `bounced`, `expired`, `deleted`.
    pub state: String,
    /// The policy's decision: `deliver`, `tls-required` or `portal`.
    pub decision: String,
    pub attempts: i64,
    /// The last result event: `delivered`, `deferred`, `bounced`, `expired`,
    /// `held` or `pickup_created`.
    pub last_event: Option<String>,
    pub evidence: Option<Evidence>,
}

/// What the last result event recorded about the connection.
#[derive(Debug, Serialize, ToSchema)]
pub struct Evidence {
    pub tls: Option<TlsEvidence>,
    /// Where the TLS requirement came from: `dane`, `mta-sts`, `pkix`, `none`.
    pub policy_source: Option<String>,
    /// The TLS level the plan asked for.
    pub required_level: Option<String>,
    pub mx: Option<String>,
    pub code: Option<u16>,
    pub enhanced: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TlsEvidence {
    pub version: Option<String>,
    pub cipher: Option<String>,
    /// How the server's certificate was verified: `dane`, `pkix`, or null.
    pub verified: Option<String>,
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(String::from)
}

/// What a result event says about the connection, without anything else.
fn evidence(details: &Value) -> Evidence {
    let tls = details
        .get("tls")
        .filter(|t| t.is_object())
        .map(|t| TlsEvidence {
            version: text(t, "version"),
            cipher: text(t, "cipher"),
            verified: text(t, "verified"),
        });
    Evidence {
        tls,
        policy_source: text(details, "policy_source"),
        required_level: text(details, "required_level"),
        mx: text(details, "mx"),
        code: details
            .get("code")
            .and_then(Value::as_u64)
            .and_then(|c| u16::try_from(c).ok()),
        enhanced: text(details, "enhanced"),
    }
}

impl Api {
    pub async fn status(&self, call: &Call, headers: &HeaderMap, id: &str) -> Response {
        let key = match self.authenticate(headers, call).await {
            Ok(k) => k,
            Err(e) => return e.into_response(),
        };
        // Reads share the key's rate: each one is an audit row.
        if let Err(wait) = self.rates.take(&key.id, key.rate_count, key.rate_per_secs) {
            return ApiError::RateLimited { retry_after: wait }.into_response();
        }
        let answer = self.status_of(&key.id, id).await;
        self.respond(call, &key.id, queue_id(id).as_deref(), answer)
            .await
    }

    async fn status_of(&self, key_id: &str, id: &str) -> Result<MessageStatus, ApiError> {
        let id = queue_id(id).ok_or(ApiError::NotFound)?;
        let store_failed = |_| ApiError::Unavailable;
        let message = self.store.message(&id).await.map_err(store_failed)?;
        let owner = format!("api:{key_id}");
        let Some(m) = message.filter(|m| m.auth_user.as_deref() == Some(owner.as_str())) else {
            return Err(ApiError::NotFound);
        };
        let recipients = self.store.recipients(&id).await.map_err(store_failed)?;
        let events = self
            .store
            .audit_for_message(&id)
            .await
            .map_err(store_failed)?;
        let results = last_results(&events);
        let list = recipients
            .iter()
            .map(|r| {
                let last = results.iter().find(|(a, _, _)| a == &r.address);
                RecipientStatus {
                    address: r.address.clone(),
                    state: r.state.as_str().to_string(),
                    decision: r.decision.as_str().to_string(),
                    attempts: r.attempts,
                    last_event: last.map(|(_, e, _)| e.clone()),
                    evidence: last.map(|(_, _, d)| evidence(d)),
                }
            })
            .collect();
        let metadata = match self.store.api_metadata(&m.id).await.map_err(store_failed)? {
            Some(sealed) => {
                let name = super::send::metadata_name(&m.id);
                let json = self
                    .keys
                    .open(&name, &sealed)
                    .map_err(|_| ApiError::Unavailable)?;
                serde_json::from_slice(&json).ok()
            }
            None => None,
        };
        Ok(MessageStatus {
            id: m.id,
            received_at: rfc3339_us(m.received_at_us),
            recipients: list,
            metadata,
        })
    }
}
