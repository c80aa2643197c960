//! `phirelay api-key create|list|revoke|rotate|resume`: the HTTP API's keys
//! (docs/api.md#keys). The key is printed once; only its hash is stored. Every
//! change is audited (`api_key`).

use std::process::ExitCode;

use clap::Subcommand;

use super::ConfigArg;
use crate::api::key;
use crate::audit::details::KeyAction;
use crate::config::Config;
use crate::store::api::{ApiKeyRow, KeyChange, Scope};
use crate::store::{Store, StoreError};
use crate::util::now_us;

#[derive(Debug, Subcommand)]
pub enum ApiKeyVerb {
    /// Make a key and print it once.
    Create {
        #[command(flatten)]
        config: ConfigArg,
        /// A name for the application (shown in the audit log).
        #[arg(long)]
        name: String,
        /// Comma list of send, status, webhooks.
        #[arg(long, value_parser = parse_scopes, value_delimiter = ',', required = true)]
        scopes: Vec<Scope>,
        /// Comma list of the domains it may send from (envelope and From).
        #[arg(long, value_delimiter = ',', required = true)]
        sender_domains: Vec<String>,
        /// Submissions allowed: N/s, N/m or N/h.
        #[arg(long, default_value = "50/s", value_parser = parse_rate)]
        rate: (u32, u32),
        /// Messages per UTC day (0: no quota).
        #[arg(long, default_value_t = 0)]
        daily_quota: u64,
        /// A test key: its mail is accepted, classified and audited, never delivered.
        #[arg(long)]
        test: bool,
        /// Bind the key to this client certificate (PEM): every call must
        /// present it over TLS.
        #[arg(long, value_name = "PEM")]
        client_cert: Option<std::path::PathBuf>,
    },
    /// Every key: id, name, scopes, sender domains, rate, state.
    List {
        #[command(flatten)]
        config: ConfigArg,
        /// One JSON object per key.
        #[arg(long)]
        json: bool,
    },
    /// Refuse a key from now on.
    Revoke {
        #[command(flatten)]
        config: ConfigArg,
        id: String,
        #[arg(long)]
        reason: String,
    },
    /// A new secret for a key; the old one keeps working for --grace.
    Rotate {
        #[command(flatten)]
        config: ConfigArg,
        id: String,
        /// How long the old secret stays valid: 1h, 2d, ...
        #[arg(long, default_value = "24h", value_parser = super::queue::parse_duration)]
        grace: u64,
    },
    /// Suspend a key by hand (as the anomaly guard does); `resume` lifts it.
    Suspend {
        #[command(flatten)]
        config: ConfigArg,
        id: String,
        #[arg(long)]
        reason: String,
    },
    /// Lift a suspension.
    Resume {
        #[command(flatten)]
        config: ConfigArg,
        id: String,
        #[arg(long)]
        reason: String,
    },
}

impl ApiKeyVerb {
    pub fn config(&self) -> &ConfigArg {
        match self {
            ApiKeyVerb::Create { config, .. }
            | ApiKeyVerb::List { config, .. }
            | ApiKeyVerb::Revoke { config, .. }
            | ApiKeyVerb::Rotate { config, .. }
            | ApiKeyVerb::Suspend { config, .. }
            | ApiKeyVerb::Resume { config, .. } => config,
        }
    }
}

fn parse_scopes(s: &str) -> Result<Scope, String> {
    Scope::parse(s).ok_or_else(|| format!("{s:?} is not a scope (send, status, webhooks)"))
}

/// `50/s` as (50, 1); `600/m` as (600, 60); `1000/h` as (1000, 3600).
fn parse_rate(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("{s:?} is not a rate (N/s, N/m or N/h, N at least 1)");
    let (n, per) = s.trim().split_once('/').ok_or_else(bad)?;
    let n: u32 = n.trim().parse().map_err(|_| bad())?;
    let per = match per.trim() {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        _ => return Err(bad()),
    };
    if n == 0 {
        return Err(bad());
    }
    Ok((n, per))
}

fn actor() -> String {
    super::queue::cli_actor()
}

