//! Details of the secure portal's events. A reader is named by the pickup id,
//! client address and user agent; never by the link token or a code, and an
//! attachment by its SHA-256 and size, never its file name (names carry PHI).

use serde::Serialize;

/// The web client behind a portal request.
#[derive(Debug, Clone, Serialize)]
pub struct WebClient {
    pub client_ip: String,
    /// As sent, cut to 200 characters, control characters replaced.
    pub user_agent: String,
}

impl WebClient {
    pub fn new(client_ip: String, user_agent: &str) -> Self {
        let user_agent = user_agent
            .chars()
            .take(200)
            .map(|c| if c.is_control() { '?' } else { c })
            .collect();
        Self {
            client_ip,
            user_agent,
        }
    }
}

/// `pickup_created`: a held recipient became a pickup; `notice_sent` follows
/// in the same commit.
#[derive(Debug, Clone, Serialize)]
pub struct PickupCreated {
    pub pickup_id: String,
    pub expires_at_us: i64,
    /// The master key that wraps the pickup's copy of the data key.
    pub key_id: String,
}

/// `notice_sent` (the link) and `code_sent` (a one-time code): the queue id of
/// the message that carries it.
#[derive(Debug, Clone, Serialize)]
pub struct PortalMailSent {
    pub pickup_id: String,
    pub mail_id: String,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub client: Option<WebClient>,
}

/// Why a sign-in failed.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthFailure {
    WrongCode,
    /// The right code with a wrong sender passphrase (counts as a wrong try).
    WrongPassphrase,
    /// The code is older than `[portal] code_ttl_secs`, or none was asked for.
    NoValidCode,
    /// Too many wrong codes: the pickup is locked for `lockout_secs`.
    Locked,
    /// Code requests past `[portal] codes_per_hour`.
    TooManyCodes,
}

/// `auth_failed`.
#[derive(Debug, Clone, Serialize)]
pub struct AuthFailed {
    pub pickup_id: String,
    pub reason: AuthFailure,
    /// Wrong codes so far, this one included.
    pub tries: i64,
    pub locked: bool,
    #[serde(flatten)]
    pub client: WebClient,
}

/// `auth_ok`, `viewed` and `logged_out` (with `why`).
#[derive(Debug, Clone, Serialize)]
pub struct ReaderAction {
    pub pickup_id: String,
    /// `viewed`: "message" or "print"; `logged_out`: "logout" or "idle".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub what: Option<&'static str>,
    #[serde(flatten)]
    pub client: WebClient,
}

/// `downloaded`.
#[derive(Debug, Clone, Serialize)]
pub struct Downloaded {
    pub pickup_id: String,
    /// The attachment's position in the message (1 = first).
    pub attachment: usize,
    pub sha256: String,
    pub size: usize,
    pub content_type: String,
    #[serde(flatten)]
    pub client: WebClient,
}

/// `replied`: the reply's queue id, size and attachment count.
#[derive(Debug, Clone, Serialize)]
pub struct Replied {
    pub pickup_id: String,
    pub reply_id: String,
    pub size: u64,
    pub attachments: usize,
    #[serde(flatten)]
    pub client: WebClient,
}

/// `expired` (lifetime) or `recalled` (an administrator): the pickup's data
/// key is destroyed.
#[derive(Debug, Clone, Serialize)]
pub struct PickupEnded {
    pub pickup_id: String,
    /// Whether the recipient had read it.
    pub was_read: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
