//! The portal with the real binary: replies are submitted while the relay is
//! SIGKILLed; every reply the reader was told was sent must be in the store,
//! with its `replied` event, after the restart. The same run reads the debug
//! log: the link token, the one-time code and the session id never appear.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use phirelay::config;
use phirelay::store::{MasterKeys, Store};

use crate::common::binary::{self, RunningRelay};
use crate::common::client::Client;
use crate::common::portal::{self, Http, code_in, token_in};

const PHI: &[u8] = b"From: dr@clinic.example\r\nTo: pat@notls.test\r\nSubject: results\r\n\r\n\
Patient: Maria Lopez, SSN 512-44-7360. HbA1c 9.1 %.\r\n";

/// Every stored message's plaintext (those the keys can open), by queue id.
async fn contents(store: &Store, keys: &MasterKeys) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for id in store.message_ids().await.expect("ids") {
        let Ok(Some(sealed)) = store.sealed_content(&id).await else {
            continue;
        };
        if let Ok(plain) = keys.open(&id, &sealed) {
            out.push((id, String::from_utf8_lossy(&plain).into_owned()));
        }
    }
    out
}

/// Wait for a stored message whose text contains `needle`; return its text.
async fn wait_for_mail(store: &Store, keys: &MasterKeys, needle: &str, skip: usize) -> String {
    for _ in 0..200 {
        let found: Vec<_> = contents(store, keys)
            .await
            .into_iter()
            .filter(|(_, t)| t.contains(needle))
            .collect();
        if found.len() > skip {
            return found[skip].1.clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no stored mail with {needle:?}");
}

/// Post replies until the relay goes away; push each acknowledged marker.
async fn replier(
    mut http: Http,
    token: String,
    csrf: String,
    acked: Arc<Mutex<Vec<String>>>,
    n: usize,
) {
    for i in 0..200 {
        let marker = format!("reply-marker-{n}-{i}");
        let body = format!("Thanks, noted. {marker}");
        let path = format!("/p/{token}/reply");
        let fields = [("csrf", csrf.as_str()), ("body", body.as_str())];
        let req = http.try_post_multipart(&path, &fields, &[]);
        let Ok(res) = tokio::time::timeout(Duration::from_secs(10), req).await else {
            return;
        };
        match res {
            Some(r) if r.status == 200 && r.text().contains("reply-sent") => {
                acked.lock().unwrap().push(marker)
            }
            _ => return,
        }
    }
}

/// Standalone occurrences of `secret` (not inside a longer run of digits or
/// letters, and not a fraction of a timestamp).
fn occurs(log: &str, secret: &str) -> bool {
    log.match_indices(secret).any(|(at, _)| {
        let before = log[..at].chars().next_back();
        let after = log[at + secret.len()..].chars().next();
        let joined = |c: Option<char>| {
            c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-')
        };
        !joined(before) && !joined(after)
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_during_replies_loses_no_acknowledged_reply() {
    let dir = tempfile::tempdir().unwrap();
    let (port, portal_port) = (binary::free_port(), binary::free_port());
    let (portal_toml, pki) = portal::portal_toml(dir.path(), "");
    let portal_toml = portal_toml.replace("127.0.0.1:0", &format!("127.0.0.1:{portal_port}"));
    let extra = format!("[policy]\nconsumer_domains = [\"notls.test\"]\n\n{portal_toml}");
    let cfg_path =
        binary::write_config(dir.path(), port, &binary::sqlite_store(dir.path()), &extra);
    let log = dir.path().join("relay.log");
    let relay = RunningRelay::start(&cfg_path, port, &log);

    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    c.send_mail("dr@clinic.example", &["pat@notls.test"], PHI)
        .await;
    c.cmd("QUIT", 221).await;

    let cfg = config::load(&cfg_path).unwrap();
    let store = Store::open(&cfg.store, "checker").await.unwrap();
    let (keys, _) = MasterKeys::load_or_create(&cfg.store.master_key_file, &[], false).unwrap();
    let notice = wait_for_mail(&store, &keys, "https://portal.test/p/", 0).await;
    let token = token_in(notice.as_bytes());
    let addr = SocketAddr::from(([127, 0, 0, 1], portal_port));
    let mut http = Http::new(addr, &pki);
    let csrf = http.get(&format!("/p/{token}")).await.csrf();
    http.post(&format!("/p/{token}/code"), &[("csrf", &csrf)])
        .await;
    let code = code_in(
        wait_for_mail(&store, &keys, "Your one-time code", 0)
            .await
            .as_bytes(),
    );
    let ok = http
        .post(
            &format!("/p/{token}/verify"),
            &[("csrf", &csrf), ("code", &code)],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.text());
    let session = http
        .cookies
        .get("__Host-phirelay-session")
        .cloned()
        .expect("session cookie");

    let acked = Arc::new(Mutex::new(Vec::new()));
    let tasks: Vec<_> = (0..4)
        .map(|n| {
            tokio::spawn(replier(
                http.clone(),
                token.clone(),
                csrf.clone(),
                acked.clone(),
                n,
            ))
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    relay.kill9();
    for t in tasks {
        let _ = t.await;
    }
    let acked = acked.lock().unwrap().clone();
    eprintln!(
        "portal crash test: {} replies acknowledged before SIGKILL",
        acked.len()
    );
    assert!(
        acked.len() >= 2,
        "too few replies got through: {}",
        acked.len()
    );

    let relay = RunningRelay::start(&cfg_path, port, &log);
    assert_eq!(relay.terminate(), Some(0));
    let texts = contents(&store, &keys).await;
    for marker in &acked {
        assert!(
            texts.iter().any(|(_, t)| t.contains(marker.as_str())),
            "acknowledged reply {marker} lost"
        );
    }
    let replied = store
        .audit_page(0, 1_000_000)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.event == "replied")
        .count();
    assert!(
        replied >= acked.len(),
        "{replied} replied events for {} replies",
        acked.len()
    );
    store.close().await;

    let logs = std::fs::read_to_string(&log).unwrap();
    assert!(
        logs.contains("portal listening"),
        "portal log lines missing?"
    );
    for (what, secret) in [("token", &token), ("code", &code), ("session id", &session)] {
        assert!(!occurs(&logs, secret), "the {what} is in the log");
    }
    check_disk(dir.path(), &token);
}

/// The token is nowhere in clear on disk (the store keeps its hash; the notice is sealed).
fn check_disk(dir: &Path, token: &str) {
    for f in std::fs::read_dir(dir.join("data")).unwrap() {
        let bytes = std::fs::read(f.unwrap().path()).unwrap();
        assert!(
            !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
            "token in clear on disk"
        );
    }
}
