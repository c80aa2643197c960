//! The HTTP submission API (docs/api.md): applications submit mail over HTTPS
//! with a scoped key, and it goes through the same acceptance stage as SMTP
//! DATA (classification, DKIM, sealing, audit, queue). A 202 is sent only
//! after the commit, as SMTP's 250.

mod anomaly;
mod auth;
mod compose;
pub mod key;
mod limits;
pub mod openapi;
mod problem;
mod routes;
mod send;
mod status;
mod webhook_addresses;
pub mod webhooks;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::sync::watch;

use crate::accept::Acceptor;
use crate::accept::suppression::Suppressions;
use crate::config::{ApiConfig, Config};
use crate::store::Store;

pub use problem::ApiError;

/// What every request handler shares.
pub struct Api {
    pub cfg: Arc<Config>,
    pub api: ApiConfig,
    pub store: Store,
    /// Seals and opens webhook secrets.
    pub keys: Arc<crate::store::MasterKeys>,
    pub acceptor: Acceptor,
    /// The RCPT-time suppression list, shared with the SMTP listener.
    pub suppressions: Arc<Suppressions>,
    rates: limits::RateLimiter,
    auth_failures: limits::AuthGuard,
    anomaly: anomaly::AnomalyGuard,
}

pub type Shared = Arc<Api>;

/// What the API is built from.
pub struct Parts {
    pub cfg: Arc<Config>,
    pub api: ApiConfig,
    pub store: Store,
    pub keys: Arc<crate::store::MasterKeys>,
    pub acceptor: Acceptor,
    pub suppressions: Arc<Suppressions>,
}

/// Why the API could not start (at start-up, before any request).
#[derive(Debug, thiserror::Error)]
pub enum ApiStartError {
    #[error("{0}")]
    Tls(String),
    #[error("api listener {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
    #[error("webhook client: {0}")]
    WebhookClient(String),
}

impl Api {
    pub fn new(parts: Parts) -> Shared {
        let Parts {
            cfg,
            api,
            store,
            keys,
            acceptor,
            suppressions,
        } = parts;
        let auth_failures =
            limits::AuthGuard::new(api.max_auth_failures_per_ip, api.auth_failure_window);
        Arc::new(Self {
            cfg,
            api,
            store,
            keys,
            acceptor,
            suppressions,
            rates: limits::RateLimiter::default(),
            auth_failures,
            anomaly: anomaly::AnomalyGuard::default(),
        })
    }
}

/// Bind `[api] listen` and serve until `stopped`; start the webhook sender.
/// Returns the bound address.
pub async fn serve(
    api: Shared,
    stopped: watch::Receiver<bool>,
) -> Result<SocketAddr, ApiStartError> {
    // Client certificates are asked for, not required: a key bound to one
    // (`api-key create --client-cert`) needs it; others do not.
    let tls = crate::smtp::tls::server_config_with_clients(&api.api.cert, &api.api.key)
        .map_err(|e| ApiStartError::Tls(format!("api.{}: {}", e.key, e.problem)))?;
    let http = webhooks::client(&api.cfg, api.api.webhook_allow_private_addresses)
        .await
        .map_err(ApiStartError::WebhookClient)?;
    webhooks::spawn(api.clone(), http, stopped.clone());
    let listen = api.api.listen;
    let router = routes::router(api);
    let bound = crate::https::serve("api", listen, tls, router, stopped)
        .await
        .map_err(|e| ApiStartError::Listen(listen, e))?;
    tracing::info!(address = %bound, "api listening");
    Ok(bound)
}
