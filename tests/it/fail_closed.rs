//! The adversarial suite of the fail-closed review: each test tries to get PHI
//! out unprotected, or to steer the relay with client input, and checks that
//! nothing reaches the destination in clear (held, deferred or refused).

use std::time::Duration;

use phirelay::store::RecipientState;

use crate::common::client::{Client, queue_id};
use crate::common::delivery::{World, mx_zone};
use crate::common::sink::SinkOpts;

const WAIT: Duration = Duration::from_secs(15);

/// Item 2: an ORCPT whose decoded value holds CR LF and a `;` once reached the
/// next hop as a separate RCPT line. Now it is refused at RCPT with 501 5.5.4,
/// and so is an ENVID with control characters; a clean ORCPT still passes,
/// re-encoded, and the next hop sees exactly the one recipient.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn orcpt_and_envid_cannot_inject_commands() {
    let w = World::start(vec![mx_zone("partner.example", 2)], "", "").await;
    let mx = w.sink(2, SinkOpts::default()).await;
    let mut c = Client::connect(w.relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@clinic.example> ENVID=x+0D+0ARSET", 501)
        .await;
    c.cmd("MAIL FROM:<a@clinic.example> ENVID=env-1", 250).await;
    let hostile = "RCPT TO:<b@partner.example> NOTIFY=FAILURE \
        ORCPT=rfc822;a+0D+0ARCPT+20TO:<x@evil.example>+0D+0ANOOP;b";
    let r = c.cmd(hostile, 501).await;
    assert!(r.text().contains("5.5.4"), "{}", r.text());
    c.cmd(
        "RCPT TO:<b@partner.example> ORCPT=rfc822;a+3Bb@partner.example",
        501,
    )
    .await;
    c.cmd(
        "RCPT TO:<b@partner.example> NOTIFY=FAILURE ORCPT=rfc822;orig+2Bx@partner.example",
        250,
    )
    .await;
    c.cmd("DATA", 354).await;
    c.send(b"Subject: hi\r\n\r\nno phi\r\n.\r\n").await;
    let id = queue_id(&c.reply().await);
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    let m = &mx.messages()[0];
    assert_eq!(m.rcpts, vec!["b@partner.example"]);
    assert!(
        m.rcpt_params[0].contains("ORCPT=rfc822;orig+2Bx@partner.example"),
        "{:?}",
        m.rcpt_params
    );
    assert!(m.mail_params.contains("ENVID=env-1"), "{}", m.mail_params);
}

/// A PHI-bearing message to a destination without STARTTLS must be held (the
/// `tls-required` fallback is the portal), never delivered in clear.
async fn assert_held_not_sent(body: &[u8]) {
    let w = World::start(vec![mx_zone("notls.test", 2)], "", "").await;
    let mx = w.sink(2, SinkOpts::default()).await;
    let id = w.send("dr@clinic.example", &["x@notls.test"], body).await;
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let s = w.relay.store.recipients(&id).await.unwrap()[0].state;
        if s == RecipientState::Held {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "state {s:?}, not held"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(mx.received().is_empty(), "PHI went out in clear");
    let classified = w
        .events(&id)
        .await
        .into_iter()
        .find(|e| e.0 == "classified")
        .expect("classified event");
    assert_eq!(classified.2["phi"], true, "{}", classified.2);
}

fn base64_lines(bytes: &[u8]) -> String {
    use base64::Engine;
    let b = base64::engine::general_purpose::STANDARD.encode(bytes);
    b.as_bytes()
        .chunks(76)
        .map(|c| String::from_utf8_lossy(c).into_owned() + "\r\n")
        .collect()
}

/// Item 1: an SSN after the first MiB of text (past the scan cap) counts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_past_the_scan_cap_is_unscanned_and_protected() {
    let line = "lorem ipsum dolor sit amet ".repeat(30);
    let filler = format!("{}\r\n", line.trim_end()).repeat(1_500); // ~1.2 MB
    let body = format!("Subject: notes\r\n\r\n{filler}Patient SSN: 512-44-7360\r\n");
    assert_held_not_sent(body.as_bytes()).await;
}

/// Item 1: a binary attachment no extractor reads (an .xlsx here: a ZIP the
/// classifier cannot open) is unscanned, so protected.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_attachment_is_unscanned_and_protected() {
    let zip_like: Vec<u8> = b"PK\x03\x04"
        .iter()
        .copied()
        .chain((0..4000u32).map(|i| (i * 7919 % 251) as u8))
        .collect();
    let body = format!(
        "Subject: the list\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n\
         --b1\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\
         Content-Disposition: attachment; filename=\"patients.xlsx\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{}--b1--\r\n",
        base64_lines(&zip_like)
    );
    assert_held_not_sent(body.as_bytes()).await;
}

