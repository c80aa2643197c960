//! The store suite: every test runs against SQLite and against a real PostgreSQL
//! cluster (tests/it/common/pg.rs).

use phirelay::audit::{AuditEvent, EventType};
use phirelay::cli::verify_chain;
use phirelay::store::{RecipientState, Store};

use crate::common::stores::{Backend, TestStore};

/// Generate `<name>_sqlite` and `<name>_postgres` tests from `async fn name(Backend)`.
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { super::$name(super::Backend::Sqlite).await })*
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { super::$name(super::Backend::Postgres).await })*
        }
    };
}

both_backends!(
    accept_roundtrip,
    concurrent_writers_keep_one_linear_chain,
    audit_is_append_only,
    tampered_row_is_named_by_verify,
    removed_tail_row_is_detected,
    closed_store_fails_closed,
    outcome_applies_only_under_its_own_lease,
    a_stale_outcome_fails_alone_in_a_batch,
    an_older_claim_of_the_same_node_cannot_send,
    head_moved_back_is_refused_and_detected,
);

/// The head only moves forward, onto the last row (a trigger refuses the rest);
/// and if the owner forces it back anyway, verify reads past it to the last row.
async fn head_moved_back_is_refused_and_detected(b: Backend) {
    let t = TestStore::open(b).await;
    for i in 0..3 {
        t.store
            .accept(t.message(&format!("H{i}"), 1, b"x"))
            .await
            .unwrap();
    }
    let pool = t.store.pool();
    let back =
        "UPDATE audit_head SET seq = 2, hash = (SELECT hash FROM audit_events WHERE seq = 2)";
    let e = sqlx::query(back).execute(pool).await.unwrap_err();
    assert!(e.to_string().contains("audit chain"), "{e}");
    let forged = "INSERT INTO audit_events (seq, at_us, node, event, actor, details, prev_hash, hash) \
         SELECT 9, 0, 'n', 'received', 'x', '{}', hash, hash FROM audit_events WHERE seq = 3";
    let e = sqlx::query(forged).execute(pool).await.unwrap_err();
    assert!(e.to_string().contains("audit chain"), "{e}");
    match b {
        Backend::Sqlite => {
            sqlx::query("DROP TRIGGER audit_head_forward")
                .execute(pool)
                .await
                .unwrap();
            sqlx::query(back).execute(pool).await.unwrap();
        }
        Backend::Postgres => {
            let mut tx = pool.begin().await.unwrap();
            for sql in ["ALTER TABLE audit_head DISABLE TRIGGER USER", back] {
                sqlx::query(sql).execute(&mut *tx).await.unwrap();
            }
            sqlx::query("ALTER TABLE audit_head ENABLE TRIGGER USER")
                .execute(&mut *tx)
                .await
                .unwrap();
            tx.commit().await.unwrap();
        }
    }
    let broken = verify_chain(&t.store).await.unwrap().unwrap_err();
    assert_eq!(broken.seq, 3, "{broken}");
    assert!(broken.to_string().contains("moved back"), "{broken}");
}

/// A worker whose lease ran out (and was taken by another owner) cannot write
/// its result over the newer state; nor can anyone move a final recipient.
async fn outcome_applies_only_under_its_own_lease(b: Backend) {
    use phirelay::store::{Outcome, RecipientUpdate, StoreError};
    let t = TestStore::open(b).await;
    let mut m = t.message("L1", 1, b"Subject: x\r\n\r\nbody\r\n");
    m.lease = Some(("node-a:new".into(), phirelay::util::now_us() + 60_000_000));
    t.store.accept(m).await.unwrap();
    let outcome = |owner: &str, state| Outcome {
        message_id: "L1".into(),
        updates: vec![RecipientUpdate {
            idx: 0,
            state,
            due_at_us: 0,
            attempted: true,
            last_code: Some(250),
            last_reply: Some("250 ok".into()),
            only_if_idle: false,
            only_if_held: false,
        }],
        events: vec![
            AuditEvent::new(EventType::Delivered, "queue:test", serde_json::json!({}))
                .message("L1"),
        ],
        new_messages: Vec::new(),
        lease_owner: Some(owner.to_string()),
        rebind: None,
    };
    let stale = t
        .store
        .record_outcome(outcome("node-a:old", RecipientState::Delivered))
        .await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    assert_eq!(
        t.store.recipients("L1").await.unwrap()[0].state,
        RecipientState::Queued
    );
    t.store
        .record_outcome(outcome("node-a:new", RecipientState::Bounced))
        .await
        .unwrap();
    // Final now: even the owner cannot move it back.
    let again = t
        .store
        .record_outcome(outcome("node-a:new", RecipientState::Delivered))
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    assert_eq!(
        t.store.recipients("L1").await.unwrap()[0].state,
        RecipientState::Bounced
    );
}

