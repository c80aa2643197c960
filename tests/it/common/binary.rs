//! The real `phirelay` binary, for tests that kill it, signal it or read its output.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_phirelay"))
}

/// Run `phirelay ARGS --config CONFIG`: its exit code (-1 if killed) and its
/// standard output and error together.
pub fn run_verb(config: &Path, args: &[&str]) -> (i32, String) {
    let out = bin()
        .args(args)
        .arg("--config")
        .arg(config)
        .output()
        .expect("run phirelay");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

/// A free loopback port (bound, then released: fine for tests on one machine).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Keeps a test relay's deliveries on loopback: every domain is routed to a
/// closed local port (connection refused, mail deferred), so no test ever asks
/// the machine's resolver or the Internet.
pub const LOOPBACK_ROUTE: &str = "[[transport.route]]\ndomain = \"*\"\nhost = \"[127.0.0.1]:1\"\n";

/// A config file for the binary in `dir`; `store` is the `[store]` body. Without
/// a `[[transport.route]]` in `extra`, [`LOOPBACK_ROUTE`] is added.
pub fn write_config(dir: &Path, port: u16, store: &str, extra: &str) -> PathBuf {
    let d = dir.display();
    let route = if extra.contains("[[transport.route]]") {
        ""
    } else {
        LOOPBACK_ROUTE
    };
    let text = format!(
        "[server]\nhostname = \"relay.test\"\ndata_dir = \"{d}/data\"\nshutdown_grace_secs = 5\n\n\
         [log]\nlevel = \"debug\"\n\n\
         [[listener]]\naddress = \"127.0.0.1:{port}\"\n\n\
         [limits]\nmin_free_disk_mb = 1\n\n[store]\n{store}\n{extra}\n{route}"
    );
    let path = dir.join("phirelay.toml");
    std::fs::write(&path, text).expect("write config");
    path
}

pub fn sqlite_store(dir: &Path) -> String {
    format!(
        "backend = \"sqlite\"\npath = \"{0}/data/phirelay.db\"\nmaster_key_file = \"{0}/data/master.key\"\n",
        dir.display()
    )
}

pub fn postgres_store(dir: &Path, url: &str) -> String {
    format!(
        "backend = \"postgres\"\nurl = \"{url}\"\ncreate_master_key = true\nmaster_key_file = \"{}/data/master.key\"\n",
        dir.display()
    )
}

pub struct RunningRelay {
    pub child: Child,
    pub addr: SocketAddr,
}

impl RunningRelay {
    /// Start `serve`, appending its log to `log`, and wait until it is ready.
    pub fn start(config: &Path, port: u16, log: &Path) -> Self {
        Self::start_with(bin(), config, port, log)
    }

    /// As [`start`](Self::start), from a prepared command (e.g. another working dir).
    pub fn start_with(mut cmd: Command, config: &Path, port: u16, log: &Path) -> Self {
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .expect("log file");
        let mut child = cmd
            .args(["serve", "--config"])
            .arg(config)
            .stdout(Stdio::piped())
            .stderr(log_file)
            .spawn()
            .expect("spawn phirelay");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.starts_with("phirelay ready") {
                    let _ = tx.send(());
                }
            }
        });
        if rx.recv_timeout(Duration::from_secs(30)).is_err() {
            let _ = child.kill();
            panic!(
                "phirelay did not become ready; log:\n{}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        Self {
            child,
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
        }
    }

    pub fn kill9(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM and wait (at most 60 s, then the test fails); returns the exit
    /// status code. The signal goes through rustix: a minimal system has no
    /// `kill` program, and a failed send must fail the test, not hang it.
    pub fn terminate(mut self) -> Option<i32> {
        let pid = rustix::process::Pid::from_child(&self.child);
        rustix::process::kill_process(pid, rustix::process::Signal::TERM)
            .expect("send SIGTERM to phirelay");
        let status = wait_with_timeout(&mut self.child, Duration::from_secs(60));
        status.code()
    }
}

/// Wait for `child` to exit, failing the test (after killing it) if it has not
/// within `limit`: no test waits for ever.
pub fn wait_with_timeout(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status,
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(50));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "phirelay (pid {}) did not exit within {limit:?}",
                    child.id()
                );
            }
        }
    }
}

impl Drop for RunningRelay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
