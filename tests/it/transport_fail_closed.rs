//! Transport fails closed (issue 12): a CNAME from an unsigned zone does not make
//! TLSA records secure; `verified` mail is not satisfied by unusable TLSA records;
//! DANE-EE ignores what the certificate says (X.509 v1, expired, other name);
//! `TLS-Required: No` never lowers a configured level. Real DNS, TLS and SMTP.

use std::sync::Arc;
use std::time::Duration;

use hickory_proto::rr::RData;
use hickory_proto::rr::rdata::CNAME;
use phirelay::store::RecipientState;
use phirelay::transport::dane::tlsa_for;
use rustls::ServerConfig;
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use crate::common::certs::self_signed;
use crate::common::delivery::{World, mx_zone};
use crate::common::dns::Zone;
use crate::common::sink::SinkOpts;

const WAIT: Duration = Duration::from_secs(15);
const SSN: &str = "512-44-7360";

fn with_tlsa(zone: Zone, host: &str, rec: phirelay::transport::dane::Tlsa) -> Zone {
    zone.tlsa(
        &format!("_25._tcp.{host}."),
        rec.usage,
        rec.selector,
        rec.matching,
        rec.data,
    )
}

async fn wait_state(w: &World, id: &str, want: RecipientState) -> RecipientState {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let s = w.relay.store.recipients(id).await.unwrap()[0].state;
        if s == want || tokio::time::Instant::now() > deadline {
            return s;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// RFC 7672 §2.1.3: `_25._tcp.mx.cname.test` (unsigned zone) is a CNAME into the
/// signed `signed.test`, whose TLSA does not match the server. Were the chain taken
/// as secure, DANE would refuse the server; it is not, so the mail goes as at `may`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tlsa_behind_an_insecure_cname_is_not_dane() {
    let leaf = self_signed(&["mx.cname.test"]);
    let other = self_signed(&["x"]);
    let target = "_25._tcp.mx.signed.test.";
    let unsigned = mx_zone("cname.test", 2).record(
        "_25._tcp.mx.cname.test.",
        RData::CNAME(CNAME(target.parse().unwrap())),
    );
    let signed = with_tlsa(
        mx_zone("signed.test", 3).signed(),
        "mx.signed.test",
        tlsa_for(&other.cert_der, 3, 1, 1),
    );
    let w = World::start(vec![unsigned, signed], "", "").await;
    let mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@cname.test"],
            b"Subject: c\r\n\r\nx\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered],
        "a TLSA record reached through an unsigned CNAME was used for DANE"
    );
    let a = w.last_attempt(&id).await;
    assert_ne!(a["security"]["source"], "dane", "{a}");
    assert_eq!(mx.messages().len(), 1);
}

/// PHI (`tls-required`) to an MX whose secure TLSA records are all unusable
/// (PKIX-EE, RFC 7672 §3.1.3) and whose certificate no PKIX root vouches for:
/// unauthenticated TLS is not "verified", so the fallback (portal hold) applies.
/// Ordinary mail to the same MX still goes (encrypted, unauthenticated).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unusable_tlsa_does_not_satisfy_verified() {
    let leaf = self_signed(&["mx.unusable.test"]);
    let zone = with_tlsa(
        mx_zone("unusable.test", 2).signed(),
        "mx.unusable.test",
        tlsa_for(&leaf.cert_der, 1, 1, 1),
    );
    let w = World::start(vec![zone], "", "").await;
    let mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let body = format!("Subject: p\r\n\r\nPatient SSN: {SSN}\r\n");
    let phi = w
        .send("dr@clinic.example", &["a@unusable.test"], body.as_bytes())
        .await;
    assert_eq!(
        wait_state(&w, &phi, RecipientState::Held).await,
        RecipientState::Held,
        "PHI went over unauthenticated TLS"
    );
    assert!(mx.received().is_empty());
    let plain = w
        .send(
            "a@sender.test",
            &["b@unusable.test"],
            b"Subject: o\r\n\r\nx\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&plain, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert_eq!(w.last_attempt(&plain).await["security"]["source"], "dane");
}

/// DER: one TLV.
fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 0x80 {
        out.push(n as u8);
    } else if n < 0x100 {
        out.extend_from_slice(&[0x81, n as u8]);
    } else {
        out.extend_from_slice(&[0x82, (n >> 8) as u8, n as u8]);
    }
    out.extend_from_slice(content);
    out
}

