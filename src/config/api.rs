//! `[api]`: the HTTP submission API's listener (docs/api.md). Off by default;
//! HTTPS only.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApiSection {
    /// Start the HTTPS listener with `serve`. Default: false.
    pub enabled: bool,
    /// "IP:port". Default: "127.0.0.1:8444".
    pub listen: String,
    /// PEM certificate chain and key. Required when enabled.
    pub cert: String,
    pub key: String,
    /// Requests with a wrong key from one client address within
    /// `auth_failure_window_secs`; after that the address gets 429 until the
    /// window ends. Default: 10.
    pub max_auth_failures_per_ip: u32,
    /// Default: 900.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub auth_failure_window_secs: u64,
    /// A webhook endpoint failing this long is disabled (audited). Default:
    /// 259200 (3 days).
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub webhook_disable_after_secs: u64,
    /// Let webhooks go to loopback, private, link-local and other
    /// non-public addresses. Default: false (a key holder could otherwise
    /// make the relay post to services on its own network).
    pub webhook_allow_private_addresses: bool,
}

impl Default for ApiSection {
    fn default() -> Self {
        Self {
            enabled: false,
            listen: "127.0.0.1:8444".into(),
            cert: String::new(),
            key: String::new(),
            max_auth_failures_per_ip: 10,
            auth_failure_window_secs: 900,
            webhook_disable_after_secs: 3 * 86_400,
            webhook_allow_private_addresses: false,
        }
    }
}

/// `[api]`, checked: None when off.
#[derive(Debug, Clone)]
pub struct ApiConfig {
    pub listen: SocketAddr,
    pub cert: PathBuf,
    pub key: PathBuf,
    pub max_auth_failures_per_ip: u32,
    pub auth_failure_window: Duration,
    pub webhook_disable_after: Duration,
    pub webhook_allow_private_addresses: bool,
}

impl ApiConfig {
    pub fn webhook_disable_after_us(&self) -> i64 {
        i64::try_from(self.webhook_disable_after.as_micros()).unwrap_or(i64::MAX)
    }
}

pub(super) fn api(a: &ApiSection, err: &mut impl FnMut(&str, String, &str)) -> Option<ApiConfig> {
    if !a.enabled {
        return None;
    }
    let listen = a.listen.trim().parse::<SocketAddr>().map_err(|_| {
        err(
            "api.listen",
            format!("{:?} is not an IP:port", a.listen),
            "write it as \"127.0.0.1:8444\" or \"[::]:8444\"",
        )
    });
    for (key, file) in [("api.cert", &a.cert), ("api.key", &a.key)] {
        if file.trim().is_empty() {
            err(
                key,
                "missing: the API serves HTTPS only".into(),
                "set the PEM file",
            );
        } else if let Err(e) = std::fs::File::open(file) {
            err(
                key,
                format!("cannot read {file:?}: {e}"),
                "check the path and that the relay's user may read it",
            );
        }
    }
    if a.max_auth_failures_per_ip == 0 {
        err(
            "api.max_auth_failures_per_ip",
            "0 is out of range".into(),
            "use at least 1 (default 10)",
        );
    }
    if a.webhook_disable_after_secs < 3600 {
        err(
            "api.webhook_disable_after_secs",
            format!("{} seconds is out of range", a.webhook_disable_after_secs),
            "use at least \"1h\" (default \"3d\")",
        );
    }
    if a.auth_failure_window_secs == 0 {
        err(
            "api.auth_failure_window_secs",
            "0 is out of range".into(),
            "use at least 1 second (default \"15m\")",
        );
    }
    Some(ApiConfig {
        listen: listen.ok()?,
        cert: PathBuf::from(&a.cert),
        key: PathBuf::from(&a.key),
        max_auth_failures_per_ip: a.max_auth_failures_per_ip,
        auth_failure_window: Duration::from_secs(a.auth_failure_window_secs),
        webhook_disable_after: Duration::from_secs(a.webhook_disable_after_secs),
        webhook_allow_private_addresses: a.webhook_allow_private_addresses,
    })
}