/// Item 1: forwarded messages nested past the limit are not read: unscanned.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deeply_forwarded_message_is_unscanned_and_protected() {
    let mut inner = "Subject: innermost\r\n\r\nPatient SSN: 512-44-7360\r\n".to_string();
    for i in 0..5 {
        inner = format!(
            "Subject: fwd {i}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"n{i}\"\r\n\r\n\
             --n{i}\r\nContent-Type: text/plain\r\n\r\nforwarding\r\n\
             --n{i}\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n--n{i}--\r\n"
        );
    }
    assert_held_not_sent(inner.as_bytes()).await;
}

/// Item 1: a text part that decodes to NUL bytes (UTF-16 without a BOM) is not
/// text the detectors can read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undecodable_text_part_is_unscanned_and_protected() {
    let utf16: Vec<u8> = "Patient SSN: 512-44-7360"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    let body = format!(
        "Subject: note\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{}",
        base64_lines(&utf16)
    );
    assert_held_not_sent(body.as_bytes()).await;
}

/// Item 4: subject-tag stripping once sliced header lines by byte offset and
/// panicked inside "José" (the session died, the client retried for ever and
/// the panic text with the address went to the log). Now the message is
/// accepted, tagged as PHI, and the tag is stripped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multibyte_headers_with_a_subject_tag_are_accepted() {
    let w = World::start(vec![mx_zone("notls.test", 2)], "", "").await;
    let _mx = w.sink(2, SinkOpts::default()).await;
    let body = "To: José Núñez <x@notls.test>\r\nSubject: [secure] résultats\r\n\r\nhello\r\n";
    let id = w
        .send("dr@clinic.example", &["x@notls.test"], body.as_bytes())
        .await;
    let stored = String::from_utf8(w.relay.content(&id).await).unwrap();
    assert!(stored.contains("Subject: résultats\r\n"), "{stored}");
}

/// Item 8: mail-parser keeps the last Subject while mail clients show the
/// first; PHI in the first one is found (and PHI in a subject is refused).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phi_in_a_first_subject_is_found() {
    let w = World::start(vec![mx_zone("notls.test", 2)], "", "").await;
    let mx = w.sink(2, SinkOpts::default()).await;
    let mut c = Client::connect(w.relay.addr).await;
    c.hello().await;
    let r = c
        .send_mail(
            "dr@clinic.example",
            &["x@notls.test"],
            b"Subject: SSN 512-44-7360 results\r\nSubject: hello\r\n\r\nsee you\r\n",
        )
        .await;
    assert_eq!(r.code, 550, "{r:?}");
    // A subject tag in the first Subject triggers too.
    let id = w
        .send(
            "dr@clinic.example",
            &["x@notls.test"],
            b"Subject: [secure] results\r\nSubject: hello\r\n\r\nsee you\r\n",
        )
        .await;
    let classified = w
        .events(&id)
        .await
        .into_iter()
        .find(|e| e.0 == "classified")
        .unwrap();
    assert_eq!(classified.2["phi"], true);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(mx.received().is_empty());
}

/// Item 9: a trailing dot, upper case or a Unicode spelling of a domain once
/// escaped the consumer-domain list (and rules and TLS levels). Domains are
/// normalised at RCPT, so `p@GMAIL.com.` is `p@gmail.com`: PHI goes to the portal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn domain_spellings_do_not_escape_the_consumer_list() {
    let gmail = crate::common::dns::Zone::new("gmail.com.")
        .mx("gmail.com.", 10, "mx.gmail.com.")
        .a("mx.gmail.com.", std::net::Ipv4Addr::new(127, 0, 0, 4));
    let w = World::start(vec![gmail], "", "").await;
    let consumer = w.sink(4, SinkOpts::default()).await;
    let id = w
        .send(
            "dr@clinic.example",
            &["p@GMAIL.com."],
            b"Subject: [secure] results\r\n\r\nplease log in\r\n",
        )
        .await;
    let r = w.relay.store.recipients(&id).await.unwrap();
    assert_eq!(r[0].address, "p@gmail.com");
    assert_eq!(r[0].decision.as_str(), "portal");
    assert_eq!(r[0].state, RecipientState::Held);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(consumer.received().is_empty());
}

