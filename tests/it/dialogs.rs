//! SMTP dialog fixtures (chasquid style): `tests/fixtures/dialogs/*.dialog`, each
//! run against a fresh relay. Lines:
//! - `c: TEXT`  the client sends TEXT + CRLF
//! - `c~ TEXT`  the client sends TEXT raw, with `\r`, `\n`, `\xNN` escapes
//! - `s: CODE [TEXT]`  the next reply has CODE and its first line starts with TEXT
//! - `s: closed`  the server has closed the connection
//! - `! SECTION: TOML`  config for the relay (`relay` or `limits`), before any dialog
//! - `#` comments

use crate::common::client::Client;
use crate::common::relay::{RelayOpts, TestRelay};

fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            match b[i + 1] {
                b'r' => out.push(b'\r'),
                b'n' => out.push(b'\n'),
                b'\\' => out.push(b'\\'),
                b'x' => {
                    let hex = std::str::from_utf8(&b[i + 2..i + 4]).unwrap();
                    out.push(u8::from_str_radix(hex, 16).unwrap());
                    i += 2;
                }
                other => panic!("unknown escape \\{}", other as char),
            }
            i += 2;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

async fn run_dialog(path: &std::path::Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut opts = RelayOpts::default();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("! relay: ") {
            opts.relay = Some(format!("{rest}\n"));
        } else if let Some(rest) = line.strip_prefix("! limits: ") {
            opts.limits.push_str(&format!("{rest}\n"));
        }
    }
    let relay = TestRelay::with(opts).await;
    let mut c = Client::connect(relay.addr).await;
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    for (n, line) in text.lines().enumerate() {
        let at = format!("{name}:{}", n + 1);
        if let Some(cmd) = line.strip_prefix("c: ") {
            c.line(cmd).await;
        } else if let Some(raw) = line.strip_prefix("c~ ") {
            c.send(&unescape(raw)).await;
        } else if line == "s: closed" {
            assert!(c.closed().await, "{at}: connection still open");
        } else if let Some(want) = line.strip_prefix("s: ") {
            let r = c
                .try_reply()
                .await
                .unwrap_or_else(|| panic!("{at}: connection closed"));
            let (code, prefix) = want.split_once(' ').unwrap_or((want, ""));
            assert_eq!(r.code.to_string(), code, "{at}: {r:?}");
            assert!(
                r.lines[0].starts_with(prefix),
                "{at}: want {prefix:?}, got {r:?}"
            );
        }
    }
}

#[tokio::test]
async fn dialog_fixtures() {
    let mut files: Vec<_> = std::fs::read_dir("tests/fixtures/dialogs")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "dialog"))
        .collect();
    files.sort();
    assert!(files.len() >= 8);
    for f in files {
        run_dialog(&f).await;
    }
}
