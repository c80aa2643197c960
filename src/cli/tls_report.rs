//! `phirelay tls-report preview|send`: the TLS-RPT aggregate reports (RFC 8460).

use std::process::ExitCode;
use std::sync::Arc;

use clap::Subcommand;

use super::ConfigArg;
use crate::config::Config;
use crate::store::{MasterKeys, Store};
use crate::transport::tlsrpt::Reporter;
use crate::util::{now_us, utc_day};

#[derive(Debug, Subcommand)]
pub enum TlsReportVerb {
    /// Print the pending report for DOMAIN as JSON.
    Preview {
        #[command(flatten)]
        config: ConfigArg,
        domain: String,
        /// UTC day, YYYY-MM-DD. Default: today.
        #[arg(long)]
        day: Option<String>,
        /// The output is JSON already; accepted so that every read verb takes it.
        #[arg(long)]
        json: bool,
    },
    /// Send the reports due for a day now (the daemon does this daily for yesterday).
    Send {
        #[command(flatten)]
        config: ConfigArg,
        /// UTC day, YYYY-MM-DD. Default: yesterday.
        #[arg(long)]
        day: Option<String>,
    },
}

impl TlsReportVerb {
    pub fn config(&self) -> &ConfigArg {
        match self {
            TlsReportVerb::Preview { config, .. } | TlsReportVerb::Send { config, .. } => config,
        }
    }
}

pub async fn run(verb: TlsReportVerb, cfg: Config) -> ExitCode {
    let cfg = Arc::new(cfg);
    let store = match Store::open(&cfg.store, &cfg.node_id).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("phirelay tls-report: {e}");
            return ExitCode::from(3);
        }
    };
    let keys = match MasterKeys::load_or_create(
        &cfg.store.master_key_file,
        &cfg.store.old_master_key_files,
        false,
    ) {
        Ok((k, _)) => Arc::new(k),
        Err(e) => {
            eprintln!("phirelay tls-report: {e}");
            return ExitCode::from(3);
        }
    };
    let engines = match crate::wiring::Engines::build(&cfg) {
        Ok(e) => e,
        Err(errs) => {
            eprintln!("{errs}");
            return ExitCode::from(2);
        }
    };
    // The DSN's or report's `classified` event names this verb's policy version.
    if let Err(e) = store.remember_policy_version(&engines.policy_version).await {
        tracing::warn!(error = %e, "cannot record the policy version");
    }
    let reporter = match Reporter::new(cfg.clone(), store.clone(), engines.preparer(keys)).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("phirelay tls-report: {e}");
            return ExitCode::from(3);
        }
    };
    let code = match verb {
        TlsReportVerb::Preview { domain, day, .. } => {
            let day = day.unwrap_or_else(|| utc_day(now_us()));
            match reporter.preview(&domain.to_ascii_lowercase(), &day).await {
                Ok(json) => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&json).unwrap_or_default()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("phirelay tls-report: {e}");
                    ExitCode::from(3)
                }
            }
        }
        TlsReportVerb::Send { day, .. } => {
            let day = day.unwrap_or_else(|| utc_day(now_us() - 86_400_000_000));
            match reporter.send_due(&day).await {
                Ok(n) => {
                    println!("{n} report(s) queued or posted for {day}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("phirelay tls-report: {e}");
                    ExitCode::from(3)
                }
            }
        }
    };
    store.close().await;
    code
}
