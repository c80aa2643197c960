//! The CLI verbs, run as the real binary: check-config against the bad-config
//! fixtures, migrate, audit verify (good and tampered), hash-password, --version,
//! and the PostgreSQL role separation of deploy/postgres-roles.sql.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use phirelay::store::Store;

use crate::common::binary::{self, bin};
use crate::common::pg::PgCluster;
use crate::common::stores::{Backend, TestStore, new_message, store_config};
use crate::store_suite::tamper;

#[test]
fn version() {
    let out = bin().arg("--version").output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("phirelay {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn example_config_checks_ok() {
    let out = bin()
        .args(["check-config", "--config", "config/phirelay.toml"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(": ok"));
}

/// Every `tests/fixtures/configs/bad/*/phirelay.toml` fails with exit 2 and prints
/// each line of its `expected-error` (file, key and fix).
#[test]
fn bad_configs_name_file_key_and_fix() {
    let root = Path::new("tests/fixtures/configs/bad");
    // git keeps no read bits: make the "readable key" case readable whatever the umask.
    use std::os::unix::fs::PermissionsExt;
    let key = root.join("10-readable-master-key/master.key");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut cases: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 10);
    for case in cases {
        let cfg = case.join("phirelay.toml");
        let out = bin()
            .arg("check-config")
            .arg("--config")
            .arg(&cfg)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{}: {stderr}", case.display());
        assert!(
            stderr.contains(&cfg.display().to_string()),
            "{}: file not named: {stderr}",
            case.display()
        );
        let expected = std::fs::read_to_string(case.join("expected-error")).unwrap();
        for line in expected.lines().filter(|l| !l.is_empty()) {
            assert!(
                stderr.contains(line),
                "{}: expected {line:?} in:\n{stderr}",
                case.display()
            );
        }
    }
}

#[test]
fn hash_password_makes_a_usable_argon2_hash() {
    let mut child = bin()
        .arg("hash-password")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"correct horse\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let hash = String::from_utf8(out.stdout).unwrap();
    assert!(hash.starts_with("$argon2id$"));
    assert!(phirelay::smtp::hash_password("x").is_ok());
    assert!(phirelay::config::load(Path::new("config/phirelay.toml")).is_ok());
    let phc = argon2::PasswordHash::new(hash.trim()).unwrap();
    use argon2::PasswordVerifier;
    assert!(
        argon2::Argon2::default()
            .verify_password(b"correct horse", &phc)
            .is_ok()
    );
}

#[test]
fn migrate_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = binary::write_config(dir.path(), 1, &binary::sqlite_store(dir.path()), "");
    let first = bin()
        .arg("migrate")
        .arg("--config")
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        String::from_utf8_lossy(&first.stdout)
            .contains("applied migrations: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]")
    );
    let again = bin()
        .arg("migrate")
        .arg("--config")
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&again.stdout).contains("schema up to date"));
}

