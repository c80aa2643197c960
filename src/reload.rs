//! SIGHUP (`systemctl reload`): read the configuration again and put it in
//! force for everything that starts from now on, or refuse it whole and keep
//! the one running.
//!
//! What a reload applies: the policy (rules, detectors, word lists), DKIM keys,
//! inbound TLS certificates, relay users and networks, `[limits]` and
//! `[[source]]` profiles. New SMTP sessions get them; sessions already open
//! finish under the settings they began with; every message prepared after the
//! reload (SMTP, DSNs, portal mail) uses the new policy and keys. Sections that
//! own sockets, connections or the queue ([`RESTART_ONLY`]) cannot change
//! under a running node: a reload that changes one is refused, naming it.
//!
//! Each reload that takes effect is on the record first: its policy version and
//! a `config_loaded` event with reason `reload` commit before the switch, so a
//! reload the audit log cannot record does not happen.

use std::sync::Arc;

use crate::accept::{Acceptor, Preparer};
use crate::config::{self, Config, FileConfig};
use crate::live::Live;
use crate::queue::Queue;
use crate::smtp::Server;
use crate::store::{LoadReason, MasterKeys, PolicyLoad, Store};
use crate::wiring::Engines;

/// Sections a running node cannot change: a reload that changes one is refused.
pub const RESTART_ONLY: [&str; 11] = [
    "server",
    "log",
    "listener",
    "store",
    "queue",
    "dns",
    "transport",
    "portal",
    "metrics",
    "suppression",
    "api",
];

/// Why a reload was refused (the running configuration stays in force).
#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    #[error("{0}")]
    Invalid(String),
    #[error(
        "changed sections need a restart: {}; fix: undo those changes and reload, or restart to apply everything",
        .0.join(", ")
    )]
    NeedsRestart(Vec<&'static str>),
    #[error("the reload could not be recorded in the audit log: {0}")]
    NotRecorded(#[from] crate::store::StoreError),
}

/// What a reload replaces, and what it needs to build the replacements.
pub struct Reloader {
    cfg: Arc<Config>,
    /// The file's sections as last loaded, to see what a new file changes.
    file: serde_json::Value,
    keys: Arc<MasterKeys>,
    store: Store,
    queue: Queue,
    prep: Live<Preparer>,
    server: Live<Server>,
}

impl Reloader {
    pub fn new(
        cfg: Arc<Config>,
        keys: Arc<MasterKeys>,
        store: Store,
        queue: Queue,
        prep: Live<Preparer>,
        server: Live<Server>,
    ) -> Self {
        let file = file_sections(&cfg.path).unwrap_or_default();
        Self {
            cfg,
            file,
            keys,
            store,
            queue,
            prep,
            server,
        }
    }

    /// Load, check, record, switch. Returns the new policy version's short id.
    pub async fn reload(&mut self) -> Result<String, ReloadError> {
        let path = self.cfg.path.clone();
        let cfg = config::load_with(&path, Engines::problems)
            .map_err(|e| ReloadError::Invalid(e.to_string()))?;
        let file = file_sections(&path).map_err(ReloadError::Invalid)?;
        let changed = restart_only_changes(&self.file, &file);
        if !changed.is_empty() {
            return Err(ReloadError::NeedsRestart(changed));
        }
        let engines = Engines::build(&cfg).map_err(|e| ReloadError::Invalid(e.to_string()))?;
        let cfg = Arc::new(cfg);
        let prep = engines.preparer(self.keys.clone());
        self.store
            .policy_loaded(PolicyLoad {
                version: (*engines.policy_version).clone(),
                reason: LoadReason::Reload,
                actor: format!("node:{}", cfg.node_id),
                at_us: crate::util::now_us(),
            })
            .await?;
        let acceptor = Acceptor::new(
            self.prep.clone(),
            self.store.clone(),
            Some(self.queue.clone()),
        );
        let server = Server::new(
            cfg.clone(),
            self.store.clone(),
            acceptor,
            engines.tls.clone(),
        )
        .with_sources(engines.tls_clients.clone())
        .keeping_state_of(&self.server.current());
        self.prep.replace(prep);
        self.server.replace(Arc::new(server));
        self.cfg = cfg;
        self.file = file;
        Ok(engines.policy_version.short().to_string())
    }
}

/// The config file's top-level sections, as JSON values (defaults filled in).
fn file_sections(path: &std::path::Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: FileConfig = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::to_value(&file).map_err(|e| format!("{}: {e}", path.display()))
}

/// The [`RESTART_ONLY`] sections whose value differs between two loads.
fn restart_only_changes(old: &serde_json::Value, new: &serde_json::Value) -> Vec<&'static str> {
    RESTART_ONLY
        .into_iter()
        .filter(|s| old.get(s) != new.get(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_restart_only_sections_count() {
        let old = serde_json::json!({"policy": {"a": 1}, "queue": {"lease_secs": 900}});
        let new = serde_json::json!({"policy": {"a": 2}, "queue": {"lease_secs": 60}});
        assert_eq!(restart_only_changes(&old, &new), ["queue"]);
        assert!(restart_only_changes(&old, &old).is_empty());
    }
}
