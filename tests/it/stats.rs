//! `phirelay stats`: delivery per destination domain from the audit log, and
//! addresses that hard-bounced more than once (only the receiver's 5.x.x).

use phirelay::audit::{AuditEvent, EventType};
use phirelay::config;
use phirelay::store::{MasterKeys, Outcome, RecipientState, RecipientUpdate, Store};
use serde_json::json;

use crate::common::binary;
use crate::common::stores::new_message;

/// A message to `rcpt` and one result for it, with the reply's codes.
async fn result(
    store: &Store,
    keys: &MasterKeys,
    id: &str,
    rcpt: &str,
    ev: EventType,
    enhanced: &str,
    local: bool,
) {
    let mut m = new_message(keys, id, 1, b"Subject: s\r\n\r\nx\r\n");
    m.recipients[0].address = rcpt.to_string();
    store.accept(m).await.unwrap();
    let (state, code) = match ev {
        EventType::Delivered => (RecipientState::Delivered, 250),
        EventType::Deferred => (RecipientState::Deferred, 451),
        _ => (RecipientState::Bounced, 550),
    };
    let outcome = Outcome {
        message_id: id.into(),
        updates: vec![RecipientUpdate {
            idx: 0,
            state,
            due_at_us: 0,
            attempted: true,
            last_code: Some(code),
            last_reply: None,
            only_if_idle: false,
            only_if_held: false,
        }],
        events: vec![
            AuditEvent::new(
                ev,
                "queue:test",
                json!({ "code": code, "enhanced": enhanced, "local": local }),
            )
            .message(id)
            .recipient(rcpt),
        ],
        new_messages: Vec::new(),
        lease_owner: None,
        rebind: None,
    };
    store.record_outcome(outcome).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_counts_results_per_domain_and_names_repeated_hard_bounces() {
    let dir = tempfile::tempdir().unwrap();
    let cfg_path = binary::write_config(dir.path(), 1, &binary::sqlite_store(dir.path()), "");
    let cfg = config::load(&cfg_path).unwrap();
    let (keys, _) = MasterKeys::load_or_create(&cfg.store.master_key_file, &[], true).unwrap();
    let store = Store::open(&cfg.store, "stats-test").await.unwrap();
    use EventType::{Bounced, Deferred, Delivered};
    for (i, (rcpt, ev, enh, local)) in [
        ("a@gmail.test", Delivered, "2.0.0", false),
        ("b@gmail.test", Delivered, "2.0.0", false),
        ("c@gmail.test", Delivered, "2.0.0", false),
        ("d@gmail.test", Deferred, "4.2.1", false),
        ("gone@outlook.test", Bounced, "5.1.1", false),
        ("gone@outlook.test", Bounced, "5.1.1", false),
        ("full@outlook.test", Bounced, "5.2.2", false),
        // Bounced by phirelay itself (policy): not the receiver's verdict.
        ("p@outlook.test", Bounced, "5.7.4", true),
        ("p@outlook.test", Bounced, "5.7.4", true),
    ]
    .into_iter()
    .enumerate()
    {
        result(&store, &keys, &format!("S{i:02}"), rcpt, ev, enh, local).await;
    }
    store.close().await;

    let (code, out) = binary::run_verb(&cfg_path, &["stats", "--since", "1h"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("(the last 1h)"), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    let row = |d: &str| {
        lines
            .iter()
            .find(|l| l.trim_start().starts_with(d))
            .copied()
            .unwrap_or_default()
    };
    let cols = |d: &str| row(d).split_whitespace().skip(1).collect::<Vec<_>>();
    // DELIVERED DEFERRALS BOUNCED EXPIRED DELIVERED% DEFERRAL%
    assert_eq!(
        cols("gmail.test"),
        ["3", "1", "0", "0", "100.0", "25.0"],
        "{out}"
    );
    assert_eq!(
        cols("outlook.test"),
        ["0", "0", "5", "0", "0.0", "0.0"],
        "{out}"
    );
    assert!(
        out.contains("gone@outlook.test") && out.contains("last 5.1.1"),
        "{out}"
    );
    assert!(
        !out.contains("full@outlook.test") && !out.contains("p@outlook.test   "),
        "{out}"
    );

    let (code, out) = binary::run_verb(&cfg_path, &["stats", "--json"]);
    assert_eq!(code, 0, "{out}");
    let s: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        s["repeated_hard_bounces"].as_array().unwrap().len(),
        1,
        "{out}"
    );
    assert_eq!(s["domains"][0]["domain"], "outlook.test");
}
