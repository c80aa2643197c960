//! An HTTPS listener for the web entrances (the secure portal, the HTTP API):
//! rustls (TLS 1.2 and 1.3 only, aws-lc-rs, the SMTP listener's suites), then
//! HTTP/1.1 by hyper into an axum router. Each request carries its client
//! address; each connection has a handshake timeout and a header-read timeout.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

/// The client address of a request (inserted by the listener).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub SocketAddr);

/// The TLS version and cipher suite of the request's connection.
#[derive(Debug, Clone)]
pub struct ClientTls(pub crate::store::TlsFacts);

/// The hex SHA-256 of the client's certificate, when it presented one (on a
/// listener that asks for them) and proved it holds its key.
#[derive(Debug, Clone, Default)]
pub struct ClientCert(pub Option<String>);

const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
const HEADER_TIMEOUT: Duration = Duration::from_secs(20);

/// Bind `listen` and serve `router` over TLS until `stopped` turns true;
/// returns the bound address (port 0 picks a free one). `what` names the
/// listener in the log.
pub async fn serve(
    what: &'static str,
    listen: SocketAddr,
    mut tls: rustls::ServerConfig,
    router: axum::Router,
    mut stopped: watch::Receiver<bool>,
) -> std::io::Result<SocketAddr> {
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = TlsAcceptor::from(Arc::new(tls));
    let tcp = TcpListener::bind(listen).await?;
    let bound = tcp.local_addr()?;
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = stopped.changed() => return,
                accepted = tcp.accept() => match accepted {
                    Ok((stream, peer)) => {
                        tokio::spawn(connection(what, stream, peer, acceptor.clone(), router.clone()));
                    }
                    Err(e) => {
                        tracing::warn!(listener = what, error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                },
            }
        }
    });
    Ok(bound)
}

async fn connection(
    what: &'static str,
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    acceptor: TlsAcceptor,
    router: axum::Router,
) {
    let tls = match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
        Ok(Ok(s)) => s,
        _ => return,
    };
    let session = tls.get_ref().1;
    let facts = ClientTls(crate::smtp::tls::facts(session));
    let cert = ClientCert(
        session
            .peer_certificates()
            .and_then(|chain| chain.first())
            .map(|leaf| hex::encode(aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, leaf))),
    );
    let service =
        hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(ClientAddr(peer));
            req.extensions_mut().insert(facts.clone());
            req.extensions_mut().insert(cert.clone());
            router.clone().oneshot(req.map(axum::body::Body::new))
        });
    let served = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .serve_connection(TokioIo::new(tls), service)
        .await;
    if let Err(e) = served {
        tracing::debug!(listener = what, error = %e, "connection ended with an error");
    }
}