pub async fn run(verb: ApiKeyVerb, cfg: Config) -> ExitCode {
    let store = match Store::open(&cfg.store, &cfg.node_id).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("phirelay api-key: {e}");
            return ExitCode::from(3);
        }
    };
    let result = match verb {
        ApiKeyVerb::Create {
            name,
            scopes,
            sender_domains,
            rate,
            daily_quota,
            test,
            client_cert,
            ..
        } => {
            let client_cert = match client_cert.as_deref().map(certificate_sha256).transpose() {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("phirelay api-key create: --client-cert: {e}");
                    store.close().await;
                    return ExitCode::from(2);
                }
            };
            let limits = Limits {
                rate,
                daily_quota,
                test,
                client_cert,
            };
            create(&store, name, scopes, sender_domains, limits).await
        }
        ApiKeyVerb::List { json, .. } => list(&store, json).await,
        ApiKeyVerb::Revoke { id, reason, .. } => {
            change(&store, &id, KeyAction::Revoked, Some(reason), 0).await
        }
        ApiKeyVerb::Rotate { id, grace, .. } => {
            change(&store, &id, KeyAction::Rotated, None, grace).await
        }
        ApiKeyVerb::Suspend { id, reason, .. } => {
            change(&store, &id, KeyAction::Suspended, Some(reason), 0).await
        }
        ApiKeyVerb::Resume { id, reason, .. } => {
            change(&store, &id, KeyAction::Resumed, Some(reason), 0).await
        }
    };
    store.close().await;
    result.unwrap_or_else(|e| {
        eprintln!("phirelay api-key: {e}");
        ExitCode::from(3)
    })
}

/// A new key's rate and quota.
struct Limits {
    rate: (u32, u32),
    daily_quota: u64,
    test: bool,
    client_cert: Option<String>,
}

/// The hex SHA-256 of the first certificate in a PEM file.
fn certificate_sha256(path: &std::path::Path) -> Result<String, String> {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let first = CertificateDer::pem_file_iter(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .next()
        .ok_or_else(|| format!("{}: no certificate in it", path.display()))?
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(hex::encode(aws_lc_rs::digest::digest(
        &aws_lc_rs::digest::SHA256,
        &first,
    )))
}

async fn create(
    store: &Store,
    name: String,
    mut scopes: Vec<Scope>,
    sender_domains: Vec<String>,
    limits: Limits,
) -> Result<ExitCode, StoreError> {
    let (rate_count, rate_per_secs) = limits.rate;
    scopes.dedup();
    let domains: Vec<String> = sender_domains
        .iter()
        .map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase())
        .filter(|d| !d.is_empty())
        .collect();
    let name = name.trim().to_string();
    let bad_name = name.is_empty() || name.len() > 64 || name.chars().any(char::is_control);
    let bad_domain = domains.is_empty()
        || domains.iter().any(|d| {
            !d.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        });
    if bad_name || bad_domain || scopes.is_empty() {
        eprintln!(
            "phirelay api-key create: give --name (1 to 64 characters), --scopes and --sender-domains (domain names)"
        );
        return Ok(ExitCode::from(2));
    }
    let Some(new) = key::generate() else {
        eprintln!("phirelay api-key create: no random numbers from the system");
        return Ok(ExitCode::from(3));
    };
    let row = ApiKeyRow {
        id: new.id.clone(),
        name,
        secret_sha256: new.secret_sha256,
        previous: None,
        scopes,
        sender_domains: domains,
        rate_count,
        rate_per_secs,
        daily_quota: limits.daily_quota,
        test_only: limits.test,
        client_cert_sha256: limits.client_cert,
        created_at_us: now_us(),
        revoked_at_us: None,
        suspended: None,
    };
    store
        .api_key_change(KeyChange {
            action: KeyAction::Created,
            key: row,
            reason: None,
            actor: actor(),
            at_us: now_us(),
        })
        .await?;
    println!("api key {} created; it is shown this once:", new.id);
    // A test key says so in its own text (`phr_test_…`), as it is used.
    let token = match limits.test {
        true => new.token.replacen("phr_", "phr_test_", 1),
        false => new.token,
    };
    println!("{token}");
    Ok(ExitCode::SUCCESS)
}

