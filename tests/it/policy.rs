//! The policy engine end to end: PHI is classified at DATA, decided per recipient,
//! and never delivered in clear; non-PHI mail goes as usual.

use std::time::Duration;

use phirelay::store::RecipientState;
use phirelay::transport::dane::tlsa_for;

use crate::common::certs::self_signed;
use crate::common::client::{Client, queue_id};
use crate::common::delivery::{World, mx_zone};
use crate::common::dns::Zone;
use crate::common::sink::SinkOpts;

const WAIT: Duration = Duration::from_secs(15);
const SSN: &str = "512-44-7360";

fn phi_body() -> Vec<u8> {
    format!("Subject: follow-up\r\nFrom: dr@clinic.example\r\n\r\nPatient SSN: {SSN}\r\nPlease call.\r\n").into_bytes()
}

/// `notls.test` (MX without STARTTLS at .2) and `dane.test` (signed, DANE at .3).
async fn world() -> (World, crate::common::sink::Sink, crate::common::sink::Sink) {
    let leaf = self_signed(&["mx.dane.test"]);
    let rec = tlsa_for(&leaf.cert_der, 3, 1, 1);
    let dane = mx_zone("dane.test", 3).signed().tlsa(
        "_25._tcp.mx.dane.test.",
        rec.usage,
        rec.selector,
        rec.matching,
        rec.data,
    );
    let w = World::start(vec![mx_zone("notls.test", 2), dane], "", "").await;
    let plain = w.sink(2, SinkOpts::default()).await;
    let tls = w.sink(3, SinkOpts::with_tls(leaf.server_config())).await;
    (w, plain, tls)
}

