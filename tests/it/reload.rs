//! SIGHUP with the real binary: a valid new config is put in force for new
//! messages (and recorded with its policy version) while a session in DATA
//! goes on; a broken config, or one that changes a restart-only section, is
//! refused and the running one keeps working; only the reload that took effect
//! is in the audit log.

use std::path::Path;
use std::time::Duration;

use phirelay::config;
use phirelay::store::Store;

use crate::common::binary::{self, RunningRelay};
use crate::common::client::Client;

const TAG: &str = "[zz-reload]";

fn hup(relay: &RunningRelay) {
    let pid = rustix::process::Pid::from_child(&relay.child);
    rustix::process::kill_process(pid, rustix::process::Signal::HUP).expect("send SIGHUP");
}

/// Wait until the log has `needle` `n` times (the reload runs after the signal).
async fn log_shows(log: &Path, needle: &str, n: usize) {
    for _ in 0..200 {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.matches(needle).count() >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "log never showed {needle:?} {n} times:\n{}",
        std::fs::read_to_string(log).unwrap_or_default()
    );
}

fn queue_id(reply: &crate::common::client::Reply) -> String {
    assert_eq!(reply.code, 250, "{reply:?}");
    reply
        .text()
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_string()
}

async fn send_one(addr: std::net::SocketAddr, subject: &str) -> String {
    let mut c = Client::connect(addr).await;
    c.hello().await;
    let body = format!("Subject: {subject}\r\nFrom: a@example.org\r\n\r\nhello\r\n");
    queue_id(
        &c.send_mail("a@example.org", &["b@example.net"], body.as_bytes())
            .await,
    )
}

/// The `triggers` of a message's `classified` event.
async fn triggers(store: &Store, id: &str) -> String {
    let events = store.audit_for_message(id).await.unwrap();
    let classified = events
        .iter()
        .find(|e| e.event == "classified")
        .expect("classified event");
    let d: serde_json::Value = serde_json::from_str(&classified.details).unwrap();
    d["triggers"].to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_policy_refuses_bad_configs_and_keeps_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let port = binary::free_port();
    let store = binary::sqlite_store(dir.path());
    let cfg_path = binary::write_config(dir.path(), port, &store, "");
    let log = dir.path().join("relay.log");
    let relay = RunningRelay::start(&cfg_path, port, &log);

    // A session in DATA when the reload comes.
    let mut open = Client::connect(relay.addr).await;
    open.hello().await;
    open.cmd("MAIL FROM:<a@example.org>", 250).await;
    open.cmd("RCPT TO:<b@example.net>", 250).await;
    open.cmd("DATA", 354).await;
    open.send(b"Subject: begun before\r\nFrom: a@example.org\r\n\r\nfirst half\r\n")
        .await;

    let before = send_one(relay.addr, &format!("{TAG} before")).await;
    binary::write_config(
        dir.path(),
        port,
        &store,
        &format!("[policy]\nsubject_tags = [\"{TAG}\"]\n"),
    );
    hup(&relay);
    log_shows(&log, "configuration reloaded", 1).await;

    open.send(b"second half\r\n.\r\n").await;
    let straddling = queue_id(&open.reply().await);
    let after = send_one(relay.addr, &format!("{TAG} after")).await;

    // Broken: refused, and the reloaded policy keeps working.
    binary::write_config(
        dir.path(),
        port,
        &store,
        &format!("[policy]\nsubject_tags = [\"{TAG}\"]\n[limits]\nmax_recipients = 0\n"),
    );
    hup(&relay);
    log_shows(&log, "reload refused", 1).await;
    let after_broken = send_one(relay.addr, &format!("{TAG} after broken")).await;

    // A restart-only section changed: refused, naming it.
    binary::write_config(
        dir.path(),
        port,
        &store,
        &format!("[policy]\nsubject_tags = [\"{TAG}\"]\n[queue]\nlease_secs = 120\n"),
    );
    hup(&relay);
    log_shows(&log, "reload refused", 2).await;
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("need a restart: queue"), "{text}");
    assert_eq!(relay.terminate(), Some(0));

    let cfg = config::load(&cfg_path).unwrap();
    let store = Store::open(&cfg.store, "checker").await.unwrap();
    assert_eq!(triggers(&store, &before).await, "[]");
    for id in [&after, &after_broken] {
        assert!(triggers(&store, id).await.contains("subject_tag"), "{id}");
    }
    assert!(store.message(&straddling).await.unwrap().is_some());
    let loads: Vec<serde_json::Value> = store
        .audit_page(0, 10_000)
        .await
        .unwrap()
        .iter()
        .filter(|r| r.event == "config_loaded")
        .map(|r| serde_json::from_str(&r.details).unwrap())
        .collect();
    let reasons: Vec<&str> = loads
        .iter()
        .map(|d| d["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["start", "reload"], "{loads:?}");
    assert_ne!(loads[0]["policy_version"], loads[1]["policy_version"]);
    store.close().await;

    let (code, out) = binary::run_verb(&cfg_path, &["audit", "verify"]);
    assert_eq!(code, 0, "{out}");
}
