//! `phirelay queue show`: one message's envelope, recipients and events (never
//! its content): in words, or with `--json` every fact as one JSON object.

use std::process::ExitCode;

use serde_json::{Value, json};

use crate::audit::export::rfc3339_us;
use crate::store::{MessageRecord, QueueFilter, Store, StoreError};
use crate::util::now_us;

pub async fn show(store: &Store, id: &str, as_json: bool) -> Result<ExitCode, StoreError> {
    let Some(m) = store.message(id).await? else {
        eprintln!("phirelay queue show: no message {id}");
        return Ok(ExitCode::from(1));
    };
    match as_json {
        true => json_form(store, m, id).await,
        false => text(store, m, id).await,
    }
}

async fn json_form(store: &Store, m: MessageRecord, id: &str) -> Result<ExitCode, StoreError> {
    let filter = QueueFilter {
        message_id: Some(id.to_string()),
        all: true,
        limit: 10_000,
        ..Default::default()
    };
    let decisions = store.recipients(id).await?;
    let recipients: Vec<Value> = store
        .queue_rows(&filter, now_us())
        .await?
        .iter()
        .map(|r| {
            let decision = decisions
                .iter()
                .find(|d| d.idx == r.idx)
                .map(|d| d.decision.as_str());
            json!({
                "recipient": r.recipient, "state": r.state, "in_flight": r.in_flight,
                "decision": decision, "attempts": r.attempts, "last_reply": r.last_reply,
                "next_attempt_at": rfc3339_us(shown_due(r.due_at_us)),
            })
        })
        .collect();
    let events: Vec<Value> = store
        .audit_for_message(id)
        .await?
        .iter()
        .map(|e| {
            json!({
                "seq": e.seq, "at": rfc3339_us(e.at_us), "event": e.event,
                "recipient": e.recipient, "actor": e.actor, "node": e.node,
                "details": serde_json::from_str::<Value>(&e.details).unwrap_or(Value::Null),
            })
        })
        .collect();
    let out = json!({
        "queue_id": m.id, "received_at": rfc3339_us(m.received_at_us), "node": m.node,
        "mail_from": m.mail_from, "size": m.size, "sha256": hex::encode(&m.sha256),
        "body_type": m.body_type, "smtputf8": m.smtputf8, "requiretls": m.requiretls,
        "dsn_ret": m.dsn_ret, "dsn_envid": m.dsn_envid,
        "client": {"ip": m.client_ip, "auth_user": m.auth_user, "tls": m.tls_version},
        "recipients": recipients, "events": events,
    });
    println!("{out}");
    Ok(ExitCode::SUCCESS)
}

async fn text(store: &Store, m: MessageRecord, id: &str) -> Result<ExitCode, StoreError> {
    println!("queue id:    {}", m.id);
    println!(
        "received:    {} (node {})",
        mail_parser::DateTime::from_timestamp(m.received_at_us / 1_000_000).to_rfc3339(),
        m.node
    );
    println!("from:        <{}>", m.mail_from);
    println!(
        "client:      {} auth={} tls={}",
        m.client_ip,
        m.auth_user.as_deref().unwrap_or("-"),
        m.tls_version.as_deref().unwrap_or("none")
    );
    println!(
        "size:        {} bytes, sha256 {}",
        m.size,
        hex::encode(&m.sha256)
    );
    println!(
        "body:        {}{}",
        m.body_type,
        if m.smtputf8 { ", SMTPUTF8" } else { "" }
    );
    println!(
        "dsn:         ret={} envid={}",
        m.dsn_ret.as_deref().unwrap_or("-"),
        m.dsn_envid.as_deref().unwrap_or("-")
    );
    let filter = QueueFilter {
        message_id: Some(id.to_string()),
        all: true,
        limit: 10_000,
        ..Default::default()
    };
    println!("\nrecipients:");
    let decisions = store.recipients(id).await?;
    for r in store.queue_rows(&filter, now_us()).await? {
        let decision = decisions
            .iter()
            .find(|d| d.idx == r.idx)
            .map_or("-", |d| d.decision.as_str());
        println!(
            "  {:<32} {:<9} decision={:<12} attempts={} {}",
            r.recipient,
            super::queue::state_label(&r),
            decision,
            r.attempts,
            r.last_reply.as_deref().unwrap_or("")
        );
    }
    println!("\nevents:");
    for e in store.audit_for_message(id).await? {
        let details = serde_json::from_str(&e.details).unwrap_or(serde_json::Value::Null);
        println!(
            "  #{:<6} {} {:<14} {:<28} {}",
            e.seq,
            mail_parser::DateTime::from_timestamp(e.at_us / 1_000_000).to_rfc3339(),
            e.event,
            e.recipient.as_deref().unwrap_or("-"),
            super::describe::event_line(&e.event, &details)
        );
    }
    println!("\n(every fact of each event: phirelay audit export --message {id})");
    Ok(ExitCode::SUCCESS)
}

/// Flushed mail is due "since the epoch" (`DUE_BY_ADMIN_US`): shown as due now.
fn shown_due(due_at_us: i64) -> i64 {
    if due_at_us == crate::store::DUE_BY_ADMIN_US {
        now_us()
    } else {
        due_at_us
    }
}
