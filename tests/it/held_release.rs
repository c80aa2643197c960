//! Held mail is not a dead end: `queue release --deliver-verified` sends it back
//! to the queue with a `tls-required` decision (the data key re-wrapped for the
//! new decisions), so it leaves only over verified TLS; where there is none, it
//! is held again. `retry` never moves held mail; `delete` takes it out. Every
//! change is an `admin` event in the transaction that makes it.

use std::time::Duration;

use phirelay::cli::held::{ReleaseError, release_verified};
use phirelay::store::{QueueFilter, RecipientState, admin_updates};
use phirelay::transport::dane::tlsa_for;

use crate::common::certs::self_signed;
use crate::common::delivery::{World, mx_zone};
use crate::common::sink::SinkOpts;

const WAIT: Duration = Duration::from_secs(15);

fn phi() -> Vec<u8> {
    b"Subject: follow-up\r\nFrom: dr@clinic.example\r\n\r\nPatient SSN: 512-44-7360\r\nPlease call.\r\n"
        .to_vec()
}

async fn states(w: &World, id: &str) -> Vec<RecipientState> {
    let r = w.relay.store.recipients(id).await.unwrap();
    r.iter().map(|r| r.state).collect()
}

async fn wait_for(w: &World, id: &str, want: &[RecipientState]) -> Vec<RecipientState> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let s = states(w, id).await;
        if s == want || tokio::time::Instant::now() > deadline {
            return s;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn released_held_mail_leaves_only_over_verified_tls() {
    let leaf = self_signed(&["mx.dane.test"]);
    let rec = tlsa_for(&leaf.cert_der, 3, 1, 1);
    let dane = mx_zone("dane.test", 3).signed().tlsa(
        "_25._tcp.mx.dane.test.",
        rec.usage,
        rec.selector,
        rec.matching,
        rec.data,
    );
    // Both destinations count as consumer mailboxes: PHI to them is held.
    let policy = "[policy]\nconsumer_domains = [\"dane.test\", \"notls.test\"]\n";
    let w = World::start(vec![mx_zone("notls.test", 2), dane], "", policy).await;
    let plain = w.sink(2, SinkOpts::default()).await;
    let tls = w.sink(3, SinkOpts::with_tls(leaf.server_config())).await;
    let id = w
        .send(
            "dr@clinic.example",
            &["a@notls.test", "b@dane.test"],
            &phi(),
        )
        .await;
    let held = [RecipientState::Held, RecipientState::Held];
    assert_eq!(wait_for(&w, &id, &held).await, held);

    // retry never turns a portal decision into a delivery.
    let rows = w
        .relay
        .store
        .queue_rows(
            &QueueFilter {
                message_id: Some(id.clone()),
                limit: 10,
                ..Default::default()
            },
            phirelay::util::now_us(),
        )
        .await
        .unwrap();
    let retry = admin_updates(&rows, RecipientState::Queued, 0, false);
    assert!(retry.is_empty(), "retry would move held mail: {retry:?}");

    let store = &w.relay.store;
    let keys = &w.relay.keys;
    let n = release_verified(
        store,
        keys,
        &id,
        Some("B@dane.test"),
        "patient asked",
        "cli:test",
    )
    .await
    .unwrap();
    assert_eq!(n, 1);
    let r = store.recipients(&id).await.unwrap();
    assert_eq!(r[1].decision.as_str(), "tls-required");
    assert_eq!(
        r[0].decision.as_str(),
        "portal",
        "the other recipient is untouched"
    );
    let want = [RecipientState::Held, RecipientState::Delivered];
    assert_eq!(wait_for(&w, &id, &want).await, want);
    assert_eq!(tls.messages().len(), 1);
    assert!(tls.messages()[0].tls);

    // No verified TLS at notls.test: released, tried, held again; never in clear.
    release_verified(store, keys, &id, None, "try again", "cli:test")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(wait_for(&w, &id, &want).await, want);
    assert!(plain.received().is_empty(), "PHI went to an MX without TLS");

    // Nothing held for that recipient any more: a clear refusal.
    let again = release_verified(store, keys, &id, Some("b@dane.test"), "x", "cli:test").await;
    assert!(
        matches!(again, Err(ReleaseError::NothingHeld(..))),
        "{again:?}"
    );

    let events = w.events(&id).await;
    let admin: Vec<_> = events.iter().filter(|e| e.0 == "admin").collect();
    assert_eq!(admin.len(), 2, "{events:?}");
    assert_eq!(admin[0].1.as_deref(), Some("b@dane.test"));
    assert_eq!(admin[0].2["action"], "release");
    assert_eq!(admin[0].2["previous_state"], "held");
    assert_eq!(admin[0].2["reason"], "patient asked");
    assert!(
        events
            .iter()
            .filter(|e| e.0 == "held" && e.1.as_deref() == Some("a@notls.test"))
            .count()
            >= 2,
        "held at acceptance and again after the release: {events:?}"
    );
    let verified = phirelay::cli::verify_chain(store).await.unwrap();
    assert!(verified.is_ok(), "the audit chain holds");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bounced_held_mail_tells_the_sender_without_phi() {
    let policy = "[policy]\nconsumer_domains = [\"notls.test\"]\n";
    let w = World::start(vec![mx_zone("notls.test", 2)], "", policy).await;
    let _plain = w.sink(2, SinkOpts::default()).await;
    let body = b"Subject: results for Maria Lopez\r\nFrom: dr@clinic.example\r\n\r\nPatient SSN: 512-44-7360\r\n";
    let id = w.send("dr@clinic.example", &["a@notls.test"], body).await;
    assert_eq!(
        wait_for(&w, &id, &[RecipientState::Held]).await,
        [RecipientState::Held]
    );

    // A re-wrapped key bound to decisions the rows no longer hold is refused:
    // the message keeps its old key and stays readable.
    let stale = phirelay::store::Outcome {
        message_id: id.clone(),
        updates: Vec::new(),
        events: Vec::new(),
        new_messages: Vec::new(),
        lease_owner: None,
        rebind: Some(phirelay::store::Rebind {
            expected: vec![(0, phirelay::store::Protection::Deliver)],
            decisions: vec![(0, phirelay::store::Protection::TlsRequired)],
            key_id: "k".into(),
            wrapped_key: vec![0; 8],
        }),
    };
    assert!(w.relay.store.record_outcome(stale).await.is_err());
    let sealed = w.relay.store.sealed_content(&id).await.unwrap().unwrap();
    assert!(w.relay.keys.open(&id, &sealed).is_ok(), "still readable");

    let cfg = w.relay.cfg.clone();
    let engines = phirelay::wiring::Engines::build(&cfg).unwrap();
    let prep = engines.preparer(w.relay.keys.clone());
    let pick = phirelay::cli::held::Pick {
        id: &id,
        rcpt: None,
        reason: "wrong recipient",
        actor: "cli:test",
    };
    let n = phirelay::cli::held::bounce(&cfg, &w.relay.store, &w.relay.keys, &prep, &pick)
        .await
        .unwrap();
    assert_eq!(n, 1);
    assert_eq!(states(&w, &id).await, [RecipientState::Bounced]);
    let events = w.events(&id).await;
    let dsn_sent = events.iter().find(|e| e.0 == "dsn_sent").expect("dsn_sent");
    let admin = events.iter().find(|e| e.0 == "admin").expect("admin");
    assert_eq!(admin.2["action"], "bounce");
    assert_eq!(admin.2["previous_state"], "held");
    // The DSN: to the sender, headers only, no subject, no PHI.
    let dsn_id = dsn_sent.2["dsn_id"].as_str().unwrap();
    let sealed = w.relay.store.sealed_content(dsn_id).await.unwrap().unwrap();
    let dsn = String::from_utf8(w.relay.keys.open(dsn_id, &sealed).unwrap()).unwrap();
    assert!(dsn.contains("a@notls.test"), "{dsn}");
    for secret in ["512-44-7360", "Maria Lopez", "results for"] {
        assert!(!dsn.contains(secret), "{secret} in the DSN:\n{dsn}");
    }
    // Nothing left to bounce.
    let again =
        phirelay::cli::held::bounce(&cfg, &w.relay.store, &w.relay.keys, &prep, &pick).await;
    assert!(matches!(
        again,
        Err(phirelay::cli::held::BounceError::NothingPending(..))
    ));
    let verified = phirelay::cli::verify_chain(&w.relay.store).await.unwrap();
    assert!(verified.is_ok(), "the audit chain holds");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn held_mail_past_its_lifetime_expires_and_the_sender_is_told() {
    let policy = "[policy]\nconsumer_domains = [\"notls.test\"]\n";
    // poll 100 ms: held mail is checked every 3 s; a lifetime of 1 s.
    let w = World::start(
        vec![mx_zone("notls.test", 2)],
        "held_lifetime_secs = 1\n",
        policy,
    )
    .await;
    let plain = w.sink(2, SinkOpts::default()).await;
    let id = w.send("dr@clinic.example", &["a@notls.test"], &phi()).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while states(&w, &id).await != [RecipientState::Expired]
        && tokio::time::Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(states(&w, &id).await, [RecipientState::Expired]);
    assert!(plain.received().is_empty(), "PHI went to an MX without TLS");
    let events = w.events(&id).await;
    let expired = events
        .iter()
        .find(|e| e.0 == "expired")
        .expect("expired event");
    assert_eq!(expired.2["enhanced"], "5.4.7");
    let dsn_sent = events.iter().find(|e| e.0 == "dsn_sent").expect("dsn_sent");
    let dsn_id = dsn_sent.2["dsn_id"].as_str().unwrap();
    let sealed = w.relay.store.sealed_content(dsn_id).await.unwrap().unwrap();
    let dsn = String::from_utf8(w.relay.keys.open(dsn_id, &sealed).unwrap()).unwrap();
    assert!(
        !dsn.contains("512-44-7360") && !dsn.contains("follow-up"),
        "{dsn}"
    );
}
