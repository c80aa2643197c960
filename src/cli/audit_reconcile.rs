//! `audit reconcile --day D [--json]`: every recipient of a day's mail is
//! accounted for (delivered, at the portal, bounced, expired, deleted or still
//! pending), each final state backed by its audit event.

use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;

use serde_json::json;

use crate::config::Config;
use crate::store::compliance::{ReconcileRow, terminal};
use crate::store::{Store, StoreError};
use crate::util::{now_us, parse_utc_day};

const DAY_US: i64 = 86_400 * 1_000_000;
const OUTCOMES: [&str; 6] = [
    "delivered",
    "portal",
    "bounced",
    "expired",
    "deleted",
    "pending",
];

/// A recipient that is not accounted for.
struct Exception<'a> {
    queue_id: &'a str,
    recipient: &'a str,
    problem: String,
}

/// The outcome a recipient's state stands for, and the event that must back it.
fn accounted(r: &ReconcileRow) -> (&'static str, Option<(i64, &'static str)>) {
    match r.state.as_str() {
        "delivered" => ("delivered", Some((terminal::DELIVERED, "delivered"))),
        "pickup" => ("portal", Some((terminal::PICKUP, "pickup_created"))),
        "bounced" => ("bounced", Some((terminal::BOUNCED, "bounced"))),
        "expired" => ("expired", Some((terminal::EXPIRED, "expired"))),
        "deleted" => ("deleted", Some((terminal::ADMIN, "admin delete"))),
        _ => ("pending", None),
    }
}

fn exceptions_of(r: &ReconcileRow, lifetime_us: i64, now: i64) -> Vec<String> {
    let mut found = Vec::new();
    if r.has_received == 0 {
        found.push("no received event".to_string());
    }
    match accounted(r).1 {
        Some((bit, event)) if r.terminal_events & bit == 0 => {
            found.push(format!("state {} without its {event} event", r.state));
        }
        None if now - r.received_at_us > lifetime_us + DAY_US => {
            found.push(format!("still {} past the message lifetime", r.state));
        }
        _ => {}
    }
    found
}

pub async fn run(
    store: &Store,
    cfg: &Config,
    day: &str,
    as_json: bool,
) -> Result<ExitCode, StoreError> {
    let Some(from_us) = parse_utc_day(day) else {
        eprintln!("phirelay audit reconcile: --day takes a day as YYYY-MM-DD");
        return Ok(ExitCode::from(2));
    };
    let rows = store.reconcile_rows(from_us, from_us + DAY_US).await?;
    let lifetime_us = i64::try_from(
        cfg.queue
            .max_lifetime_secs
            .max(cfg.queue.held_lifetime_secs),
    )
    .unwrap_or(i64::MAX / 2_000_000)
    .saturating_mul(1_000_000);
    let now = now_us();
    let mut counts: BTreeMap<&str, u64> = OUTCOMES.iter().map(|o| (*o, 0)).collect();
    let mut exceptions = Vec::new();
    let mut messages = BTreeSet::new();
    for r in &rows {
        messages.insert(r.message_id.as_str());
        *counts.entry(accounted(r).0).or_default() += 1;
        exceptions.extend(
            exceptions_of(r, lifetime_us, now)
                .into_iter()
                .map(|problem| Exception {
                    queue_id: &r.message_id,
                    recipient: &r.recipient,
                    problem,
                }),
        );
    }
    if as_json {
        let list: Vec<_> = exceptions
            .iter()
            .map(
                |e| json!({"queue_id": e.queue_id, "recipient": e.recipient, "problem": e.problem}),
            )
            .collect();
        let doc = json!({
            "day": day, "recipients": rows.len(), "messages": messages.len(),
            "outcomes": counts, "reconciled": exceptions.is_empty(), "exceptions": list,
        });
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else {
        print_text(day, rows.len(), messages.len(), &counts, &exceptions);
    }
    Ok(if exceptions.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn print_text(
    day: &str,
    recipients: usize,
    messages: usize,
    counts: &BTreeMap<&str, u64>,
    exceptions: &[Exception],
) {
    let n = |k| counts.get(k).copied().unwrap_or(0);
    println!(
        "{day}: {recipients} recipient(s) of {messages} message(s) accepted = delivered {} + portal {} + bounced {} + expired {} + deleted {} + pending {}",
        n("delivered"),
        n("portal"),
        n("bounced"),
        n("expired"),
        n("deleted"),
        n("pending")
    );
    if exceptions.is_empty() {
        println!("reconciled: every recipient is accounted for");
        return;
    }
    println!("exceptions: {}", exceptions.len());
    for e in exceptions {
        println!("  {} {}: {}", e.queue_id, e.recipient, e.problem);
    }
}
