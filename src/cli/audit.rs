//! `phirelay audit …`: the compliance officer's verbs. `verify` (whole chain or
//! incremental, against signed checkpoints), `checkpoint` (sign the head),
//! `export` (CSV or JSON lines, streamed), `reconcile` (a day's recipients all
//! accounted for) and `policy` (the policy versions the relay ran with).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::ConfigArg;
use super::audit_verify_out::{ChainOk, VerifyOut};
use crate::audit::checkpoint::{self, Checkpoint};
use crate::audit::export::{Exporter, Format, Trailer, rfc3339_us};
use crate::audit::verify::{Broken, Verifier};
use crate::config::Config;
use crate::store::{Store, StoreError};
use crate::util::{now_us, parse_utc_day};

const DAY_US: i64 = 86_400 * 1_000_000;

/// Why a verb could not run to its answer (exit code 3).
#[derive(Debug, thiserror::Error)]
enum VerbError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
}

#[derive(Debug, Subcommand)]
pub enum AuditVerb {
    /// Recompute the hash chain, check it against signed checkpoints; print the
    /// count and head hash, or name the first broken row.
    Verify {
        #[command(flatten)]
        config: ConfigArg,
        /// Connect with this URL instead of store.url (e.g. as the compliance role).
        #[arg(long)]
        database_url: Option<String>,
        /// Start at this seq (or `last-checkpoint`) instead of row 1: fast on a
        /// long log; rows before it are checked only against checkpoints.
        #[arg(long, value_name = "SEQ|last-checkpoint")]
        from: Option<String>,
        /// A checkpoint file (from `audit checkpoint`) to check the log against; repeatable.
        #[arg(long, value_name = "FILE")]
        checkpoint: Vec<PathBuf>,
        /// The relay's checkpoint public key (hex) that checkpoints must be signed
        /// with; repeatable. Default: the key of store.checkpoint_key_file, if readable.
        #[arg(long, value_name = "HEX")]
        public_key: Vec<String>,
        /// One JSON object: ok, counts, head, checkpoints, warnings, the broken row.
        #[arg(long)]
        json: bool,
    },
    /// Verify the chain, then sign its head with the checkpoint key; store it and print it.
    Checkpoint {
        #[command(flatten)]
        config: ConfigArg,
        /// Also write the checkpoint (JSON) to this file.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write audit rows of a period as CSV or JSON lines, with a trailer.
    Export {
        #[command(flatten)]
        config: ConfigArg,
        #[arg(long)]
        database_url: Option<String>,
        /// First day (UTC, YYYY-MM-DD), included.
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        /// Last day (UTC, YYYY-MM-DD), included.
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: Format,
        /// Only the events of this queue id.
        #[arg(long, value_name = "QUEUE_ID", value_parser = super::queue_id)]
        message: Option<String>,
        /// Write here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Check that every recipient of a day's mail is delivered, at the portal,
    /// bounced, expired, deleted or still pending, each with its event; name the exceptions.
    Reconcile {
        #[command(flatten)]
        config: ConfigArg,
        #[arg(long)]
        database_url: Option<String>,
        /// The day (UTC, YYYY-MM-DD) the mail was received.
        #[arg(long, value_name = "YYYY-MM-DD")]
        day: String,
        /// One JSON object: the counts and each exception.
        #[arg(long)]
        json: bool,
    },
    /// The policy versions the relay ran with, or one version's document.
    Policy {
        #[command(flatten)]
        config: ConfigArg,
        #[arg(long)]
        database_url: Option<String>,
        /// Print this version's document (its SHA-256, or a unique prefix).
        #[arg(long, value_name = "SHA256")]
        version: Option<String>,
        /// JSON: the runs as an array, or the version as one object.
        #[arg(long)]
        json: bool,
    },
}

impl AuditVerb {
    pub fn config(&self) -> &ConfigArg {
        match self {
            AuditVerb::Verify { config, .. }
            | AuditVerb::Checkpoint { config, .. }
            | AuditVerb::Export { config, .. }
            | AuditVerb::Reconcile { config, .. }
            | AuditVerb::Policy { config, .. } => config,
        }
    }

    fn database_url(&self) -> Option<String> {
        match self {
            AuditVerb::Verify { database_url, .. }
            | AuditVerb::Export { database_url, .. }
            | AuditVerb::Reconcile { database_url, .. }
            | AuditVerb::Policy { database_url, .. } => database_url.clone(),
            AuditVerb::Checkpoint { .. } => None,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            AuditVerb::Verify { .. } => "verify",
            AuditVerb::Checkpoint { .. } => "checkpoint",
            AuditVerb::Export { .. } => "export",
            AuditVerb::Reconcile { .. } => "reconcile",
            AuditVerb::Policy { .. } => "policy",
        }
    }
}

pub async fn run(verb: AuditVerb, mut cfg: Config) -> ExitCode {
    let name = verb.name();
    if let Some(u) = verb.database_url() {
        cfg.store.url = u;
    }
    let store = match Store::open(&cfg.store, &cfg.node_id).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("phirelay audit {name}: {e}");
            return ExitCode::from(3);
        }
    };
    let result = match verb {
        AuditVerb::Verify {
            from,
            checkpoint,
            public_key,
            json,
            ..
        } => {
            let mut out = VerifyOut::new(json);
            let given = Given {
                from: from.as_deref(),
                files: &checkpoint,
                keys: &public_key,
            };
            let code = verify(&store, &cfg, given, &mut out).await;
            code.map(|c| out.finish(c)).map_err(VerbError::from)
        }
        AuditVerb::Checkpoint { out, .. } => make_checkpoint(&store, &cfg, out)
            .await
            .map_err(VerbError::from),
        AuditVerb::Export {
            from,
            to,
            format,
            message,
            out,
            ..
        } => export(&store, &from, &to, format, message, out).await,
        AuditVerb::Reconcile { day, json, .. } => {
            super::audit_reconcile::run(&store, &cfg, &day, json)
                .await
                .map_err(VerbError::from)
        }
        AuditVerb::Policy { version, json, .. } => policy(&store, version.as_deref(), json)
            .await
            .map_err(VerbError::from),
    };
    store.close().await;
    result.unwrap_or_else(|e| {
        eprintln!("phirelay audit {name}: {e}");
        ExitCode::from(3)
    })
}

