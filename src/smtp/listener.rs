//! Accept loop: connection limits, implicit TLS, graceful shutdown.
//!
//! `serve` takes an already-bound listener (tests bind 127.0.0.1:0). On shutdown it
//! stops accepting at once; sessions waiting for a command get 421 and close, and
//! sessions inside DATA get `shutdown_grace` to finish. A session cut off after that
//! never got its 250, so nothing acknowledged is lost.

use crate::live::Live;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio_rustls::TlsAcceptor;

use super::conn::Conn;
use super::limits::{ConnLimiter, DiskGuard, Refusal, Slot};
use super::reply;
use super::session::Session;
use crate::config::{Config, ListenerConfig, ListenerMode};
use crate::store::Store;

/// What every session shares.
pub struct Server {
    pub cfg: Arc<Config>,
    pub store: Store,
    /// The acceptance stage DATA hands each message to.
    pub acceptor: crate::accept::Acceptor,
    /// AUTH throttling, password-check slots, rejection aggregation, DATA bytes.
    pub guard: Arc<super::guard::Guard>,
    pub tls: Option<TlsAcceptor>,
    /// The same, also asking for client certificates: for listeners whose
    /// `[[source]]` profiles check them (m365, google).
    pub tls_clients: Option<TlsAcceptor>,
    /// What client certificates are verified against (`tls::client_certificate`).
    pub client_roots: Option<Arc<rustls::RootCertStore>>,
    /// Verifies upstream DKIM signatures and ARC chains, on `[dns]`'s servers.
    pub dkim_verifier: Option<mail_auth::MessageAuthenticator>,
    /// Stamps and recognises `X-Phirelay-Processed` (`hygiene.rs`).
    pub loop_guard: super::hygiene::LoopGuard,
    pub disk: DiskGuard,
    pub conns: Arc<ConnLimiter>,
    /// Verified against when the user name is unknown, so timing does not tell
    /// which names exist.
    pub dummy_hash: String,
    /// Addresses refused at RCPT after repeated hard bounces (`[suppression]`).
    pub suppressions: Arc<crate::accept::suppression::Suppressions>,
}

impl Server {
    /// `acceptor` takes every message DATA reads; `tls` (built from `[tls]`)
    /// enables STARTTLS and implicit TLS.
    pub fn new(
        cfg: Arc<Config>,
        store: Store,
        acceptor: crate::accept::Acceptor,
        tls: Option<Arc<rustls::ServerConfig>>,
    ) -> Self {
        let loop_guard = super::hygiene::LoopGuard::new(acceptor.preparer().derive("loop-marker"));
        Self {
            acceptor,
            guard: Arc::new(super::guard::Guard::new(&cfg.limits)),
            tls: tls.map(TlsAcceptor::from),
            tls_clients: None,
            client_roots: None,
            dkim_verifier: None,
            loop_guard,
            disk: DiskGuard::new(cfg.data_dir.clone(), cfg.limits.min_free_disk_mb),
            conns: Arc::new(ConnLimiter::default()),
            dummy_hash: super::auth::dummy_hash(),
            suppressions: crate::accept::suppression::Suppressions::new(cfg.suppression),
            cfg,
            store,
        }
    }
}

impl Server {
    /// Ask clients for certificates on listeners with m365 or google profiles
    /// (`tls` from `wiring::Engines`), and verify upstream DKIM signatures.
    pub fn with_sources(
        mut self,
        tls_clients: Option<(Arc<rustls::ServerConfig>, Arc<rustls::RootCertStore>)>,
    ) -> Self {
        if let Some((config, roots)) = tls_clients {
            self.tls_clients = Some(TlsAcceptor::from(config));
            self.client_roots = Some(roots);
        }
        // DKIM and ARC of upstream mail are verified on receipt (google
        // sources depend on it; every source's mail is ARC-sealed with it).
        if !self.cfg.sources.is_empty() {
            match crate::dns::plain_resolver(&self.cfg.dns) {
                Ok(r) => self.dkim_verifier = Some(mail_auth::MessageAuthenticator(r)),
                Err(e) => {
                    tracing::error!(error = %e, "no DKIM verifier: google sources answer 451 and nothing is ARC-sealed")
                }
            }
        }
        self
    }

