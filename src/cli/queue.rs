//! `phirelay queue list|show|retry|delete|flush`: look at and steer the queue.
//! Changes are audited (event `admin`, actor `cli:<user>`) in the transaction
//! that makes them, and never touch mail a worker is delivering right now.
//! `show` prints the envelope, recipients and attempts, never the content.

use std::collections::BTreeMap;
use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::ConfigArg;
use crate::audit::Details;
use crate::audit::details::{Admin, AdminAction};
use crate::config::Config;
use crate::store::{Outcome, QueueFilter, QueueRow, RecipientState, Store, admin_updates};
use crate::util::now_us;

#[derive(Debug, Subcommand)]
pub enum QueueVerb {
    /// One line per recipient still to deliver (or all with --all).
    List {
        #[command(flatten)]
        config: ConfigArg,
        /// queued, deferred, held, delivered, bounced, expired, deleted.
        #[arg(long, value_parser = parse_state)]
        state: Option<RecipientState>,
        /// Recipient domain.
        #[arg(long)]
        domain: Option<String>,
        /// Only mail older than this: seconds, or 15m, 1h, 2d, 1w.
        #[arg(long, value_parser = parse_duration)]
        older_than: Option<u64>,
        /// Include finished recipients too.
        #[arg(long)]
        all: bool,
        #[arg(long, default_value_t = 1000)]
        limit: i64,
        /// JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Waiting recipients by destination domain and minutes waiting (like qshape).
    Summary {
        #[command(flatten)]
        config: ConfigArg,
        /// Only this state (queued, deferred, held, ...). Default: the three waiting ones.
        #[arg(long, value_parser = parse_state)]
        state: Option<RecipientState>,
        /// Domains shown; the rest are summed as "(other)".
        #[arg(long, default_value_t = 20)]
        top: usize,
        /// JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Envelope, recipients and attempts of one message (never its content).
    Show {
        #[command(flatten)]
        config: ConfigArg,
        #[arg(value_parser = super::queue_id)]
        id: String,
        /// One JSON object (envelope, recipients, events with all their facts).
        #[arg(long)]
        json: bool,
    },
    /// Make deferred mail due now: one message, or --all.
    Retry {
        #[command(flatten)]
        config: ConfigArg,
        #[arg(value_parser = super::queue_id)]
        id: Option<String>,
        #[arg(long, conflicts_with = "id")]
        all: bool,
    },
    /// Take a message's pending recipients out of the queue, with a reason.
    Delete {
        #[command(flatten)]
        config: ConfigArg,
        #[arg(value_parser = super::queue_id)]
        id: String,
        /// Why (kept in the audit log).
        #[arg(long)]
        reason: String,
    },
    /// Make all deferred mail due now (same as `retry --all`), or only mail for
    /// one destination domain; a back-off the relay holds for it ends too.
    Flush {
        #[command(flatten)]
        config: ConfigArg,
        /// Only recipients at this domain.
        #[arg(long)]
        domain: Option<String>,
    },
    /// Return pending or held mail to its sender, with a DSN.
    Bounce {
        #[command(flatten)]
        config: ConfigArg,
        #[arg(value_parser = super::queue_id)]
        id: String,
        /// Only this recipient (default: every pending or held recipient).
        #[arg(long)]
        rcpt: Option<String>,
        /// Why (kept in the audit log; the DSN says only that an administrator returned it).
        #[arg(long)]
        reason: String,
    },
    /// Send held mail back to the queue, to leave only over verified TLS.
    Release {
        #[command(flatten)]
        config: ConfigArg,
        #[arg(value_parser = super::queue_id)]
        id: String,
        /// Only this recipient (default: every held recipient of the message).
        #[arg(long)]
        rcpt: Option<String>,
        /// Deliver only over verified TLS (DANE, MTA-STS enforce or PKIX). Required:
        /// with [portal] enabled, held mail becomes a pickup by itself.
        #[arg(long)]
        deliver_verified: bool,
        /// Why (kept in the audit log).
        #[arg(long)]
        reason: String,
    },
}

impl QueueVerb {
    pub fn config(&self) -> &ConfigArg {
        match self {
            QueueVerb::List { config, .. }
            | QueueVerb::Show { config, .. }
            | QueueVerb::Retry { config, .. }
            | QueueVerb::Delete { config, .. }
            | QueueVerb::Summary { config, .. }
            | QueueVerb::Release { config, .. }
            | QueueVerb::Bounce { config, .. }
            | QueueVerb::Flush { config, .. } => config,
        }
    }
}

pub(super) fn parse_duration(s: &str) -> Result<u64, String> {
    crate::util::parse_duration_secs(s)
        .ok_or_else(|| format!("{s:?} is not a duration (seconds, or 15m, 1h, 2d, 1w)"))
}

fn parse_state(s: &str) -> Result<RecipientState, String> {
    RecipientState::parse(s).ok_or_else(|| format!("unknown state {s:?}"))
}

pub async fn run(verb: QueueVerb, cfg: Config) -> ExitCode {
    let store = match Store::open(&cfg.store, &cfg.node_id).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("phirelay queue: {e}");
            return ExitCode::from(3);
        }
    };
    let result = match verb {
        QueueVerb::Summary {
            state, top, json, ..
        } => super::queue_summary::print(&store, state, top, json)
            .await
            .map(|()| ExitCode::SUCCESS),
        QueueVerb::List {
            state,
            domain,
            older_than,
            all,
            limit,
            json,
            ..
        } => {
            let filter = QueueFilter {
                state,
                domain: domain.map(|d| d.to_ascii_lowercase()),
                received_before_us: older_than.map(|s| now_us() - (s as i64) * 1_000_000),
                message_id: None,
                all: all || state.is_some(),
                limit,
            };
            list(&store, &filter, json).await
        }
        QueueVerb::Show { id, json, .. } => super::queue_show::show(&store, &id, json).await,
        QueueVerb::Retry { id, all, .. } => {
            if id.is_none() && !all {
                eprintln!("phirelay queue retry: give a queue id or --all");
                return ExitCode::from(2);
            }
            let only = Only { id, domain: None };
            change(
                &store,
                only,
                RecipientState::Queued,
                AdminAction::Retry,
                None,
            )
            .await
        }
        QueueVerb::Flush { domain, .. } => {
            let domain = domain.map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase());
            change(
                &store,
                Only { id: None, domain },
                RecipientState::Queued,
                AdminAction::Flush,
                None,
            )
            .await
        }
        QueueVerb::Bounce {
            id, rcpt, reason, ..
        } => {
            let code = bounce(&cfg, &store, &id, rcpt.as_deref(), &reason).await;
            store.close().await;
            return code;
        }
        QueueVerb::Release {
            id,
            rcpt,
            deliver_verified,
            reason,
            ..
        } => {
            let code = release(
                &cfg,
                &store,
                &id,
                rcpt.as_deref(),
                deliver_verified,
                &reason,
            )
            .await;
            store.close().await;
            return code;
        }
        QueueVerb::Delete { id, reason, .. } => {
            if reason.trim().is_empty() {
                eprintln!("phirelay queue delete: --reason must say why");
                return ExitCode::from(2);
            }
            change(
                &store,
                Only {
                    id: Some(id),
                    domain: None,
                },
                RecipientState::Deleted,
                AdminAction::Delete,
                Some(reason),
            )
            .await
        }
    };
    store.close().await;
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("phirelay queue: {e}");
            ExitCode::from(3)
        }
    }
}

