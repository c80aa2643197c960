//! `phirelay dns check` against the in-process DNS server: a domain whose
//! records are right, one whose records are wrong, and one with none; each
//! finding named, with its fix, and the exit status.

use std::os::unix::fs::PermissionsExt;

use phirelay::config::DkimAlgorithm;

use crate::common::binary;
use crate::common::dns::{TestDns, Zone};

fn key(dir: &std::path::Path, name: &str) -> (std::path::PathBuf, String) {
    let (pem, txt) = phirelay::dkim::generate(DkimAlgorithm::Ed25519).unwrap();
    let path = dir.join(format!("{name}.pem"));
    std::fs::write(&path, pem).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    (path, txt)
}

fn dkim_key(domain: &str, path: &std::path::Path) -> String {
    format!(
        "[[dkim.key]]\ndomain = \"{domain}\"\nselector = \"s1\"\nalgorithm = \"ed25519\"\nprivate_key = \"{}\"\n",
        path.display()
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dns_check_explains_right_wrong_and_missing_records() {
    let dir = tempfile::tempdir().unwrap();
    let (good_key, good_txt) = key(dir.path(), "good");
    let (bad_key, _) = key(dir.path(), "bad");
    let (_, other_txt) = key(dir.path(), "other");
    let (none_key, _) = key(dir.path(), "none");
    let dns = TestDns::start(vec![
        Zone::new("good.test")
            .txt("good.test", "v=spf1 ip4:192.0.2.10 -all")
            .txt("s1._domainkey.good.test", &good_txt)
            .txt(
                "_dmarc.good.test",
                "v=DMARC1; p=reject; rua=mailto:d@good.test",
            )
            .txt("_mta-sts.good.test", "v=STSv1; id=20261204")
            .txt("_smtp._tls.good.test", "v=TLSRPTv1; rua=mailto:t@good.test"),
        Zone::new("bad.test")
            .txt("bad.test", "v=spf1 ip4:198.51.100.7 -all")
            .txt("s1._domainkey.bad.test", &other_txt)
            .txt("_dmarc.bad.test", "v=DMARC1; rua=mailto:d@bad.test"),
        Zone::new("none.test").a("none.test", "192.0.2.99".parse().unwrap()),
        // A record that tries to write a terminal escape and a new line.
        Zone::new("esc.test").txt("esc.test", "v=spf1 \u{1b}[2J\nfake: ok -all"),
    ])
    .await;
    let extra = format!(
        "[dns]\nnameservers = [\"{}\"]\ntimeout_secs = 2\ndnssec = false\n\n{}\n{}\n{}",
        dns.addr,
        dkim_key("good.test", &good_key),
        dkim_key("bad.test", &bad_key),
        dkim_key("none.test", &none_key),
    );
    let cfg = binary::write_config(dir.path(), 1, &binary::sqlite_store(dir.path()), &extra);
    let check =
        |domain: &str| binary::run_verb(&cfg, &["dns", "check", domain, "--ip", "192.0.2.10"]);

    let (code, out) = check("good.test");
    assert_eq!(code, 0, "{out}");
    for line in [
        "SPF      ok",
        "authorises 192.0.2.10",
        "DKIM     ok",
        "s1._domainkey.good.test matches",
        "DMARC    ok",
        "MTA-STS  ok",
        "TLS-RPT  ok",
    ] {
        assert!(out.contains(line), "{line:?} in\n{out}");
    }

    let (code, out) = check("bad.test");
    assert_eq!(code, 1, "{out}");
    for line in [
        "SPF      wrong",
        "gives fail for 192.0.2.10",
        "fix: add ip4:192.0.2.10",
        "DKIM     wrong",
        "publishes another key",
        "DMARC    wrong",
        "no valid p= tag",
        "MTA-STS  advice",
        "TLS-RPT  advice",
    ] {
        assert!(out.contains(line), "{line:?} in\n{out}");
    }

    let (code, out) = check("none.test");
    assert_eq!(code, 1, "{out}");
    for line in [
        "SPF      missing",
        "fix: publish TXT none.test \"v=spf1 ip4:192.0.2.10 -all\"",
        "DKIM     missing",
        "fix: publish TXT s1._domainkey.none.test \"v=DKIM1; k=ed25519; p=",
        "DMARC    missing",
        "fix: publish TXT _dmarc.none.test",
    ] {
        assert!(out.contains(line), "{line:?} in\n{out}");
    }

    // Record text from DNS is printed without its control characters.
    let (_, out) = check("esc.test");
    assert!(out.contains("v=spf1 ?[2J?fake: ok -all"), "{out}");
    assert!(!out.contains('\u{1b}'), "{out}");

    // check-config --connect compares every configured DKIM key the same way.
    let migrated = binary::bin()
        .args(["migrate", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(migrated.status.success());
    let (code, out) = binary::run_verb(&cfg, &["check-config", "--connect"]);
    assert_eq!(code, 1, "{out}");
    for line in [
        "dkim good.test: ok (s1._domainkey.good.test matches",
        "dkim bad.test: FAILED: s1._domainkey.bad.test publishes another key",
        "dkim none.test: FAILED: s1._domainkey.none.test has no DKIM key record",
    ] {
        assert!(out.contains(line), "{line:?} in\n{out}");
    }

    // The same as JSON, one object per finding.
    let (_, out) = binary::run_verb(&cfg, &["dns", "check", "none.test", "--json"]);
    let findings: serde_json::Value = serde_json::from_str(&out).unwrap();
    let spf = &findings.as_array().unwrap()[0];
    assert_eq!(
        (spf["check"].as_str(), spf["status"].as_str()),
        (Some("SPF"), Some("missing"))
    );
}

/// check-config --connect asks the resolver for the root zone: validated is
/// ok; a resolver whose root does not validate, or one that does not answer,
/// fails with the fix (DANE would otherwise silently never apply).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_config_connect_checks_that_the_resolver_speaks_dnssec() {
    let dir = tempfile::tempdir().unwrap();
    let signed = TestDns::start(vec![]).await;
    let unsigned = TestDns::start(vec![Zone::new(".")]).await;
    let anchor = dir.path().join("root.key");
    signed.write_trust_anchor_file(&anchor);
    let dead = std::net::SocketAddr::from(([127, 0, 0, 1], binary::free_port()));
    let store = binary::sqlite_store(dir.path());
    let with = |server: std::net::SocketAddr, name: &str| {
        let sub = dir.path().join(name);
        std::fs::create_dir_all(&sub).unwrap();
        let extra = format!(
            "[dns]\nnameservers = [\"{server}\"]\ntimeout_secs = 1\ntrust_anchor_file = \"{}\"\n",
            anchor.display()
        );
        binary::write_config(&sub, 1, &store, &extra)
    };
    let ok_cfg = with(signed.addr, "signed");
    let migrated = binary::bin()
        .args(["migrate", "--config"])
        .arg(&ok_cfg)
        .output()
        .unwrap();
    assert!(migrated.status.success());
    let (code, out) = binary::run_verb(&ok_cfg, &["check-config", "--connect"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("the root zone validates"), "{out}");

    let (code, out) = binary::run_verb(
        &with(unsigned.addr, "unsigned"),
        &["check-config", "--connect"],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("dns: FAILED:") && out.contains("the root zone does not validate"),
        "{out}"
    );
    assert!(out.contains("fix: point dns.nameservers"), "{out}");

    let (code, out) = binary::run_verb(&with(dead, "dead"), &["check-config", "--connect"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("do not answer"), "{out}");
}
