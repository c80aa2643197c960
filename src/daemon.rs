//! `phirelay serve`: start-up, systemd notifications, signals, graceful stop.
//!
//! Start-up order: logging → data dir (0700) → master key (created 0600 on first
//! start when allowed) → store (migrations) → listeners → READY=1. On SIGTERM or
//! SIGINT: STOPPING=1, stop accepting, let sessions in DATA finish within
//! `server.shutdown_grace_secs`, then close the store. Nothing acknowledged is lost:
//! a 250 is only ever sent after its commit.

use std::process::ExitCode;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::accept::{Acceptor, Preparer};
use crate::config::{Config, LogFormat, redact_url};
use crate::live::Live;
use crate::reload::Reloader;
use crate::smtp::{Server, serve as serve_listener};
use crate::store::{LoadReason, MasterKeys, PolicyLoad, Store, create_private_dir};
use crate::wiring::Engines;

pub async fn serve(cfg: Config) -> ExitCode {
    init_logging(&cfg);
    // Config errors found while building the engines are config errors (exit 2),
    // like those the loader finds.
    let engines = match Engines::build(&cfg) {
        Ok(e) => e,
        Err(errs) => {
            eprintln!("{errs}");
            return ExitCode::from(2);
        }
    };
    match run(cfg, engines).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("phirelay serve: {e}");
            ExitCode::from(3)
        }
    }
}

/// Why `serve` stopped before (or instead of) serving: each names what to fix.
#[derive(Debug, thiserror::Error)]
enum ServeError {
    #[error("cannot create data dir {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    MasterKey(#[from] crate::store::crypto::KeyError),
    #[error("store: {0}")]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Queue(#[from] crate::queue::StartError),
    #[error("portal: {0}")]
    Portal(#[from] crate::portal::PortalError),
    #[error("api: {0}")]
    Api(#[from] crate::api::ApiStartError),
    #[error("cannot listen on {address}: {source}{}", bind_hint(address, source))]
    Listen {
        address: std::net::SocketAddr,
        source: std::io::Error,
    },
}

/// What to do about a listener that cannot bind, by the kind of failure.
fn bind_hint(address: &std::net::SocketAddr, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => format!(
            "; fix: another process has this port (see `ss -ltnp 'sport = :{}'`): stop it or choose another address",
            address.port()
        ),
        std::io::ErrorKind::PermissionDenied if address.port() < 1024 => "; fix: ports below 1024 need root or CAP_NET_BIND_SERVICE (systemd: AmbientCapabilities=CAP_NET_BIND_SERVICE, as deploy/phirelay.service has)".into(),
        std::io::ErrorKind::AddrNotAvailable => "; fix: this address is not on any interface of this host (see `ip -brief address`)".into(),
        _ => String::new(),
    }
}

async fn run(cfg: Config, engines: Engines) -> Result<(), ServeError> {
    let cfg = Arc::new(cfg);
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        config = %cfg.path.display(),
        hostname = %cfg.hostname,
        node = %cfg.node_id,
        backend = ?cfg.store.backend,
        store = %redact_url(&cfg.store.url),
        data_dir = %cfg.data_dir.display(),
        tls = cfg.tls.is_some(),
        users = cfg.users.len(),
        allowed_networks = ?cfg.allowed_networks,
        "starting"
    );
    create_private_dir(&cfg.data_dir).map_err(|source| ServeError::DataDir {
        path: cfg.data_dir.display().to_string(),
        source,
    })?;
    let (keys, created) = MasterKeys::load_or_create(
        &cfg.store.master_key_file,
        &cfg.store.old_master_key_files,
        cfg.store.create_master_key,
    )?;
    if created {
        tracing::warn!(
            path = %cfg.store.master_key_file.display(),
            "created a new master key (mode 0600): back it up; without it stored mail cannot be read"
        );
    }
    tracing::info!(key_id = keys.current_id(), "master key loaded");
    let store = Store::open(&cfg.store, &cfg.node_id).await?;
    tracing::info!(store = %redact_url(&cfg.store.url), "store open, schema up to date");

    // Before any mail is taken: the policy this node runs with is on the record.
    record_start(&store, &engines, &cfg).await?;

