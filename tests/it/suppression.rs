//! `[suppression]` (docs/delivery.md#suppression): an address that hard-bounced
//! twice is refused at RCPT (550 5.1.1, audited) until an administrator lifts
//! it with `suppression remove` (audited too). Case does not get around it.

use std::sync::Arc;
use std::time::Duration;

use phirelay::store::RecipientState;
use sqlx::Row;

use crate::common::binary::run_verb;
use crate::common::client::Client;
use crate::common::delivery::{World, mx_zone};
use crate::common::sink::SinkOpts;

const WAIT: Duration = Duration::from_secs(20);

async fn count(w: &World, sql: &str) -> i64 {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(w.relay.store.pool())
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap()
}

/// RCPT `to` in a fresh transaction: the reply code.
async fn rcpt(w: &World, to: &str) -> u16 {
    let mut c = Client::connect(w.relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<dr@clinic.test>", 250).await;
    c.line(&format!("RCPT TO:<{to}>")).await;
    let r = c.reply().await;
    if r.code == 550 {
        assert!(r.text().contains("5.1.1"), "{}", r.text());
        assert!(
            !r.text()
                .to_ascii_lowercase()
                .contains(&to.to_ascii_lowercase())
        );
    }
    r.code
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_hard_bounces_suppress_an_address_on_sqlite() {
    suppressed_until_lifted(None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_hard_bounces_suppress_an_address_on_postgres() {
    let url = crate::common::pg::PgCluster::shared()
        .fresh_database()
        .await;
    let dir = tempfile::tempdir().unwrap();
    let store = format!(
        "backend = \"postgres\"\nurl = \"{url}\"\ncreate_master_key = true\nmaster_key_file = \"{}/master.key\"\n",
        dir.path().display()
    );
    suppressed_until_lifted(Some(store)).await;
}

async fn suppressed_until_lifted(store: Option<String>) {
    let w = World::start_on(
        vec![mx_zone("far.test", 2)],
        "[suppression]\nenabled = true\nhard_bounces = 2\nwindow_secs = \"7d\"\n",
        store,
    )
    .await;
    let opts = SinkOpts {
        rcpt_reply: Some(Arc::new(|addr: &str| {
            if addr.starts_with("gone@") {
                (550, "5.1.1 no such user".into())
            } else {
                (250, "2.1.5 ok".into())
            }
        })),
        ..Default::default()
    };
    let _mx = w.sink(2, opts).await;
    for i in 0..2 {
        let body = format!("Subject: reminder {i}\r\n\r\nYour appointment.\r\n");
        let id = w
            .send("dr@clinic.test", &["gone@far.test"], body.as_bytes())
            .await;
        assert_eq!(w.wait_final(&id, WAIT).await, vec![RecipientState::Bounced]);
    }
    assert_eq!(
        count(
            &w,
            "SELECT count(*) FROM hard_bounces WHERE address = 'gone@far.test'"
        )
        .await,
        2,
        "each hard bounce is recorded with its event"
    );
    // The relay refreshes every 30 s; the test does not wait for it.
    w.relay.suppressions.refresh(&w.relay.store).await;
    assert_eq!(rcpt(&w, "gone@far.test").await, 550);
    assert_eq!(rcpt(&w, "GONE@Far.Test").await, 550, "case gets around it");
    assert_eq!(rcpt(&w, "other@far.test").await, 250);
    assert_eq!(
        count(
            &w,
            "SELECT count(*) FROM audit_events WHERE event = 'rejected' \
             AND lower(recipient) = 'gone@far.test' AND details LIKE '%\"suppressed\"%'"
        )
        .await,
        2,
        "each refusal is audited"
    );

    let cfg = w.relay.dir.path().join("phirelay.toml");
    let (code, out) = run_verb(&cfg, &["suppression", "list", "--json"]);
    assert_eq!(code, 0, "{out}");
    let doc: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(doc["enabled"], true, "{out}");
    assert_eq!(doc["addresses"][0]["address"], "gone@far.test", "{out}");
    assert_eq!(doc["addresses"][0]["hard_bounces"], 2, "{out}");
    let (code, out) = run_verb(
        &cfg,
        &["suppression", "remove", "gone@far.test", "--reason", ""],
    );
    assert_eq!(code, 2, "{out}");
    let (code, out) = run_verb(
        &cfg,
        &[
            "suppression",
            "remove",
            "Gone@far.test",
            "--reason",
            "patient confirmed the address",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        count(
            &w,
            "SELECT count(*) FROM audit_events WHERE event = 'admin' \
             AND recipient = 'gone@far.test' AND details LIKE '%\"unsuppress\"%'"
        )
        .await,
        1
    );
    let (code, out) = run_verb(
        &cfg,
        &[
            "suppression",
            "remove",
            "gone@far.test",
            "--reason",
            "again",
        ],
    );
    assert_eq!(code, 1, "nothing left to remove: {out}");
    w.relay.suppressions.refresh(&w.relay.store).await;
    assert_eq!(rcpt(&w, "gone@far.test").await, 250);
}

/// Off (the default), hard bounces are still recorded (for `stats` and for
/// turning it on later) but nothing is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn off_by_default_nothing_is_refused() {
    let w = World::start(vec![mx_zone("far.test", 2)], "", "").await;
    let opts = SinkOpts {
        rcpt_reply: Some(Arc::new(|_: &str| (550, "5.1.1 no such user".into()))),
        ..Default::default()
    };
    let _mx = w.sink(2, opts).await;
    for _ in 0..3 {
        let id = w
            .send(
                "dr@clinic.test",
                &["gone@far.test"],
                b"Subject: x\r\n\r\ny\r\n",
            )
            .await;
        assert_eq!(w.wait_final(&id, WAIT).await, vec![RecipientState::Bounced]);
    }
    w.relay.suppressions.refresh(&w.relay.store).await;
    assert_eq!(rcpt(&w, "gone@far.test").await, 250);
    let cfg = w.relay.dir.path().join("phirelay.toml");
    let (code, out) = run_verb(&cfg, &["suppression", "list"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("[suppression] is off") && out.contains("gone@far.test"),
        "{out}"
    );
}