/// Results committed together (one multi-row update): a stale one among them
/// fails on its own, and every other lands with its events, chain intact.
async fn a_stale_outcome_fails_alone_in_a_batch(b: Backend) {
    use phirelay::store::{Outcome, RecipientUpdate, StoreError};
    let t = TestStore::open(b).await;
    let until = phirelay::util::now_us() + 60_000_000;
    for i in 0..12 {
        let mut m = t.message(&format!("B{i}"), 2, b"Subject: x\r\n\r\nbody\r\n");
        m.lease = Some(("node-a:new".into(), until));
        t.store.accept(m).await.unwrap();
    }
    let outcome = |i: usize| {
        let owner = if i == 7 { "node-a:old" } else { "node-a:new" };
        Outcome {
            message_id: format!("B{i}"),
            updates: (0..2)
                .map(|idx| RecipientUpdate {
                    idx,
                    state: RecipientState::Delivered,
                    due_at_us: 0,
                    attempted: true,
                    last_code: Some(250),
                    last_reply: Some("250 ok".into()),
                    only_if_idle: false,
                    only_if_held: false,
                })
                .collect(),
            events: vec![
                AuditEvent::new(EventType::Delivered, "queue:test", serde_json::json!({}))
                    .message(format!("B{i}")),
            ],
            new_messages: Vec::new(),
            lease_owner: Some(owner.to_string()),
            rebind: None,
        }
    };
    // Sent at once, so the committer takes them as one batch.
    let tasks: Vec<_> = (0..12)
        .map(|i| {
            let store = t.store.clone();
            let o = outcome(i);
            tokio::spawn(async move { store.record_outcome(o).await })
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.unwrap());
    }
    for (i, r) in results.iter().enumerate() {
        if i == 7 {
            assert!(matches!(r, Err(StoreError::Conflict(_))), "{r:?}");
        } else {
            assert!(r.is_ok(), "B{i}: {r:?}");
        }
    }
    for i in 0..12 {
        let want = if i == 7 {
            RecipientState::Queued
        } else {
            RecipientState::Delivered
        };
        for r in t.store.recipients(&format!("B{i}")).await.unwrap() {
            assert_eq!(r.state, want, "B{i}");
        }
    }
    verify_chain(&t.store).await.unwrap().unwrap();
}

/// Each claim names its own lease (`node:incarnation#n`): when a node claims
/// recipients again after its lease ran out, the copy from the older claim can
/// neither renew nor record a result, so it is never sent twice.
async fn an_older_claim_of_the_same_node_cannot_send(b: Backend) {
    use phirelay::store::{Outcome, RecipientUpdate, StoreError};
    let t = TestStore::open(b).await;
    let now = phirelay::util::now_us();
    let mut m = t.message("C1", 1, b"Subject: x\r\n\r\nbody\r\n");
    m.lease = Some(("node-a:run#1".into(), now - 1));
    t.store.accept(m).await.unwrap();
    let later = phirelay::util::now_us() + 1;
    let claimed = t
        .store
        .claim_due("node-a:run#2", later, later + 60_000_000, 10)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1, "the expired lease is claimed again");
    let renew = |owner: &'static str| t.store.renew_lease("C1", &[0], owner, now + 120_000_000);
    assert!(
        !renew("node-a:run#1").await.unwrap(),
        "the older claim renewed"
    );
    assert!(renew("node-a:run#2").await.unwrap());
    let outcome = |owner: &str| Outcome {
        message_id: "C1".into(),
        updates: vec![RecipientUpdate {
            idx: 0,
            state: RecipientState::Delivered,
            due_at_us: 0,
            attempted: true,
            last_code: Some(250),
            last_reply: None,
            only_if_idle: false,
            only_if_held: false,
        }],
        events: Vec::new(),
        new_messages: Vec::new(),
        lease_owner: Some(owner.to_string()),
        rebind: None,
    };
    let stale = t.store.record_outcome(outcome("node-a:run#1")).await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    t.store
        .record_outcome(outcome("node-a:run#2"))
        .await
        .unwrap();
}

