//! `phirelay keys rotate`: a new master key for new mail; the old one kept
//! beside it (`<key file>.<old key id>`, loaded at every start) to open mail
//! sealed before. The rotation is on the audit record before it takes effect:
//! if the event cannot be committed, nothing changes.

use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use crate::audit::{AuditEvent, EventType};
use crate::config::Config;
use crate::store::{Store, prepare_rotation};

#[derive(Debug, Subcommand)]
pub enum KeysVerb {
    /// Make a new master key for new mail; keep the old one for opening.
    Rotate {
        #[command(flatten)]
        config: super::ConfigArg,
    },
}

pub async fn rotate(cfg: Config) -> ExitCode {
    let path = &cfg.store.master_key_file;
    let pending = match prepare_rotation(path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("phirelay keys rotate: {e}");
            return ExitCode::from(3);
        }
    };
    let recorded = record(&cfg, &pending.old_id, &pending.new_id).await;
    if let Err(e) = recorded {
        pending.abandon();
        eprintln!("phirelay keys rotate: not rotated, the audit log cannot record it: {e}");
        return ExitCode::from(3);
    }
    let (old_id, new_id, archived) = (
        pending.old_id.clone(),
        pending.new_id.clone(),
        pending.archived.clone(),
    );
    if let Err(e) = pending.commit() {
        eprintln!(
            "phirelay keys rotate: recorded, but the new key could not be put in place: {e}; the old key stays in force"
        );
        return ExitCode::from(3);
    }
    println!("master key rotated: {old_id} -> {new_id}");
    println!(
        "old key kept (to open mail sealed before): {}",
        archived.display()
    );
    println!(
        "next: copy {} and {} to every node (mode 0600), then restart each node (systemctl restart phirelay); back both files up",
        path.display(),
        archived.display()
    );
    ExitCode::SUCCESS
}

async fn record(cfg: &Config, old_id: &str, new_id: &str) -> Result<(), crate::store::StoreError> {
    let store = Store::open(&cfg.store, &cfg.node_id).await?;
    let ev = AuditEvent::new(
        EventType::KeyRotated,
        super::queue::cli_actor(),
        json!({ "old_key_id": old_id, "new_key_id": new_id }),
    );
    let r = store.audit(ev).await;
    store.close().await;
    r
}
