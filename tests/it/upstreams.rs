//! Microsoft 365 and Google Workspace as upstreams, over real TLS on loopback:
//! a client that plays Exchange Online (client certificate, tenant headers) or
//! Gmail (client certificate, DKIM signature from DNS). Every check of a
//! `[[source]]` profile is tried against: each failure is `550 5.7.1` naming the
//! check, stores nothing and writes a `rejected` event.

use std::sync::Arc;

use phirelay::config::{DkimAlgorithm, DkimKeySection};
use rustls::ClientConfig;

use crate::common::certs::{Leaf, TestPki};
use crate::common::client::{Client, starttls};
use crate::common::dns::{TestDns, Zone};
use crate::common::relay::{RelayOpts, TestRelay};

const TENANT_A: &str = "11111111-2222-3333-4444-555555555555";
const TENANT_B: &str = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

struct Rig {
    relay: TestRelay,
    server: TestPki,
    clients: TestPki,
    _dns: Option<TestDns>,
}

/// A relay with `[tls]`, client CAs trusted for client certificates, the
/// `[[source]]` sections `sources` and a listener naming `names`.
async fn rig(sources: &str, names: &[&str], dns: Option<TestDns>) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let server = TestPki::new(&["relay.test"]);
    let clients = TestPki::new(&["unused.test"]);
    let (cert, key) = server.write_server_files(dir.path());
    let ca = clients.write_ca_file(dir.path());
    let dns_section = dns
        .as_ref()
        .map(|d| format!("[dns]\nnameservers = [\"{}\"]\ntimeout_secs = 2\n", d.addr))
        .unwrap_or_default();
    let extra = format!(
        "[tls]\ncert = \"{}\"\nkey = \"{}\"\nclient_ca_files = [\"{}\"]\n\n{dns_section}\n{sources}",
        cert.display(),
        key.display(),
        ca.display()
    );
    let list = names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let relay = TestRelay::with(RelayOpts {
        extra,
        listener_extra: format!("sources = [{list}]"),
        ..Default::default()
    })
    .await;
    std::mem::forget(dir);
    Rig {
        relay,
        server,
        clients,
        _dns: dns,
    }
}

impl Rig {
    fn as_client(&self, cert_name: Option<&str>) -> Arc<ClientConfig> {
        match cert_name {
            Some(n) => {
                let leaf: Leaf = self.clients.issue_client(&[n]);
                TestPki::client_config_with_cert(&self.server, &leaf)
            }
            None => self.server.client_config(),
        }
    }

    /// One transaction over STARTTLS with a client certificate for
    /// `cert_name`; returns the replies to MAIL, RCPT and the end of DATA
    /// (0 where the dialog stopped earlier).
    async fn send(
        &self,
        cert_name: Option<&str>,
        from: &str,
        message: &[u8],
    ) -> (u16, u16, u16, String) {
        let mut c = Client::connect(self.relay.addr).await;
        c.hello().await;
        let mut c = starttls(c, self.as_client(cert_name), "relay.test").await;
        c.cmd("EHLO upstream.test", 250).await;
        dialog(&mut c, from, message).await
    }

    async fn rejected_checks(&self) -> Vec<String> {
        let rows = self.relay.store.audit_page(0, 10_000).await.unwrap();
        rows.iter()
            .filter(|r| r.event == "rejected")
            .map(|r| serde_json::from_str::<serde_json::Value>(&r.details).unwrap())
            .filter(|d| d["reason"] == "source_check")
            .map(|d| d["check"].as_str().unwrap_or("").to_string())
            .collect()
    }
}

async fn dialog<S>(c: &mut Client<S>, from: &str, message: &[u8]) -> (u16, u16, u16, String)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    c.line(&format!("MAIL FROM:<{from}>")).await;
    let mail = c.reply().await;
    if mail.code != 250 {
        c.line("QUIT").await;
        return (mail.code, 0, 0, mail.text());
    }
    c.line("RCPT TO:<someone@partner.test>").await;
    let rcpt = c.reply().await;
    c.line("DATA").await;
    let go = c.reply().await;
    assert_eq!(go.code, 354, "{go:?}");
    c.send(message).await;
    c.send(b".\r\n").await;
    let done = c.reply().await;
    c.line("QUIT").await;
    (mail.code, rcpt.code, done.code, done.text())
}

