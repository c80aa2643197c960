//! `phirelay keys rotate` with the real binary: mail sealed under the old key
//! is still delivered after the rotation and a restart, new mail is sealed
//! under the new key, the old key is kept beside the file (mode 0600), and the
//! rotation is in the audit log and the admin_actions view.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use phirelay::config;
use phirelay::store::Store;

use crate::common::binary::{self, RunningRelay};
use crate::common::client::Client;
use crate::common::sink::{Sink, SinkOpts};

async fn send(addr: std::net::SocketAddr, token: &str) {
    let mut c = Client::connect(addr).await;
    c.hello().await;
    let body = format!("Subject: keys\r\nFrom: a@example.org\r\n\r\ntoken={token}\r\n");
    let r = c
        .send_mail("a@example.org", &["b@example.net"], body.as_bytes())
        .await;
    assert_eq!(r.code, 250, "{r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotated_key_opens_old_mail_and_seals_new_mail() {
    let dir = tempfile::tempdir().unwrap();
    let port = binary::free_port();
    let store = binary::sqlite_store(dir.path());
    let log = dir.path().join("relay.log");
    // First: the route is a closed port, so the message waits, sealed.
    let cfg = binary::write_config(dir.path(), port, &store, "");
    let relay = RunningRelay::start(&cfg, port, &log);
    send(relay.addr, "before-rotation").await;
    assert_eq!(relay.terminate(), Some(0));

    let (code, out) = binary::run_verb(&cfg, &["keys", "rotate"]);
    assert_eq!(code, 0, "{out}");
    let ids: Vec<&str> = out
        .lines()
        .find(|l| l.starts_with("master key rotated: "))
        .expect("rotated line")
        .trim_start_matches("master key rotated: ")
        .split(" -> ")
        .collect();
    let (old_id, new_id) = (ids[0].to_string(), ids[1].to_string());
    assert_ne!(old_id, new_id);
    let archived = dir.path().join(format!("data/master.key.{old_id}"));
    let mode = std::fs::metadata(&archived).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", archived.display());

    // Then: deliver to a sink, under the new key.
    let sink = Sink::start("127.0.0.1:0".parse().unwrap(), SinkOpts::default()).await;
    let route = format!(
        "[[transport.route]]\ndomain = \"*\"\nhost = \"[127.0.0.1]:{}\"\n",
        sink.addr.port()
    );
    binary::write_config(dir.path(), port, &store, &route);
    let relay = RunningRelay::start(&cfg, port, &log);
    send(relay.addr, "after-rotation").await;
    let (code, out) = binary::run_verb(&cfg, &["queue", "flush"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        sink.wait_for(2, Duration::from_secs(30)).await,
        "{:?}",
        sink.messages().len()
    );
    let bodies: Vec<String> = sink
        .messages()
        .iter()
        .map(|m| String::from_utf8_lossy(&m.data).into_owned())
        .collect();
    for token in ["before-rotation", "after-rotation"] {
        assert!(
            bodies.iter().any(|b| b.contains(token)),
            "{token} not delivered"
        );
    }
    assert_eq!(relay.terminate(), Some(0));

    let c = config::load(&cfg).unwrap();
    let store = Store::open(&c.store, "checker").await.unwrap();
    let keys: Vec<String> =
        sqlx::query_scalar("SELECT key_id FROM message_content ORDER BY message_id")
            .fetch_all(store.pool())
            .await
            .unwrap();
    assert_eq!(keys, [old_id.clone(), new_id.clone()]);
    let rotations: Vec<String> =
        sqlx::query_scalar("SELECT details FROM admin_actions WHERE event = 'key_rotated'")
            .fetch_all(store.pool())
            .await
            .unwrap();
    assert_eq!(rotations.len(), 1, "{rotations:?}");
    assert!(rotations[0].contains(&old_id) && rotations[0].contains(&new_id));
    store.close().await;
    let (code, out) = binary::run_verb(&cfg, &["audit", "verify"]);
    assert_eq!(code, 0, "{out}");
}
