//! A private PostgreSQL 15 cluster for the tests: one per test process, Unix socket only.
//!
//! `PgCluster::shared()` runs `initdb` into a fresh temp dir on first use, starts the server with
//! `pg_ctl` (no TCP: `listen_addresses=''`, the socket lives in the temp dir, `trust` auth for local
//! connections, `fsync=on` because the store's durability is under test), and hands out one fresh
//! database per test with `fresh_database()`, so tests never see each other's rows.
//!
//! Who runs it: `initdb` and `postgres` refuse to run as root. When the tests run as root (CI images,
//! this dev box) the server binaries run as the `postgres` system user, or `nobody` if there is none,
//! and the temp dir is chowned to that user; otherwise they run as the test user.
//!
//! Cleanup does not rely on destructors (a `static` is never dropped, and a killed test runs no code):
//! a watchdog shell, started as the cluster user before the server, blocks reading a pipe whose only
//! writer is this process. When the test process ends in any way the kernel closes the pipe, the
//! watchdog reads EOF, runs `pg_ctl -m immediate stop` and removes the temp dir. (A pipe rather than
//! `kill -0 <pid>` polling: the unprivileged watchdog gets EPERM from `kill -0` on a root process,
//! and a pipe cannot be fooled by PID reuse.)
//!
//! URLs: sqlx 0.9 reads a `host=` query parameter that starts with `/` as the socket directory
//! (sqlx-postgres `options/parse.rs`), so a database URL looks like
//! `postgres://postgres@localhost/t0001?host=/tmp/phirelay-pg-XXXX&port=NNNNN&sslmode=disable`.