async fn list(store: &Store, as_json: bool) -> Result<ExitCode, StoreError> {
    let keys = store.api_keys().await?;
    if !as_json {
        println!(
            "{:<12} {:<20} {:<22} {:<10} {:<9} SENDER DOMAINS",
            "ID", "NAME", "SCOPES", "RATE", "STATE"
        );
    }
    for k in &keys {
        let rate = format!(
            "{}/{}",
            k.rate_count,
            match k.rate_per_secs {
                1 => "s",
                60 => "m",
                _ => "h",
            }
        );
        if as_json {
            println!(
                "{}",
                serde_json::json!({
                    "id": k.id, "name": k.name, "scopes": k.scope_names(),
                    "sender_domains": k.sender_domains, "rate": rate, "state": state(k),
                    "daily_quota": k.daily_quota, "test": k.test_only,
                    "client_cert_sha256": k.client_cert_sha256,
                    "created_at_us": k.created_at_us,
                    "suspended_reason": k.suspended.as_ref().map(|s| s.1.clone()),
                })
            );
        } else {
            println!(
                "{:<12} {:<20} {:<22} {:<10} {:<9} {}",
                k.id,
                k.name,
                k.scope_names().join(","),
                rate,
                state(k),
                k.sender_domains.join(",")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn state(k: &ApiKeyRow) -> &'static str {
    if k.revoked_at_us.is_some() {
        "revoked"
    } else if k.suspended.is_some() {
        "suspended"
    } else {
        "active"
    }
}

async fn change(
    store: &Store,
    id: &str,
    action: KeyAction,
    reason: Option<String>,
    grace_secs: u64,
) -> Result<ExitCode, StoreError> {
    if reason.as_ref().is_some_and(|r| r.trim().is_empty()) {
        eprintln!("phirelay api-key: --reason must say why");
        return Ok(ExitCode::from(2));
    }
    let id = id.trim().to_ascii_lowercase();
    let Some(mut row) = store.api_key(&id).await? else {
        eprintln!("phirelay api-key: no key {id}");
        return Ok(ExitCode::from(1));
    };
    if row.revoked_at_us.is_some() {
        eprintln!("phirelay api-key: key {id} is revoked");
        return Ok(ExitCode::from(1));
    }
    let now = now_us();
    let mut token = None;
    match action {
        KeyAction::Revoked => row.revoked_at_us = Some(now),
        KeyAction::Resumed => {
            if row.suspended.take().is_none() {
                eprintln!("phirelay api-key: key {id} is not suspended");
                return Ok(ExitCode::from(1));
            }
        }
        KeyAction::Rotated => {
            let Some(new) = key::regenerate(&id) else {
                eprintln!("phirelay api-key rotate: no random numbers from the system");
                return Ok(ExitCode::from(3));
            };
            let grace_us = i64::try_from(grace_secs)
                .unwrap_or(i64::MAX / 1_000_000)
                .saturating_mul(1_000_000);
            let old = std::mem::replace(&mut row.secret_sha256, new.secret_sha256);
            row.previous = Some((old, now.saturating_add(grace_us)));
            token = Some(match row.test_only {
                true => new.token.replacen("phr_", "phr_test_", 1),
                false => new.token,
            });
        }
        KeyAction::Suspended => {
            if row.suspended.is_some() {
                eprintln!("phirelay api-key: key {id} is already suspended");
                return Ok(ExitCode::from(1));
            }
            row.suspended = Some((now, reason.clone().unwrap_or_default()));
        }
        KeyAction::Created
        | KeyAction::WebhookSet
        | KeyAction::WebhookRemoved
        | KeyAction::WebhookDisabled => {}
    }
    store
        .api_key_change(KeyChange {
            action,
            key: row,
            reason,
            actor: actor(),
            at_us: now,
        })
        .await?;
    match token {
        Some(t) => {
            println!(
                "api key {id} rotated; the new key is shown this once (the old one works for {}):",
                super::stats::window_words(grace_secs)
            );
            println!("{t}");
        }
        None => println!(
            "api key {id}: {}",
            serde_json::to_string(&action)
                .unwrap_or_default()
                .trim_matches('"')
        ),
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn rates_read_as_written() {
        assert_eq!(super::parse_rate("50/s"), Ok((50, 1)));
        assert_eq!(super::parse_rate("600/m"), Ok((600, 60)));
        assert!(super::parse_rate("0/s").is_err());
        assert!(super::parse_rate("5/d").is_err());
    }
}
