//! `phirelay portal list | recall | extend`: the pickups of the secure portal.
//! ID is a queue id (every pickup of that message) or a pickup id.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Subcommand;

use super::ConfigArg;
use crate::audit::Details;
use crate::audit::details::{Admin, AdminAction};
use crate::config::Config;
use crate::portal::{Portal, sweeper};
use crate::store::{PickupChange, PickupRow, PickupState, PortalWrite, Store};
use crate::util::{now_us, utc_minute};

#[derive(Debug, Subcommand)]
pub enum PortalVerb {
    /// List pickups, newest first (live ones; --all adds expired and recalled).
    List {
        #[command(flatten)]
        config: ConfigArg,
        /// Only the pickups of this queue id.
        #[arg(long, value_parser = super::queue_id)]
        message: Option<String>,
        #[arg(long)]
        all: bool,
        #[arg(long, default_value_t = 100)]
        limit: i64,
        /// JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Withdraw pickups now: their data keys are destroyed and the links answer 410.
    Recall {
        #[command(flatten)]
        config: ConfigArg,
        /// A queue id (all its pickups) or a pickup id.
        #[arg(value_parser = super::queue_id)]
        id: String,
        /// Only this recipient's pickup.
        #[arg(long)]
        rcpt: Option<String>,
        /// Why (kept in the audit log).
        #[arg(long)]
        reason: String,
    },
    /// Keep pickups readable N days longer than they would have been.
    Extend {
        #[command(flatten)]
        config: ConfigArg,
        /// A queue id (all its pickups) or a pickup id.
        #[arg(value_parser = super::queue_id)]
        id: String,
        #[arg(long)]
        rcpt: Option<String>,
        #[arg(long)]
        days: u32,
        /// Why (kept in the audit log).
        #[arg(long, default_value = "extended by an administrator")]
        reason: String,
    },
}

impl PortalVerb {
    pub fn config(&self) -> &ConfigArg {
        match self {
            PortalVerb::List { config, .. }
            | PortalVerb::Recall { config, .. }
            | PortalVerb::Extend { config, .. } => config,
        }
    }
}

pub async fn run(verb: PortalVerb, cfg: Config) -> ExitCode {
    let store = match Store::open(&cfg.store, &cfg.node_id).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("phirelay portal: {e}");
            return ExitCode::from(3);
        }
    };
    let code = match verb {
        PortalVerb::List {
            message,
            all,
            limit,
            json,
            ..
        } => list(&store, message.as_deref(), all, limit, json).await,
        PortalVerb::Recall {
            id, rcpt, reason, ..
        } => recall(&cfg, &store, &id, rcpt.as_deref(), &reason).await,
        PortalVerb::Extend {
            id,
            rcpt,
            days,
            reason,
            ..
        } => extend(&store, &id, rcpt.as_deref(), days, &reason).await,
    };
    store.close().await;
    code
}

async fn list(store: &Store, message: Option<&str>, all: bool, limit: i64, json: bool) -> ExitCode {
    let rows = match store.pickups(message, !all, limit.clamp(1, 10_000)).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("phirelay portal list: {e}");
            return ExitCode::from(3);
        }
    };
    if json {
        use crate::audit::export::rfc3339_us;
        for r in rows {
            let line = serde_json::json!({
                "pickup": r.id, "queue_id": r.message_id, "recipient": r.recipient,
                "state": r.state, "created_at": rfc3339_us(r.created_at_us),
                "expires_at": rfc3339_us(r.expires_at_us),
                "first_read_at": r.first_viewed_at_us.map(rfc3339_us),
            });
            println!("{line}");
        }
        return ExitCode::SUCCESS;
    }
    println!("PICKUP\tQUEUE-ID\tRECIPIENT\tSTATE\tCREATED\tEXPIRES\tFIRST-READ");
    for r in rows {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            r.id,
            r.message_id,
            r.recipient,
            r.state,
            utc_minute(r.created_at_us),
            utc_minute(r.expires_at_us),
            r.first_viewed_at_us
                .map(utc_minute)
                .unwrap_or_else(|| "-".into()),
        );
    }
    ExitCode::SUCCESS
}