async fn accept_roundtrip(b: Backend) {
    let t = TestStore::open(b).await;
    let body = "Subject: x\r\n\r\nGrüße\r\n".as_bytes();
    t.store.accept(t.message("M1", 2, body)).await.unwrap();

    let m = t.store.message("M1").await.unwrap().expect("message row");
    assert_eq!(m.mail_from, "sender@example.org");
    assert_eq!(m.body_type, "8bitmime");
    assert!(m.requiretls && !m.smtputf8);
    assert_eq!(m.dsn_envid.as_deref(), Some("env-1"));
    assert_eq!(m.node, "node-a");

    let r = t.store.recipients("M1").await.unwrap();
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].address, "r0@Example.NET");
    assert_eq!(r[0].domain, "example.net");
    assert_eq!(r[0].notify.as_deref(), Some("success,failure"));
    assert_eq!(r[1].state, RecipientState::Queued);

    let sealed = t.store.sealed_content("M1").await.unwrap().unwrap();
    assert_eq!(sealed.key_id, t.keys.current_id());
    assert!(!sealed.ciphertext.windows(5).any(|w| w == b"Gr\xc3\xbc\xc3"));
    assert_eq!(t.keys.open("M1", &sealed).unwrap(), body);

    let events = t.store.audit_for_message("M1").await.unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].event, "received");
    let v = verify_chain(&t.store).await.unwrap().unwrap();
    assert_eq!(v.count, 1);

    // A duplicate id fails alone; it does not take its batch neighbours down.
    let dup = t.store.accept(t.message("M1", 1, b"again"));
    let fresh = t.store.accept(t.message("M2", 1, b"new"));
    let (dup, fresh) = tokio::join!(dup, fresh);
    assert!(dup.is_err());
    fresh.unwrap();
    assert_eq!(t.store.message_ids().await.unwrap(), vec!["M1", "M2"]);
    assert_eq!(verify_chain(&t.store).await.unwrap().unwrap().count, 2);
}

