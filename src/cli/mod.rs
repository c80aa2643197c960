//! The command-line verbs (each documented in docs/cli.md).
//!
//! Exit codes: 0 success; 1 the verb ran and found a problem (e.g. a broken audit
//! chain); 2 the config or arguments are wrong; 3 a runtime failure (store down…).

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod api_key;
mod audit;
mod audit_reconcile;
mod audit_verify_out;
mod check_connect;
mod config_show;
mod describe;
mod dkim;
mod dns_check;
pub mod held;
mod keys;
mod policy;
mod portal;
mod queue;
mod queue_show;
mod queue_summary;
mod report;
mod sources;
mod stats;
mod suppression;
mod tls_report;

use crate::config::{self, Config};
use crate::store::Store;
pub use audit::verify_chain;

#[derive(Debug, Parser)]
#[command(
    name = "phirelay",
    version,
    about = "HIPAA-oriented outbound SMTP relay"
)]
pub struct Cli {
    #[command(subcommand)]
    pub verb: Verb,
}

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Run the relay (under systemd: Type=notify).
    Serve(ConfigArg),
    /// Check the config file; print every error with its file, key and fix.
    CheckConfig {
        #[command(flatten)]
        config: ConfigArg,
        /// Also connect: the database answers at the current schema, and the
        /// certificates stay valid for --min-days more days.
        #[arg(long)]
        connect: bool,
        /// With --connect: days a certificate must still be valid.
        #[arg(long, default_value_t = 14)]
        min_days: i64,
    },
    /// The configuration in effect.
    Config {
        #[command(subcommand)]
        verb: ConfigVerb,
    },
    /// Apply pending database migrations (run as the database owner role).
    Migrate {
        #[command(flatten)]
        config: ConfigArg,
        /// Connect with this URL instead of store.url (e.g. as the owner role).
        #[arg(long)]
        database_url: Option<String>,
    },
    /// Audit log tools.
    Audit {
        #[command(subcommand)]
        verb: audit::AuditVerb,
    },
    /// The monthly compliance report: one self-contained HTML file.
    Report(report::ReportArgs),
    /// Print an argon2id hash for a [[relay.user]] password (read from stdin).
    HashPassword,
    /// The outbound queue: list, show, retry, delete, flush.
    Queue {
        #[command(subcommand)]
        verb: queue::QueueVerb,
    },
    /// The PHI policy engine.
    Policy {
        #[command(subcommand)]
        verb: policy::PolicyVerb,
    },
    /// TLS-RPT aggregate reports (RFC 8460).
    TlsReport {
        #[command(subcommand)]
        verb: tls_report::TlsReportVerb,
    },
    /// The secure portal's pickups: list, recall, extend.
    Portal {
        #[command(subcommand)]
        verb: portal::PortalVerb,
    },
    /// Upstream sources: refresh Microsoft 365 or Google sending ranges.
    Sources {
        #[command(subcommand)]
        verb: sources::SourcesVerb,
    },
    /// DKIM keys.
    Dkim {
        #[command(subcommand)]
        verb: dkim::DkimVerb,
    },
    /// Delivery per destination domain, and repeated hard bounces, over a window.
    Stats {
        #[command(flatten)]
        config: ConfigArg,
        /// The window, back from now: `90s`, `15m`, `1h`, `7d`, `1w`.
        #[arg(long, default_value = "7d", value_parser = queue::parse_duration)]
        since: u64,
        /// One JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Keys of the HTTP API: create, list, revoke, rotate, resume.
    ApiKey {
        #[command(subcommand)]
        verb: api_key::ApiKeyVerb,
    },
    /// Addresses refused after repeated hard bounces: list, remove.
    Suppression {
        #[command(subcommand)]
        verb: suppression::SuppressionVerb,
    },
    /// The master key: rotate it.
    Keys {
        #[command(subcommand)]
        verb: keys::KeysVerb,
    },
    /// The sending domain's DNS records: SPF, DKIM, DMARC, MTA-STS, TLS-RPT.
    Dns {
        #[command(subcommand)]
        verb: DnsVerb,
    },
}

