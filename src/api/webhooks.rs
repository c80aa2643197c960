//! Webhooks (docs/api.md#webhooks): each key may register one HTTPS endpoint
//! for its messages' events. Events come from the audit log (so nothing is
//! missed and nothing is sent that did not happen), wait in a durable outbox,
//! and are POSTed signed in the style of the Standard Webhooks spec
//! (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 of
//! HMAC-SHA256(secret, "id.timestamp.body")>`), retried with back-off; an
//! endpoint that keeps failing is disabled, audited. Payloads carry ids and
//! states only: never an address, a subject or content.

use std::sync::Arc;
use std::time::Duration;

use aws_lc_rs::hmac;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::watch;

use super::auth::Call;
use super::problem::ApiError;
use super::{Api, Shared};
use crate::audit::details::KeyAction;
use crate::store::webhooks::{HookEvent, OutboxRow, Tried, WebhookChange, WebhookRow};

/// The events a webhook may ask for.
pub const EVENTS: [&str; 6] = [
    "delivered",
    "deferred",
    "bounced",
    "expired",
    "portal.viewed",
    "portal.expired",
];
/// Waits after each failed try; the last repeats.
const BACKOFF_SECS: [u64; 9] = [5, 30, 120, 600, 1800, 3600, 7200, 14400, 28800];
const POLL: Duration = Duration::from_secs(1);
const BATCH: i64 = 20;
const SEND_TIMEOUT: Duration = Duration::from_secs(10);

/// The body of `PUT /v1/webhook`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookIn {
    /// An `https://` URL.
    pub url: String,
    /// Default: all of `delivered`, `deferred`, `bounced`, `expired`,
    /// `portal.viewed`, `portal.expired`.
    #[serde(default)]
    pub events: Option<Vec<String>>,
}

/// The answer of `PUT` (with `secret`, once) and `GET /v1/webhook` (with `state`).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct WebhookOut {
    pub url: String,
    pub events: Vec<String>,
    /// `whsec_` and the base64 signing secret: in the `PUT` answer only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// `active`, `failing` or `disabled`: in the `GET` answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

/// The AAD-like name the secret is sealed under.
fn sealed_name(key_id: &str) -> String {
    format!("webhook:{key_id}")
}

/// `delivered` for an event of the log (None: not one webhooks carry).
fn event_name(e: &HookEvent, details: &Value) -> Option<&'static str> {
    Some(match e.event.as_str() {
        "delivered" => "delivered",
        "deferred" => "deferred",
        "bounced" => "bounced",
        "expired" if details.get("pickup_id").is_some() => "portal.expired",
        "expired" => "expired",
        "viewed" => "portal.viewed",
        _ => return None,
    })
}

/// The outbox row for an audit event: (`webhook-id`, JSON body). Only ids,
/// states, codes and TLS facts.
pub fn payload(e: &HookEvent, now_us: i64) -> Option<(String, String)> {
    let d: Value = serde_json::from_str(&e.details).unwrap_or(Value::Null);
    let kind = event_name(e, &d)?;
    if !e.subscribed.split(',').any(|s| s == kind) {
        return None;
    }
    let id = format!("evt_{}", e.seq);
    let tls = d.get("tls").filter(|t| t.is_object()).map(|t| {
        json!({"version": t.get("version"), "cipher": t.get("cipher"), "verified": t.get("verified")})
    });
    let body = json!({
        "id": id,
        "type": kind,
        "timestamp": crate::audit::export::rfc3339_us(now_us),
        "data": {
            "message_id": e.message_id,
            "recipient_index": e.recipient_idx,
            "code": d.get("code"),
            "enhanced": d.get("enhanced"),
            "tls": tls,
            "policy_source": d.get("policy_source"),
            "pickup_id": d.get("pickup_id"),
        },
    });
    Some((id, body.to_string()))
}

/// `v1,<base64>` over `id.timestamp.body` (Standard Webhooks).
pub fn signature(secret: &[u8], id: &str, timestamp: i64, body: &str) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret);
    let tag = hmac::sign(&key, format!("{id}.{timestamp}.{body}").as_bytes());
    format!(
        "v1,{}",
        base64::engine::general_purpose::STANDARD.encode(tag.as_ref())
    )
}

