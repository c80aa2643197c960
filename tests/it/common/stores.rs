//! Open a store on either backend, for suites that must pass on both.

use phirelay::audit::{AuditEvent, EventType};
use phirelay::config::{StoreBackend, StoreConfig};
use phirelay::store::{BodyType, MasterKeys, NewMessage, NewRecipient, Protection, Store};
use tempfile::TempDir;

use super::pg::PgCluster;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A store on a fresh database, with its config (for reopening or for the CLI).
pub struct TestStore {
    pub store: Store,
    pub cfg: StoreConfig,
    pub keys: MasterKeys,
    pub dir: TempDir,
}

pub fn store_config(backend: Backend, dir: &TempDir, url: Option<String>) -> StoreConfig {
    let (backend, url) = match backend {
        Backend::Sqlite => (
            StoreBackend::Sqlite,
            format!("sqlite://{}/phirelay.db?mode=rwc", dir.path().display()),
        ),
        Backend::Postgres => (StoreBackend::Postgres, url.expect("postgres url")),
    };
    StoreConfig {
        backend,
        url,
        master_key_file: dir.path().join("master.key"),
        create_master_key: true,
        old_master_key_files: Vec::new(),
        checkpoint_key_file: dir.path().join("audit-checkpoint.key"),
        max_batch: 64,
        max_connections: 8,
    }
}

impl TestStore {
    pub async fn open(backend: Backend) -> Self {
        Self::open_node(backend, "node-a").await
    }

    pub async fn open_node(backend: Backend, node: &str) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = match backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(PgCluster::shared().fresh_database().await),
        };
        let cfg = store_config(backend, &dir, url);
        let (keys, _) = MasterKeys::load_or_create(&cfg.master_key_file, &[], true).expect("key");
        let store = Store::open(&cfg, node).await.expect("open store");
        Self {
            store,
            cfg,
            keys,
            dir,
        }
    }

    /// A sealed message with `n` recipients and its `received` event.
    pub fn message(&self, id: &str, n: usize, body: &[u8]) -> NewMessage {
        new_message(&self.keys, id, n, body)
    }
}

pub fn new_message(keys: &MasterKeys, id: &str, n: usize, body: &[u8]) -> NewMessage {
    NewMessage {
        id: id.to_string(),
        received_at_us: phirelay::util::now_us(),
        mail_from: "sender@example.org".into(),
        size: body.len() as u64,
        sha256: vec![0xab; 32],
        body_type: BodyType::EightBitMime,
        smtputf8: false,
        requiretls: true,
        tls_optional: false,
        protection: Protection::Deliver,
        phi: false,
        dsn_ret: None,
        dsn_envid: Some("env-1".into()),
        client_ip: "127.0.0.1".into(),
        helo: "client.test".into(),
        auth_user: None,
        tls: None,
        recipients: (0..n)
            .map(|i| NewRecipient {
                address: format!("r{i}@Example.NET"),
                notify: (i == 0).then(|| "success,failure".to_string()),
                orcpt: None,
                protection: Protection::Deliver,
            })
            .collect(),
        sealed: keys.seal(id, body).expect("seal"),
        lease: None,
        shred_when_done: false,
        passphrase_hash: None,
        idempotency: None,
        api_metadata: None,
        test_only: false,
        events: vec![
            AuditEvent::new(
                EventType::Received,
                "smtp:127.0.0.1",
                serde_json::json!({ "size": body.len(), "recipients": n }),
            )
            .message(id),
        ],
    }
}