/// Page through the log in seq order up to the head read at the start (rows that
/// writers add meanwhile are left for the next run), then check that head.
pub async fn verify_chain(store: &Store) -> Result<Result<Verifier, Broken>, StoreError> {
    verify_from(store, Verifier::default()).await
}

async fn verify_from(
    store: &Store,
    mut v: Verifier,
) -> Result<Result<Verifier, Broken>, StoreError> {
    const PAGE: i64 = 5000;
    // Verify to the last row there is, not to the recorded head: a head moved
    // back would otherwise hide the rows after it. The daemon may append while
    // we read, so the head is read after the rows, and the rows after the head
    // once more if it moved on meanwhile.
    let mut head = store.audit_head().await?;
    for _ in 0..3 {
        loop {
            let rows = store.audit_page(v.last_seq, PAGE).await?;
            if rows.is_empty() {
                break;
            }
            for row in &rows {
                if let Err(b) = v.feed(row) {
                    return Ok(Err(b));
                }
            }
        }
        head = store.audit_head().await?;
        if head.0 <= v.last_seq {
            break;
        }
    }
    Ok(v.finish(head.0, &head.1).map(|()| v))
}

/// The checkpoints to check against: stored and given, each with a good
/// signature by a trusted key; the others are problems to report.
async fn trusted_checkpoints(
    store: &Store,
    cfg: &Config,
    files: &[PathBuf],
    keys: &[String],
) -> Result<(Vec<Checkpoint>, Vec<String>), StoreError> {
    let mut trusted: Vec<String> = keys.iter().map(|k| k.trim().to_ascii_lowercase()).collect();
    if trusted.is_empty()
        && let Ok(k) = checkpoint::load_key(&cfg.store.checkpoint_key_file, false)
    {
        use aws_lc_rs::signature::KeyPair;
        trusted.push(hex::encode(k.public_key().as_ref()));
    }
    let mut all: Vec<(String, Checkpoint)> = store
        .checkpoints()
        .await?
        .into_iter()
        .map(|c| (format!("stored checkpoint at seq {}", c.seq), c))
        .collect();
    let mut problems = Vec::new();
    for f in files {
        match Checkpoint::read(f) {
            Ok(c) => all.push((format!("checkpoint file {}", f.display()), c)),
            Err(e) => problems.push(e.to_string()),
        }
    }
    let mut good = Vec::new();
    for (what, c) in all {
        if !c.signature_ok() {
            problems.push(format!(
                "{what}: the signature does not verify (forged or altered)"
            ));
        } else if !trusted.is_empty() && !trusted.contains(&c.key_hex()) {
            problems.push(format!("{what}: signed by a key that is not the relay's"));
        } else if c.hash_bytes().is_none_or(|h| h.len() != 32) {
            // Unreadable is not "nothing to check": it is reported, not skipped.
            problems.push(format!("{what}: its hash is not 64 hex digits"));
        } else {
            good.push(c);
        }
    }
    if trusted.is_empty() && !good.is_empty() {
        problems.push(
            "no trusted public key (give --public-key): checkpoint signatures were checked only against the keys they name"
                .into(),
        );
    }
    Ok((good, problems))
}

