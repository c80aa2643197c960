//! Details of the HTTP API's events: `api_key` (a key's life) and `api_call`
//! (a call that did not submit a message). Never a secret, never content.

use serde::Serialize;

/// What happened to a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyAction {
    Created,
    Rotated,
    Revoked,
    Suspended,
    Resumed,
    /// The key's webhook endpoint was registered (or replaced).
    WebhookSet,
    WebhookRemoved,
    /// The endpoint kept failing for `api::webhooks::DISABLE_AFTER`.
    WebhookDisabled,
}

/// `api_key`: a key was created, rotated, revoked, suspended or resumed.
#[derive(Debug, Clone, Serialize)]
pub struct ApiKeyEvent {
    pub action: KeyAction,
    pub key_id: String,
    pub name: String,
    /// The scopes and sender domains in force after the change.
    pub scopes: Vec<String>,
    pub sender_domains: Vec<String>,
    /// Why (`revoke`, `resume`, and the reason a key was suspended).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `rotate`: until when the old secret still works (µs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_valid_until_us: Option<i64>,
}

/// `api_call`: one request that did not submit a message.
#[derive(Debug, Clone, Serialize)]
pub struct ApiCall {
    /// The key's id; null when the request named no valid key.
    pub key_id: Option<String>,
    /// The scope the route needs: `send`, `status` or `webhooks`.
    pub scope: &'static str,
    pub client_ip: String,
    pub method: String,
    /// The route, not the URL (`/v1/messages/{id}`): ids stay out.
    pub route: &'static str,
    /// The HTTP status sent.
    pub status: u16,
    /// The problem's `type` name for an error (`unauthorized`, …); `ok` else.
    pub outcome: &'static str,
    /// The queue id asked about (status reads).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// Failures from this address in the window, when aggregated (401s).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failures_in_window: Option<u32>,
}