fn m365_message(from: &str, tenant: Option<&str>, auth_as: &str) -> Vec<u8> {
    let tenant = tenant
        .map(|t| format!("X-MS-Exchange-CrossTenant-Id: {t}\r\n"))
        .unwrap_or_default();
    format!(
        "From: {from}\r\nTo: someone@partner.test\r\nSubject: hello\r\n{tenant}\
         X-MS-Exchange-CrossTenant-AuthAs: {auth_as}\r\nX-OriginatorOrg: example.org\r\n\r\nHi.\r\n"
    )
    .into_bytes()
}

const M365_SOURCES: &str = "[[source]]\nname = \"tenant-a\"\nkind = \"m365\"\nnetworks = [\"127.0.0.0/8\"]\n\
    tenant_ids = [\"11111111-2222-3333-4444-555555555555\"]\ndomains = [\"example.org\"]\n\n\
    [[source]]\nname = \"tenant-b\"\nkind = \"m365\"\nnetworks = [\"127.0.0.0/8\"]\n\
    tenant_ids = [\"AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE\"]\ndomains = [\"other.org\"]\n";
const EXO: &str = "mail.protection.outlook.com";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn m365_accepts_only_its_tenant_certificate_and_domains() {
    let r = rig(M365_SOURCES, &["tenant-a", "tenant-b"], None).await;
    let good = m365_message("a@example.org", Some(TENANT_A), "Internal");
    let (_, rcpt, done, text) = r.send(Some(EXO), "a@example.org", &good).await;
    assert_eq!((rcpt, done), (250, 250), "{text}");
    assert_eq!(r.relay.message_count().await, 1);

    /// (what, client certificate name, envelope sender, message, failed check)
    type Case<'a> = (&'a str, Option<&'a str>, &'a str, Vec<u8>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "wrong tenant",
            Some(EXO),
            "a@example.org",
            m365_message(
                "a@example.org",
                Some("99999999-2222-3333-4444-555555555555"),
                "Internal",
            ),
            "tenant_id",
        ),
        (
            "no tenant",
            Some(EXO),
            "a@example.org",
            m365_message("a@example.org", None, "Internal"),
            "tenant_id",
        ),
        (
            "AuthAs Anonymous",
            Some(EXO),
            "a@example.org",
            m365_message("a@example.org", Some(TENANT_A), "Anonymous"),
            "auth_as",
        ),
        (
            "no client certificate",
            None,
            "a@example.org",
            good.clone(),
            "client_certificate",
        ),
        (
            "another certificate name",
            Some("mail.evil.example"),
            "a@example.org",
            good.clone(),
            "certificate_name",
        ),
        // Tenant b may not use tenant a's domain, in the envelope or in From.
        (
            "b as a's envelope",
            Some(EXO),
            "a@example.org",
            m365_message("a@example.org", Some(TENANT_B), "Internal"),
            "tenant_id",
        ),
        (
            "b as a's From",
            Some(EXO),
            "b@other.org",
            m365_message("a@example.org", Some(TENANT_B), "Internal"),
            "from_domain",
        ),
        (
            "unknown envelope domain",
            Some(EXO),
            "x@victim.example",
            good.clone(),
            "sender_domain",
        ),
    ];
    for (what, cert, from, message, check) in &cases {
        let (mail, _, done, text) = r.send(*cert, from, message).await;
        let code = if mail != 250 { mail } else { done };
        assert_eq!(code, 550, "{what}: {text}");
        assert!(text.starts_with("5.7.1 Not authorised"), "{what}: {text}");
        let checks = r.rejected_checks().await;
        assert_eq!(
            checks.last().map(String::as_str),
            Some(*check),
            "{what}: {checks:?}"
        );
    }
    assert_eq!(
        r.relay.message_count().await,
        1,
        "nothing refused was stored"
    );

    let rows = r.relay.store.audit_page(0, 10_000).await.unwrap();
    let received = rows
        .iter()
        .find(|e| e.event == "received")
        .expect("received");
    let d: serde_json::Value = serde_json::from_str(&received.details).unwrap();
    assert_eq!(d["source"]["source"], "tenant-a");
    assert_eq!(d["source"]["kind"], "m365");
    assert_eq!(d["source"]["tenant_id"], TENANT_A);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_outside_the_ranges_or_clear_text_is_refused() {
    let sources = M365_SOURCES.replacen(
        "networks = [\"127.0.0.0/8\"]",
        "networks = [\"10.0.0.0/8\"]",
        1,
    );
    let r = rig(&sources, &["tenant-a"], None).await;
    let good = m365_message("a@example.org", Some(TENANT_A), "Internal");
    let (mail, _, _, text) = r.send(Some(EXO), "a@example.org", &good).await;
    assert_eq!(mail, 550, "{text}");
    assert_eq!(r.rejected_checks().await, vec!["source_address"]);
    // Without STARTTLS there is no certificate either: and the allowed
    // network of [relay] does not open a listener that names sources.
    let mut c = Client::connect(r.relay.addr).await;
    c.hello().await;
    let (mail, _, _, _) = dialog(&mut c, "a@example.org", &good).await;
    assert_eq!(mail, 550);
    assert_eq!(r.relay.message_count().await, 0);
    // Anyone can try MAIL: the same refusal from the same address is counted,
    // not written again (like relay denials).
    assert_eq!(r.rejected_checks().await, vec!["source_address"]);
}

