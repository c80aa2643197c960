//! `phirelay suppression list|remove`: the addresses `[suppression]` refuses
//! (or would refuse, when it is off), and lifting one, audited.

use std::process::ExitCode;

use clap::Subcommand;

use super::ConfigArg;
use crate::config::{Config, SuppressionSection};
use crate::store::{Store, StoreError, Unsuppress};

#[derive(Debug, Subcommand)]
pub enum SuppressionVerb {
    /// Addresses with enough hard bounces in the window to be refused.
    List {
        #[command(flatten)]
        config: ConfigArg,
        /// One JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Forget an address's hard bounces, so mail to it is accepted again.
    Remove {
        #[command(flatten)]
        config: ConfigArg,
        address: String,
        /// Why (kept in the audit log).
        #[arg(long)]
        reason: String,
    },
}

impl SuppressionVerb {
    pub fn config(&self) -> &ConfigArg {
        match self {
            SuppressionVerb::List { config, .. } | SuppressionVerb::Remove { config, .. } => config,
        }
    }
}

pub async fn run(verb: SuppressionVerb, cfg: Config) -> ExitCode {
    let store = match Store::open(&cfg.store, &cfg.node_id).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("phirelay suppression: {e}");
            return ExitCode::from(3);
        }
    };
    let result = match verb {
        SuppressionVerb::List { json, .. } => list(&store, &cfg, json).await,
        SuppressionVerb::Remove {
            address, reason, ..
        } => remove(&store, address, reason).await,
    };
    store.close().await;
    result.unwrap_or_else(|e| {
        eprintln!("phirelay suppression: {e}");
        ExitCode::from(3)
    })
}

async fn list(store: &Store, cfg: &Config, as_json: bool) -> Result<ExitCode, StoreError> {
    // The rule in force, or (when off) the one the file's keys describe.
    let defaults = SuppressionSection::default();
    let (min, window) = match cfg.suppression {
        Some(s) => (s.hard_bounces, s.window.as_secs()),
        None => (defaults.hard_bounces, defaults.window_secs),
    };
    let window_us = i64::try_from(window)
        .unwrap_or(i64::MAX)
        .saturating_mul(1_000_000);
    let since = crate::util::now_us().saturating_sub(window_us);
    let rows = store.suppressed(min, since, i64::MAX).await?;
    let enabled = cfg.suppression.is_some();
    if as_json {
        let doc = serde_json::json!({
            "enabled": enabled, "hard_bounces": min, "window_secs": window,
            "addresses": rows,
        });
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return Ok(ExitCode::SUCCESS);
    }
    let state = if enabled {
        "refused at RCPT"
    } else {
        "not refused: [suppression] is off"
    };
    println!(
        "{} address(es) with {min} or more hard bounces in the last {} ({state})",
        rows.len(),
        super::stats::window_words(window)
    );
    for r in &rows {
        println!(
            "  {:<48} {:>3}  last {} UTC",
            r.address,
            r.hard_bounces,
            crate::util::utc_minute(r.last_at_us)
        );
    }
    Ok(ExitCode::SUCCESS)
}

async fn remove(store: &Store, address: String, reason: String) -> Result<ExitCode, StoreError> {
    if reason.trim().is_empty() {
        eprintln!("phirelay suppression remove: --reason must say why");
        return Ok(ExitCode::from(2));
    }
    let u = Unsuppress {
        address: address.trim().to_string(),
        reason,
        actor: super::queue::cli_actor(),
    };
    match store.unsuppress(u).await {
        Ok(()) => {
            println!(
                "removed: {} is accepted again (each node within {} s)",
                address.trim().to_ascii_lowercase(),
                crate::accept::suppression::REFRESH.as_secs()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(StoreError::Conflict(why)) => {
            eprintln!("phirelay suppression remove: {why}");
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e),
    }
}