/// Item 6: DANE from a forged alias. `_25._tcp.mx.alias.test` (an unsigned
/// zone) is a CNAME to a name in a signed zone that holds the attacker's TLSA.
/// The TLSA RRset alone validates, but the chain does not: not DANE, so PHI
/// (which needs verified TLS) is held, not delivered "verified".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tlsa_through_an_unsigned_cname_is_not_dane() {
    use hickory_proto::rr::rdata::CNAME;
    use hickory_proto::rr::{Name, RData};
    use phirelay::transport::dane::tlsa_for;
    let leaf = crate::common::certs::self_signed(&["mx.alias.test"]);
    let rec = tlsa_for(&leaf.cert_der, 3, 1, 1);
    let target = Name::from_ascii("_25._tcp.mx.signed.test.").unwrap();
    let alias =
        mx_zone("alias.test", 2).record("_25._tcp.mx.alias.test.", RData::CNAME(CNAME(target)));
    let signed = crate::common::dns::Zone::new("signed.test.")
        .a("signed.test.", std::net::Ipv4Addr::new(127, 0, 0, 9))
        .tlsa(
            "_25._tcp.mx.signed.test.",
            rec.usage,
            rec.selector,
            rec.matching,
            rec.data,
        )
        .signed();
    let w = World::start(vec![alias, signed], "", "").await;
    let mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let body = b"Subject: results\r\n\r\nPatient SSN: 512-44-7360\r\n";
    let id = w.send("dr@clinic.example", &["x@alias.test"], body).await;
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let s = w.relay.store.recipients(&id).await.unwrap()[0].state;
        assert_ne!(
            s,
            RecipientState::Delivered,
            "PHI delivered on a forged DANE chain"
        );
        if s == RecipientState::Held {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "state {s:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(mx.received().is_empty());
}

/// DER helpers to turn a certificate into an X.509 v1 one (no version field,
/// no extensions). Its signature no longer verifies, which DANE-EE ignores.
mod v1 {
    fn tlv(b: &[u8]) -> (u8, usize, usize) {
        let tag = b[0];
        let (len, hdr) = match b[1] {
            l if l < 0x80 => (l as usize, 2),
            0x81 => (b[2] as usize, 3),
            0x82 => (((b[2] as usize) << 8) | b[3] as usize, 4),
            other => panic!("length form {other:#x}"),
        };
        (tag, hdr, hdr + len)
    }

    fn encode(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        match content.len() {
            n if n < 0x80 => out.push(n as u8),
            n if n < 0x100 => out.extend([0x81, n as u8]),
            n => out.extend([0x82, (n >> 8) as u8, n as u8]),
        }
        out.extend_from_slice(content);
        out
    }

    fn children(mut b: &[u8]) -> Vec<&[u8]> {
        let mut out = Vec::new();
        while !b.is_empty() {
            let (_, _, total) = tlv(b);
            out.push(&b[..total]);
            b = &b[total..];
        }
        out
    }

    /// The same certificate as X.509 v1.
    pub fn downgrade(cert: &[u8]) -> Vec<u8> {
        let (_, hdr, _) = tlv(cert);
        let parts = children(&cert[hdr..]);
        let (_, tbs_hdr, _) = tlv(parts[0]);
        let fields: Vec<&[u8]> = children(&parts[0][tbs_hdr..])
            .into_iter()
            .filter(|f| f[0] != 0xA0 && f[0] != 0xA3) // [0] version, [3] extensions
            .collect();
        let tbs = encode(0x30, &fields.concat());
        encode(0x30, &[tbs.as_slice(), parts[1], parts[2]].concat())
    }
}

/// A rustls server that presents `cert` as is (rustls's own builder would
/// refuse a certificate it cannot parse).
fn server_presenting(cert: Vec<u8>, key_der: &[u8]) -> std::sync::Arc<rustls::ServerConfig> {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    use std::sync::Arc;
    #[derive(Debug)]
    struct Fixed(Arc<rustls::sign::CertifiedKey>);
    impl rustls::server::ResolvesServerCert for Fixed {
        fn resolve(
            &self,
            _: rustls::server::ClientHello<'_>,
        ) -> Option<Arc<rustls::sign::CertifiedKey>> {
            Some(self.0.clone())
        }
    }
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key_der.to_vec()));
    let signer = provider.key_provider.load_private_key(key).unwrap();
    let ck = rustls::sign::CertifiedKey::new(vec![CertificateDer::from(cert)], signer);
    let cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(Fixed(Arc::new(ck))));
    Arc::new(cfg)
}