async fn verify_cli(backend: Backend) {
    let t = TestStore::open(backend).await;
    for i in 0..4 {
        t.store
            .accept(t.message(&format!("V{i}"), 1, b"x"))
            .await
            .unwrap();
    }
    let store_text = match backend {
        Backend::Sqlite => format!(
            "backend = \"sqlite\"\npath = \"{0}/phirelay.db\"\nmaster_key_file = \"{0}/master.key\"\n",
            t.dir.path().display()
        ),
        Backend::Postgres => binary::postgres_store(t.dir.path(), &t.cfg.url),
    };
    let cfg = binary::write_config(t.dir.path(), 1, &store_text, "");
    let run = || {
        bin()
            .args(["audit", "verify", "--config"])
            .arg(&cfg)
            .output()
            .unwrap()
    };
    let run_json = || {
        let out = bin()
            .args(["audit", "verify", "--json", "--config"])
            .arg(&cfg)
            .output()
            .unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
        (out.status.code(), doc)
    };
    let (code, doc) = run_json();
    assert_eq!(code, Some(0), "{doc}");
    assert_eq!(doc["ok"], true, "{doc}");
    assert_eq!(doc["chain"]["events"], 4, "{doc}");
    assert_eq!(doc["chain"]["head_hash"].as_str().map(str::len), Some(64));
    let ok = run();
    let stdout = String::from_utf8_lossy(&ok.stdout).to_string();
    assert!(
        ok.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(
        stdout.contains("audit chain ok: 4 events, head seq 4 hash "),
        "{stdout}"
    );

    tamper(
        &t,
        backend,
        "UPDATE audit_events SET actor = 'cli:mallory' WHERE seq = 2",
    )
    .await;
    let bad = run();
    let stdout = String::from_utf8_lossy(&bad.stdout);
    assert_eq!(bad.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("seq=2"), "{stdout}");
    let (code, doc) = run_json();
    assert_eq!(code, Some(1), "{doc}");
    assert_eq!(doc["ok"], false, "{doc}");
    assert_eq!(doc["broken"]["seq"], 2, "{doc}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_verify_cli_sqlite() {
    verify_cli(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_verify_cli_postgres() {
    verify_cli(Backend::Postgres).await;
}

/// deploy/postgres-roles.sql + `migrate` as the owner: the relay role may insert
/// and read audit rows but never change or remove them; compliance only reads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_roles_separate_duties() {
    let pg = PgCluster::shared();
    let script = std::fs::read_to_string("deploy/postgres-roles.sql").unwrap();
    let out = pg.psql("postgres", &script);
    assert!(
        out.status.success(),
        "roles script: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let dir = tempfile::tempdir().unwrap();
    let relay_url = pg.admin_url("phirelay", "phirelay_relay");
    let cfg = binary::write_config(
        dir.path(),
        1,
        &binary::postgres_store(dir.path(), &relay_url),
        "",
    );
    let m = bin()
        .args(["migrate", "--config"])
        .arg(&cfg)
        .args([
            "--database-url",
            &pg.admin_url("phirelay", "phirelay_owner"),
        ])
        .output()
        .unwrap();
    assert!(
        m.status.success(),
        "migrate: {}",
        String::from_utf8_lossy(&m.stderr)
    );

    // The daemon's role: accepts mail (message, content, recipients, audit).
    let scfg = store_config(Backend::Postgres, &dir, Some(relay_url));
    let (keys, _) =
        phirelay::store::MasterKeys::load_or_create(&scfg.master_key_file, &[], true).unwrap();
    let store = Store::open(&scfg, "node-a").await.unwrap();
    store
        .accept(new_message(&keys, "P1", 1, b"x"))
        .await
        .unwrap();
    for sql in [
        "UPDATE audit_events SET actor = 'x'",
        "DELETE FROM audit_events",
        "TRUNCATE audit_events",
        "DROP TABLE audit_events",
        "ALTER TABLE audit_events DISABLE TRIGGER USER",
    ] {
        let out = pg.psql_as("phirelay", "phirelay_relay", sql);
        assert!(!out.status.success(), "relay role could run: {sql}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("permission denied") || err.contains("must be owner"),
            "{sql}: {err}"
        );
    }
    // Nor can it move the chain head back or append a row that does not extend
    // the chain (triggers it cannot drop).
    for sql in [
        "UPDATE audit_head SET seq = 0, hash = decode(repeat('00', 32), 'hex')",
        "INSERT INTO audit_events (seq, at_us, node, event, actor, details, prev_hash, hash) \
         VALUES (7, 0, 'n', 'received', 'x', '{}', '\\x00', '\\x00')",
    ] {
        let out = pg.psql_as("phirelay", "phirelay_relay", sql);
        assert!(!out.status.success(), "relay role could run: {sql}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("audit chain"), "{sql}: {err}");
    }
    // Compliance reads the log and the views, nothing else.
    let read = pg.psql_as(
        "phirelay",
        "phirelay_compliance",
        "SELECT count(*) FROM audit_log",
    );
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&read.stdout).trim(), "1");
    for view in [
        "audit_events",
        "message_timeline",
        "recipient_protection",
        "phi_unverified",
        "portal_access",
        "admin_actions",
        "daily_summary",
        "daily_rejects",
        "policy_versions",
        "policy_runs",
        "audit_checkpoints",
    ] {
        let sql = format!("SELECT count(*) FROM {view}");
        let out = pg.psql_as("phirelay", "phirelay_compliance", &sql);
        assert!(
            out.status.success(),
            "compliance cannot read {view}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for sql in [
        "SELECT ciphertext FROM message_content",
        "SELECT * FROM message_content",
        "SELECT passphrase_hash FROM messages",
        "SELECT token_hash FROM pickups",
        "SELECT * FROM portal_sessions",
        "INSERT INTO audit_head VALUES (2, 0, '')",
        "UPDATE recipients SET state = 'delivered'",
        "INSERT INTO audit_events (seq, at_us, node, event, actor, details, prev_hash, hash) \
         VALUES (2, 0, 'n', 'received', 'x', '{}', '\\x00', '\\x00')",
        "INSERT INTO audit_checkpoints VALUES (1, '\\x00', 0, 'n', '\\x00', '\\x00')",
        "INSERT INTO policy_versions VALUES ('x', '{}', 0)",
        "DELETE FROM audit_checkpoints",
        "UPDATE policy_runs SET ended_at_us = 0",
    ] {
        let out = pg.psql_as("phirelay", "phirelay_compliance", sql);
        assert!(!out.status.success(), "compliance role could run: {sql}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("permission denied"), "{sql}: {err}");
    }
    let v = phirelay::cli::verify_chain(&store).await.unwrap().unwrap();
    assert_eq!(v.count, 1);
    store.close().await;
    // A compliance officer can run the verifier with their own read-only role.
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_phirelay"))
        .args(["audit", "verify", "--config"])
        .arg(&cfg)
        .args([
            "--database-url",
            &pg.admin_url("phirelay", "phirelay_compliance"),
        ])
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("audit chain ok: 1 events"), "{stdout}");
    compliance_reads_with_only_a_database_url(&pg.admin_url("phirelay", "phirelay_compliance"));
}

/// The read-only verbs run as the compliance role from a config file that has
/// only `[store]` with the database URL: no keys, no data dir, no listener.
fn compliance_reads_with_only_a_database_url(url: &str) {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("compliance.toml");
    std::fs::write(
        &cfg,
        format!("[store]\nbackend = \"postgres\"\nurl = \"{url}\"\n"),
    )
    .unwrap();
    let today = phirelay::util::utc_day(phirelay::util::now_us());
    let month = &today[..7];
    let (code, list) = binary::run_verb(&cfg, &["queue", "list", "--json"]);
    assert_eq!(code, 0, "{list}");
    let id = list
        .lines()
        .find_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .and_then(|v| v["queue_id"].as_str().map(String::from))
        .unwrap_or_else(|| panic!("no queued message listed: {list}"));
    let out_file = dir.path().join("report.html");
    let out_path = out_file.to_string_lossy().to_string();
    for verb in [
        vec!["queue", "show", id.as_str(), "--json"],
        vec!["queue", "summary", "--json"],
        vec!["audit", "verify", "--json"],
        vec!["audit", "reconcile", "--day", &today, "--json"],
        vec!["audit", "policy", "--json"],
        vec!["audit", "export", "--from", &today, "--to", &today],
        vec!["stats", "--since", "1d", "--json"],
        vec!["report", "--month", month, "--out", &out_path],
    ] {
        let (code, out) = binary::run_verb(&cfg, &verb);
        assert_eq!(code, 0, "{verb:?} as compliance: {out}");
        assert!(!out.contains("permission denied"), "{verb:?}: {out}");
    }
}

/// A database that refuses the connection is named with the reason at once,
/// not after a pool timeout ("pool timed out" said neither where nor why).
#[test]
fn an_unreachable_database_is_named_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let port = binary::free_port();
    let cfg = binary::write_config(
        dir.path(),
        1,
        &format!(
            "backend = \"postgres\"\nurl = \"postgres://phirelay:secret@127.0.0.1:{port}/phirelay\"\n"
        ),
        "",
    );
    let started = std::time::Instant::now();
    let out = bin()
        .args(["queue", "list", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "cannot connect to postgres://phirelay:***@127.0.0.1:{port}/phirelay"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("Connection refused"), "{stderr}");
    assert!(
        !stderr.contains("secret"),
        "the password stays out: {stderr}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(8));
}

/// A port someone else holds: `serve` says so and how to find them.
#[test]
fn a_port_in_use_is_explained() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let cfg = binary::write_config(dir.path(), port, &binary::sqlite_store(dir.path()), "");
    let mut child = bin()
        .args(["serve", "--config"])
        .arg(&cfg)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let status = binary::wait_with_timeout(&mut child, std::time::Duration::from_secs(20));
    let mut stderr = String::new();
    use std::io::Read;
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(!status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("cannot listen on 127.0.0.1:{port}")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("ss -ltnp 'sport = :{port}'")),
        "{stderr}"
    );
    drop(taken);
}

/// `config show` prints every key in effect, secrets masked, as a config that
/// loads again; `--defaults` the built-in ones; a bad file is refused as
/// check-config refuses it.
#[test]
fn config_show_prints_what_is_in_effect() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = binary::write_config(
        dir.path(),
        2525,
        &binary::postgres_store(dir.path(), "postgres://relay:hunter2@127.0.0.1/phirelay"),
        // A duration string is shown in the key's unit.
        "[queue]\nmax_lifetime_secs = \"1h\"\n",
    );
    let json = bin()
        .args(["config", "show", "--json", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["queue"]["max_lifetime_secs"], 3600);
    assert_eq!(doc["queue"]["held_lifetime_secs"], 2_592_000);
    assert!(!String::from_utf8_lossy(&json.stdout).contains("hunter2"));
    let out = bin()
        .args(["config", "show", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        shown.contains("max_lifetime_secs = 3600"),
        "the file's value"
    );
    assert!(
        shown.contains("held_lifetime_secs = 2592000"),
        "a default filled in"
    );
    assert!(!shown.contains("hunter2"), "the password is masked");
    assert!(
        shown.contains("postgres://relay:***@127.0.0.1/phirelay"),
        "{shown}"
    );
    let again = dir.path().join("shown.toml");
    std::fs::write(
        &again,
        shown.replace(
            "(set; not shown)",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
        ),
    )
    .unwrap();
    let check = bin()
        .args(["check-config", "--config"])
        .arg(&again)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let d = bin()
        .args(["config", "show", "--defaults"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&d.stdout).contains("max_lifetime_secs = 432000"));
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[queue]\nmax_lifetime = 1\n").unwrap();
    let out = bin()
        .args(["config", "show", "--config"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// `check-config --connect`: the database answers at the current schema and
/// the served certificate has days left; one that expires within
/// `--min-days`, or a database that does not answer, fails with exit code 1.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_config_connect_checks_the_store_and_certificates() {
    use crate::common::certs::{self_signed, self_signed_for_days};
    let dir = tempfile::tempdir().unwrap();
    // The resolver check asks the test server's signed root, never the Internet.
    let dns = crate::common::dns::TestDns::start(vec![]).await;
    let anchor = dir.path().join("root.key");
    dns.write_trust_anchor_file(&anchor);
    let dns_section = format!(
        "[dns]\nnameservers = [\"{}\"]\ntimeout_secs = 1\ntrust_anchor_file = \"{}\"\n",
        dns.addr,
        anchor.display()
    );
    let (long_cert, long_key) = self_signed(&["relay.test"]).write_files(dir.path(), "long");
    let (short_cert, short_key) =
        self_signed_for_days(&["relay.test"], 3).write_files(dir.path(), "short");
    let tls = |c: &std::path::Path, k: &std::path::Path| {
        format!(
            "[tls]\ncert = \"{}\"\nkey = \"{}\"\n{dns_section}",
            c.display(),
            k.display()
        )
    };
    let cfg = binary::write_config(
        dir.path(),
        1,
        &binary::sqlite_store(dir.path()),
        &tls(&long_cert, &long_key),
    );
    // The store must exist: migrate makes it.
    assert!(
        bin()
            .args(["migrate", "--config"])
            .arg(&cfg)
            .output()
            .unwrap()
            .status
            .success()
    );
    let (code, out) = binary::run_verb(&cfg, &["check-config", "--connect"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("store: ok") && out.contains("tls.cert") && out.contains("days)"),
        "{out}"
    );
    assert!(
        out.contains("answer with DNSSEC; the root zone validates"),
        "{out}"
    );

    let short = binary::write_config(
        dir.path(),
        1,
        &binary::sqlite_store(dir.path()),
        &tls(&short_cert, &short_key),
    );
    let (code, out) = binary::run_verb(&short, &["check-config", "--connect"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("FAILED: expires") && out.contains("fix: renew it"),
        "{out}"
    );
    let (code, out) = binary::run_verb(&short, &["check-config", "--connect", "--min-days", "1"]);
    assert_eq!(code, 0, "{out}");

    let port = binary::free_port();
    let down = binary::write_config(
        dir.path(),
        1,
        &format!(
            "backend = \"postgres\"\nurl = \"postgres://relay@127.0.0.1:{port}/phirelay\"\ncreate_master_key = true\nmaster_key_file = \"{}/data/master.key\"\n",
            dir.path().display()
        ),
        &dns_section,
    );
    let (code, out) = binary::run_verb(&down, &["check-config", "--connect"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("store: FAILED: cannot connect to"), "{out}");
    // Without --connect nothing is contacted.
    let (code, out) = binary::run_verb(&down, &["check-config"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn dkim_show_record_matches_keygen_and_speaks_json() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    let made = bin()
        .args([
            "dkim",
            "keygen",
            "--domain",
            "clinic.test",
            "--selector",
            "s1",
        ])
        .args(["--algo", "ed25519", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let out = bin()
        .args(["dkim", "show-record", "--json", "--domain", "clinic.test"])
        .args(["--selector", "s1"])
        .arg(&key)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["name"], "s1._domainkey.clinic.test.");
    let record = doc["record"].as_str().unwrap_or_default();
    assert!(record.starts_with("v=DKIM1; k=ed25519; p="), "{record}");
    let p = record.rsplit("p=").next().unwrap_or_default();
    assert!(
        String::from_utf8_lossy(&made.stdout).contains(p),
        "keygen printed another key"
    );
}
