//! `phirelay queue …` against a running relay whose mail is deferred.

use std::time::Duration;

use crate::common::binary::{self, RunningRelay, bin};
use crate::common::client::{Client, queue_id};

fn run(cfg: &std::path::Path, args: &[&str]) -> (i32, String) {
    let out = bin()
        .arg("queue")
        .args(args)
        .arg("--config")
        .arg(cfg)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_show_delete_flush() {
    let dir = tempfile::tempdir().unwrap();
    let port = binary::free_port();
    // Every delivery fails (connection refused on loopback): mail stays deferred.
    let extra = "[queue]\npoll_interval_ms = 100\nretry_schedule_secs = [3600]\n";
    let cfg = binary::write_config(dir.path(), port, &binary::sqlite_store(dir.path()), extra);
    let relay = RunningRelay::start(&cfg, port, &dir.path().join("relay.log"));
    let mut c = Client::new(tokio::net::TcpStream::connect(relay.addr).await.unwrap());
    c.hello().await;
    let a = queue_id(
        &c.send_mail(
            "a@sender.test",
            &["x@one.test", "y@two.test"],
            b"Subject: SECRET-SUBJECT\r\n\r\nSECRET-BODY\r\n",
        )
        .await,
    );
    let b = queue_id(
        &c.send_mail("a@sender.test", &["z@one.test"], b"Subject: s\r\n\r\nb\r\n")
            .await,
    );
    // Wait for the first (failed) attempts.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let (_, text) = run(&cfg, &["list", "--state", "deferred"]);
        if text.contains("3 recipient(s)") || tokio::time::Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let (code, text) = run(&cfg, &["list"]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains(&a) && text.contains(&b) && text.contains("deferred"),
        "{text}"
    );
    assert!(text.contains("3 recipient(s)"), "{text}");
    let (_, text) = run(&cfg, &["list", "--domain", "two.test"]);
    assert!(
        text.contains("y@two.test") && text.contains("1 recipient(s)"),
        "{text}"
    );

    let (code, text) = run(&cfg, &["show", &a]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("x@one.test") && text.contains("attempt") && text.contains("deferred"),
        "{text}"
    );
    assert!(text.contains("decision=deliver"), "{text}");
    assert!(
        !text.contains("SECRET-SUBJECT") && !text.contains("SECRET-BODY"),
        "show printed content"
    );
    // Durations as people write them: nothing here is a day old yet.
    let (code, old) = run(&cfg, &["list", "--older-than", "1d"]);
    assert_eq!(code, 0, "{old}");
    assert!(!old.contains("one.test"), "{old}");
    let (code, bad) = run(&cfg, &["list", "--older-than", "1y"]);
    assert_eq!(code, 2, "{bad}");
    // Where mail waits, qshape-style.
    let (code, shape) = run(&cfg, &["summary"]);
    assert_eq!(code, 0, "{shape}");
    let total = shape
        .lines()
        .find(|l| l.trim_start().starts_with("TOTAL"))
        .expect("TOTAL row");
    assert!(
        total.split_whitespace().nth(1).is_some_and(|n| n != "0"),
        "{shape}"
    );
    assert!(shape.contains("one.test"), "{shape}");
    let (_, json) = run(&cfg, &["summary", "--json"]);
    assert!(
        json.lines()
            .next()
            .unwrap_or("")
            .contains("\"domain\":\"TOTAL\""),
        "{json}"
    );
    // Events in words, not JSON lines.
    assert!(text.contains("to one.test via"), "{text}");
    assert!(!text.contains("{\"domain\""), "{text}");
    // Every fact as one JSON object.
    let (code, j) = run(&cfg, &["show", &a, "--json"]);
    assert_eq!(code, 0, "{j}");
    let v: serde_json::Value = serde_json::from_str(j.trim()).expect("one JSON object");
    assert_eq!(v["queue_id"], a.as_str());
    assert_eq!(v["recipients"][0]["decision"], "deliver");
    assert!(
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["event"] == "attempt" && e["details"]["domain"] == "one.test"),
        "{v}"
    );
    // Queue ids as typed: lower case works too.
    let (code, lower) = run(&cfg, &["show", &a.to_ascii_lowercase()]);
    assert_eq!(code, 0, "{lower}");
    assert!(lower.contains(&format!("queue id:    {a}")), "{lower}");

    let (code, text) = run(
        &cfg,
        &["delete", &b, "--reason", "sent to the wrong partner"],
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("1 recipient(s) changed"), "{text}");
    let (_, text) = run(&cfg, &["list", "--state", "deleted"]);
    assert!(text.contains(&b), "{text}");
    let (_, text) = run(&cfg, &["show", &b]);
    assert!(
        text.contains("admin") && text.contains("sent to the wrong partner"),
        "{text}"
    );

    let (code, text) = run(&cfg, &["flush"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("changed"), "{text}");
    // The flushed recipients are tried again at once; what follows acts on
    // them, so wait until that attempt is over (a bounce during it finds them
    // in flight).
    wait_for_attempts(&cfg, &a, 4).await;
    let (code, _) = run(&cfg, &["retry"]);
    assert_eq!(code, 2, "retry needs an id or --all");
    // release: only with --deliver-verified (the portal is not built yet), only
    // held mail (this message's recipients are deferred, not held).
    let (code, text) = run(&cfg, &["release", &a, "--reason", "x"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("--deliver-verified"), "{text}");
    let (code, text) = run(
        &cfg,
        &[
            "release",
            &a,
            "--deliver-verified",
            "--reason",
            "patient asked",
        ],
    );
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("no held recipient"), "{text}");
    // bounce: the pending recipients go back to the sender with a DSN.
    let (code, text) = run(&cfg, &["bounce", &a, "--reason", ""]);
    assert_eq!(code, 2, "{text}");
    let (code, text) = run(&cfg, &["bounce", &a, "--reason", "patient moved away"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("2 recipient(s) returned"), "{text}");
    let (_, text) = run(&cfg, &["show", &a]);
    assert!(
        text.contains("bounced") && text.contains("dsn_sent"),
        "{text}"
    );
    assert_eq!(relay.terminate(), Some(0));

    let out = bin()
        .args(["audit", "verify", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn dkim_keygen_writes_a_private_key_and_prints_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    let out = bin()
        .args([
            "dkim",
            "keygen",
            "--domain",
            "example.org",
            "--selector",
            "s1",
            "--algo",
            "ed25519",
            "--out",
        ])
        .arg(&key)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("s1._domainkey.example.org. IN TXT \"v=DKIM1; k=ed25519; p="),
        "{text}"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let again = bin()
        .args([
            "dkim",
            "keygen",
            "--domain",
            "example.org",
            "--selector",
            "s1",
            "--algo",
            "rsa",
            "--out",
        ])
        .arg(&key)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2), "overwrote an existing key");
}

/// Waits until `id` has `n` attempt events; fails after 15 s.
async fn wait_for_attempts(cfg: &std::path::Path, id: &str, n: usize) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let (_, j) = run(cfg, &["show", id, "--json"]);
        let attempts = serde_json::from_str::<serde_json::Value>(j.trim())
            .ok()
            .and_then(|v| {
                v["events"]
                    .as_array()
                    .map(|e| e.iter().filter(|e| e["event"] == "attempt").count())
            })
            .unwrap_or(0);
        if attempts >= n {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{attempts} attempts of {n}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