/// Item 16: DANE-EE looks at the key only (RFC 7672 §3.1.1). A server whose
/// leaf is X.509 v1, expired and issued for another name, with a secure
/// `3 1 1` record matching its key, gets the mail over DANE-verified TLS, at
/// level `dane` and at `may` alike. Before, every handshake failed after the
/// key matched, and at `may` the message then went out in clear.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dane_ee_ignores_version_expiry_and_name() {
    use phirelay::transport::dane::tlsa_for;
    let mut params = rcgen::CertificateParams::new(vec!["someone.else.example".into()]).unwrap();
    params.not_before = rcgen::date_time_ymd(2001, 1, 1);
    params.not_after = rcgen::date_time_ymd(2002, 1, 1);
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = params.self_signed(&key).unwrap();
    let v1 = v1::downgrade(cert.der());
    let rec = tlsa_for(&v1, 3, 1, 1);
    for level in ["dane", "may"] {
        let zone = mx_zone("v1.test", 2)
            .tlsa(
                "_25._tcp.mx.v1.test.",
                rec.usage,
                rec.selector,
                rec.matching,
                rec.data.clone(),
            )
            .signed();
        let w =
            World::start_with(vec![zone], "", &format!("default_tls = \"{level}\"\n"), "").await;
        let mx = w
            .sink(
                2,
                SinkOpts::with_tls(server_presenting(v1.clone(), &key.serialize_der())),
            )
            .await;
        let id = w
            .send(
                "dr@clinic.example",
                &["x@v1.test"],
                b"Subject: hi\r\n\r\nhello\r\n",
            )
            .await;
        assert_eq!(
            w.wait_final(&id, WAIT).await,
            vec![RecipientState::Delivered],
            "level {level}"
        );
        let m = &mx.messages()[0];
        assert!(m.tls, "level {level}: delivered without TLS");
        let attempt = w
            .events(&id)
            .await
            .into_iter()
            .find(|e| e.0 == "attempt")
            .unwrap();
        assert_eq!(
            attempt.2["tls"]["verified"], "dane",
            "level {level}: {}",
            attempt.2
        );
    }
}

/// Item 16: with usable secure TLSA records, a handshake that fails (here the
/// server's key does not match) defers, at `may` too, and never retries in clear.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dane_mismatch_at_may_never_falls_back_to_clear() {
    use phirelay::transport::dane::tlsa_for;
    let published = crate::common::certs::self_signed(&["mx.mis.test"]);
    let actual = crate::common::certs::self_signed(&["mx.mis.test"]);
    let rec = tlsa_for(&published.cert_der, 3, 1, 1);
    let zone = mx_zone("mis.test", 2)
        .tlsa(
            "_25._tcp.mx.mis.test.",
            rec.usage,
            rec.selector,
            rec.matching,
            rec.data,
        )
        .signed();
    let w = World::start_with(vec![zone], "", "default_tls = \"may\"\n", "").await;
    let mx = w.sink(2, SinkOpts::with_tls(actual.server_config())).await;
    let id = w
        .send(
            "dr@clinic.example",
            &["x@mis.test"],
            b"Subject: hi\r\n\r\nhello\r\n",
        )
        .await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(4);
    while tokio::time::Instant::now() < deadline {
        let s = w.relay.store.recipients(&id).await.unwrap()[0].state;
        assert_ne!(
            s,
            RecipientState::Delivered,
            "delivered despite a DANE mismatch"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        mx.received().is_empty(),
        "sent in clear after a failed DANE handshake"
    );
}