/// A Google Workspace source: the DKIM key of example.org (and of
/// other.org) is in the test DNS.
async fn google_rig() -> (
    Rig,
    phirelay::dkim::Signer,
    phirelay::dkim::Signer,
    phirelay::dkim::Signer,
) {
    let dir = tempfile::tempdir().unwrap();
    let mut zones = Vec::new();
    let mut signers = Vec::new();
    // The relay's own key for example.org (selector "relay"), for its DKIM
    // signature and ARC seal.
    let (relay_pem, relay_txt) = phirelay::dkim::generate(DkimAlgorithm::Ed25519).unwrap();
    let relay_key = dir.path().join("relay.pem");
    std::fs::write(&relay_key, relay_pem).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&relay_key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    for domain in ["example.org", "other.org", "flaky.org"] {
        let (pem, txt) = phirelay::dkim::generate(DkimAlgorithm::Ed25519).unwrap();
        let path = dir.path().join(format!("{domain}.pem"));
        std::fs::write(&path, pem).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        // "flaky.org": a second example.org key whose selector's zone
        // answers SERVFAIL (it cannot be looked up for now).
        let (signing_domain, selector) = match domain {
            "flaky.org" => ("example.org", "broken"),
            d => (d, "g1"),
        };
        let mut zone = match domain {
            "flaky.org" => Zone::new("broken._domainkey.example.org."),
            d => Zone::new(&format!("{d}.")).txt(&format!("g1._domainkey.{d}."), &txt),
        };
        if domain == "example.org" {
            zone = zone.txt("relay._domainkey.example.org.", &relay_txt);
        }
        zone.servfail = domain == "flaky.org";
        zones.push(zone);
        let key = DkimKeySection {
            domain: signing_domain.into(),
            selector: selector.into(),
            algorithm: DkimAlgorithm::Ed25519,
            private_key: path.display().to_string(),
        };
        signers.push(phirelay::dkim::Signer::load(&[key]).unwrap());
    }
    std::mem::forget(dir);
    let dns = TestDns::start(zones).await;
    let sources = "[[source]]\nname = \"workspace\"\nkind = \"google\"\nnetworks = [\"127.0.0.0/8\"]\n\
                   dkim_domains = [\"example.org\"]\ndomains = [\"example.org\"]\n\
                   route_header = \"X-Example-Route\"\n\
                   route_secret_sha256 = \"2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b\"\n";
    let sources = format!(
        "{sources}\n[[dkim.key]]\ndomain = \"example.org\"\nselector = \"relay\"\nalgorithm = \"ed25519\"\nprivate_key = \"{}\"\n",
        relay_key.display()
    );
    let r = rig(&sources, &["workspace"], Some(dns)).await;
    let flaky = signers.pop().unwrap();
    let other = signers.pop().unwrap();
    let example = signers.pop().unwrap();
    (r, example, other, flaky)
}

fn gmail_message(from: &str, route: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: someone@partner.test\r\nSubject: hello\r\nX-Example-Route: {route}\r\n\r\nHi there.\r\n"
    )
    .into_bytes()
}