    let keys = Arc::new(keys);
    // The preparer and the SMTP server are replaced by a reload (reload.rs).
    let prep = Live::new(engines.preparer(keys.clone()));
    let queue =
        crate::queue::Queue::start(cfg.clone(), store.clone(), keys.clone(), prep.clone()).await?;
    let acceptor = Acceptor::new(prep.clone(), store.clone(), Some(queue.clone()));
    let server = Live::new(Arc::new(
        Server::new(cfg.clone(), store.clone(), acceptor, engines.tls.clone())
            .with_sources(engines.tls_clients.clone()),
    ));
    let (stop, stopped) = watch::channel(false);
    // A reload keeps this list (`keeping_state_of`), so one task refreshes it.
    server
        .current()
        .suppressions
        .spawn_refresh(store.clone(), stopped.clone());
    let mut listeners = JoinSet::new();
    for l in &cfg.listeners {
        let tcp = TcpListener::bind(l.address)
            .await
            .map_err(|source| ServeError::Listen {
                address: l.address,
                source,
            })?;
        tracing::info!(address = %l.address, mode = ?l.mode, "listening");
        listeners.spawn(serve_listener(
            tcp,
            l.clone(),
            server.clone(),
            stopped.clone(),
        ));
    }
    let web = Web {
        cfg: &cfg,
        store: &store,
        keys: &keys,
        prep: &prep,
        acceptor: Acceptor::new(prep.clone(), store.clone(), Some(queue.clone())),
        suppressions: server.current().suppressions.clone(),
    };
    start_web(web, &stopped).await?;
    start_metrics(&cfg, &store, &stopped).await?;
    spawn_tls_reports(cfg.clone(), store.clone(), prep.clone());
    let mut reloader = Reloader::new(
        cfg.clone(),
        keys.clone(),
        store.clone(),
        queue.clone(),
        prep,
        server.clone(),
    );
    crate::queue::retention::spawn(store.clone(), cfg.queue.shred_delivered_after_secs);
    // Handlers first: a SIGTERM that arrives right after READY must stop the
    // relay gracefully, not kill it with the default action.
    let signals = Signals::install();
    notify(&[sd_notify::NotifyState::Ready]);
    println!("phirelay ready: {}", listen_summary(&cfg));

    spawn_watchdog();
    wait_for_signal(&mut reloader, signals).await;
    notify(&[sd_notify::NotifyState::Stopping]);
    // A second SIGTERM/SIGINT stops at once: safe, as nothing unacknowledged is
    // promised and in-flight mail keeps its lease for the next start.
    tokio::spawn(async {
        wait_for_signal_quietly().await;
        tracing::warn!("second signal: stopping now");
        std::process::exit(1);
    });
    tracing::info!("stopping: no new connections; sessions in DATA may finish");
    let _ = stop.send(true);
    while listeners.join_next().await.is_some() {}
    queue.shutdown(cfg.shutdown_grace).await;
    drop(server);
    if let Err(e) = store.policy_stopped(crate::util::now_us()).await {
        tracing::warn!(error = %e, "could not record the end of this node's policy run");
    }
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// This month's audit partitions (PostgreSQL), and the policy version this
/// node runs with, recorded with its `config_loaded` event.
async fn record_start(store: &Store, engines: &Engines, cfg: &Config) -> Result<(), ServeError> {
    match store.ensure_audit_partitions().await {
        Ok(0) => {}
        Ok(n) => tracing::info!(partitions = n, "audit partitions created"),
        Err(e) => {
            tracing::warn!(error = %e, "cannot create audit partitions; new rows go to the default partition")
        }
    }
    spawn_partition_upkeep(store.clone());
    store
        .policy_loaded(PolicyLoad {
            version: (*engines.policy_version).clone(),
            reason: LoadReason::Start,
            actor: format!("node:{}", cfg.node_id),
            at_us: crate::util::now_us(),
        })
        .await?;
    tracing::info!(policy_version = %engines.policy_version.short(), "policy version recorded");
    Ok(())
}

/// What the web entrances share with the SMTP side.
struct Web<'a> {
    cfg: &'a Arc<Config>,
    store: &'a Store,
    keys: &'a Arc<crate::store::MasterKeys>,
    prep: &'a Live<crate::accept::Preparer>,
    acceptor: Acceptor,
    suppressions: Arc<crate::accept::suppression::Suppressions>,
}

/// `[portal]` (and its sweeper) and `[api]`, when enabled.
async fn start_web(web: Web<'_>, stopped: &watch::Receiver<bool>) -> Result<(), ServeError> {
    let cfg = web.cfg;
    if let Some(portal_cfg) = &cfg.portal {
        let portal = Arc::new(crate::portal::Portal::new(
            portal_cfg.clone(),
            web.store.clone(),
            web.keys.clone(),
            web.prep.clone(),
            cfg.hostname.clone(),
        ));
        crate::portal::serve(portal.clone(), stopped.clone()).await?;
        crate::portal::sweeper::spawn(portal);
    }
    if let Some(api_cfg) = &cfg.api {
        let api = crate::api::Api::new(crate::api::Parts {
            cfg: cfg.clone(),
            api: api_cfg.clone(),
            store: web.store.clone(),
            keys: web.keys.clone(),
            acceptor: web.acceptor,
            suppressions: web.suppressions,
        });
        crate::api::serve(api, stopped.clone()).await?;
    }
    Ok(())
}