/// An X.509 **v1** certificate (no version field, no extensions), expired in 2020,
/// for `elsewhere.example`, self-signed with ECDSA P-256; and its PKCS#8 key.
fn v1_expired_leaf() -> (Vec<u8>, Vec<u8>) {
    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair};
    let key = rcgen::KeyPair::generate().unwrap();
    let pkcs8 = key.serialize_der();
    let alg = tlv(
        0x30,
        &[0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02],
    );
    let cn = [
        tlv(0x06, &[0x55, 0x04, 0x03]),
        tlv(0x0C, b"elsewhere.example"),
    ]
    .concat();
    let name = tlv(0x30, &tlv(0x31, &tlv(0x30, &cn)));
    let validity = tlv(
        0x30,
        &[tlv(0x17, b"200101000000Z"), tlv(0x17, b"200201000000Z")].concat(),
    );
    let tbs = tlv(
        0x30,
        &[
            tlv(0x02, &[0x07]),
            alg.clone(),
            name.clone(),
            validity,
            name,
            rcgen::PublicKeyData::subject_public_key_info(&key),
        ]
        .concat(),
    );
    let signer = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &pkcs8).unwrap();
    let sig = signer.sign(&SystemRandom::new(), &tbs).unwrap();
    let bits = [&[0u8][..], sig.as_ref()].concat();
    let cert = tlv(0x30, &[tbs, alg, tlv(0x03, &bits)].concat());
    (cert, pkcs8)
}

/// Serves one fixed certificate without rustls checking it against the key (its
/// `with_single_cert` parses the certificate, which webpki refuses for v1).
#[derive(Debug)]
struct Fixed(Arc<CertifiedKey>);

impl ResolvesServerCert for Fixed {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(self.0.clone())
    }
}

fn v1_server_config(cert: &[u8], pkcs8: &[u8]) -> Arc<ServerConfig> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let key = provider
        .key_provider
        .load_private_key(PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
            pkcs8.to_vec(),
        )))
        .unwrap();
    let ck = CertifiedKey::new(vec![CertificateDer::from(cert.to_vec())], key);
    let cfg = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(Fixed(Arc::new(ck))));
    Arc::new(cfg)
}

/// RFC 7672 §3.1.1: DANE-EE(3) binds the key, not the certificate. A v1, expired
/// certificate for another name whose key matches `3 1 1` is accepted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dane_ee_accepts_a_v1_expired_certificate_for_another_name() {
    let (cert, pkcs8) = v1_expired_leaf();
    let zone = with_tlsa(
        mx_zone("v1.test", 2).signed(),
        "mx.v1.test",
        tlsa_for(&cert, 3, 1, 1),
    );
    let w = World::start(vec![zone], "", "").await;
    let mx = w
        .sink(2, SinkOpts::with_tls(v1_server_config(&cert, &pkcs8)))
        .await;
    let id = w
        .send("a@sender.test", &["b@v1.test"], b"Subject: v1\r\n\r\nx\r\n")
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert!(mx.messages()[0].tls);
    let a = w.last_attempt(&id).await;
    assert_eq!(a["tls"]["verified"], "dane", "{a}");
}

/// A DANE domain whose TLSA does not match the server: `TLS-Required: No` must not
/// get the message through when the switch is off (the default), nor when the
/// domain's level was set by the admin.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_required_no_never_lowers_a_configured_level() {
    let leaf = self_signed(&["mx.dane.test"]);
    let other = self_signed(&["x"]);
    let zone = |d: &str| {
        with_tlsa(
            mx_zone(d, 2).signed(),
            &format!("mx.{d}"),
            tlsa_for(&other.cert_der, 3, 1, 1),
        )
    };
    let body = b"Subject: r\r\nTLS-Required: No\r\n\r\nx\r\n";
    // Switch off (default).
    let w = World::start(vec![zone("dane.test")], "", "").await;
    let mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let id = w.send("a@sender.test", &["b@dane.test"], body).await;
    assert!(w.wait_attempts(&id, 1, WAIT).await >= 1);
    assert_eq!(
        w.relay.store.recipients(&id).await.unwrap()[0].state,
        RecipientState::Deferred
    );
    assert!(
        mx.received().is_empty(),
        "TLS-Required: No honoured by default"
    );
    drop((mx, w));
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Switch on, but the domain has its own level: still DANE.
    let w = World::start_with(
        vec![zone("own.test")],
        "",
        "honor_tls_required_no = true",
        "[[transport.tls]]\ndomain = \"own.test\"\nlevel = \"dane\"\n",
    )
    .await;
    let mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let id = w.send("a@sender.test", &["b@own.test"], body).await;
    assert!(w.wait_attempts(&id, 1, WAIT).await >= 1);
    assert_eq!(
        w.relay.store.recipients(&id).await.unwrap()[0].state,
        RecipientState::Deferred
    );
    assert!(mx.received().is_empty(), "a per-domain level was lowered");
}