async fn concurrent_writers_keep_one_linear_chain(b: Backend) {
    let a = TestStore::open_node(b, "node-a").await;
    // A second node on the same database (PostgreSQL: another relay; SQLite: a
    // second process's store on the same file).
    let other = Store::open(&a.cfg, "node-b").await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..120 {
        let store = if i % 2 == 0 {
            a.store.clone()
        } else {
            other.clone()
        };
        let msg = a.message(&format!("C{i:03}"), 1, b"x");
        tasks.push(tokio::spawn(async move {
            store.accept(msg).await.unwrap();
            store
                .audit(AuditEvent::new(
                    EventType::Rejected,
                    "smtp:127.0.0.2",
                    serde_json::json!({"code": 554}),
                ))
                .await
                .unwrap();
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let v = verify_chain(&a.store).await.unwrap().unwrap();
    assert_eq!(v.count, 240);
    let rows = a.store.audit_page(0, 1000).await.unwrap();
    let nodes: std::collections::HashSet<_> = rows.iter().map(|r| r.node.as_str()).collect();
    assert_eq!(nodes.len(), 2, "both nodes wrote");
    assert!(
        rows.windows(2)
            .all(|w| w[1].seq == w[0].seq + 1 && w[1].prev_hash == w[0].hash)
    );
}

async fn audit_is_append_only(b: Backend) {
    let t = TestStore::open(b).await;
    t.store.accept(t.message("A1", 1, b"x")).await.unwrap();
    let pool = t.store.pool();
    let upd = sqlx::query("UPDATE audit_events SET actor = 'x' WHERE seq = 1")
        .execute(pool)
        .await;
    assert!(upd.is_err(), "UPDATE on audit_events succeeded");
    assert!(upd.unwrap_err().to_string().contains("append-only"));
    let del = sqlx::query("DELETE FROM audit_events WHERE seq = 1")
        .execute(pool)
        .await;
    assert!(del.unwrap_err().to_string().contains("append-only"));
    if b == Backend::Postgres {
        let tr = sqlx::query("TRUNCATE audit_events").execute(pool).await;
        assert!(tr.unwrap_err().to_string().contains("append-only"));
    }
    assert_eq!(verify_chain(&t.store).await.unwrap().unwrap().count, 1);
}

/// The table owner disables the trigger and edits a row: verify names that row.
pub(crate) async fn tamper(t: &TestStore, b: Backend, sql: &'static str) {
    let pool = t.store.pool();
    match b {
        Backend::Sqlite => {
            sqlx::query("DROP TRIGGER audit_events_no_update")
                .execute(pool)
                .await
                .unwrap();
            sqlx::query("DROP TRIGGER audit_events_no_delete")
                .execute(pool)
                .await
                .unwrap();
            sqlx::query(sql).execute(pool).await.unwrap();
        }
        Backend::Postgres => {
            let mut tx = pool.begin().await.unwrap();
            sqlx::query("ALTER TABLE audit_events DISABLE TRIGGER USER")
                .execute(&mut *tx)
                .await
                .unwrap();
            sqlx::query(sql).execute(&mut *tx).await.unwrap();
            sqlx::query("ALTER TABLE audit_events ENABLE TRIGGER USER")
                .execute(&mut *tx)
                .await
                .unwrap();
            tx.commit().await.unwrap();
        }
    }
}

async fn tampered_row_is_named_by_verify(b: Backend) {
    let t = TestStore::open(b).await;
    for i in 0..5 {
        t.store
            .accept(t.message(&format!("T{i}"), 1, b"x"))
            .await
            .unwrap();
    }
    tamper(
        &t,
        b,
        "UPDATE audit_events SET details = '{\"size\":9999}' WHERE seq = 3",
    )
    .await;
    let broken = verify_chain(&t.store).await.unwrap().unwrap_err();
    assert_eq!(broken.seq, 3, "{broken}");
    assert!(broken.to_string().contains("seq=3"));
}

async fn removed_tail_row_is_detected(b: Backend) {
    let t = TestStore::open(b).await;
    for i in 0..3 {
        t.store
            .accept(t.message(&format!("R{i}"), 1, b"x"))
            .await
            .unwrap();
    }
    tamper(&t, b, "DELETE FROM audit_events WHERE seq = 3").await;
    let broken = verify_chain(&t.store).await.unwrap().unwrap_err();
    assert_eq!(broken.seq, 3, "{broken}");
}

async fn closed_store_fails_closed(b: Backend) {
    let t = TestStore::open(b).await;
    t.store.close().await;
    assert!(t.store.accept(t.message("F1", 1, b"x")).await.is_err());
}

/// The committer does not ping its connection before each commit (one round
/// trip less per batch). A connection that died meanwhile (a PostgreSQL
/// restart, a failover, an admin's `pg_terminate_backend`) fails its batch,
/// which is retried on a fresh connection: the write still commits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_committer_connection_costs_no_write_postgres() {
    let t = TestStore::open(Backend::Postgres).await;
    t.store.accept(t.message("D1", 1, b"x")).await.unwrap();
    let db = crate::common::pg::PgCluster::db_of(&t.cfg.url);
    crate::common::pg::PgCluster::shared().psql_ok(
        "postgres",
        &format!(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
             WHERE datname = '{db}' AND pid <> pg_backend_pid()"
        ),
    );
    t.store.accept(t.message("D2", 1, b"y")).await.unwrap();
    assert!(t.store.message("D2").await.unwrap().is_some());
    assert!(verify_chain(&t.store).await.unwrap().is_ok());
}