/// What `audit verify` was given on the command line.
struct Given<'a> {
    from: Option<&'a str>,
    files: &'a [PathBuf],
    keys: &'a [String],
}

async fn verify(
    store: &Store,
    cfg: &Config,
    given: Given<'_>,
    out: &mut VerifyOut,
) -> Result<ExitCode, StoreError> {
    let Given { from, files, keys } = given;
    let (cps, problems) = trusted_checkpoints(store, cfg, files, keys).await?;
    let untrusted = problems
        .iter()
        .any(|p| p.starts_with("no trusted public key"));
    let warn_only = problems
        .iter()
        .all(|p| p.starts_with("no trusted public key"));
    if untrusted && from == Some("last-checkpoint") {
        eprintln!(
            "phirelay audit verify: --from last-checkpoint needs the relay's public key (--public-key, or a readable store.checkpoint_key_file)"
        );
        return Ok(ExitCode::from(2));
    }
    for p in problems {
        out.warn(p);
    }
    let start = match from {
        None => 0,
        Some("last-checkpoint") => match cps.iter().map(|c| c.seq).max() {
            Some(seq) => seq,
            None => {
                out.note("no checkpoint to start from: verifying from row 1".into());
                0
            }
        },
        Some(n) => match n.parse::<i64>() {
            Ok(n) if n >= 1 => n - 1,
            _ => {
                eprintln!(
                    "phirelay audit verify: --from takes a seq (1 or more) or last-checkpoint"
                );
                return Ok(ExitCode::from(2));
            }
        },
    };
    // The base of an incremental run: row `start`'s hash, from a checkpoint when
    // one names it (then the stored row must agree), else as stored.
    let base = match start {
        0 => crate::audit::GENESIS_HASH.to_vec(),
        s => match store.audit_hash(s).await? {
            Some(h) => h,
            // Rows before the start archived away (a detached partition): start
            // from the first row's own prev_hash, and say so.
            None => match store.audit_page(s, 1).await?.first() {
                Some(r) if r.seq == s + 1 => {
                    out.note(format!(
                        "rows up to seq {s} are not in the database; starting from row {}'s prev_hash",
                        s + 1
                    ));
                    r.prev_hash.clone()
                }
                _ => {
                    out.broken(Broken {
                        seq: s + 1,
                        reason: "the row does not exist",
                    });
                    return Ok(ExitCode::from(1));
                }
            },
        },
    };
    let mut v = Verifier::starting_after(start, base);
    let mut earlier = 0u64;
    for c in &cps {
        let Some(want) = c.hash_bytes() else { continue };
        if c.seq > start {
            v.expect(c.seq, want);
            continue;
        }
        // Before the start: compare the stored row directly. A row that is not
        // there at all was left out by --from (archived): say so, not broken.
        let stored = store.audit_hash(c.seq).await?;
        if stored.is_none() && from.is_some() {
            out.note(format!(
                "checkpoint at seq {} not checked: its row is not in the database",
                c.seq
            ));
            continue;
        }
        if stored.as_deref() != Some(want.as_slice()) {
            out.broken(Broken {
                seq: c.seq,
                reason: "hash differs from a signed checkpoint: this row or one before it was rewritten",
            });
            return Ok(ExitCode::from(1));
        }
        earlier += 1;
    }
    Ok(match verify_from(store, v).await? {
        Ok(v) => {
            out.chain_ok(ChainOk {
                events: v.count,
                head_seq: v.last_seq,
                head_hash: hex::encode(&v.head),
                checked_from: start + 1,
                checkpoints_matched: v.checkpoints_matched + earlier,
            });
            if warn_only {
                ExitCode::SUCCESS
            } else {
                out.checkpoints_bad();
                ExitCode::from(1)
            }
        }
        Err(broken) => {
            out.broken(broken);
            ExitCode::from(1)
        }
    })
}

