//! `phirelay report`: the monthly compliance report as one HTML file.

use std::path::PathBuf;
use std::process::ExitCode;

use super::ConfigArg;
use crate::config::Config;
use crate::report::{ChainStatus, Month, render};
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub config: ConfigArg,
    /// Connect with this URL instead of store.url (e.g. as the compliance role).
    #[arg(long)]
    pub database_url: Option<String>,
    /// The month, YYYY-MM (UTC).
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    /// The HTML file to write.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

pub async fn run(args: ReportArgs, mut cfg: Config) -> ExitCode {
    let Some(month) = Month::parse(&args.month) else {
        eprintln!("phirelay report: --month takes YYYY-MM");
        return ExitCode::from(2);
    };
    if let Some(u) = args.database_url {
        cfg.store.url = u;
    }
    let store = match Store::open(&cfg.store, &cfg.node_id).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("phirelay report: {e}");
            return ExitCode::from(3);
        }
    };
    let mut chain_ok = true;
    let result = async {
        let chain = match super::verify_chain(&store).await? {
            Ok(v) => ChainStatus {
                ok: true,
                text: format!(
                    "audit chain ok: {} events, head seq {} hash {}",
                    v.count,
                    v.last_seq,
                    hex::encode(&v.head)
                ),
            },
            Err(b) => {
                chain_ok = false;
                ChainStatus {
                    ok: false,
                    text: format!("audit chain BROKEN: {b}"),
                }
            }
        };
        render(&store, &month, &chain).await
    }
    .await;
    store.close().await;
    match result {
        // It names recipients: readable by its owner only (mode 0600).
        Ok(html) => match super::private_file(&args.out)
            .and_then(|mut f| std::io::Write::write_all(&mut f, html.as_bytes()))
        {
            Ok(()) if chain_ok => {
                println!(
                    "report for {} written to {}",
                    month.label,
                    args.out.display()
                );
                ExitCode::SUCCESS
            }
            Ok(()) => {
                println!(
                    "report for {} written to {}; the audit chain is BROKEN (see the report)",
                    month.label,
                    args.out.display()
                );
                ExitCode::from(1)
            }
            Err(e) => {
                eprintln!("phirelay report: cannot write {}: {e}", args.out.display());
                ExitCode::from(3)
            }
        },
        Err(e) => {
            eprintln!("phirelay report: {e}");
            ExitCode::from(3)
        }
    }
}
