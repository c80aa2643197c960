//! The portal's HTTPS listener (`crate::https`): its certificate, its router.

use std::net::SocketAddr;

use tokio::sync::watch;

pub use crate::https::ClientAddr;

use super::{PortalError, Shared, routes};

/// Bind the listener and serve until `stopped` turns true; returns the bound
/// address (port 0 in the config picks a free one).
pub async fn serve(
    portal: Shared,
    stopped: watch::Receiver<bool>,
) -> Result<SocketAddr, PortalError> {
    let cfg = &portal.cfg;
    let tls = crate::smtp::tls::server_config(&cfg.cert, &cfg.key)
        .map_err(|e| PortalError::Tls(format!("portal.{}: {}", e.key, e.problem)))?;
    let router = routes::router(portal.clone());
    let bound = crate::https::serve("portal", cfg.listen, tls, router, stopped)
        .await
        .map_err(|e| PortalError::Listen(cfg.listen, e))?;
    tracing::info!(address = %bound, url = %cfg.public_url, "portal listening");
    Ok(bound)
}
