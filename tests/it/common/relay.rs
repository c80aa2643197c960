//! An in-process relay on 127.0.0.1:0 with a temp data dir, built from a TOML
//! snippet through the real config loader, store and listener.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use phirelay::config::{self, Config};
use phirelay::smtp::{Server, serve};
use phirelay::store::{MasterKeys, Store};
use tempfile::TempDir;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub struct TestRelay {
    pub addr: SocketAddr,
    /// The acceptance stage's engines (for verbs under test, e.g. TLS reports).
    pub prep: Arc<phirelay::accept::Preparer>,
    pub store: Store,
    pub keys: Arc<MasterKeys>,
    pub cfg: Arc<Config>,
    pub dir: TempDir,
    pub queue: Option<phirelay::queue::Queue>,
    /// The RCPT-time suppression list (a test refreshes it when it needs to).
    pub suppressions: Arc<phirelay::accept::suppression::Suppressions>,
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

/// How to build a relay for one test.
pub struct RelayOpts {
    /// Extra TOML appended after the defaults (may add sections).
    pub extra: String,
    /// Text of `[store]` (default: SQLite in the temp dir).
    pub store: Option<String>,
    /// Text of `[relay]` (default: loopback allowed).
    pub relay: Option<String>,
    /// Text of `[limits]`.
    pub limits: String,
    pub listener_mode: &'static str,
    /// Start the delivery queue too (then `extra` must point `[dns]` and
    /// `[transport]` at test peers: never at the real Internet).
    pub deliver: bool,
    /// The test seam for MX hosts' port (sinks on loopback), instead of 25.
    pub smtp_port: Option<u16>,
    /// The test seam for MTA-STS policy hosts' port, instead of 443.
    pub mta_sts_port: Option<u16>,
    /// More keys of the `[[listener]]` (e.g. `sources = ["m365"]`).
    pub listener_extra: String,
}

impl Default for RelayOpts {
    fn default() -> Self {
        Self {
            extra: String::new(),
            store: None,
            relay: None,
            limits: String::new(),
            listener_mode: "smtp",
            deliver: false,
            smtp_port: None,
            mta_sts_port: None,
            listener_extra: String::new(),
        }
    }
}

impl TestRelay {
    pub async fn start() -> Self {
        Self::with(RelayOpts::default()).await
    }

    pub async fn with(opts: RelayOpts) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let cfg = Arc::new(load_config(&dir, &opts));
        Self::from_config(cfg, dir, opts.deliver).await
    }

    pub async fn from_config(cfg: Arc<Config>, dir: TempDir, deliver: bool) -> Self {
        let (keys, _) =
            MasterKeys::load_or_create(&cfg.store.master_key_file, &[], true).expect("master key");
        let keys = Arc::new(keys);
        let store = Store::open(&cfg.store, &cfg.node_id).await.expect("store");
        let engines = phirelay::wiring::Engines::build(&cfg).expect("engines");
        let prep = engines.preparer(keys.clone());
        let queue = if deliver {
            Some(
                phirelay::queue::Queue::start(
                    cfg.clone(),
                    store.clone(),
                    keys.clone(),
                    prep.clone(),
                )
                .await
                .expect("queue"),
            )
        } else {
            None
        };
        let acceptor = phirelay::accept::Acceptor::new(prep.clone(), store.clone(), queue.clone());
        let server = Arc::new(
            Server::new(cfg.clone(), store.clone(), acceptor, engines.tls.clone())
                .with_sources(engines.tls_clients.clone()),
        );
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (stop, stopped) = watch::channel(false);
        let lcfg = cfg.listeners[0].clone();
        let suppressions = server.suppressions.clone();
        let task = tokio::spawn(serve(listener, lcfg, server.into(), stopped));
        Self {
            addr,
            suppressions,
            prep,
            store,
            keys,
            cfg,
            dir,
            queue,
            stop,
            task,
        }
    }

    /// Stop accepting, drain sessions, and wait for the listener to finish.
    pub async fn shutdown(self) {
        self.shutdown_listener().await;
    }

    /// Stop the listener and the queue but keep the store open and the data dir
    /// (returned) for reading what was committed.
    pub async fn shutdown_listener(self) -> TempDir {
        let _ = self.stop.send(true);
        let _ = self.task.await;
        if let Some(q) = &self.queue {
            q.shutdown(std::time::Duration::from_secs(5)).await;
        }
        self.dir
    }

    /// Stop everything and hand back the data dir (for a restart on the same store).
    pub async fn shutdown_keep_dir(self) -> TempDir {
        let _ = self.stop.send(true);
        let _ = self.task.await;
        if let Some(q) = &self.queue {
            q.shutdown(std::time::Duration::from_secs(5)).await;
        }
        self.store.close().await;
        self.dir
    }

    /// Decrypted stored bytes of a message.
    pub async fn content(&self, id: &str) -> Vec<u8> {
        let sealed = self
            .store
            .sealed_content(id)
            .await
            .expect("read")
            .expect("content row");
        self.keys.open(id, &sealed).expect("open")
    }

    pub async fn message_count(&self) -> usize {
        self.store.message_ids().await.expect("ids").len()
    }
}

/// Write the config file for `opts` into `dir` and load it with the real loader.
pub fn load_config(dir: &TempDir, opts: &RelayOpts) -> Config {
    let d = dir.path().display();
    let store = opts.store.clone().unwrap_or_else(|| {
        format!("backend = \"sqlite\"\npath = \"{d}/phirelay.db\"\nmaster_key_file = \"{d}/master.key\"\n")
    });
    let relay = opts
        .relay
        .clone()
        .unwrap_or_else(|| "allowed_networks = [\"127.0.0.0/8\"]\n".into());
    let disk = if opts.limits.contains("min_free_disk_mb") {
        ""
    } else {
        "min_free_disk_mb = 1\n"
    };
    let text = format!(
        "[server]\nhostname = \"relay.test\"\ndata_dir = \"{d}\"\nshutdown_grace_secs = 5\n\n\
         [[listener]]\naddress = \"127.0.0.1:0\"\nmode = \"{}\"\n{}\n\n\
         [relay]\n{relay}\n[limits]\n{disk}{}\n[store]\n{store}\n{}",
        opts.listener_mode, opts.listener_extra, opts.limits, opts.extra
    );
    let path: PathBuf = dir.path().join("phirelay.toml");
    std::fs::write(&path, text).expect("write config");
    let mut cfg = config::load(&path).unwrap_or_else(|e| panic!("test config invalid: {e}"));
    if let Some(p) = opts.smtp_port {
        cfg.transport.smtp_port = p;
    }
    if let Some(p) = opts.mta_sts_port {
        cfg.transport.mta_sts_port = p;
    }
    cfg
}