#[derive(Debug, Subcommand)]
pub enum DnsVerb {
    /// Look up and explain a sending domain's records, and what to fix.
    Check {
        #[command(flatten)]
        config: ConfigArg,
        /// The sending domain (the From domain of your mail).
        domain: String,
        /// This relay's public address, as receivers see it (repeatable):
        /// checked against the SPF record.
        #[arg(long = "ip")]
        ips: Vec<std::net::IpAddr>,
        /// One JSON array of findings instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigVerb {
    /// Print every key with the value in effect (secrets masked), as TOML.
    Show {
        #[command(flatten)]
        config: ConfigArg,
        /// The built-in defaults instead (what an empty file gives).
        #[arg(long)]
        defaults: bool,
        /// The same keys and values as one JSON object.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, clap::Args)]
pub struct ConfigArg {
    /// The config file.
    #[arg(long, short, default_value = "/etc/phirelay/phirelay.toml")]
    pub config: PathBuf,
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.verb {
        Verb::Serve(c) => with_config(&c, |cfg| runtime(crate::daemon::serve(cfg))),
        Verb::CheckConfig {
            config: c,
            connect,
            min_days,
        } => match config::load_with(&c.config, crate::wiring::Engines::problems) {
            Ok(cfg) => match (check_config(&cfg), connect) {
                (code, false) => code,
                (code, true) if code != ExitCode::SUCCESS => code,
                (_, true) => match block_on(check_connect::run(&cfg, min_days), false) {
                    true => ExitCode::SUCCESS,
                    false => ExitCode::from(1),
                },
            },
            Err(errs) => {
                eprintln!("{errs}");
                ExitCode::from(2)
            }
        },
        Verb::Config {
            verb:
                ConfigVerb::Show {
                    config,
                    defaults,
                    json,
                },
        } => config_show::show(&config.config, defaults, json),
        Verb::Migrate {
            config,
            database_url,
        } => with_config(&config, |cfg| {
            runtime(migrate(override_url(cfg, database_url)))
        }),
        Verb::Audit { verb } => {
            let config = verb.config().clone();
            with_config(&config, |cfg| runtime(audit::run(verb, existing_only(cfg))))
        }
        Verb::Report(args) => {
            let config = args.config.clone();
            with_config(&config, |cfg| {
                runtime(report::run(args, existing_only(cfg)))
            })
        }
        Verb::HashPassword => hash_password(),
        Verb::Queue { verb } => {
            let config = verb.config().clone();
            with_config(&config, |cfg| runtime(queue::run(verb, existing_only(cfg))))
        }
        Verb::Policy { verb } => {
            let config = verb.config().clone();
            with_config(&config, |cfg| policy::run(verb, cfg))
        }
        Verb::TlsReport { verb } => {
            let config = verb.config().clone();
            with_config(&config, |cfg| {
                runtime(tls_report::run(verb, existing_only(cfg)))
            })
        }
        Verb::Portal { verb } => {
            let config = verb.config().clone();
            with_config(&config, |cfg| {
                runtime(portal::run(verb, existing_only(cfg)))
            })
        }
        Verb::Sources { verb } => {
            let config = verb.config().clone();
            with_config(&config, |cfg| runtime(sources::run(verb, cfg)))
        }
        Verb::Dkim { verb } => dkim::run(verb),
        Verb::ApiKey { verb } => {
            let config = verb.config().clone();
            with_config(&config, |cfg| {
                runtime(api_key::run(verb, existing_only(cfg)))
            })
        }
        Verb::Suppression { verb } => {
            let config = verb.config().clone();
            with_config(&config, |cfg| {
                runtime(suppression::run(verb, existing_only(cfg)))
            })
        }
        Verb::Stats {
            config,
            since,
            json,
        } => with_config(&config, |cfg| {
            runtime(stats::run(existing_only(cfg), since, json))
        }),
        Verb::Keys {
            verb: keys::KeysVerb::Rotate { config },
        } => with_config(&config, |cfg| runtime(keys::rotate(existing_only(cfg)))),
        Verb::Dns {
            verb:
                DnsVerb::Check {
                    config,
                    domain,
                    ips,
                    json,
                },
        } => with_config(&config, |cfg| {
            runtime(dns_check::run(cfg, domain, ips, json))
        }),
    }
}

pub(crate) fn with_config(arg: &ConfigArg, f: impl FnOnce(Config) -> ExitCode) -> ExitCode {
    match config::load(&arg.config) {
        Ok(cfg) => f(cfg),
        Err(errs) => {
            eprintln!("{errs}");
            ExitCode::from(2)
        }
    }
}

/// A queue or pickup id as typed: ULIDs are upper case, so `01jbx…` is taken as
/// `01JBX…` (and spaces around it are dropped).
pub(crate) fn queue_id(s: &str) -> Result<String, String> {
    let id = s.trim().to_ascii_uppercase();
    match id.is_empty() {
        true => Err("an empty id".into()),
        false => Ok(id),
    }
}

fn override_url(mut cfg: Config, url: Option<String>) -> Config {
    if let Some(u) = url {
        cfg.store.url = u;
    }
    cfg
}

/// Verbs that read must not create an empty SQLite database where a typo in the
/// path points (and then report on it).
pub(crate) fn existing_only(mut cfg: Config) -> Config {
    cfg.store.url = cfg.store.url.replace("mode=rwc", "mode=rw");
    cfg
}

/// Run `fut` on a new runtime; `failed` when the runtime cannot start.
fn block_on<T>(fut: impl Future<Output = T>, failed: T) -> T {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt.block_on(fut),
        Err(e) => {
            eprintln!("phirelay: cannot start the async runtime: {e}");
            failed
        }
    }
}

fn runtime(fut: impl Future<Output = ExitCode>) -> ExitCode {
    block_on(fut, ExitCode::from(3))
}

/// A file for output that names recipients or addresses: created (or emptied)
/// readable by its owner only (mode 0600 for a new file).
pub(super) fn private_file(p: &std::path::Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(p)
}

fn check_config(cfg: &Config) -> ExitCode {
    let mut ok = true;
    let key = &cfg.store.master_key_file;
    if key.exists() {
        if let Err(e) =
            crate::store::MasterKeys::load_or_create(key, &cfg.store.old_master_key_files, false)
        {
            eprintln!("{}: key `store.master_key_file`: {e}", cfg.path.display());
            ok = false;
        }
    } else if !cfg.store.create_master_key {
        eprintln!(
            "{}: key `store.master_key_file`: {} does not exist and create_master_key is false; fix: copy the key there (mode 0600)",
            cfg.path.display(),
            key.display()
        );
        ok = false;
    }
    if !ok {
        return ExitCode::from(2);
    }
    println!(
        "{}: ok ({} listener(s), store {:?}, TLS {})",
        cfg.path.display(),
        cfg.listeners.len(),
        cfg.store.backend,
        if cfg.tls.is_some() { "on" } else { "off" }
    );
    ExitCode::SUCCESS
}

async fn migrate(cfg: Config) -> ExitCode {
    match Store::migrate(&cfg.store).await {
        Ok(applied) if applied.is_empty() => {
            println!("schema up to date");
            ExitCode::SUCCESS
        }
        Ok(applied) => {
            println!("applied migrations: {applied:?}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("phirelay migrate: {e}");
            ExitCode::from(3)
        }
    }
}

fn hash_password() -> ExitCode {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("password (input is shown; pipe it in to keep it off the screen):");
    }
    let mut line = String::new();
    if stdin.lock().read_line(&mut line).is_err() {
        eprintln!("phirelay hash-password: cannot read the password from stdin");
        return ExitCode::from(2);
    }
    let password = line.trim_end_matches(['\r', '\n']);
    if password.is_empty() {
        eprintln!("phirelay hash-password: empty password");
        return ExitCode::from(2);
    }
    match crate::smtp::hash_password(password) {
        Ok(h) => {
            println!("{h}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("phirelay hash-password: {e}");
            ExitCode::from(3)
        }
    }
}