/// Every failed attempt says in words what kind of failure it was, also when no
/// connection was made: a DANE mismatch (handshake refused, with the hash of the
/// refused certificate) and `dane-only` without TLSA records (refused before
/// connecting).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_attempts_record_a_readable_typed_reason() {
    let leaf = self_signed(&["mx.dane.test"]);
    let other = self_signed(&["x"]);
    let mismatch = with_tlsa(
        mx_zone("dane.test", 2).signed(),
        "mx.dane.test",
        tlsa_for(&other.cert_der, 3, 1, 1),
    );
    let w = World::start(
        vec![mismatch, mx_zone("only.test", 3).signed()],
        "",
        "[[transport.tls]]\ndomain = \"only.test\"\nlevel = \"dane-only\"\n",
    )
    .await;
    let _mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let _only = w.sink(3, SinkOpts::with_tls(leaf.server_config())).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@dane.test"],
            b"Subject: m\r\n\r\nx\r\n",
        )
        .await;
    assert!(w.wait_attempts(&id, 1, WAIT).await >= 1);
    let a = w.last_attempt(&id).await;
    assert_eq!(
        a["security"]["failure"], "TLS policy: TLS handshake failed: DANE: no TLSA record matched",
        "{a}"
    );
    assert_eq!(a["security"]["source"], "dane");
    // A typed kind an officer can filter on, here and on the recipient's result.
    assert_eq!(a["security"]["failure_code"], "dane_no_match", "{a}");
    let deferred = w
        .events(&id)
        .await
        .into_iter()
        .find(|e| e.0 == "deferred")
        .expect("deferred event");
    assert_eq!(
        deferred.2["failure_code"], "dane_no_match",
        "{:?}",
        deferred.2
    );
    assert_eq!(deferred.2["policy_source"], "dane");
    // The refused certificate is on the record.
    let presented = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &leaf.cert_der);
    assert_eq!(
        a["security"]["peer_cert_sha256"],
        hex::encode(presented.as_ref()),
        "{a}"
    );
    let id = w
        .send(
            "a@sender.test",
            &["b@only.test"],
            b"Subject: o\r\n\r\nx\r\n",
        )
        .await;
    assert!(w.wait_attempts(&id, 1, WAIT).await >= 1);
    let a = w.last_attempt(&id).await;
    assert_eq!(
        a["security"]["failure"], "TLS policy: no usable TLSA records at level dane-only",
        "{a}"
    );
    assert_eq!(a["security"]["failure_code"], "tlsa_unusable", "{a}");
}

/// At `may` (no DANE, no MTA-STS) the opportunistic verifier takes any certificate,
/// so a clear-text retry happens only when the server's TLS itself is broken (here:
/// it offers only ChaCha20, which the relay does not); the attempt records that.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_server_tls_at_may_is_retried_in_clear_and_recorded() {
    let leaf = self_signed(&["mx.broken.test"]);
    let mut provider = rustls::crypto::aws_lc_rs::default_provider();
    provider
        .cipher_suites
        .retain(|s| s.suite() == rustls::CipherSuite::TLS13_CHACHA20_POLY1305_SHA256);
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf.key_der.clone()));
    let chacha_only = ServerConfig::builder_with_provider(Arc::new(provider))
        .with_protocol_versions(&[&rustls::version::TLS13])
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![CertificateDer::from(leaf.cert_der.clone())], key)
        .unwrap();
    let w = World::start(vec![mx_zone("broken.test", 2)], "", "").await;
    let mx = w.sink(2, SinkOpts::with_tls(Arc::new(chacha_only))).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@broken.test"],
            b"Subject: b\r\n\r\nx\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert!(!mx.messages()[0].tls);
    let a = w.last_attempt(&id).await;
    assert!(a["tls"].is_null(), "{a}");
    let t = &a["security"]["tolerated_tls_failure"];
    assert_eq!(t["retried_in_clear"], true, "{a}");
    assert_eq!(t["failure"], "TLS handshake: TLS protocol failure", "{a}");
}
