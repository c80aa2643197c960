//! The acceptance stage seen from outside: what every entrance (SMTP DATA, DSNs)
//! gets from it, and the fail-closed rules it owns (issue "Fail closed", items 5
//! and 11).

use std::sync::Arc;
use std::time::Duration;

use phirelay::store::{Protection, RecipientState};
use phirelay::transport::dane::tlsa_for;

use crate::common::certs::self_signed;
use crate::common::delivery::{World, mx_zone};
use crate::common::dns::Zone;
use crate::common::sink::SinkOpts;

const WAIT: Duration = Duration::from_secs(20);
const SSN: &str = "512-44-7360";

/// Held (portal) recipients take no room in the in-memory queue: with room for
/// two jobs, five held messages and then a deliverable one, the deliverable one
/// still goes out at once (before the fix the held ones kept the room for ever
/// and the scheduler claimed nothing until a restart).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn held_mail_takes_no_queue_room() {
    let gmail = Zone::new("gmail.com.")
        .mx("gmail.com.", 10, "mx.gmail.com.")
        .a("mx.gmail.com.", std::net::Ipv4Addr::new(127, 0, 0, 4));
    let w = World::start(
        vec![gmail, mx_zone("partner.test", 2)],
        "max_in_memory = 2\n",
        "",
    )
    .await;
    let consumer = w.sink(4, SinkOpts::default()).await;
    let partner = w.sink(2, SinkOpts::default()).await;
    for _ in 0..5 {
        let id = w
            .send(
                "dr@clinic.example",
                &["patient@gmail.com"],
                b"Subject: [secure] your results\r\n\r\nplease log in\r\n",
            )
            .await;
        let r = w.relay.store.recipients(&id).await.unwrap();
        assert_eq!(r[0].state, RecipientState::Held);
    }
    let id = w
        .send(
            "dr@clinic.example",
            &["office@partner.test"],
            b"Subject: lunch\r\n\r\nno phi here\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert!(partner.wait_for(1, WAIT).await);
    assert!(consumer.received().is_empty());
}

/// A DSN about a PHI message inherits its protection: it is not delivered in
/// clear to a sender domain without verified TLS, and it carries neither the
/// subject nor the content, even with RET=FULL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dsn_of_phi_mail_is_protected_and_carries_no_phi() {
    let leaf = self_signed(&["mx.dane.test"]);
    let rec = tlsa_for(&leaf.cert_der, 3, 1, 1);
    let dane = mx_zone("dane.test", 3).signed().tlsa(
        "_25._tcp.mx.dane.test.",
        rec.usage,
        rec.selector,
        rec.matching,
        rec.data,
    );
    let w = World::start(vec![dane, mx_zone("sender.test", 2)], "", "").await;
    let refuse = SinkOpts {
        rcpt_reply: Some(Arc::new(|_: &str| (550, "5.1.1 no such user".into()))),
        ..SinkOpts::with_tls(leaf.server_config())
    };
    let _dane_mx = w.sink(3, refuse).await;
    let sender_mx = w.sink(2, SinkOpts::default()).await;
    let mut c = crate::common::client::Client::connect(w.relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<dr@sender.test> RET=FULL", 250).await;
    c.cmd("RCPT TO:<gone@dane.test>", 250).await;
    c.cmd("DATA", 354).await;
    let body = format!(
        "Subject: Results for Jane Roe\r\nFrom: dr@sender.test\r\n\r\nPatient SSN: {SSN}\r\n.\r\n"
    );
    c.send(body.as_bytes()).await;
    let id = crate::common::client::queue_id(&c.reply().await);
    assert_eq!(w.wait_final(&id, WAIT).await, vec![RecipientState::Bounced]);
    let events = w.events(&id).await;
    let dsn_sent = events
        .iter()
        .find(|e| e.0 == "dsn_sent")
        .expect("a dsn_sent event");
    let dsn_id = dsn_sent.2["dsn_id"].as_str().expect("dsn id").to_string();
    let rcpts = w.relay.store.recipients(&dsn_id).await.unwrap();
    assert!(
        rcpts[0].decision >= Protection::TlsRequired,
        "DSN decision {:?}",
        rcpts[0].decision
    );
    let content = String::from_utf8(w.relay.content(&dsn_id).await).unwrap();
    assert!(!content.contains("Jane Roe"), "{content}");
    assert!(!content.contains(SSN), "{content}");
    // The sender's MX offers no TLS: the DSN must not reach it in clear.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(sender_mx.received().is_empty(), "DSN went out in clear");
    let dsn_events = w.events(&dsn_id).await;
    let received = dsn_events.iter().find(|e| e.0 == "received").unwrap();
    assert_eq!(received.2["kind"], "dsn");
    assert_eq!(received.2["of"], id.as_str());
}

/// Someone who can write the database but has no master key turns a held PHI
/// recipient into a deliverable one (and adds a recipient): the content no longer
/// opens, so nothing is ever sent; the untouched message still opens.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edited_envelope_or_decision_makes_the_content_unopenable() {
    let gmail = Zone::new("gmail.com.")
        .mx("gmail.com.", 10, "mx.gmail.com.")
        .a("mx.gmail.com.", std::net::Ipv4Addr::new(127, 0, 0, 4));
    let w = World::start(vec![gmail], "", "").await;
    let consumer = w.sink(4, SinkOpts::default()).await;
    let body = format!("Subject: results\r\n\r\nPatient SSN: {SSN}\r\n");
    let id = w
        .send("dr@clinic.example", &["patient@gmail.com"], body.as_bytes())
        .await;
    let other = w
        .send("dr@clinic.example", &["patient@gmail.com"], body.as_bytes())
        .await;
    assert_eq!(
        w.relay.store.recipients(&id).await.unwrap()[0].state,
        RecipientState::Held
    );
    // The tamperer's edit: portal → deliver, queued and due now.
    sqlx::query(
        "UPDATE recipients SET decision = 'deliver', state = 'queued', due_at_us = 0 \
         WHERE message_id = $1",
    )
    .bind(&id)
    .execute(w.relay.store.pool())
    .await
    .unwrap();
    let sealed = w.relay.store.sealed_content(&id).await.unwrap().unwrap();
    assert!(
        sealed.binding.is_some(),
        "accepted mail is bound to its envelope"
    );
    assert!(w.relay.keys.open(&id, &sealed).is_err());
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert!(consumer.received().is_empty(), "tampered PHI was delivered");
    // The other message is untouched and opens.
    assert!(
        String::from_utf8(w.relay.content(&other).await)
            .unwrap()
            .contains(SSN)
    );
}
