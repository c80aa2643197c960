//! The portal's HTTPS listener: rustls (TLS 1.2 and 1.3 only, aws-lc-rs), then
//! HTTP/1.1 by hyper into the axum router. Each request carries its client
//! address; each connection has a handshake timeout and a header-read timeout.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

use super::{PortalError, Shared, routes};

/// The client address of a request (inserted by the listener).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub SocketAddr);

const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
const HEADER_TIMEOUT: Duration = Duration::from_secs(20);

/// Bind the listener and serve until `stopped` turns true; returns the bound
/// address (port 0 in the config picks a free one).
pub async fn serve(
    portal: Shared,
    mut stopped: watch::Receiver<bool>,
) -> Result<SocketAddr, PortalError> {
    let cfg = &portal.cfg;
    let mut tls = crate::smtp::tls::server_config(&cfg.cert, &cfg.key)
        .map_err(|e| PortalError::Tls(format!("portal.{}: {}", e.key, e.problem)))?;
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = TlsAcceptor::from(Arc::new(tls));
    let tcp = TcpListener::bind(cfg.listen)
        .await
        .map_err(|e| PortalError::Listen(cfg.listen, e))?;
    let bound = tcp
        .local_addr()
        .map_err(|e| PortalError::Listen(cfg.listen, e))?;
    let router = routes::router(portal.clone());
    tracing::info!(address = %bound, url = %cfg.public_url, "portal listening");
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = stopped.changed() => return,
                accepted = tcp.accept() => match accepted {
                    Ok((stream, peer)) => {
                        tokio::spawn(connection(stream, peer, acceptor.clone(), router.clone()));
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "portal accept failed");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                },
            }
        }
    });
    Ok(bound)
}

async fn connection(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    acceptor: TlsAcceptor,
    router: axum::Router,
) {
    let tls = match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
        Ok(Ok(s)) => s,
        _ => return,
    };
    let service =
        hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(ClientAddr(peer));
            router.clone().oneshot(req.map(axum::body::Body::new))
        });
    let served = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .serve_connection(TokioIo::new(tls), service)
        .await;
    if let Err(e) = served {
        tracing::debug!(error = %e, "portal connection ended with an error");
    }
}