async fn list(
    store: &Store,
    filter: &QueueFilter,
    as_json: bool,
) -> Result<ExitCode, crate::store::StoreError> {
    let now = now_us();
    let rows = store.queue_rows(filter, now).await?;
    if !as_json {
        println!(
            "{:<26} {:>6} {:<9} {:>3} {:>6} {:<32} LAST REPLY",
            "QUEUE ID", "AGE", "STATE", "TRY", "NEXT", "RECIPIENT"
        );
    }
    for r in &rows {
        if as_json {
            println!(
                "{}",
                json!({
                    "queue_id": r.message_id, "received_at_us": r.received_at_us, "from": r.mail_from,
                    "recipient": r.recipient, "state": state_label(r), "attempts": r.attempts,
                    "due_at_us": r.due_at_us, "last_reply": r.last_reply,
                })
            );
        } else {
            println!(
                "{:<26} {:>6} {:<9} {:>3} {:>6} {:<32} {}",
                r.message_id,
                span(now - r.received_at_us),
                state_label(r),
                r.attempts,
                if matches!(r.state.as_str(), "queued" | "deferred") {
                    span(r.due_at_us - now)
                } else {
                    "-".into()
                },
                r.recipient,
                r.last_reply.as_deref().unwrap_or("")
            );
        }
    }
    if !as_json {
        println!("{} recipient(s)", rows.len());
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn state_label(r: &QueueRow) -> &str {
    if r.in_flight { "in-flight" } else { &r.state }
}

/// "3s", "5m", "2h", "4d"; "now" for the past.
fn span(us: i64) -> String {
    let s = us / 1_000_000;
    match s {
        i64::MIN..=0 => "now".into(),
        1..=119 => format!("{s}s"),
        120..=7199 => format!("{}m", s / 60),
        7200..=172_799 => format!("{}h", s / 3600),
        _ => format!("{}d", s / 86_400),
    }
}

/// `queue release`: checks its flags, loads the master key, releases.
async fn release(
    cfg: &Config,
    store: &Store,
    id: &str,
    rcpt: Option<&str>,
    deliver_verified: bool,
    reason: &str,
) -> ExitCode {
    if !deliver_verified {
        eprintln!(
            "phirelay queue release: give --deliver-verified (deliver only over verified TLS); \
             with [portal] enabled, held mail becomes a portal pickup by itself (no release needed); \
             or take the mail out with `queue delete` or return it with `queue bounce`"
        );
        return ExitCode::from(2);
    }
    if reason.trim().is_empty() {
        eprintln!("phirelay queue release: --reason must say why");
        return ExitCode::from(2);
    }
    let Some(keys) = master_keys(cfg, "release") else {
        return ExitCode::from(3);
    };
    use super::held::ReleaseError as E;
    let result = super::held::release_verified(store, &keys, id, rcpt, reason, &cli_actor()).await;
    let not_found = matches!(result, Err(E::NotFound(_) | E::NothingHeld(..)));
    report(
        "release",
        result.map(|n| format!("{n} recipient(s) queued for delivery over verified TLS only")),
        not_found,
    )
}

/// `queue bounce`: loads the master key and the acceptance stage (the DSN is
/// signed and sealed like any message), then bounces.
async fn bounce(
    cfg: &Config,
    store: &Store,
    id: &str,
    rcpt: Option<&str>,
    reason: &str,
) -> ExitCode {
    if reason.trim().is_empty() {
        eprintln!("phirelay queue bounce: --reason must say why");
        return ExitCode::from(2);
    }
    let Some(keys) = master_keys(cfg, "bounce") else {
        return ExitCode::from(3);
    };
    let engines = match crate::wiring::Engines::build(cfg) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("phirelay queue bounce: {e}");
            return ExitCode::from(2);
        }
    };
    // The DSN's or report's `classified` event names this verb's policy version.
    if let Err(e) = store.remember_policy_version(&engines.policy_version).await {
        tracing::warn!(error = %e, "cannot record the policy version");
    }
    let prep = engines.preparer(keys.clone());
    let actor = cli_actor();
    let pick = super::held::Pick {
        id,
        rcpt,
        reason,
        actor: &actor,
    };
    use super::held::BounceError as E;
    let result = super::held::bounce(cfg, store, &keys, &prep, &pick).await;
    let not_found = matches!(result, Err(E::NotFound(_) | E::NothingPending(..)));
    report(
        "bounce",
        result.map(|n| format!("{n} recipient(s) returned to the sender")),
        not_found,
    )
}

