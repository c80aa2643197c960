//! Crash safety with the real binary: clients send mail while the relay is
//! SIGKILLed at random moments and restarted. Every message that got a 250 must be
//! stored with its `received` event, and `audit verify` must pass. The same run
//! checks the canary rule: a marker in the subject and body appears nowhere in the
//! logs, the audit details or (content being sealed) the database files.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use phirelay::config;
use phirelay::store::Store;

use crate::common::binary::{self, RunningRelay};
use crate::common::client::Client;
use crate::common::pg::PgCluster;

const CANARY: &str = "CANARY-PHI-7f3a9c";

/// Send mail in a loop until the connection breaks; push each acknowledged id.
async fn sender(addr: std::net::SocketAddr, acked: Arc<Mutex<Vec<String>>>, n: usize) {
    let Ok(tcp) = tokio::net::TcpStream::connect(addr).await else {
        return;
    };
    let mut c = Client::new(tcp);
    let Some(g) = c.try_reply().await else { return };
    assert_eq!(g.code, 220);
    c.line("EHLO crash.test").await;
    if c.try_reply().await.is_none() {
        return;
    }
    for i in 0..n {
        let body = format!(
            "Subject: {CANARY} subject {i}\r\nFrom: a@example.org\r\n\r\n{CANARY} body {i}\r\n{}\r\n",
            "x".repeat(900)
        );
        c.send(
            format!("MAIL FROM:<a@example.org>\r\nRCPT TO:<b{i}@example.net>\r\nDATA\r\n")
                .as_bytes(),
        )
        .await;
        for _ in 0..3 {
            match c.try_reply().await {
                Some(r) if r.code < 400 => {}
                _ => return,
            }
        }
        c.send(body.as_bytes()).await;
        c.send(b".\r\n").await;
        match c.try_reply().await {
            Some(r) if r.code == 250 => {
                let id = r.text().rsplit(' ').next().unwrap_or_default().to_string();
                acked.lock().unwrap().push(id);
            }
            _ => return,
        }
    }
}

