//! The audit verbs as an officer runs them, on both backends: a checkpoint
//! catches a tail that the table owner deleted and re-chained (also when the
//! stored checkpoint is deleted with it, from the officer's own copy); an altered
//! row is named; a forged checkpoint is refused; an incremental verify; an export
//! with its trailer.

use std::path::{Path, PathBuf};

use phirelay::audit::{AuditEvent, Chain, EventType};
use phirelay::store::{MasterKeys, Store};

use crate::common::binary::{postgres_store, run_verb, sqlite_store, write_config};
use crate::common::pg::PgCluster;
use crate::common::stores::new_message;

fn run(config: &Path, args: &[&str]) -> (i32, String) {
    run_verb(config, args)
}

/// What the table owner can do that the relay role cannot: SQL run with every
/// trigger out of the way.
enum Owner {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Owner {
    async fn exec(&self, sql: &str) {
        match self {
            Owner::Sqlite(db) => {
                use sqlx::Connection;
                let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
                    .await
                    .unwrap();
                let all = format!(
                    "DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete; \
                     DROP TRIGGER IF EXISTS audit_events_extend; DROP TRIGGER IF EXISTS audit_head_forward; {sql}"
                );
                sqlx::raw_sql(sqlx::AssertSqlSafe(all))
                    .execute(&mut c)
                    .await
                    .unwrap();
            }
            Owner::Postgres(db) => {
                let all = format!(
                    "ALTER TABLE audit_events DISABLE TRIGGER ALL; ALTER TABLE audit_head DISABLE TRIGGER ALL; \
                     {sql}; ALTER TABLE audit_events ENABLE TRIGGER ALL; ALTER TABLE audit_head ENABLE TRIGGER ALL;"
                );
                PgCluster::shared().psql_ok(db, &all);
            }
        }
    }