fn signed(signer: &phirelay::dkim::Signer, message: &[u8]) -> Vec<u8> {
    [signer.sign(message).unwrap(), message.to_vec()].concat()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn google_needs_a_valid_signature_of_the_customer_domain() {
    let (r, example, other, flaky) = google_rig().await;
    const GMAIL: &str = "smtp.gmail.com";
    // "secret": printf %s secret | sha256sum
    let good = signed(&example, &gmail_message("a@example.org", "secret"));
    let (_, _, done, text) = r.send(Some(GMAIL), "a@example.org", &good).await;
    assert_eq!(done, 250, "{text}");
    let id = text.rsplit(' ').next().unwrap().to_string();
    let stored = String::from_utf8_lossy(&r.relay.content(&id).await).to_string();
    assert!(
        !stored.contains("X-Example-Route"),
        "the route secret is not stored"
    );

    let mut altered = good.clone();
    let at = altered.windows(5).position(|w| w == b"there").unwrap();
    altered[at] = b'T';
    let cases = vec![
        (
            "unsigned",
            gmail_message("a@example.org", "secret"),
            "dkim_signature",
        ),
        (
            "signed by another domain",
            signed(&other, &gmail_message("a@example.org", "secret")),
            "dkim_signature",
        ),
        ("body altered after signing", altered, "dkim_signature"),
        (
            "wrong route secret",
            signed(&example, &gmail_message("a@example.org", "guess")),
            "route_header",
        ),
    ];
    for (what, message, check) in cases {
        let (_, _, done, text) = r.send(Some(GMAIL), "a@example.org", &message).await;
        assert_eq!(done, 550, "{what}: {text}");
        let checks = r.rejected_checks().await;
        assert_eq!(checks.last().map(String::as_str), Some(check), "{what}");
    }
    // A key that cannot be looked up for now is no reason to bounce for good.
    let (_, _, done, text) = r
        .send(
            Some(GMAIL),
            "a@example.org",
            &signed(&flaky, &gmail_message("a@example.org", "secret")),
        )
        .await;
    assert_eq!(done, 451, "{text}");
    assert_eq!(
        r.rejected_checks().await.last().map(String::as_str),
        Some("dkim_temporary")
    );
    assert_eq!(r.relay.message_count().await, 1);
    let rows = r.relay.store.audit_page(0, 10_000).await.unwrap();
    let received = rows.iter().find(|e| e.event == "received").unwrap();
    let d: serde_json::Value = serde_json::from_str(&received.details).unwrap();
    assert_eq!(d["source"]["dkim_domain"], "example.org");
    assert_eq!(
        d["source"]["dkim_valid"],
        serde_json::json!(["example.org"])
    );
    assert_eq!(d["source"]["arc_chain"], "none");

    // What leaves carries an ARC set and the relay's DKIM signature, and
    // both verify (keys from the test DNS).
    assert!(
        stored.contains("ARC-Seal: i=1;") && stored.contains("ARC-Message-Signature: i=1;"),
        "{stored}"
    );
    assert!(
        stored.contains("ARC-Authentication-Results: i=1; relay.test;"),
        "{stored}"
    );
    let dns_addr = r._dns.as_ref().unwrap().addr;
    let resolver = phirelay::dns::plain_resolver(&phirelay::config::DnsConfig {
        nameservers: vec![dns_addr],
        timeout: std::time::Duration::from_secs(2),
        dnssec: false,
        trust_anchor_file: None,
    })
    .unwrap();
    let verifier = mail_auth::MessageAuthenticator(resolver);
    let msg = mail_auth::AuthenticatedMessage::parse(stored.as_bytes()).unwrap();
    let dkim = verifier.verify_dkim(&msg).await;
    let relay_sig = dkim
        .iter()
        .find(|o| o.signature().is_some_and(|s| s.s == "relay"))
        .expect("the relay's DKIM signature");
    assert_eq!(*relay_sig.result(), mail_auth::DkimResult::Pass);
    let arc = verifier.verify_arc(&msg).await;
    assert_eq!(
        *arc.result(),
        mail_auth::DkimResult::Pass,
        "the ARC chain verifies"
    );
}

#[test]
fn check_config_refuses_open_tenants_and_unsigned_google_sources() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    let text = format!(
        "[server]\nhostname = \"relay.test\"\ndata_dir = \"{}\"\n\n\
         [[source]]\nname = \"m\"\nkind = \"m365\"\ndomains = [\"example.org\"]\n\n\
         [[source]]\nname = \"g\"\nkind = \"google\"\ndomains = [\"example.org\"]\n",
        dir.path().display()
    );
    std::fs::write(&path, text).unwrap();
    let out = crate::common::binary::bin()
        .args(["check-config", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("source[0].tenant_ids") && err.contains("fix: add tenant_ids"),
        "{err}"
    );
    assert!(
        err.contains("source[1].dkim_domains") && err.contains("fix: add dkim_domains"),
        "{err}"
    );
}

const LABEL: &str = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

fn labelled(site: &str) -> Vec<u8> {
    format!(
        "From: a@example.org\r\nTo: someone@partner.test\r\nSubject: hello\r\nMessage-ID: <m-{site}@example.org>\r\n\
         X-MS-Exchange-CrossTenant-Id: {TENANT_A}\r\nX-MS-Exchange-CrossTenant-AuthAs: Internal\r\n\
         X-MS-Exchange-CrossPremises-OriginalClientIPAddress: 192.0.2.44\r\n\
         X-MS-Exchange-Organization-AuthSource: EXO.example.prod.outlook.com\r\n\
         msip_labels: MSIP_Label_{LABEL}_Enabled=true; MSIP_Label_{LABEL}_SiteId={site};\r\nX-PHI: yes\r\n\r\nHi.\r\n"
    )
    .into_bytes()
}

async fn classified_triggers(r: &Rig, id: &str) -> serde_json::Value {
    let events = r.relay.store.audit_for_message(id).await.unwrap();
    let c = events
        .iter()
        .find(|e| e.event == "classified")
        .expect("classified");
    let d: serde_json::Value = serde_json::from_str(&c.details).unwrap();
    d["triggers"].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cloud_headers_go_foreign_labels_do_not_count_and_loops_are_caught() {
    let policy = format!("[policy]\nmsip_label_ids = [\"{LABEL}\"]\n\n{M365_SOURCES}");
    let r = rig(&policy, &["tenant-a"], None).await;
    let (_, _, done, own) = r
        .send(Some(EXO), "a@example.org", &labelled(TENANT_A))
        .await;
    assert_eq!(done, 250, "{own}");
    let own_id = own.rsplit(' ').next().unwrap().to_string();
    let (_, _, done, foreign) = r
        .send(Some(EXO), "a@example.org", &labelled(TENANT_B))
        .await;
    assert_eq!(done, 250, "{foreign}");
    let foreign_id = foreign.rsplit(' ').next().unwrap().to_string();

    let own_triggers = classified_triggers(&r, &own_id).await;
    assert!(
        own_triggers.to_string().contains("msip_label"),
        "{own_triggers} {}",
        String::from_utf8_lossy(&r.relay.content(&own_id).await)
    );
    assert!(
        !classified_triggers(&r, &foreign_id)
            .await
            .to_string()
            .contains("msip_label"),
        "another tenant's label"
    );
    let stored = r.relay.content(&foreign_id).await;
    let text = String::from_utf8_lossy(&stored).to_string();
    assert!(
        !text.contains("CrossPremises") && !text.contains("X-MS-Exchange-Organization"),
        "{text}"
    );
    assert!(!text.contains(LABEL), "{text}");
    assert!(
        !text.contains("X-PHI"),
        "the trigger header is read, then removed: {text}"
    );
    assert!(text.contains("X-Phirelay-Processed: tenant-a; "), "{text}");

    // The same message handed back through the same source: caught, audited, not stored.
    let own_stored = r.relay.content(&own_id).await;
    let n = r.relay.message_count().await;
    let (_, _, done, text) = r.send(Some(EXO), "a@example.org", &own_stored).await;
    assert_eq!(done, 554, "{text}");
    assert!(text.starts_with("5.4.6"), "{text}");
    assert_eq!(r.rejected_checks().await, vec!["loop"]);
    assert_eq!(r.relay.message_count().await, n);
    // A forged marker (not ours) is no loop: it is replaced.
    let forged = [
        b"X-Phirelay-Processed: tenant-a; 00000000000000000000000000000000\r\n".as_slice(),
        &labelled(TENANT_A),
    ]
    .concat();
    let forged = String::from_utf8(forged)
        .unwrap()
        .replace("<m-", "<f-")
        .into_bytes();
    let (_, _, done, text) = r.send(Some(EXO), "a@example.org", &forged).await;
    assert_eq!(done, 250, "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sources_update_reads_microsofts_json_and_googles_spf_tree() {
    let dns = TestDns::start(vec![
        Zone::new("google.com.")
            .txt(
                "_spf.google.com.",
                "v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all",
            )
            .txt(
                "_netblocks.google.com.",
                "v=spf1 ip4:64.233.160.0/19 ip4:74.125.0.0/16 ~all",
            )
            .txt(
                "_netblocks2.google.com.",
                "v=spf1 ip6:2001:4860:4000::/36 ~all",
            ),
    ])
    .await;
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        format!(
            "[server]\nhostname = \"relay.test\"\ndata_dir = \"{}\"\n\n[dns]\nnameservers = [\"{}\"]\ntimeout_secs = 2\ndnssec = false\n",
            dir.path().display(),
            dns.addr
        ),
    )
    .unwrap();
    let json = dir.path().join("endpoints.json");
    std::fs::write(
        &json,
        r#"[{"id":9,"serviceArea":"Exchange","tcpPorts":"25","ips":["40.92.0.0/15","2a01:111:f400::/48"]},
            {"id":2,"serviceArea":"Exchange","tcpPorts":"80,443","ips":["13.107.6.152/31"]},
            {"id":31,"serviceArea":"SharePoint","tcpPorts":"25","ips":["13.107.136.0/22"]}]"#,
    )
    .unwrap();
    let run = |args: Vec<String>| {
        let out = crate::common::binary::bin().args(&args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let m365_out = dir.path().join("m365.txt");
    let args = |kind: &str, extra: &[&str], out: &std::path::Path| {
        let mut a: Vec<String> = ["sources", "update", "--config"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        a.push(cfg.display().to_string());
        a.extend([
            "--kind".into(),
            kind.to_string(),
            "--out".into(),
            out.display().to_string(),
        ]);
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let json_arg = json.display().to_string();
    let a = args("m365", &["--from", &json_arg], &m365_out);
    let (code, err) = tokio::task::spawn_blocking(move || run(a)).await.unwrap();
    assert_eq!(code, Some(0), "{err}");
    let written = std::fs::read_to_string(&m365_out).unwrap();
    let nets: Vec<&str> = written.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(nets, vec!["40.92.0.0/15", "2a01:111:f400::/48"]);

    let google_out = dir.path().join("google.txt");
    let a = args("google", &[], &google_out);
    let (code, err) = tokio::task::spawn_blocking(move || run(a)).await.unwrap();
    assert_eq!(code, Some(0), "{err}");
    let written = std::fs::read_to_string(&google_out).unwrap();
    let mut nets: Vec<&str> = written.lines().filter(|l| !l.starts_with('#')).collect();
    nets.sort();
    assert_eq!(
        nets,
        vec!["2001:4860:4000::/36", "64.233.160.0/19", "74.125.0.0/16"]
    );
}

/// A certificate issued for server authentication only (as public CAs now
/// issue them) is accepted; one from a CA nobody trusts is refused at MAIL
/// with a clear reply, not by a failed handshake.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_certificates_verify_for_either_usage_and_failures_get_a_reply() {
    let r = rig(M365_SOURCES, &["tenant-a"], None).await;
    let good = m365_message("a@example.org", Some(TENANT_A), "Internal");
    let server_only = r.clients.issue(&[EXO]);
    let config = TestPki::client_config_with_cert(&r.server, &server_only);
    let mut c = Client::connect(r.relay.addr).await;
    c.hello().await;
    let mut c = starttls(c, config, "relay.test").await;
    c.cmd("EHLO upstream.test", 250).await;
    let (_, _, done, text) = dialog(&mut c, "a@example.org", &good).await;
    assert_eq!(done, 250, "{text}");

    let stranger = TestPki::new(&["unused.test"]).issue_client(&[EXO]);
    let config = TestPki::client_config_with_cert(&r.server, &stranger);
    let mut c = Client::connect(r.relay.addr).await;
    c.hello().await;
    let mut c = starttls(c, config, "relay.test").await;
    c.cmd("EHLO upstream.test", 250).await;
    let (mail, _, _, text) = dialog(&mut c, "a@example.org", &good).await;
    assert_eq!(mail, 550, "{text}");
    assert_eq!(r.rejected_checks().await, vec!["client_certificate"]);
}

/// End to end: Exchange Online hands a labelled message over; the next hop's
/// copy has no cloud-internal headers, carries the loop marker, an ARC set
/// and the relay's DKIM signature, and both verify with mail-auth.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_next_hop_gets_a_clean_arc_sealed_copy() {
    use crate::common::delivery::{World, mx_zone};
    use crate::common::sink::SinkOpts;
    let dir = tempfile::tempdir().unwrap();
    let server = TestPki::new(&["relay.test"]);
    let clients = TestPki::new(&["unused.test"]);
    let (cert, key) = server.write_server_files(dir.path());
    let ca = clients.write_ca_file(dir.path());
    let (pem, txt) = phirelay::dkim::generate(DkimAlgorithm::Ed25519).unwrap();
    let key_file = dir.path().join("relay.pem");
    std::fs::write(&key_file, pem).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let zones = vec![
        mx_zone("partner.test", 2),
        Zone::new("example.org.").txt("relay._domainkey.example.org.", &txt),
    ];
    let extra = format!(
        "[tls]\ncert = \"{}\"\nkey = \"{}\"\nclient_ca_files = [\"{}\"]\n\n\
         [[dkim.key]]\ndomain = \"example.org\"\nselector = \"relay\"\nalgorithm = \"ed25519\"\nprivate_key = \"{}\"\n\n{M365_SOURCES}",
        cert.display(),
        key.display(),
        ca.display(),
        key_file.display()
    );
    let w = World::start_listener(zones, "", "", &extra, None, "sources = [\"tenant-a\"]").await;
    let sink = w.sink(2, SinkOpts::default()).await;
    let leaf = clients.issue_client(&[EXO]);
    let mut c = Client::connect(w.relay.addr).await;
    c.hello().await;
    let mut c = starttls(
        c,
        TestPki::client_config_with_cert(&server, &leaf),
        "relay.test",
    )
    .await;
    c.cmd("EHLO upstream.test", 250).await;
    // No PHI trigger: the sink offers no TLS, and this is about the copy.
    let message = String::from_utf8(labelled(TENANT_A))
        .unwrap()
        .replace("X-PHI: yes\r\n", "");
    let (_, _, done, text) = dialog(&mut c, "a@example.org", message.as_bytes()).await;
    assert_eq!(done, 250, "{text}");
    assert!(
        sink.wait_for_received(1, std::time::Duration::from_secs(20))
            .await,
        "delivered"
    );
    let copy = sink.received().pop().unwrap().data;
    let text = String::from_utf8_lossy(&copy).to_string();
    assert!(
        !text.contains("CrossPremises") && !text.contains("X-MS-Exchange-Organization"),
        "{text}"
    );
    assert!(text.contains("X-Phirelay-Processed: tenant-a; "), "{text}");
    assert!(text.contains("ARC-Seal: i=1;"), "{text}");
    let resolver = phirelay::dns::plain_resolver(&phirelay::config::DnsConfig {
        nameservers: vec![w.dns.addr],
        timeout: std::time::Duration::from_secs(2),
        dnssec: false,
        trust_anchor_file: None,
    })
    .unwrap();
    let verifier = mail_auth::MessageAuthenticator(resolver);
    let msg = mail_auth::AuthenticatedMessage::parse(&copy).unwrap();
    let dkim = verifier.verify_dkim(&msg).await;
    assert!(
        dkim.iter()
            .any(|o| *o.result() == mail_auth::DkimResult::Pass
                && o.signature().is_some_and(|s| s.s == "relay")),
        "the relay's DKIM signature verifies"
    );
    assert_eq!(
        *verifier.verify_arc(&msg).await.result(),
        mail_auth::DkimResult::Pass,
        "the ARC set verifies"
    );
}