/// Item 3: a 16 MiB hostile message (an HTML markup bomb with no `>`, and a
/// PDF whose stream inflates to 80 MiB) is classified within its budget, off
/// the async runtime: another session's messages are accepted meanwhile, and
/// the hostile one counts as PHI (unscanned), never as "no PHI".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_message_stalls_nobody_and_counts_as_phi() {
    use crate::common::relay::{RelayOpts, TestRelay};
    use std::io::Write;
    let relay = TestRelay::with(RelayOpts {
        extra: "[policy]\nclassify_timeout_ms = 3000\n".into(),
        ..Default::default()
    })
    .await;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..80 {
        z.write_all(&zeros).unwrap();
    }
    let mut pdf = b"%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n".to_vec();
    pdf.extend_from_slice(&z.finish().unwrap());
    pdf.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
    // A DOCX whose document part inflates to 256 MiB (its declared size is true;
    // the reader stops at its limit either way).
    let docx = {
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut zw = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zw.start_file("word/document.xml", opts).unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..256 {
            zw.write_all(&chunk).unwrap();
        }
        zw.finish().unwrap();
        buf.into_inner()
    };
    let bomb_line = format!("{}\r\n", "<b&amp;".repeat(100));
    let html = bomb_line.repeat((15 << 20) / bomb_line.len());
    let body = format!(
        "Subject: report\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"h\"\r\n\r\n\
         --h\r\nContent-Type: text/html\r\n\r\n{html}\r\n\
         --h\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"a.pdf\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{}\
         --h\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\
         Content-Disposition: attachment; filename=\"b.docx\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{}--h--\r\n",
        base64_lines(&pdf),
        base64_lines(&docx)
    );
    assert!(body.len() > 15 << 20);
    let addr = relay.addr;
    let hostile = tokio::spawn(async move {
        let mut c = Client::connect(addr).await;
        c.hello().await;
        c.send_mail("a@clinic.example", &["b@partner.example"], body.as_bytes())
            .await
    });
    let mut worst = Duration::ZERO;
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    for _ in 0..10 {
        let t = std::time::Instant::now();
        let r = c
            .send_mail(
                "a@clinic.example",
                &["b@partner.example"],
                b"Subject: hi\r\n\r\nok\r\n",
            )
            .await;
        assert_eq!(r.code, 250, "{r:?}");
        worst = worst.max(t.elapsed());
    }
    let r = tokio::time::timeout(Duration::from_secs(60), hostile)
        .await
        .unwrap()
        .unwrap();
    let id = queue_id(&r);
    // A hang guard, not a benchmark: the other session was never stuck behind it.
    assert!(
        worst < Duration::from_secs(5),
        "another session waited {worst:?}"
    );
    let events = relay.store.audit_for_message(&id).await.unwrap();
    let classified = events.iter().find(|e| e.event == "classified").unwrap();
    let v: serde_json::Value = serde_json::from_str(&classified.details).unwrap();
    assert_eq!(v["phi"], true, "{v}");
    assert!(!v["unscanned"].as_array().unwrap().is_empty(), "{v}");
}

/// Item 10: `TLS-Required: No` from a client relaxes nothing unless the admin
/// turned `honor_tls_required_no` on, and even then never a level the admin set
/// (here `dane-only` for the domain): the message stays deferred, not delivered
/// to a server whose key does not match the published TLSA.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_required_no_does_not_override_the_admin() {
    use phirelay::transport::dane::tlsa_for;
    let leaf = crate::common::certs::self_signed(&["mx.strict.test"]);
    let other = crate::common::certs::self_signed(&["x"]);
    let rec = tlsa_for(&other.cert_der, 3, 1, 1);
    for transport_extra in [
        "",
        "honor_tls_required_no = true\n[[transport.tls]]\ndomain = \"strict.test\"\nlevel = \"dane-only\"\n",
    ] {
        let zone = mx_zone("strict.test", 2)
            .tlsa(
                "_25._tcp.mx.strict.test.",
                rec.usage,
                rec.selector,
                rec.matching,
                rec.data.clone(),
            )
            .signed();
        let w = World::start_with(vec![zone], "", transport_extra, "").await;
        let mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
        let id = w
            .send(
                "a@sender.test",
                &["b@strict.test"],
                b"Subject: r\r\nTLS-Required: No\r\n\r\nx\r\n",
            )
            .await;
        tokio::time::sleep(Duration::from_secs(2)).await;
        let s = w.relay.store.recipients(&id).await.unwrap()[0].state;
        assert_ne!(
            s,
            RecipientState::Delivered,
            "relaxed with {transport_extra:?}"
        );
        assert!(mx.received().is_empty());
    }
}

/// Item 7: an MX whose secure TLSA records are all unusable (PKIX-EE here)
/// means "this server does TLS", but proves nothing about the certificate: PHI,
/// which needs verified TLS, must not go over that unauthenticated TLS. With no
/// MTA-STS and a self-signed certificate, it is held.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unusable_tlsa_does_not_count_as_verified() {
    use phirelay::transport::dane::tlsa_for;
    let leaf = crate::common::certs::self_signed(&["mx.unusable.test"]);
    let rec = tlsa_for(&leaf.cert_der, 1, 1, 1); // usage 1 (PKIX-EE): unusable for SMTP
    let zone = mx_zone("unusable.test", 2)
        .tlsa(
            "_25._tcp.mx.unusable.test.",
            rec.usage,
            rec.selector,
            rec.matching,
            rec.data,
        )
        .signed();
    let w = World::start(vec![zone], "", "").await;
    let mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let body = b"Subject: results\r\n\r\nPatient SSN: 512-44-7360\r\n";
    let id = w
        .send("dr@clinic.example", &["x@unusable.test"], body)
        .await;
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let s = w.relay.store.recipients(&id).await.unwrap()[0].state;
        assert_ne!(
            s,
            RecipientState::Delivered,
            "PHI went over unauthenticated TLS"
        );
        if s == RecipientState::Held {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "state {s:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(mx.received().is_empty());
}
