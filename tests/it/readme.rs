//! README command 1, as a user runs it: the example config from the repository
//! (with a loopback route added),
//! started in an empty directory (its paths are relative to the working directory),
//! answered by a third-party client (Python's smtplib) with 250 and a queue id.
//! It listens on the example's fixed 127.0.0.1:2525, so nothing else may use it.

use std::process::Command;

use crate::common::binary::RunningRelay;

#[test]
fn example_config_runs_and_accepts_from_smtplib() {
    let cwd = tempfile::tempdir().unwrap();
    // The example config as shipped, plus one route that keeps the delivery of the
    // test message on loopback (tests never reach the Internet or its DNS).
    let example = std::fs::read_to_string("config/phirelay.toml").unwrap();
    let config = cwd.path().join("phirelay.toml");
    // Its relative paths (./var) are from the working dir; nothing else from the
    // repository is needed (the consumer-domains list is built in).
    std::fs::write(
        &config,
        format!("{example}\n{}", crate::common::binary::LOOPBACK_ROUTE),
    )
    .unwrap();
    let log = cwd.path().join("relay.log");
    let mut cmd = crate::common::binary::bin();
    cmd.current_dir(cwd.path());
    let relay = RunningRelay::start_with(cmd, &config, 2525, &log);

    // First start made the data dir, the database and a 0600 master key.
    use std::os::unix::fs::PermissionsExt;
    let key = cwd.path().join("var/master.key");
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert!(cwd.path().join("var/phirelay.db").exists());
    let logs = std::fs::read_to_string(&log).unwrap();
    assert!(logs.contains("created a new master key"), "{logs}");

    let script = r#"
import smtplib
s = smtplib.SMTP("127.0.0.1", 2525, timeout=10)
code, _ = s.ehlo("readme.test")
assert code == 250
s.mail("app@example.org")
s.rcpt("patient@example.net")
code, msg = s.data(b"Subject: hello\r\n\r\nfrom the README\r\n")
print(code, msg.decode())
s.quit()
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("250 2.0.0 Ok: queued as "), "{stdout}");
    assert_eq!(relay.terminate(), Some(0));
}