fn check_url(url: &str, allow_private: bool) -> Result<(), ApiError> {
    let invalid = |detail: &str| ApiError::Invalid {
        field: "url".into(),
        detail: detail.into(),
    };
    let parsed = reqwest::Url::parse(url).map_err(|_| invalid("not a URL"))?;
    if parsed.scheme() != "https" || parsed.host_str().is_none() {
        return Err(invalid("must be an https:// URL with a host"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() || url.len() > 2000 {
        return Err(invalid(
            "no user or password in it, at most 2000 characters",
        ));
    }
    super::webhook_addresses::literal_allowed(&parsed, allow_private)
        .map_err(|e| invalid(&e.to_string()))
}

impl Api {
    /// `PUT /v1/webhook`: register (or replace) the key's endpoint; the
    /// signing secret is in the answer, once.
    pub async fn webhook_put(&self, call: &Call, headers: &HeaderMap, body: &[u8]) -> Response {
        let key = match self.authenticate(headers, call).await {
            Ok(k) => k,
            Err(e) => return e.into_response(),
        };
        let result = async {
            let req: WebhookIn = serde_json::from_slice(body).map_err(|_| ApiError::Invalid {
                field: "body".into(),
                detail: "{\"url\": \"https://…\", \"events\": [...]} expected".into(),
            })?;
            check_url(&req.url, self.api.webhook_allow_private_addresses)?;
            let events = req
                .events
                .unwrap_or_else(|| EVENTS.map(String::from).to_vec());
            if events.is_empty() || events.iter().any(|e| !EVENTS.contains(&e.as_str())) {
                return Err(ApiError::Invalid {
                    field: "events".into(),
                    detail: format!("a non-empty list of {}", EVENTS.join(", ")),
                });
            }
            let mut secret = [0u8; 32];
            aws_lc_rs::rand::fill(&mut secret).map_err(|_| ApiError::Unavailable)?;
            let sealed = self
                .keys
                .seal(&sealed_name(&key.id), &secret)
                .map_err(|_| ApiError::Unavailable)?;
            let now = crate::util::now_us();
            let row = WebhookRow {
                key_id: key.id.clone(),
                url: req.url.clone(),
                events: events.clone(),
                secret: sealed,
                created_at_us: now,
                failing_since_us: None,
                disabled_at_us: None,
            };
            let change = WebhookChange {
                action: KeyAction::WebhookSet,
                key_id: key.id.clone(),
                key_name: key.name.clone(),
                row: Some(row),
                reason: None,
                actor: format!("api:{}", call.client_ip),
                at_us: now,
            };
            self.store
                .webhook_change(change)
                .await
                .map_err(|_| ApiError::Unavailable)?;
            let whsec = base64::engine::general_purpose::STANDARD.encode(secret);
            Ok(json!({"url": req.url, "events": events, "secret": format!("whsec_{whsec}")}))
        }
        .await;
        self.respond(call, &key.id, None, result).await
    }

    /// `GET /v1/webhook`: the endpoint and its state, never the secret.
    pub async fn webhook_get(&self, call: &Call, headers: &HeaderMap) -> Response {
        let key = match self.authenticate(headers, call).await {
            Ok(k) => k,
            Err(e) => return e.into_response(),
        };
        let result = match self.store.webhook(&key.id).await {
            Ok(Some(w)) => Ok(json!({
                "url": w.url, "events": w.events,
                "state": if w.disabled_at_us.is_some() { "disabled" } else if w.failing_since_us.is_some() { "failing" } else { "active" },
            })),
            Ok(None) => Err(ApiError::NotFound),
            Err(_) => Err(ApiError::Unavailable),
        };
        self.respond(call, &key.id, None, result).await
    }

    /// `DELETE /v1/webhook`.
    pub async fn webhook_delete(&self, call: &Call, headers: &HeaderMap) -> Response {
        let key = match self.authenticate(headers, call).await {
            Ok(k) => k,
            Err(e) => return e.into_response(),
        };
        let result = match self.store.webhook(&key.id).await {
            Ok(Some(_)) => {
                let change = WebhookChange {
                    action: KeyAction::WebhookRemoved,
                    key_id: key.id.clone(),
                    key_name: key.name.clone(),
                    row: None,
                    reason: None,
                    actor: format!("api:{}", call.client_ip),
                    at_us: crate::util::now_us(),
                };
                match self.store.webhook_change(change).await {
                    Ok(()) => Ok(json!({"removed": true})),
                    Err(_) => Err(ApiError::Unavailable),
                }
            }
            Ok(None) => Err(ApiError::NotFound),
            Err(_) => Err(ApiError::Unavailable),
        };
        self.respond(call, &key.id, None, result).await
    }
}

/// Fill the outbox from the audit log and send what is due, until `stopped`.
pub fn spawn(api: Shared, http: reqwest::Client, mut stopped: watch::Receiver<bool>) {
    tokio::spawn(async move {
        loop {
            let now = crate::util::now_us();
            if let Err(e) = api.store.webhook_fill(5000, |e| payload(e, now), now).await {
                tracing::warn!(error = %e, "webhook outbox not filled");
            }
            send_due(&api, &http).await;
            tokio::select! {
                _ = tokio::time::sleep(POLL) => {}
                _ = stopped.changed() => return,
            }
        }
    });
}

async fn send_due(api: &Api, http: &reqwest::Client) {
    let now = crate::util::now_us();
    let lease = now + 2 * i64::try_from(SEND_TIMEOUT.as_micros()).unwrap_or(i64::MAX / 4);
    let rows = match api.store.webhook_claim(now, lease, BATCH).await {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!(error = %e, "webhook outbox not read");
            return;
        }
    };
    for row in rows {
        let outcome = send_one(api, http, &row).await;
        if let Err(e) = api
            .store
            .webhook_tried(&row, outcome, crate::util::now_us())
            .await
        {
            tracing::warn!(error = %e, "webhook result not recorded");
        }
    }
}

async fn send_one(api: &Api, http: &reqwest::Client, row: &OutboxRow) -> Tried {
    let now = crate::util::now_us();
    let hook = match api.store.webhook(&row.key_id).await {
        Ok(Some(h)) if h.disabled_at_us.is_none() => h,
        // Removed or disabled since: nothing to send to.
        Ok(_) => return Tried::GivenUp,
        Err(_) => return again(row, now),
    };
    // The endpoint may have been replaced since the row was queued.
    let wanted = serde_json::from_str::<Value>(&row.payload)
        .ok()
        .and_then(|v| v["type"].as_str().map(String::from))
        .is_some_and(|t| hook.events.contains(&t));
    if !wanted {
        return Tried::GivenUp;
    }
    if hook
        .failing_since_us
        .is_some_and(|since| now - since > api.api.webhook_disable_after_us())
    {
        disable(api, &hook, now).await;
        return Tried::GivenUp;
    }
    let Ok(secret) = api.keys.open(&sealed_name(&hook.key_id), &hook.secret) else {
        tracing::error!(key_id = %hook.key_id, "webhook secret cannot be opened");
        return again(row, now);
    };
    // Registered while private addresses were allowed, and no longer are.
    if check_url(&hook.url, api.api.webhook_allow_private_addresses).is_err() {
        tracing::warn!(key_id = %hook.key_id, "webhook URL is a non-public address; event given up");
        return Tried::GivenUp;
    }
    let id = &row.id;
    let ts = now / 1_000_000;
    let sent = http
        .post(&hook.url)
        .header("content-type", "application/json")
        .header("webhook-id", id.as_str())
        .header("webhook-timestamp", ts.to_string())
        .header(
            "webhook-signature",
            signature(&secret, id, ts, &row.payload),
        )
        .body(row.payload.clone())
        .timeout(SEND_TIMEOUT)
        .send()
        .await;
    match sent {
        Ok(r) if r.status().is_success() => Tried::Delivered,
        Ok(r) => {
            tracing::info!(key_id = %hook.key_id, status = r.status().as_u16(), "webhook endpoint refused; retrying later");
            again(row, now)
        }
        Err(e) => {
            tracing::info!(key_id = %hook.key_id, error = %e, "webhook endpoint unreachable; retrying later");
            again(row, now)
        }
    }
}

fn again(row: &OutboxRow, now: i64) -> Tried {
    let i = usize::try_from(row.attempts)
        .unwrap_or(usize::MAX)
        .min(BACKOFF_SECS.len() - 1);
    let wait = i64::try_from(BACKOFF_SECS[i]).unwrap_or(28_800) * 1_000_000;
    Tried::Again { at_us: now + wait }
}

async fn disable(api: &Api, hook: &WebhookRow, now: i64) {
    tracing::warn!(key_id = %hook.key_id, "webhook endpoint failing too long; disabled");
    let change = WebhookChange {
        action: KeyAction::WebhookDisabled,
        key_id: hook.key_id.clone(),
        key_name: String::new(),
        row: None,
        reason: Some("failing for longer than api.webhook_disable_after_secs".into()),
        actor: "api:webhooks".into(),
        at_us: now,
    };
    if let Err(e) = api.store.webhook_change(change).await {
        tracing::error!(error = %e, "webhook disable not recorded");
    }
}

/// The client webhooks are sent with: PKIX (the Mozilla roots and
/// `[transport] extra_ca_files`), `[dns]`'s resolver keeping public addresses
/// only (unless `allow_private`), no redirects.
pub async fn client(
    cfg: &crate::config::Config,
    allow_private: bool,
) -> Result<reqwest::Client, String> {
    let dns = crate::dns::Dns::new(&cfg.dns)
        .await
        .map_err(|e| e.to_string())?;
    let mut tls =
        (*crate::transport::security::pkix_config(&cfg.transport, crate::tls_provider::provider())
            .map_err(|e| e.to_string())?)
        .clone();
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .dns_resolver(Arc::new(super::webhook_addresses::PublicOnly {
            inner: Arc::new(crate::transport::mta_sts::HickoryResolve(
                dns.resolver().clone(),
            )),
            allow_private,
        }))
        .redirect(reqwest::redirect::Policy::none())
        .https_only(true)
        .no_proxy()
        .build()
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(name: &str, details: Value) -> HookEvent {
        HookEvent {
            seq: 7,
            event: name.into(),
            message_id: "Q1".into(),
            recipient_idx: Some(0),
            details: details.to_string(),
            key_id: "k".into(),
            subscribed: EVENTS.join(","),
        }
    }

    #[test]
    fn audit_events_become_webhook_types_with_ids_only() {
        let of = |name: &str, d: Value| {
            payload(&event(name, d), 0)
                .map(|(_, body)| serde_json::from_str::<Value>(&body).unwrap())
        };
        let delivered = of("delivered", json!({"code": 250, "rcpt": "p@example.org"})).unwrap();
        assert_eq!(delivered["type"], "delivered");
        assert_eq!(delivered["id"], "evt_7");
        assert!(
            !delivered.to_string().contains("p@example.org"),
            "{delivered}"
        );
        assert_eq!(
            of("viewed", json!({"pickup_id": "P"})).unwrap()["type"],
            "portal.viewed"
        );
        assert_eq!(
            of("expired", json!({"pickup_id": "P"})).unwrap()["type"],
            "portal.expired"
        );
        assert_eq!(
            of("expired", json!({"code": 550})).unwrap()["type"],
            "expired"
        );
        assert!(of("attempt", json!({})).is_none());
        let mut only_delivered = event("bounced", json!({"code": 550}));
        only_delivered.subscribed = "delivered".into();
        assert!(
            payload(&only_delivered, 0).is_none(),
            "an event nobody asked for"
        );
    }

    #[test]
    fn the_signature_is_standard_webhooks_v1() {
        // HMAC-SHA256("secret", "msg_1.1700000000.{}"), base64, as computed
        // by Python's hmac module.
        let sig = signature(b"secret", "msg_1", 1_700_000_000, "{}");
        assert_eq!(sig, "v1,A5oIrJxXPB/PkULSoVu0e4khvPiqpF9vljmhkSKg0FI=");
    }
}