async fn make_checkpoint(
    store: &Store,
    cfg: &Config,
    out: Option<PathBuf>,
) -> Result<ExitCode, StoreError> {
    let key = match checkpoint::load_key(&cfg.store.checkpoint_key_file, true) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("phirelay audit checkpoint: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    // Never sign a broken chain: verify from this key's newest checkpoint, whose
    // row must still have the hash it signed.
    use aws_lc_rs::signature::KeyPair;
    let own = hex::encode(key.public_key().as_ref());
    let newest = store
        .checkpoints()
        .await?
        .into_iter()
        .filter(|c| c.signature_ok() && c.key_hex() == own)
        .max_by_key(|c| c.seq);
    let (start, base) = match newest {
        None => (0, crate::audit::GENESIS_HASH.to_vec()),
        Some(c) => {
            let stored = store.audit_hash(c.seq).await?;
            if stored.is_none() || stored != c.hash_bytes() {
                println!(
                    "audit chain BROKEN: audit row seq={} differs from this relay's checkpoint of {}; no checkpoint written",
                    c.seq,
                    rfc3339_us(c.at_us)
                );
                return Ok(ExitCode::from(1));
            }
            (c.seq, stored.unwrap_or_default())
        }
    };
    let v = match verify_from(store, Verifier::starting_after(start, base)).await? {
        Ok(v) => v,
        Err(b) => {
            println!("audit chain BROKEN: {b}; no checkpoint written");
            return Ok(ExitCode::from(1));
        }
    };
    if v.last_seq == 0 {
        eprintln!("phirelay audit checkpoint: the audit log is empty; nothing to sign yet");
        return Ok(ExitCode::from(1));
    }
    let cp = Checkpoint::sign(&key, v.last_seq, &v.head, now_us(), store.node());
    store.insert_checkpoint(&cp).await?;
    let json = serde_json::to_string_pretty(&cp).unwrap_or_default();
    if let Some(path) = out
        && let Err(e) = std::fs::write(&path, format!("{json}\n"))
    {
        eprintln!(
            "phirelay audit checkpoint: cannot write {}: {e} (the checkpoint is stored)",
            path.display()
        );
        return Ok(ExitCode::from(3));
    }
    println!("{json}");
    Ok(ExitCode::SUCCESS)
}

async fn export(
    store: &Store,
    from: &str,
    to: &str,
    format: Format,
    message: Option<String>,
    out: Option<PathBuf>,
) -> Result<ExitCode, VerbError> {
    let (Some(from_us), Some(to_day)) = (parse_utc_day(from), parse_utc_day(to)) else {
        eprintln!("phirelay audit export: --from and --to take a day as YYYY-MM-DD");
        return Ok(ExitCode::from(2));
    };
    if to_day < from_us {
        eprintln!("phirelay audit export: --to is before --from");
        return Ok(ExitCode::from(2));
    }
    let to_us = to_day + DAY_US;
    let writer: Box<dyn Write> = match &out {
        // Addresses and client IPs: readable by the owner only.
        Some(p) => match super::private_file(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("phirelay audit export: cannot create {}: {e}", p.display());
                return Ok(ExitCode::from(3));
            }
        },
        None => Box::new(std::io::stdout().lock()),
    };
    let mut ex = Exporter::new(std::io::BufWriter::with_capacity(1 << 16, writer), format)?;
    match &message {
        Some(id) => {
            for r in store.audit_for_message(id).await? {
                if r.at_us >= from_us && r.at_us < to_us {
                    ex.row(&r)?;
                }
            }
        }
        None => {
            let mut after = 0;
            loop {
                let rows = store
                    .audit_page_between(after, from_us, to_us, 5000)
                    .await?;
                let Some(last) = rows.last() else { break };
                after = last.seq;
                for r in &rows {
                    ex.row(r)?;
                }
            }
        }
    }
    let rows = ex.rows;
    // Read after the rows: the head is then never behind the last row exported.
    let head = store.audit_head().await?;
    ex.finish(&Trailer {
        head_seq: head.0,
        head_hash: head.1,
        from: rfc3339_us(from_us),
        to: rfc3339_us(to_us),
        message_id: message,
    })?;
    if out.is_some() {
        eprintln!("exported {rows} audit rows");
    }
    Ok(ExitCode::SUCCESS)
}