async fn wait_state(w: &World, id: &str, idx: usize, want: RecipientState) -> RecipientState {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let s = w.relay.store.recipients(id).await.unwrap()[idx].state;
        if s == want || tokio::time::Instant::now() > deadline {
            return s;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phi_never_goes_in_clear_and_each_recipient_gets_its_own_decision() {
    let (w, plain, tls) = world().await;
    // One PHI message to both kinds of destination.
    let id = w
        .send(
            "dr@clinic.example",
            &["a@notls.test", "b@dane.test"],
            &phi_body(),
        )
        .await;
    assert_eq!(
        wait_state(&w, &id, 1, RecipientState::Delivered).await,
        RecipientState::Delivered
    );
    assert_eq!(
        wait_state(&w, &id, 0, RecipientState::Held).await,
        RecipientState::Held
    );
    assert!(plain.received().is_empty(), "PHI went to an MX without TLS");
    assert_eq!(tls.messages().len(), 1);
    assert!(tls.messages()[0].tls);
    let r = w.relay.store.recipients(&id).await.unwrap();
    assert_eq!(r[0].decision.as_str(), "tls-required");
    assert_eq!(r[1].decision.as_str(), "tls-required");
    let events = w.events(&id).await;
    let classified = &events.iter().find(|e| e.0 == "classified").unwrap().2;
    assert_eq!(classified["phi"], true);
    assert_eq!(classified["labels"][0]["detector"], "ssn");
    assert!(
        events
            .iter()
            .any(|e| e.0 == "held" && e.1.as_deref() == Some("a@notls.test"))
    );
    let attempt = events
        .iter()
        .find(|e| e.0 == "attempt" && e.2["domain"] == "dane.test")
        .unwrap();
    assert_eq!(attempt.2["tls"]["verified"], "dane");
    // The matched value is nowhere in the audit log.
    let rows = w.relay.store.audit_page(0, 10_000).await.unwrap();
    assert!(
        rows.iter()
            .all(|r| !r.details.contains(SSN) && !r.details.contains("512447360"))
    );

    // A message without PHI to the same no-TLS destination is delivered.
    let id = w
        .send(
            "dr@clinic.example",
            &["a@notls.test"],
            b"Subject: lunch\r\n\r\nnoon?\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert_eq!(plain.messages().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phi_in_the_subject_is_refused_at_data_and_nothing_is_stored() {
    let (w, _plain, _tls) = world().await;
    let mut c = Client::connect(w.relay.addr).await;
    c.hello().await;
    let body = format!("Subject: SSN {SSN} for the chart\r\n\r\nsee subject\r\n");
    let r = c
        .send_mail("dr@clinic.example", &["b@dane.test"], body.as_bytes())
        .await;
    assert_eq!(r.code, 550, "{r:?}");
    assert!(
        r.text().starts_with("5.7.1") && r.text().contains("subject"),
        "{r:?}"
    );
    assert_eq!(w.relay.message_count().await, 0);
    let rows = w.relay.store.audit_page(0, 100).await.unwrap();
    let rejected = rows
        .iter()
        .find(|r| r.event == "rejected")
        .expect("rejected event");
    assert!(rejected.details.contains("\"subject_phi\":true"));
    assert!(!rejected.details.contains(SSN));
    // And the session goes on.
    let ok = c
        .send_mail(
            "dr@clinic.example",
            &["b@dane.test"],
            b"Subject: hi\r\n\r\nno phi\r\n",
        )
        .await;
    queue_id(&ok);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn triggers_portal_for_consumer_domains_and_tag_stripping() {
    let z = Zone::new("gmail.com.")
        .mx("gmail.com.", 10, "mx.gmail.com.")
        .a("mx.gmail.com.", std::net::Ipv4Addr::new(127, 0, 0, 4));
    let w = World::start(vec![z, mx_zone("partner.test", 2)], "", "").await;
    let consumer = w.sink(4, SinkOpts::default()).await;
    let leaf = self_signed(&["mx.partner.test"]);
    let _partner = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    // A subject tag makes it PHI; the consumer mailbox gets the portal (held).
    let id = w
        .send(
            "dr@clinic.example",
            &["patient@gmail.com"],
            b"Subject: [secure] your results\r\n\r\nplease log in\r\n",
        )
        .await;
    assert_eq!(
        wait_state(&w, &id, 0, RecipientState::Held).await,
        RecipientState::Held
    );
    assert_eq!(
        w.relay.store.recipients(&id).await.unwrap()[0]
            .decision
            .as_str(),
        "portal"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(consumer.received().is_empty());
    // The stored copy has the tag stripped from its subject.
    let stored = String::from_utf8(w.relay.content(&id).await).unwrap();
    assert!(stored.contains("Subject: your results\r\n"), "{stored}");
}

#[test]
fn policy_test_verb_prints_labels_and_decisions_never_values() {
    let dir = tempfile::tempdir().unwrap();
    let eml = dir.path().join("m.eml");
    std::fs::write(
        &eml,
        format!("From: dr@clinic.example\nSubject: note\n\nSSN: {SSN}\nDOB: 04/12/1961\n"),
    )
    .unwrap();
    let cfg = crate::common::binary::write_config(
        dir.path(),
        1,
        &crate::common::binary::sqlite_store(dir.path()),
        "",
    );
    let out = crate::common::binary::bin()
        .args(["policy", "test", "--config"])
        .arg(&cfg)
        .arg(&eml)
        .args(["--rcpt", "a@gmail.com", "--rcpt", "b@partner.example"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(j["phi"], true);
    assert!(
        j["labels"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["detector"] == "ssn")
    );
    assert_eq!(j["decisions"][0]["decision"], "portal");
    assert_eq!(j["decisions"][0]["rule"], "consumer-domain");
    assert_eq!(j["decisions"][1]["decision"], "tls-required");
    assert!(
        !text.contains(SSN) && !text.contains("1961"),
        "a matched value was printed"
    );
}

/// The canary rule for matched values: a running relay with debug logs never
/// writes an identifier it found.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matched_values_never_reach_the_logs() {
    let dir = tempfile::tempdir().unwrap();
    let port = crate::common::binary::free_port();
    let cfg = crate::common::binary::write_config(
        dir.path(),
        port,
        &crate::common::binary::sqlite_store(dir.path()),
        "",
    );
    let log = dir.path().join("relay.log");
    let relay = crate::common::binary::RunningRelay::start(&cfg, port, &log);
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    let body = format!("Subject: note\r\n\r\nSSN: {SSN}\r\nNPI 1234567893\r\nDOB: 04/12/1961\r\n");
    queue_id(
        &c.send_mail("dr@clinic.example", &["b@partner.test"], body.as_bytes())
            .await,
    );
    let refused = c
        .send_mail(
            "dr@clinic.example",
            &["b@partner.test"],
            format!("Subject: SSN {SSN}\r\n\r\nx\r\n").as_bytes(),
        )
        .await;
    assert_eq!(refused.code, 550);
    c.cmd("QUIT", 221).await;
    assert_eq!(relay.terminate(), Some(0));
    let logs = std::fs::read_to_string(&log).unwrap();
    assert!(
        logs.contains("accepted") && logs.contains("refused by policy"),
        "debug logs missing"
    );
    for value in [SSN, "1234567893", "04/12/1961"] {
        assert!(!logs.contains(value), "{value} leaked into the logs");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_required_no_is_ignored_for_phi() {
    let (w, plain, _tls) = world().await;
    let mut body = b"Subject: x\r\nTLS-Required: No\r\n\r\n".to_vec();
    body.extend_from_slice(format!("Patient SSN: {SSN}\r\n").as_bytes());
    let id = w.send("dr@clinic.example", &["a@notls.test"], &body).await;
    assert_eq!(
        wait_state(&w, &id, 0, RecipientState::Held).await,
        RecipientState::Held
    );
    assert!(
        plain.received().is_empty(),
        "TLS-Required: No let PHI go in clear"
    );
}
