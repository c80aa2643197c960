//! `[dns] trust_anchor_file` with DS records (the form IANA publishes): the
//! relay fetches the root's DNSKEY set, trusts the key whose digest matches,
//! and validates through it; a DS that matches no key stops the start instead
//! of running with weaker validation.

use std::time::Duration;

use hickory_proto::dnssec::rdata::DNSKEY;
use hickory_proto::dnssec::{DigestType, PublicKey as _};
use hickory_proto::rr::Name;
use phirelay::config::DnsConfig;
use phirelay::dns::{Dns, DnsSetupError};

use crate::common::dns::{TestDns, Zone};

fn root_ds_line(dns: &TestDns, digest_type: u8) -> String {
    let key = DNSKEY::from_key(&dns.trust_anchor("."));
    let digest = key
        .to_digest(&Name::root(), DigestType::from(digest_type))
        .unwrap();
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02X}")).collect();
    let tag = key.calculate_key_tag().unwrap();
    let alg = u8::from(key.public_key().algorithm());
    format!(". 172800 IN DS {tag} {alg} {digest_type} {hex} ; test root\n")
}

fn cfg(dns: &TestDns, path: &std::path::Path) -> DnsConfig {
    DnsConfig {
        nameservers: vec![dns.addr],
        timeout: Duration::from_secs(2),
        dnssec: true,
        trust_anchor_file: Some(path.to_path_buf()),
    }
}

#[tokio::test]
async fn ds_anchor_validates_through_the_matching_root_key() {
    let signed = Zone::new("example.test.")
        .mx("example.test.", 10, "mx1.example.test.")
        .signed();
    let dns = TestDns::start(vec![signed]).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("root-anchors.txt");
    std::fs::write(&path, root_ds_line(&dns, 2)).unwrap();
    let resolver = Dns::new(&cfg(&dns, &path))
        .await
        .expect("DS anchor accepted");
    let mx = resolver.mx("example.test").await.expect("MX");
    assert!(mx.secure, "validated through the DS-matched root key");
}

#[tokio::test]
async fn ds_anchor_matching_no_key_stops_the_start() {
    let dns = TestDns::start(vec![Zone::new("example.test.").signed()]).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("root-anchors.txt");
    // A real-looking DS for some other key (IANA's 2017 KSK digest).
    std::fs::write(
        &path,
        ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n",
    )
    .unwrap();
    let err = Dns::new(&cfg(&dns, &path)).await.err().expect("refused");
    assert!(matches!(err, DnsSetupError::TrustAnchor { .. }), "{err}");
    let text = err.to_string();
    assert!(text.contains("20326") && text.contains("matches"), "{text}");
}

#[test]
fn check_config_takes_ds_and_refuses_sha1() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(
        &good,
        ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n",
    )
    .unwrap();
    assert!(phirelay::dns::AnchorFile::read(&good).is_ok());
    let sha1 = dir.path().join("sha1.txt");
    std::fs::write(
        &sha1,
        ". IN DS 20326 8 1 E06D44B80B8F1D39A95C0B0D7C65D08458E88040\n",
    )
    .unwrap();
    assert!(phirelay::dns::AnchorFile::read(&sha1).is_err());
}