async fn policy(store: &Store, version: Option<&str>, json: bool) -> Result<ExitCode, StoreError> {
    if let Some(v) = version {
        if v.len() < 4 || !v.bytes().all(|b| b.is_ascii_hexdigit()) {
            eprintln!(
                "phirelay audit policy: --version takes a SHA-256 in hex, or its first 4 or more digits"
            );
            return Ok(ExitCode::from(2));
        }
        return Ok(match store.policy_document(v).await? {
            Some((sha, doc)) if json => {
                let document = serde_json::from_str::<serde_json::Value>(&doc)
                    .unwrap_or(serde_json::Value::String(doc));
                print_json(&serde_json::json!({ "sha256": sha, "document": document }));
                ExitCode::SUCCESS
            }
            Some((sha, doc)) => {
                let pretty = serde_json::from_str::<serde_json::Value>(&doc)
                    .and_then(|j| serde_json::to_string_pretty(&j))
                    .unwrap_or(doc);
                println!("policy version {sha}\n{pretty}");
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("phirelay audit policy: no single version starts with {v}");
                ExitCode::from(1)
            }
        });
    }
    let runs = store.policy_runs().await?;
    if json {
        let rows: Vec<serde_json::Value> = runs
            .iter()
            .map(|r| {
                serde_json::json!({
                    "node": r.node,
                    "sha256": r.sha256,
                    "started_at": rfc3339_us(r.started_at_us),
                    "ended_at": r.ended_at_us.map(rfc3339_us),
                })
            })
            .collect();
        print_json(&serde_json::Value::Array(rows));
        return Ok(ExitCode::SUCCESS);
    }
    println!("{:<20} {:<18} {:<28} ended", "node", "version", "started");
    for r in runs {
        println!(
            "{:<20} {:<18} {:<28} {}",
            r.node,
            &r.sha256[..r.sha256.len().min(16)],
            rfc3339_us(r.started_at_us),
            r.ended_at_us.map_or(
                "running (or stopped without a clean shutdown)".into(),
                rfc3339_us
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn print_json(v: &serde_json::Value) {
    match serde_json::to_string_pretty(v) {
        Ok(text) => println!("{text}"),
        Err(e) => eprintln!("phirelay audit: {e}"),
    }
}
