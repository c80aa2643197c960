//! Delivery end to end: relay → in-process DNS → SMTP sinks on 127.0.0.x.

use std::sync::Arc;
use std::time::Duration;

use phirelay::store::RecipientState;

use crate::common::delivery::{World, mx_zone};
use crate::common::sink::SinkOpts;

const WAIT: Duration = Duration::from_secs(15);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delivers_to_the_mx_and_audits_the_attempt() {
    let w = World::start(vec![mx_zone("example.test", 2)], "", "").await;
    let sink = w.sink(2, SinkOpts::default()).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@example.test"],
            b"Subject: hi\r\n\r\n..leading dot (stuffed on the wire)\r\nbody\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    let msgs = sink.messages();
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0].mail_from, "a@sender.test");
    assert_eq!(msgs[0].rcpts, vec!["b@example.test"]);
    assert!(
        String::from_utf8_lossy(&msgs[0].data)
            .contains("\r\n.leading dot (stuffed on the wire)\r\n")
    );
    assert!(sink.violations().is_empty(), "{:?}", sink.violations());
    let events = w.events(&id).await;
    let kinds: Vec<&str> = events.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(kinds, ["received", "classified", "attempt", "delivered"]);
    let attempt = &events[2].2;
    assert_eq!(attempt["mx"], "mx.example.test");
    assert_eq!(attempt["ip"], "127.0.0.2");
    assert_eq!(attempt["results"][0]["code"], 250);
    assert!(attempt["duration_ms"].is_u64());
    assert_eq!(events[3].1.as_deref(), Some("b@example.test"));
    let v = phirelay::cli::verify_chain(&w.relay.store)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(v.count, 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deferral_then_success() {
    let w = World::start(vec![mx_zone("example.test", 2)], "", "").await;
    let opts = SinkOpts {
        data_reply: Some(Arc::new(|n| {
            if n == 0 {
                (451, "4.3.0 try later".into())
            } else {
                (250, "2.0.0 ok".into())
            }
        })),
        ..Default::default()
    };
    let sink = w.sink(2, opts).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@example.test"],
            b"Subject: x\r\n\r\ny\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert_eq!(sink.messages().len(), 1);
    let kinds: Vec<String> = w.events(&id).await.into_iter().map(|e| e.0).collect();
    assert_eq!(
        kinds,
        [
            "received",
            "classified",
            "attempt",
            "deferred",
            "attempt",
            "delivered"
        ]
    );
    let r = w.relay.store.recipients(&id).await.unwrap();
    assert_eq!(r[0].attempts, 2);
}

/// Text of the DSN the sender's MX received (exactly one).
fn dsn_text(sender_sink: &crate::common::sink::Sink) -> String {
    let msgs = sender_sink.messages();
    assert_eq!(msgs.len(), 1, "expected one DSN, got {}", msgs.len());
    assert_eq!(msgs[0].mail_from, "", "a DSN has a null reverse-path");
    String::from_utf8(msgs[0].data.clone()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn permanent_failure_bounces_one_recipient_and_delivers_the_others() {
    let w = World::start(
        vec![mx_zone("example.test", 2), mx_zone("sender.test", 3)],
        "",
        "",
    )
    .await;
    let opts = SinkOpts {
        rcpt_reply: Some(Arc::new(|rcpt: &str| {
            if rcpt.starts_with("gone@") {
                (550, "5.1.1 no such user here".into())
            } else {
                (250, "2.1.5 ok".into())
            }
        })),
        ..Default::default()
    };
    let mx = w.sink(2, opts).await;
    let sender_mx = w.sink(3, SinkOpts::default()).await;
    let mut c = crate::common::client::Client::connect(w.relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@sender.test> ENVID=env-77 RET=HDRS", 250)
        .await;
    c.cmd("RCPT TO:<ok1@example.test>", 250).await;
    c.cmd(
        "RCPT TO:<gone@example.test> ORCPT=rfc822;gone@example.test",
        250,
    )
    .await;
    c.cmd("RCPT TO:<ok2@example.test>", 250).await;
    c.cmd("DATA", 354).await;
    c.send(
        b"Subject: PHI-CANARY lab results\r\nFrom: a@sender.test\r\n\r\nbody PHI-CANARY\r\n.\r\n",
    )
    .await;
    let id = crate::common::client::queue_id(&c.reply().await);
    let states = w.wait_final(&id, WAIT).await;
    assert_eq!(
        states,
        vec![
            RecipientState::Delivered,
            RecipientState::Bounced,
            RecipientState::Delivered
        ]
    );
    assert_eq!(
        mx.messages()[0].rcpts,
        vec!["ok1@example.test", "ok2@example.test"]
    );
    assert!(sender_mx.wait_for(1, WAIT).await, "no DSN arrived");
    let dsn = dsn_text(&sender_mx);
    assert_eq!(sender_mx.messages()[0].rcpts, vec!["a@sender.test"]);
    for want in [
        "Content-Type: multipart/report; report-type=delivery-status",
        "Original-Envelope-Id: env-77",
        "Final-Recipient: rfc822; gone@example.test",
        "Original-Recipient: rfc822; gone@example.test",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mx.example.test",
        "Diagnostic-Code: smtp; 550 5.1.1 no such user here",
        "Content-Type: text/rfc822-headers",
    ] {
        assert!(dsn.contains(want), "DSN lacks {want:?}:\n{dsn}");
    }
    assert!(
        !dsn.contains("ok1@example.test"),
        "delivered recipients are not in a failure DSN"
    );
    // Headers only (RET=HDRS): the body never travels back.
    assert!(!dsn.contains("body PHI-CANARY"));
    let kinds: Vec<String> = w.events(&id).await.into_iter().map(|e| e.0).collect();
    assert!(
        kinds.contains(&"bounced".to_string()) && kinds.contains(&"dsn_sent".to_string()),
        "{kinds:?}"
    );
    // No PHI in the audit details.
    let rows = w.relay.store.audit_page(0, 1000).await.unwrap();
    assert!(rows.iter().all(|r| !r.details.contains("PHI-CANARY")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expiry_bounces_with_4_4_7() {
    let w = World::start(
        vec![mx_zone("example.test", 2), mx_zone("sender.test", 3)],
        "max_lifetime_secs = 2\n",
        "",
    )
    .await;
    let opts = SinkOpts {
        rcpt_reply: Some(Arc::new(|_: &str| (451, "4.2.0 mailbox busy".into()))),
        ..Default::default()
    };
    let _mx = w.sink(2, opts).await;
    let sender_mx = w.sink(3, SinkOpts::default()).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@example.test"],
            b"Subject: x\r\n\r\ny\r\n",
        )
        .await;
    assert_eq!(w.wait_final(&id, WAIT).await, vec![RecipientState::Expired]);
    assert!(sender_mx.wait_for(1, WAIT).await);
    let dsn = dsn_text(&sender_mx);
    assert!(
        dsn.contains("Action: failed") && dsn.contains("Status: 4.4.7"),
        "{dsn}"
    );
    assert!(
        dsn.contains("Diagnostic-Code: smtp; 451 4.2.0 mailbox busy"),
        "{dsn}"
    );
    let kinds: Vec<String> = w.events(&id).await.into_iter().map(|e| e.0).collect();
    assert!(
        kinds.contains(&"deferred".to_string()) && kinds.contains(&"expired".to_string()),
        "{kinds:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn null_mx_bounces_at_once() {
    let zone = crate::common::dns::Zone::new("nullmx.test.").null_mx("nullmx.test.");
    let w = World::start(vec![zone, mx_zone("sender.test", 3)], "", "").await;
    let sender_mx = w.sink(3, SinkOpts::default()).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@nullmx.test"],
            b"Subject: x\r\n\r\ny\r\n",
        )
        .await;
    assert_eq!(w.wait_final(&id, WAIT).await, vec![RecipientState::Bounced]);
    assert!(sender_mx.wait_for(1, WAIT).await);
    let dsn = dsn_text(&sender_mx);
    assert!(dsn.contains("Status: 5.1.10"), "{dsn}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eight_bit_is_never_sent_to_a_server_without_8bitmime() {
    let w = World::start(
        vec![mx_zone("example.test", 2), mx_zone("sender.test", 3)],
        "",
        "",
    )
    .await;
    let mx = w
        .sink(
            2,
            SinkOpts {
                ext_8bitmime: false,
                ..Default::default()
            },
        )
        .await;
    let sender_mx = w.sink(3, SinkOpts::default()).await;
    let mut c = crate::common::client::Client::connect(w.relay.addr).await;
    c.hello().await;
    let r = c
        .send_mail(
            "a@sender.test",
            &["b@example.test", "c@example.test"],
            "Subject: x\r\n\r\nGrüße\r\n".as_bytes(),
        )
        .await;
    let id = crate::common::client::queue_id(&r);
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Bounced; 2]
    );
    assert!(
        mx.received().is_empty(),
        "8-bit data reached a 7-bit server"
    );
    assert!(sender_mx.wait_for(1, WAIT).await);
    assert!(dsn_text(&sender_mx).contains("Status: 5.6.3"));
    // 7-bit mail to the same server goes through.
    let id = w
        .send(
            "a@sender.test",
            &["b@example.test"],
            b"Subject: x\r\n\r\nplain\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_is_reused_for_one_destination() {
    let w = World::start(
        vec![mx_zone("example.test", 2)],
        "max_connections_per_destination = 1\nconnection_idle_ms = 3000\n",
        "",
    )
    .await;
    let mx = w.sink(2, SinkOpts::default()).await;
    let mut c = crate::common::client::Client::connect(w.relay.addr).await;
    c.hello().await;
    for i in 0..5 {
        let r = c
            .send_mail(
                "a@sender.test",
                &["b@example.test"],
                format!("Subject: {i}\r\n\r\nx\r\n").as_bytes(),
            )
            .await;
        crate::common::client::queue_id(&r);
    }
    assert!(mx.wait_for(5, WAIT).await);
    assert_eq!(
        mx.connections(),
        1,
        "each message opened its own connection"
    );
    assert_eq!(mx.transactions_on(1), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_destination_concurrency_limit_holds_under_load() {
    let w = World::start(
        vec![mx_zone("example.test", 2)],
        "max_connections_per_destination = 3\n",
        "",
    )
    .await;
    // A slow MX, so that connections pile up if the limit does not hold.
    let opts = SinkOpts {
        data_reply: Some(Arc::new(|_| {
            std::thread::sleep(Duration::from_millis(20));
            (250, "2.0.0 ok".into())
        })),
        ..Default::default()
    };
    let mx = w.sink(2, opts).await;
    let mut clients = Vec::new();
    for s in 0..8 {
        let addr = w.relay.addr;
        clients.push(tokio::spawn(async move {
            let mut c = crate::common::client::Client::connect(addr).await;
            c.hello().await;
            for i in 0..5 {
                let body = format!("Subject: {s}-{i}\r\n\r\nx\r\n");
                crate::common::client::queue_id(
                    &c.send_mail("a@sender.test", &["b@example.test"], body.as_bytes())
                        .await,
                );
            }
        }));
    }
    for c in clients {
        c.await.unwrap();
    }
    assert!(
        mx.wait_for(40, Duration::from_secs(30)).await,
        "only {} arrived",
        mx.messages().len()
    );
    assert!(
        mx.max_concurrent() <= 3,
        "{} concurrent connections",
        mx.max_concurrent()
    );
    assert!(
        mx.max_concurrent() >= 2,
        "load never used more than one connection"
    );
}