/// Print a verb's result: 0 done; 1 nothing to act on; 3 store or key trouble.
fn report<E: std::fmt::Display>(
    verb: &str,
    result: Result<String, E>,
    not_found: bool,
) -> ExitCode {
    match result {
        Ok(done) => {
            println!("{verb}: {done}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("phirelay queue {verb}: {e}");
            ExitCode::from(if not_found { 1 } else { 3 })
        }
    }
}

/// The master keys (never created here), or None after saying why.
pub(super) fn master_keys(
    cfg: &Config,
    verb: &str,
) -> Option<std::sync::Arc<crate::store::MasterKeys>> {
    let store = &cfg.store;
    let loaded = crate::store::crypto::MasterKeys::load_or_create(
        &store.master_key_file,
        &store.old_master_key_files,
        false,
    );
    match loaded {
        Ok((k, _)) => Some(std::sync::Arc::new(k)),
        Err(e) => {
            eprintln!("phirelay queue {verb}: master key: {e}");
            None
        }
    }
}

/// `cli:<user>`: the `USER` environment variable, or the numeric uid.
pub(super) fn cli_actor() -> String {
    format!(
        "cli:{}",
        std::env::var("USER").unwrap_or_else(|_| rustix::process::getuid().as_raw().to_string())
    )
}

/// Which recipients an admin change applies to (None: all).
struct Only {
    id: Option<String>,
    domain: Option<String>,
}

/// Retry, flush or delete: per message, one transaction with its audit events.
async fn change(
    store: &Store,
    only: Only,
    to: RecipientState,
    admin_action: AdminAction,
    reason: Option<String>,
) -> Result<ExitCode, crate::store::StoreError> {
    let action = admin_action.as_str();
    let now = now_us();
    let Only { id, domain } = only;
    let filter = QueueFilter {
        message_id: id.clone(),
        domain,
        limit: i64::MAX,
        ..Default::default()
    };
    // Mail made due by an admin carries a due time that ends back-offs.
    let due = if to == RecipientState::Queued {
        crate::store::DUE_BY_ADMIN_US
    } else {
        now
    };
    let rows = store.queue_rows(&filter, now).await?;
    if let Some(id) = &id
        && rows.is_empty()
    {
        eprintln!("phirelay queue {action}: message {id} has nothing pending");
        return Ok(ExitCode::from(1));
    }
    let actor = cli_actor();
    let mut by_message: BTreeMap<&str, Vec<QueueRow>> = BTreeMap::new();
    for r in &rows {
        by_message
            .entry(r.message_id.as_str())
            .or_default()
            .push(r.clone());
    }
    let (mut changed, mut skipped) = (0usize, 0usize);
    for (message_id, rows) in by_message {
        let updates = admin_updates(&rows, to, due, admin_action == AdminAction::Delete);
        skipped += rows.len() - updates.len();
        if updates.is_empty() {
            continue;
        }
        let events = rows
            .iter()
            .filter(|r| updates.iter().any(|u| u.idx == r.idx))
            .map(|r| {
                Details::Admin(Admin {
                    action: admin_action,
                    reason: reason.clone(),
                    previous_state: r.state.clone(),
                })
                .into_event(actor.clone())
                .message(message_id)
                .recipient(&r.recipient)
            })
            .collect();
        let n = updates.len();
        let outcome = Outcome {
            message_id: message_id.to_string(),
            updates,
            events,
            new_messages: Vec::new(),
            lease_owner: None,
            rebind: None,
        };
        match store.record_outcome(outcome).await {
            Ok(()) => changed += n,
            Err(crate::store::StoreError::Conflict(why)) => {
                eprintln!("phirelay queue {action}: {message_id} skipped: {why}");
                skipped += n;
            }
            Err(e) => return Err(e),
        }
    }
    println!("{action}: {changed} recipient(s) changed, {skipped} skipped (in flight or finished)");
    Ok(ExitCode::SUCCESS)
}