/// `[metrics]`: the recorder and its listener, when enabled.
async fn start_metrics(
    cfg: &Config,
    store: &Store,
    stopped: &watch::Receiver<bool>,
) -> Result<(), ServeError> {
    let Some(addr) = cfg.metrics else {
        return Ok(());
    };
    crate::metrics::watch_destination_domains(cfg.metrics_destination_domains.clone());
    match crate::metrics::install() {
        Some(handle) => {
            let bound = crate::metrics::server::serve(addr, handle, store.clone(), stopped.clone())
                .await
                .map_err(|source| ServeError::Listen {
                    address: addr,
                    source,
                })?;
            tracing::info!(address = %bound, "metrics listening");
        }
        None => tracing::warn!("metrics: another recorder is installed; /metrics is off"),
    }
    Ok(())
}

/// Once a day, make next months' audit partitions (PostgreSQL).
fn spawn_partition_upkeep(store: Store) {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(24 * 3600)).await;
            if let Err(e) = store.ensure_audit_partitions().await {
                tracing::warn!(error = %e, "cannot create audit partitions; new rows go to the default partition");
            }
        }
    });
}

/// Once an hour, send yesterday's TLS-RPT reports that are not sent yet.
fn spawn_tls_reports(cfg: Arc<Config>, store: Store, prep: Live<Preparer>) {
    tokio::spawn(async move {
        let reporter = match crate::transport::tlsrpt::Reporter::new(cfg, store, prep).await {
            Ok(r) => r,
            Err(e) => {
                tracing::error!("TLS-RPT reports disabled: {e}");
                return;
            }
        };
        loop {
            let yesterday = crate::util::utc_day(crate::util::now_us() - 86_400_000_000);
            match reporter.send_due(&yesterday).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(day = %yesterday, reports = n, "TLS-RPT reports sent"),
                Err(e) => tracing::warn!(error = %e, "TLS-RPT reports failed; will retry"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
    });
}

fn listen_summary(cfg: &Config) -> String {
    let portal = cfg.portal.iter().map(|p| format!("{} (portal)", p.listen));
    cfg.listeners
        .iter()
        .map(|l| format!("{} ({:?})", l.address, l.mode))
        .chain(portal)
        .collect::<Vec<_>>()
        .join(", ")
}

/// SIGTERM, SIGINT and SIGHUP streams, installed before the relay says it is ready.
struct Signals(
    Option<(
        tokio::signal::unix::Signal,
        tokio::signal::unix::Signal,
        tokio::signal::unix::Signal,
    )>,
);

impl Signals {
    fn install() -> Self {
        match (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
            signal(SignalKind::hangup()),
        ) {
            (Ok(t), Ok(i), Ok(h)) => Self(Some((t, i, h))),
            _ => Self(None),
        }
    }
}

/// Wait for SIGTERM or SIGINT. SIGHUP (systemd's `reload`) reloads the
/// configuration (reload.rs); SIGHUP must never kill the daemon (its default
/// action would).
async fn wait_for_signal(reloader: &mut Reloader, signals: Signals) {
    let Some((mut term, mut int, mut hup)) = signals.0 else {
        tracing::error!("cannot install signal handlers; stop with SIGKILL only");
        return std::future::pending().await;
    };
    loop {
        tokio::select! {
            _ = term.recv() => return tracing::info!("SIGTERM"),
            _ = int.recv() => return tracing::info!("SIGINT"),
            _ = hup.recv() => reload(reloader).await,
        }
    }
}

/// One reload, told to systemd (RELOADING=1, then READY=1) and to the log.
async fn reload(reloader: &mut Reloader) {
    notify(&[sd_notify::NotifyState::Reloading]);
    match reloader.reload().await {
        Ok(version) => tracing::info!(policy_version = %version,
            "SIGHUP: configuration reloaded; new sessions and messages use it"),
        Err(e) => {
            tracing::error!("SIGHUP: reload refused, the running configuration stays in force: {e}")
        }
    }
    notify(&[sd_notify::NotifyState::Ready]);
}

/// systemd's watchdog (`WatchdogSec=`): a ping at half the interval from the
/// runtime the sessions run on, so a stalled runtime gets the node restarted.
fn spawn_watchdog() {
    let Some(interval) = sd_notify::watchdog_enabled() else {
        return;
    };
    tokio::spawn(async move {
        loop {
            notify(&[sd_notify::NotifyState::Watchdog]);
            tokio::time::sleep(interval / 2).await;
        }
    });
}

async fn wait_for_signal_quietly() {
    if let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    }
}

fn notify(state: &[sd_notify::NotifyState<'_>]) {
    // Outside systemd NOTIFY_SOCKET is unset and this does nothing.
    let _ = sd_notify::notify(state);
}

fn init_logging(cfg: &Config) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(&cfg.log_level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    // The PDF text extractor logs font and glyph details of attachments: never.
    let filter = match "pdf_extract=off".parse() {
        Ok(d) => filter.add_directive(d),
        Err(_) => filter,
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let _ = match cfg.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}
