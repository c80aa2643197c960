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
    assert_eq!(kinds, ["received", "attempt", "delivered"]);
    let attempt = &events[1].2;
    assert_eq!(attempt["mx"], "mx.example.test");
    assert_eq!(attempt["ip"], "127.0.0.2");
    assert_eq!(attempt["results"][0]["code"], 250);
    assert!(attempt["duration_ms"].is_u64());
    assert_eq!(events[2].1.as_deref(), Some("b@example.test"));
    let v = phirelay::cli::verify_chain(&w.relay.store)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(v.count, 3);
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
        ["received", "attempt", "deferred", "attempt", "delivered"]
    );
    let r = w.relay.store.recipients(&id).await.unwrap();
    assert_eq!(r[0].attempts, 2);
}