/// The live pickups `id` names (a pickup id, or every pickup of a queue id).
async fn chosen(store: &Store, id: &str, rcpt: Option<&str>) -> Result<Vec<PickupRow>, ExitCode> {
    let by_pickup = store.pickup(id).await;
    let by_message = store.pickups(Some(id), true, 10_000).await;
    let rows = match (by_pickup, by_message) {
        (Ok(Some(p)), _) => vec![p],
        (Ok(None), Ok(rows)) => rows,
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("phirelay portal: {e}");
            return Err(ExitCode::from(3));
        }
    };
    let rows: Vec<_> = rows
        .into_iter()
        .filter(|r| r.state().is_live())
        .filter(|r| rcpt.is_none_or(|a| a.eq_ignore_ascii_case(&r.recipient)))
        .collect();
    if rows.is_empty() {
        eprintln!("phirelay portal: no live pickup for {id}");
        return Err(ExitCode::from(1));
    }
    Ok(rows)
}

async fn recall(
    cfg: &Config,
    store: &Store,
    id: &str,
    rcpt: Option<&str>,
    reason: &str,
) -> ExitCode {
    if reason.trim().is_empty() {
        eprintln!("phirelay portal recall: --reason must say why");
        return ExitCode::from(2);
    }
    let Some(portal) = portal(cfg, store) else {
        return ExitCode::from(2);
    };
    let rows = match chosen(store, id, rcpt).await {
        Ok(r) => r,
        Err(code) => return code,
    };
    let actor = super::queue::cli_actor();
    let mut done = 0;
    for row in rows {
        let pickup = row.id.clone();
        match sweeper::end_pickup(
            &portal,
            row,
            PickupState::Recalled,
            Some(reason.to_string()),
            &actor,
        )
        .await
        {
            Ok(()) => done += 1,
            Err(e) => eprintln!("phirelay portal recall: pickup {pickup}: {e}"),
        }
    }
    if done == 0 {
        return ExitCode::from(3);
    }
    println!("recall: {done} pickup(s) recalled; the readers' keys are destroyed");
    ExitCode::SUCCESS
}

/// The portal's parts, for verbs that end pickups (no listener is started).
fn portal(cfg: &Config, store: &Store) -> Option<Portal> {
    let Some(pcfg) = cfg.portal.clone() else {
        eprintln!(
            "phirelay portal: [portal] is not enabled in {}",
            cfg.path.display()
        );
        return None;
    };
    let engines = match crate::wiring::Engines::build(cfg) {
        Ok(e) => e,
        Err(errs) => {
            eprintln!("{errs}");
            return None;
        }
    };
    let keys = super::queue::master_keys(cfg, "portal")?;
    let prep = engines.preparer(keys.clone());
    Some(Portal::new(
        pcfg,
        store.clone(),
        keys,
        Arc::clone(&prep),
        cfg.hostname.clone(),
    ))
}

async fn extend(store: &Store, id: &str, rcpt: Option<&str>, days: u32, reason: &str) -> ExitCode {
    if !(1..=3650).contains(&days) {
        eprintln!("phirelay portal extend: --days must be 1 to 3650");
        return ExitCode::from(2);
    }
    let rows = match chosen(store, id, rcpt).await {
        Ok(r) => r,
        Err(code) => return code,
    };
    let actor = super::queue::cli_actor();
    let mut done = 0;
    for row in rows {
        let until = row.expires_at_us.max(now_us()) + i64::from(days) * 86_400_000_000;
        let ev = Details::Admin(Admin {
            action: AdminAction::Extend,
            reason: Some(reason.to_string()),
            previous_state: row.state.clone(),
        })
        .into_event(&actor)
        .message(&row.message_id)
        .recipient(&row.recipient);
        let w = PortalWrite {
            changes: vec![PickupChange::Extend {
                pickup_id: row.id.clone(),
                expires_at_us: until,
            }],
            new_messages: Vec::new(),
            events: vec![ev],
        };
        match store.portal_write(w).await {
            Ok(()) => {
                done += 1;
                println!(
                    "extend: pickup {} readable until {}",
                    row.id,
                    utc_minute(until)
                );
            }
            Err(e) => eprintln!("phirelay portal extend: pickup {}: {e}", row.id),
        }
    }
    match done {
        0 => ExitCode::from(3),
        _ => ExitCode::SUCCESS,
    }
}