    fn blob(&self, b: &[u8]) -> String {
        match self {
            Owner::Sqlite(_) => format!("X'{}'", hex::encode(b)),
            Owner::Postgres(_) => format!("decode('{}', 'hex')", hex::encode(b)),
        }
    }
}

struct Log {
    config: PathBuf,
    store: Store,
    keys: MasterKeys,
    owner: Owner,
    _dir: tempfile::TempDir,
}

async fn log_with(n: usize, postgres: bool) -> Log {
    let dir = tempfile::tempdir().unwrap();
    let (store_toml, owner) = if postgres {
        let url = PgCluster::shared().fresh_database().await;
        let db = PgCluster::db_of(&url);
        (postgres_store(dir.path(), &url), Owner::Postgres(db))
    } else {
        (
            sqlite_store(dir.path()),
            Owner::Sqlite(dir.path().join("data/phirelay.db")),
        )
    };
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    let config = write_config(dir.path(), 1, &store_toml, "");
    let cfg = phirelay::config::load(&config).unwrap();
    let (keys, _) = MasterKeys::load_or_create(&cfg.store.master_key_file, &[], true).unwrap();
    let store = Store::open(&cfg.store, "node-a").await.unwrap();
    for i in 0..n {
        store
            .accept(new_message(&keys, &format!("M{i}"), 1, b"x"))
            .await
            .unwrap();
    }
    Log {
        config,
        store,
        keys,
        owner,
        _dir: dir,
    }
}

/// Delete the rows after `keep` and write `n` new ones that extend the chain
/// properly, then move the head: what only the table owner can do.
async fn rewrite_tail(log: &Log, keep: i64, n: usize) {
    let rows = log.store.audit_page(keep - 1, 1).await.unwrap();
    let mut chain = Chain::at(keep, rows[0].hash.clone());
    let mut sql = format!("DELETE FROM audit_events WHERE seq > {keep};");
    for i in 0..n {
        let ev = AuditEvent::new(
            EventType::Received,
            "smtp:127.0.0.1",
            serde_json::json!({ "forged": i }),
        );
        let r = chain.append("node-a", &ev);
        sql += &format!(
            "INSERT INTO audit_events (seq, at_us, node, event, message_id, recipient, actor, details, prev_hash, hash) \
             VALUES ({}, {}, 'node-a', 'received', NULL, NULL, 'smtp:127.0.0.1', '{}', {}, {});",
            r.seq,
            r.at_us,
            r.details,
            log.owner.blob(&r.prev_hash),
            log.owner.blob(&r.hash)
        );
    }
    sql += &format!(
        "UPDATE audit_head SET seq = {}, hash = {} WHERE id = 1",
        chain.seq,
        log.owner.blob(&chain.hash)
    );
    log.owner.exec(&sql).await;
}

async fn rechained_tail_is_caught(postgres: bool) {
    let log = log_with(5, postgres).await;
    let dir = tempfile::tempdir().unwrap();
    let cp_file = dir.path().join("checkpoint.json");
    let (code, out) = run(
        &log.config,
        &["audit", "checkpoint", "--out", cp_file.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{out}");
    let cp: serde_json::Value = serde_json::from_slice(&std::fs::read(&cp_file).unwrap()).unwrap();
    assert_eq!(cp["seq"], 5);
    let public_key = cp["public_key"].as_str().unwrap().to_string();
    for i in 5..7 {
        log.store
            .accept(new_message(&log.keys, &format!("M{i}"), 1, b"x"))
            .await
            .unwrap();
    }
    let (code, out) = run(&log.config, &["audit", "verify"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("audit chain ok: 7 events") && out.contains("checkpoints matched: 1"),
        "{out}"
    );
    let (code, out) = run(
        &log.config,
        &["audit", "verify", "--from", "last-checkpoint"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("audit chain ok: 2 events") && out.contains("checked from seq 6"),
        "{out}"
    );

    // Rows 4.. deleted and re-chained: the chain alone holds, the checkpoint does not.
    rewrite_tail(&log, 3, 5).await;
    let (code, out) = run(&log.config, &["audit", "verify"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("seq=5") && out.contains("signed checkpoint"),
        "{out}"
    );
    // The owner removes the stored checkpoint too: the officer's copy still catches it.
    log.owner.exec("DELETE FROM audit_checkpoints").await;
    let (code, out) = run(&log.config, &["audit", "verify"]);
    assert_eq!(
        code, 0,
        "without a checkpoint a re-chained tail passes: {out}"
    );
    let cp_arg = cp_file.to_str().unwrap();
    let (code, out) = run(
        &log.config,
        &[
            "audit",
            "verify",
            "--checkpoint",
            cp_arg,
            "--public-key",
            &public_key,
        ],
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("seq=5"), "{out}");

    // A checkpoint "signed" by anyone else is refused, not trusted.
    let mut forged = cp.clone();
    forged["seq"] = serde_json::json!(4);
    let forged_file = dir.path().join("forged.json");
    std::fs::write(&forged_file, forged.to_string()).unwrap();
    let (code, out) = run(
        &log.config,
        &[
            "audit",
            "verify",
            "--checkpoint",
            forged_file.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("signature does not verify"), "{out}");
    log.store.close().await;
}

async fn altered_row_is_named(postgres: bool) {
    let log = log_with(4, postgres).await;
    log.owner
        .exec("UPDATE audit_events SET actor = 'smtp:10.9.9.9' WHERE seq = 2")
        .await;
    let (code, out) = run(&log.config, &["audit", "verify"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("audit row seq=2 is broken: hash does not match the row's contents"),
        "{out}"
    );
    let (code, out) = run(&log.config, &["audit", "verify", "--from", "3"]);
    assert_eq!(code, 0, "rows before --from are not rechecked: {out}");
    log.store.close().await;
}

async fn export_has_a_trailer(postgres: bool) {
    let log = log_with(3, postgres).await;
    let today = phirelay::util::utc_day(phirelay::util::now_us());
    let dir = tempfile::tempdir().unwrap();
    for (format, name) in [("jsonl", "a.jsonl"), ("csv", "a.csv")] {
        let file = dir.path().join(name);
        let (code, out) = run(
            &log.config,
            &[
                "audit",
                "export",
                "--from",
                &today,
                "--to",
                &today,
                "--format",
                format,
                "--out",
                file.to_str().unwrap(),
            ],
        );
        assert_eq!(code, 0, "{out}");
        let text = std::fs::read_to_string(&file).unwrap();
        let last = text.lines().last().unwrap().replace("\"\"", "\"");
        assert!(
            last.contains("phirelay-audit-export-v1") && last.contains("\"head_seq\":3"),
            "{last}"
        );
        let lines = text.lines().count();
        assert_eq!(lines, if format == "csv" { 5 } else { 4 }, "{text}");
    }
    let (code, out) = run(
        &log.config,
        &["audit", "export", "--from", "2026-02-30", "--to", &today],
    );
    assert_eq!(code, 2, "{out}");
    let (code, out) = run(
        &log.config,
        &["audit", "export", "--from", &today, "--to", "2001-01-01"],
    );
    assert_eq!(code, 2, "{out}");
    // A day with nothing in it: only the trailer.
    let (code, out) = run(
        &log.config,
        &[
            "audit",
            "export",
            "--from",
            "2001-01-01",
            "--to",
            "2001-01-01",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.trim().starts_with("{\"body_sha256\"") && out.contains("\"rows\":0"),
        "{out}"
    );
    log.store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rechained_tail_is_caught_by_a_checkpoint_on_sqlite() {
    rechained_tail_is_caught(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rechained_tail_is_caught_by_a_checkpoint_on_postgres() {
    rechained_tail_is_caught(true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_altered_row_is_named_on_sqlite() {
    altered_row_is_named(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_altered_row_is_named_on_postgres() {
    altered_row_is_named(true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_streams_rows_and_a_trailer_on_sqlite() {
    export_has_a_trailer(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_streams_rows_and_a_trailer_on_postgres() {
    export_has_a_trailer(true).await;
}

/// Nothing to sign in an empty log: a checkpoint of "row 0" would break every
/// later verify, so none is made.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_log_gets_no_checkpoint() {
    let log = log_with(0, false).await;
    let (code, out) = run(&log.config, &["audit", "checkpoint"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("empty"), "{out}");
    log.store
        .accept(new_message(&log.keys, "M0", 1, b"x"))
        .await
        .unwrap();
    let (code, out) = run(&log.config, &["audit", "checkpoint"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = run(&log.config, &["audit", "verify"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = run(&log.config, &["audit", "policy", "--version", "zz%"]);
    assert_eq!(code, 2, "{out}");
    log.store.close().await;
}

/// PostgreSQL: a log written before the audit table was partitioned moves into
/// monthly partitions on upgrade, chain intact; new rows land in their month's
/// partition; a seq cannot be used twice; the relay role may make partitions
/// only through the owner's function.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_audit_table_is_partitioned_by_month_on_postgres() {
    let pg = PgCluster::shared();
    let url = pg.fresh_database().await;
    let db = PgCluster::db_of(&url);
    // The schema as round two's portal left it (migrations 1 to 7).
    let old = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("migrations/postgres").unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.as_str() < "0008" {
            std::fs::copy(&p, old.path().join(&name)).unwrap();
        }
    }
    {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
        sqlx::migrate::Migrator::new(old.path())
            .await
            .unwrap()
            .run(&mut c)
            .await
            .unwrap();
    }
    // Three rows of last year, written as that relay wrote them.
    let mut chain = Chain::genesis();
    let mut sql = String::new();
    for i in 0..3 {
        let mut ev = AuditEvent::new(
            EventType::Received,
            "smtp:127.0.0.1",
            serde_json::json!({ "old": i }),
        );
        ev.at_us = 1_733_000_000_000_000 + i; // 2024-11-30
        let r = chain.append("node-a", &ev);
        sql += &format!(
            "INSERT INTO audit_events (seq, at_us, node, event, actor, details, prev_hash, hash) \
             VALUES ({}, {}, 'node-a', 'received', 'smtp:127.0.0.1', '{}', decode('{}', 'hex'), decode('{}', 'hex'));",
            r.seq,
            r.at_us,
            r.details,
            hex::encode(&r.prev_hash),
            hex::encode(&r.hash)
        );
    }
    sql += &format!(
        "UPDATE audit_head SET seq = 3, hash = decode('{}', 'hex') WHERE id = 1;",
        hex::encode(&chain.hash)
    );
    pg.psql_ok(&db, &sql);

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    let config = write_config(dir.path(), 1, &postgres_store(dir.path(), &url), "");
    let (code, out) = run(&config, &["migrate"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = run(&config, &["audit", "verify"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("audit chain ok: 3 events"), "{out}");
    let count = |table: &str| {
        pg.psql_ok(&db, &format!("SELECT count(*) FROM {table}"))
            .trim()
            .to_string()
    };
    assert_eq!(
        count("audit_events_2024_11"),
        "3",
        "old rows in their month"
    );
    assert_eq!(count("audit_events_default"), "0");

    let cfg = phirelay::config::load(&config).unwrap();
    let (keys, _) = MasterKeys::load_or_create(&cfg.store.master_key_file, &[], true).unwrap();
    let store = Store::open(&cfg.store, "node-a").await.unwrap();
    store.ensure_audit_partitions().await.unwrap();
    store
        .accept(new_message(&keys, "N1", 1, b"x"))
        .await
        .unwrap();
    let month = phirelay::util::utc_day(phirelay::util::now_us())[..7].replace('-', "_");
    assert_eq!(
        count(&format!("audit_events_{month}")),
        "1",
        "a new row in this month's partition"
    );
    assert_eq!(count("audit_events_default"), "0");
    // A second row 4 is refused by the database itself.
    let dup = pg.psql(
        &db,
        "INSERT INTO audit_events SELECT seq, at_us + 1, node, event, message_id, recipient, actor, \
         details, prev_hash, hash FROM audit_events WHERE seq = 4",
    );
    assert!(!dup.status.success());
    assert!(String::from_utf8_lossy(&dup.stderr).contains("exists already"));
    // The rows of one INSERT are checked together (migration 14): a break in
    // the middle of a statement, or a seq used twice in it, is still refused
    // and named; two rows that extend the chain pass the check (rolled back:
    // the head would no longer be the last row).
    let two_rows = |second_prev: &str, second_seq: &str| {
        format!(
            "BEGIN; INSERT INTO audit_events \
             SELECT seq + 1, at_us + 1, node, event, message_id, recipient, actor, details, hash, '\\x01'::bytea \
               FROM audit_events WHERE seq = 4 \
             UNION ALL \
             SELECT {second_seq}, at_us + 2, node, event, message_id, recipient, actor, details, {second_prev}::bytea, '\\x02'::bytea \
               FROM audit_events WHERE seq = 4; ROLLBACK;"
        )
    };
    let broken = pg.psql(&db, &two_rows("'\\x03'", "seq + 2"));
    assert!(!broken.status.success());
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(err.contains("row 6 does not extend row 5"), "{err}");
    let twice = pg.psql(&db, &two_rows("'\\x01'", "seq + 1"));
    assert!(!twice.status.success());
    assert!(String::from_utf8_lossy(&twice.stderr).contains("row 5 exists already"));
    let linked = pg.psql(&db, &two_rows("'\\x01'", "seq + 2"));
    assert!(
        linked.status.success(),
        "{}",
        String::from_utf8_lossy(&linked.stderr)
    );
    store.close().await;

    // The owner archives the oldest month: the whole chain no longer verifies
    // from row 1, the rest does from its first row (docs/postgres.md).
    pg.psql_ok(
        &db,
        "ALTER TABLE audit_events DETACH PARTITION audit_events_2024_11",
    );
    let (code, out) = run(&config, &["audit", "verify"]);
    assert_eq!(code, 1, "{out}");
    let (code, out) = run(&config, &["audit", "verify", "--from", "4"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("rows up to seq 3 are not in the database"),
        "{out}"
    );
}