use std::fs::{self, OpenOptions};
use std::io::Write as _;
use std::net::TcpListener;
use std::os::unix::fs::chown;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{ChildStdin, Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;

use sqlx::{Connection as _, PgConnection};

const BIN: &str = "/usr/lib/postgresql/15/bin";
/// How long `pg_ctl start -w` may wait for the server to accept connections.
const START_TIMEOUT_SECS: &str = "20";
/// The bootstrap superuser `initdb -U` creates.
const SUPERUSER: &str = "postgres";

/// One running cluster; see the module docs.
pub struct PgCluster {
    /// Temp dir holding `data/`, `server.log` and the socket `.s.PGSQL.<port>`.
    dir: PathBuf,
    port: u16,
    next_db: AtomicU32,
    /// Never written: its close at process exit is the watchdog's signal to clean up.
    _watchdog: ChildStdin,
}

/// The OS account the server runs as: `None` means "as this process".
#[derive(Clone, Copy)]
struct RunAs(Option<(u32, u32)>);

impl PgCluster {
    /// The cluster for this test process, started on first use. This blocks the calling thread
    /// for about 0.6 s (2 cores), also inside async tests, once per test binary.
    pub fn shared() -> &'static PgCluster {
        static CLUSTER: OnceLock<PgCluster> = OnceLock::new();
        CLUSTER.get_or_init(PgCluster::start)
    }

    /// Creates an empty database with a new name and returns its superuser URL.
    pub async fn fresh_database(&self) -> String {
        let name = format!("t{:04}", self.next_db.fetch_add(1, Ordering::Relaxed));
        let mut conn = PgConnection::connect(&self.url("postgres"))
            .await
            .unwrap_or_else(|e| panic!("connect to test cluster at {}: {e}", self.dir.display()));
        let sql = format!("CREATE DATABASE \"{name}\"");
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut conn)
            .await
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        conn.close().await.ok();
        self.url(&name)
    }

    /// URL of database `db` as the superuser `postgres`.
    /// The database name in a URL this cluster handed out.
    pub fn db_of(url: &str) -> String {
        let path = url.split('?').next().unwrap_or(url);
        path.rsplit('/').next().unwrap_or("").to_string()
    }

    pub fn url(&self, db: &str) -> String {
        self.admin_url(db, SUPERUSER)
    }

    /// URL of database `db` as role `user` (local connections are `trust`: no password needed).
    pub fn admin_url(&self, db: &str, user: &str) -> String {
        format!(
            "postgres://{}@localhost/{}?host={}&port={}&sslmode=disable",
            encode(user),
            encode(db),
            encode(&self.dir.to_string_lossy()),
            self.port
        )
    }

    /// Directory holding the server's Unix socket (`.s.PGSQL.<port>`).
    pub fn socket_dir(&self) -> &Path {
        &self.dir
    }

    /// The port number: with no TCP listener it only names the socket file.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs `sql` as a psql script in `db` as the superuser. See `psql_as`.
    pub fn psql(&self, db: &str, sql: &str) -> Output {
        self.psql_as(db, SUPERUSER, sql)
    }

    /// Runs `sql` as a psql script in `db` as `role`, stopping at the first error
    /// (`ON_ERROR_STOP=1`: a failed statement gives a non-zero exit status). Output is unaligned
    /// tuples only (`-At`), so `select count(*) ...` prints just the number.
    pub fn psql_as(&self, db: &str, role: &str, sql: &str) -> Output {
        let versioned = Path::new(BIN).join("psql");
        let psql = if versioned.exists() {
            versioned
        } else {
            PathBuf::from("/usr/bin/psql")
        };
        let mut child = Command::new(&psql)
            .args(["--no-psqlrc", "--quiet", "--no-align", "--tuples-only"])
            .args(["-v", "ON_ERROR_STOP=1", "-f", "-"])
            .arg("-h")
            .arg(&self.dir)
            .args(["-p", &self.port.to_string(), "-U", role, "-d", db])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("spawn {}: {e}", psql.display()));
        let mut stdin = child.stdin.take().expect("psql stdin");
        stdin.write_all(sql.as_bytes()).expect("write sql to psql");
        drop(stdin);
        child.wait_with_output().expect("wait for psql")
    }

    /// `psql` that panics on failure and returns trimmed stdout.
    pub fn psql_ok(&self, db: &str, sql: &str) -> String {
        let out = self.psql(db, sql);
        assert!(
            out.status.success(),
            "psql failed ({}): {sql}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// initdb, configure, arm the watchdog, start; panics with the tools' stderr on failure.
    fn start() -> PgCluster {
        let t0 = Instant::now();
        let run_as = cluster_user();
        let dir = tempfile::Builder::new()
            .prefix("phirelay-pg-")
            .tempdir()
            .expect("create temp dir for test cluster")
            .keep();
        if let RunAs(Some((uid, gid))) = run_as {
            chown(&dir, Some(uid), Some(gid)).expect("chown cluster dir to the cluster user");
        }
        // Armed before initdb, so even a failed start leaves nothing behind.
        let watchdog = spawn_watchdog(&dir, run_as);
        let data = dir.join("data");
        let port = free_port();

        run(
            run_as,
            &dir,
            Command::new(Path::new(BIN).join("initdb"))
                .args([
                    "-A",
                    "trust",
                    "-U",
                    SUPERUSER,
                    "--no-sync",
                    "--no-instructions",
                ])
                .args(["-E", "UTF8", "--locale=C", "-D"])
                .arg(&data),
        );
        let conf = format!(
            "\n# phirelay test cluster\n\
             listen_addresses = ''\n\
             unix_socket_directories = '{}'\n\
             port = {port}\n\
             fsync = on\n\
             synchronous_commit = on\n\
             full_page_writes = on\n\
             shared_buffers = 16MB\n\
             max_connections = 200\n\
             timezone = 'UTC'\n",
            dir.display()
        );
        OpenOptions::new()
            .append(true)
            .open(data.join("postgresql.conf"))
            .and_then(|mut f| f.write_all(conf.as_bytes()))
            .expect("append to postgresql.conf");

        // `-w` polls until the server reports it accepts connections (postmaster.pid "ready").
        let log = dir.join("server.log");
        let out = output(
            run_as,
            &dir,
            Command::new(Path::new(BIN).join("pg_ctl"))
                .args(["start", "-w", "-t", START_TIMEOUT_SECS, "-D"])
                .arg(&data)
                .arg("-l")
                .arg(&log),
        );
        if !out.status.success() {
            panic!(
                "pg_ctl start failed ({}):\n{}{}\nserver.log:\n{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
                fs::read_to_string(&log).unwrap_or_default()
            );
        }
        eprintln!(
            "test PostgreSQL cluster up in {:?} at {} port {port}",
            t0.elapsed(),
            dir.display()
        );
        PgCluster {
            dir,
            port,
            next_db: AtomicU32::new(1),
            _watchdog: watchdog,
        }
    }
}

/// Starts the cleanup shell (see module docs); returns the write end of its stdin pipe.
fn spawn_watchdog(dir: &Path, run_as: RunAs) -> ChildStdin {
    const SCRIPT: &str = r#"cat >/dev/null
"$1" -D "$2/data" -m immediate -s stop >/dev/null 2>&1
rm -rf "$2""#;
    let mut cmd = Command::new("/bin/sh");
    cmd.args(["-c", SCRIPT, "phirelay-pg-watchdog"])
        .arg(Path::new(BIN).join("pg_ctl"))
        .arg(dir)
        .current_dir("/")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // Own process group: a terminal ^C that kills the tests must not kill the cleanup.
        .process_group(0);
    if let RunAs(Some((uid, gid))) = run_as {
        cmd.uid(uid).gid(gid);
    }
    #[expect(clippy::zombie_processes, reason = "outlives us by design")]
    let mut child = cmd.spawn().expect("spawn test cluster watchdog");
    child.stdin.take().expect("watchdog stdin")
}

/// Runs a server tool as the cluster user; panics with its output if it fails.
fn run(run_as: RunAs, cwd: &Path, cmd: &mut Command) {
    let out = output(run_as, cwd, cmd);
    assert!(
        out.status.success(),
        "{:?} failed ({}):\n{}{}",
        cmd.get_program(),
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn output(run_as: RunAs, cwd: &Path, cmd: &mut Command) -> Output {
    // The cluster user may not be able to enter the test's working directory.
    cmd.current_dir(cwd).env("LC_ALL", "C").stdin(Stdio::null());
    if let RunAs(Some((uid, gid))) = run_as {
        cmd.uid(uid).gid(gid);
    }
    cmd.output()
        .unwrap_or_else(|e| panic!("spawn {:?}: {e}", cmd.get_program()))
}

/// Root runs the server as `postgres` (or `nobody`); anyone else runs it as themselves.
fn cluster_user() -> RunAs {
    if effective_uid() != 0 {
        return RunAs(None);
    }
    let passwd = fs::read_to_string("/etc/passwd").unwrap_or_default();
    let lookup = |name: &str| {
        passwd.lines().find_map(|line| {
            let f: Vec<&str> = line.split(':').collect();
            if f.len() > 3 && f[0] == name {
                Some((f[2].parse().ok()?, f[3].parse().ok()?))
            } else {
                None
            }
        })
    };
    RunAs(Some(
        lookup("postgres")
            .or_else(|| lookup("nobody"))
            .unwrap_or((65534, 65534)),
    ))
}

/// The effective uid, from `/proc/self/status` (`Uid: real effective saved fs`): no libc needed.
fn effective_uid() -> u32 {
    let status = fs::read_to_string("/proc/self/status").expect("read /proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1)?.parse().ok())
        .expect("parse Uid: line of /proc/self/status")
}

/// A port number nobody holds right now; it only names the socket (which sits in our own dir).
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().expect("local_addr").port()
}

/// Percent-encodes all but unreserved characters and `/` (only the socket path has a `/`).
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