fn xorshift(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

async fn crash_and_restart(store_section: impl Fn(&Path) -> String) {
    let dir = tempfile::tempdir().unwrap();
    let port = binary::free_port();
    let cfg_path = binary::write_config(dir.path(), port, &store_section(dir.path()), "");
    let log = dir.path().join("relay.log");
    let acked = Arc::new(Mutex::new(Vec::new()));
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    for _round in 0..4 {
        let relay = RunningRelay::start(&cfg_path, port, &log);
        let mut senders = Vec::new();
        for _ in 0..6 {
            senders.push(tokio::spawn(sender(relay.addr, acked.clone(), 10_000)));
        }
        let after = 150 + xorshift(&mut seed) % 600;
        tokio::time::sleep(Duration::from_millis(after)).await;
        relay.kill9();
        for s in senders {
            let _ = s.await;
        }
    }
    let acked = acked.lock().unwrap().clone();
    eprintln!(
        "crash test: {} messages acknowledged across 4 SIGKILLs",
        acked.len()
    );
    assert!(
        acked.len() > 20,
        "too few messages got through: {}",
        acked.len()
    );

    // Restart once more so recovery after the last kill is exercised, then stop cleanly.
    let relay = RunningRelay::start(&cfg_path, port, &log);
    assert_eq!(relay.terminate(), Some(0));

    let cfg = config::load(&cfg_path).unwrap();
    let store = Store::open(&cfg.store, "checker").await.unwrap();
    for id in &acked {
        assert!(
            store.message(id).await.unwrap().is_some(),
            "acknowledged {id} lost"
        );
        let events = store.audit_for_message(id).await.unwrap();
        assert!(
            events.iter().any(|e| e.event == "received"),
            "{id} has no received event"
        );
    }
    let rows = store.audit_page(0, 1_000_000).await.unwrap();
    assert!(
        rows.iter().all(|r| !r.details.contains(CANARY)),
        "canary in audit details"
    );
    store.close().await;

    let out = binary::bin()
        .args(["audit", "verify", "--config"])
        .arg(&cfg_path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "audit verify failed: {stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("audit chain ok"), "{stdout}");

    let logs = std::fs::read_to_string(&log).unwrap();
    assert!(logs.contains("accepted"), "debug logs missing?");
    assert!(!logs.contains(CANARY), "canary leaked into logs");
    for f in std::fs::read_dir(dir.path().join("data")).unwrap() {
        let bytes = std::fs::read(f.unwrap().path()).unwrap();
        assert!(
            !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
            "canary in clear text on disk"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_loses_no_acknowledged_message_sqlite() {
    crash_and_restart(binary::sqlite_store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_loses_no_acknowledged_message_postgres() {
    let url = PgCluster::shared().fresh_database().await;
    crash_and_restart(move |dir| binary::postgres_store(dir, &url)).await;
}

/// SIGKILL while the receiving MX holds our DATA unanswered; after a restart every
/// message is delivered, none lost. Messages the MX had in full before the kill
/// come again (at least once): they are counted and reported, not hidden.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_during_delivery_redelivers_after_restart() {
    use crate::common::sink::{Sink, SinkOpts};
    let port = crate::common::delivery::shared_port();
    let mx_addr = crate::common::delivery::mx_addr(2, port);
    let stall = Arc::new(tokio::sync::Notify::new());
    let stalled = Sink::start(
        mx_addr,
        SinkOpts {
            stall_in_data: Some(stall),
            ..Default::default()
        },
    )
    .await;

    let dir = tempfile::tempdir().unwrap();
    let relay_port = binary::free_port();
    let extra = format!(
        "[[transport.route]]\ndomain = \"*\"\nhost = \"[127.0.0.2]:{port}\"\n\n\
         [queue]\npoll_interval_ms = 100\nretry_schedule_secs = [1]\nlease_secs = 600\n"
    );
    let cfg_path = binary::write_config(
        dir.path(),
        relay_port,
        &binary::sqlite_store(dir.path()),
        &extra,
    );
    let log = dir.path().join("relay.log");
    let relay = RunningRelay::start(&cfg_path, relay_port, &log);
    let mut c = Client::new(tokio::net::TcpStream::connect(relay.addr).await.unwrap());
    c.hello().await;
    let mut ids = Vec::new();
    for i in 0..20 {
        let r = c
            .send_mail(
                "a@sender.test",
                &[&format!("r{i}@example.test")],
                format!("Subject: m{i}\r\n\r\nbody {i}\r\n").as_bytes(),
            )
            .await;
        ids.push(crate::common::client::queue_id(&r));
    }
    assert!(
        stalled.wait_for_received(1, Duration::from_secs(15)).await,
        "nothing reached the MX"
    );
    relay.kill9();
    let had_in_full = stalled.received().len();
    drop(stalled);
    // Dropping aborts the sink's tasks; let the listener go before binding again.
    tokio::time::sleep(Duration::from_millis(300)).await;

    let mx = Sink::start(mx_addr, SinkOpts::default()).await;
    let relay = RunningRelay::start(&cfg_path, relay_port, &log);
    assert!(
        mx.wait_for(20, Duration::from_secs(30)).await,
        "only {} of 20 delivered after restart",
        mx.messages().len()
    );
    assert_eq!(relay.terminate(), Some(0));

    let delivered: std::collections::HashSet<String> = mx
        .messages()
        .iter()
        .filter_map(|m| {
            let text = String::from_utf8_lossy(&m.data);
            text.split("Message-ID: <")
                .nth(1)
                .and_then(|s| s.split('@').next())
                .map(String::from)
        })
        .collect();
    for id in &ids {
        assert!(delivered.contains(id), "{id} lost");
    }
    eprintln!(
        "crash during delivery: 20 accepted, 20 delivered after restart; {had_in_full} had reached the MX in full before SIGKILL and were sent again (duplicates)"
    );
    let logs = std::fs::read_to_string(&log).unwrap();
    assert!(
        logs.contains("may be delivered twice"),
        "the restart did not report the released leases"
    );
    let cfg = config::load(&cfg_path).unwrap();
    let store = Store::open(&cfg.store, "checker").await.unwrap();
    for id in &ids {
        let r = store.recipients(id).await.unwrap();
        assert_eq!(
            r[0].state,
            phirelay::store::RecipientState::Delivered,
            "{id}"
        );
    }
    assert!(phirelay::cli::verify_chain(&store).await.unwrap().is_ok());
    store.close().await;
}