    /// After a reload: keep the counters that span sessions (connections per
    /// client, AUTH throttling, DATA bytes in flight) from the server replaced.
    pub fn keeping_state_of(mut self, old: &Server) -> Self {
        self.guard = old.guard.clone();
        self.conns = old.conns.clone();
        self.suppressions = old.suppressions.clone();
        self
    }

    /// The TLS acceptor of listener `l`.
    pub fn tls_for(&self, l: &ListenerConfig) -> Option<TlsAcceptor> {
        let wants_certs = l.sources.iter().any(|n| {
            self.cfg
                .sources
                .iter()
                .any(|s| &s.name == n && !s.kind.certificate_names().is_empty())
        });
        match wants_certs {
            true => self.tls_clients.clone(),
            false => self.tls.clone(),
        }
    }
}

/// Serve one listener until `shutdown` turns true, then drain its sessions.
/// Each connection gets the server in force when it arrives (a reload
/// replaces it; sessions already open keep theirs).
pub async fn serve(
    listener: TcpListener,
    lcfg: ListenerConfig,
    live: Live<Server>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut sessions = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((tcp, peer)) => {
                    let server = live.current();
                    let mode = match lcfg.mode {
                        crate::config::ListenerMode::Smtp => "smtp",
                        crate::config::ListenerMode::Submissions => "submissions",
                    };
                    metrics::counter!("phirelay_smtp_connections_total", "mode" => mode).increment(1);
                    let slot = server.conns.try_acquire(
                        peer.ip(),
                        server.cfg.limits.max_connections,
                        server.cfg.limits.max_connections_per_ip,
                    );
                    let (server, lcfg, shutdown) = (server.clone(), lcfg.clone(), shutdown.clone());
                    sessions.spawn(async move {
                        match slot {
                            Ok(slot) => start(tcp, peer, lcfg, server, shutdown, slot).await,
                            Err(why) => refuse(tcp, peer, why).await,
                        }
                    });
                }
                Err(e) => {
                    // EMFILE and friends: back off instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
            Some(_) = sessions.join_next(), if !sessions.is_empty() => {}
            _ = shutdown.changed() => break,
        }
    }
    drop(listener);
    let grace = live.current().cfg.shutdown_grace;
    let drained = tokio::time::timeout(grace, async {
        while sessions.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            left = sessions.len(),
            "sessions still busy after the grace period; closing them (none had its 250)"
        );
        sessions.shutdown().await;
    }
}

async fn refuse(mut tcp: TcpStream, peer: SocketAddr, why: Refusal) {
    tracing::info!(client = %peer.ip(), reason = ?why, "connection refused: limit");
    let r = match why {
        Refusal::Global => reply::BUSY_GLOBAL,
        Refusal::PerIp => reply::BUSY_PER_IP,
    };
    let mut out = Vec::new();
    r.write_to(&mut out);
    let _ = tokio::time::timeout(Duration::from_secs(5), tcp.write_all(&out)).await;
}

async fn start(
    tcp: TcpStream,
    peer: SocketAddr,
    lcfg: ListenerConfig,
    server: Arc<Server>,
    shutdown: watch::Receiver<bool>,
    slot: Slot,
) {
    let _ = tcp.set_nodelay(true);
    let conn = match (lcfg.mode, &server.tls_for(&lcfg)) {
        (ListenerMode::Submissions, Some(acceptor)) => {
            let timeout = Duration::from_secs(server.cfg.limits.command_timeout_secs);
            match tokio::time::timeout(timeout, acceptor.accept(tcp)).await {
                Ok(Ok(tls)) => Conn::Tls(Box::new(tls)),
                Ok(Err(e)) => {
                    tracing::info!(client = %peer.ip(), error = %e, "implicit TLS handshake failed");
                    return;
                }
                Err(_) => return,
            }
        }
        _ => Conn::Plain(tcp),
    };
    Session::new(server, lcfg, conn, peer, shutdown).run().await;
    drop(slot);
}
