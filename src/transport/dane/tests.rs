//! Unit tests for DANE matching and the verifier over real rustls handshakes.

use std::sync::Arc;

use rustls::client::danger::{ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::server::ParsedCertificate;
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};

use super::*;
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose, date_time_ymd,
};
use rustls::ServerConfig;
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const MX: &str = "mx.example.org";

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

struct Leaf {
    der: Vec<u8>,
    key: Vec<u8>,
    /// What the server sends: the leaf, then the CA if any.
    chain: Vec<Vec<u8>>,
}

impl Leaf {
    fn intermediates(&self) -> Vec<CertificateDer<'static>> {
        self.chain[1..]
            .iter()
            .map(|d| CertificateDer::from(d.clone()))
            .collect()
    }

    fn server_config(&self, tls12_only: bool) -> Arc<ServerConfig> {
        let chain = self
            .chain
            .iter()
            .map(|d| CertificateDer::from(d.clone()))
            .collect();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key.clone()));
        let b = ServerConfig::builder_with_provider(provider());
        let b = if tls12_only {
            b.with_protocol_versions(&[&rustls::version::TLS12])
        } else {
            b.with_safe_default_protocol_versions()
        };
        Arc::new(
            b.expect("versions")
                .with_no_client_auth()
                .with_single_cert(chain, key)
                .expect("cert and key"),
        )
    }
}

struct Ca {
    der: Vec<u8>,
    issuer: Issuer<'static, KeyPair>,
}

impl Ca {
    fn new() -> Ca {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(DnType::CommonName, "dane test CA");
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let key = KeyPair::generate().expect("CA key");
        let cert = params.self_signed(&key).expect("self-sign CA");
        Ca {
            der: cert.der().to_vec(),
            issuer: Issuer::new(params, key),
        }
    }

    fn issue(&self, hosts: &[&str], expired: bool) -> Leaf {
        let key = KeyPair::generate().expect("leaf key");
        let cert = leaf_params(hosts, expired)
            .signed_by(&key, &self.issuer)
            .expect("sign leaf");
        Leaf {
            der: cert.der().to_vec(),
            key: key.serialize_der(),
            chain: vec![cert.der().to_vec(), self.der.clone()],
        }
    }
}

fn leaf_params(hosts: &[&str], expired: bool) -> CertificateParams {
    let names: Vec<String> = hosts.iter().map(|h| h.to_string()).collect();
    let mut params = CertificateParams::new(names).expect("names");
    params
        .distinguished_name
        .push(DnType::CommonName, hosts.first().copied().unwrap_or("x"));
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    if expired {
        params.not_before = date_time_ymd(2000, 1, 1);
        params.not_after = date_time_ymd(2001, 1, 1);
    }
    params
}

fn self_signed(hosts: &[&str], expired: bool) -> Leaf {
    let key = KeyPair::generate().expect("key");
    let cert = leaf_params(hosts, expired)
        .self_signed(&key)
        .expect("self-sign");
    Leaf {
        der: cert.der().to_vec(),
        key: key.serialize_der(),
        chain: vec![cert.der().to_vec()],
    }
}

fn verifier(records: &[Tlsa], names: &[&str]) -> DaneVerifier {
    DaneVerifier::new(
        records,
        names.iter().map(|n| n.to_string()).collect(),
        provider(),
    )
    .expect("usable records")
}

/// Runs `verify_server_cert` as rustls would.
fn verify(v: &DaneVerifier, leaf: &Leaf) -> Result<ServerCertVerified, rustls::Error> {
    let ee = CertificateDer::from(leaf.der.clone());
    let sni = ServerName::try_from(MX).expect("name");
    v.verify_server_cert(&ee, &leaf.intermediates(), &sni, &[], UnixTime::now())
}

fn kind_of(err: &rustls::Error) -> DaneFailure {
    dane_error(err).expect("a DaneError inside").failure.clone()
}

// (a) DANE-EE ignores names and validity dates.
#[test]
fn ee_311_accepts_wrong_name_and_expired() {
    let leaf = self_signed(&["wrong.example"], true);
    let rec = tlsa_for(&leaf.der, 3, 1, 1);
    assert_eq!(rec.data.len(), 32);
    let v = verifier(std::slice::from_ref(&rec), &[MX]);
    assert!(verify(&v, &leaf).is_ok());
    assert_eq!(v.matched(), Some(rec));
    assert_eq!(v.failure(), None);
}

// (b) A DANE-EE mismatch is a NoMatch with a useful reason.
#[test]
fn ee_311_mismatch_is_no_match() {
    let leaf = self_signed(&[MX], false);
    let other = self_signed(&[MX], false);
    let rec = tlsa_for(&other.der, 3, 1, 1);
    let v = verifier(std::slice::from_ref(&rec), &[MX]);
    let err = verify(&v, &leaf).expect_err("must not match");
    assert_eq!(kind_of(&err), DaneFailure::NoMatch);
    assert_eq!(v.failure_kind(), Some(DaneFailure::NoMatch));
    assert_eq!(DaneFailure::NoMatch.tlsrpt_result_type(), "tlsa-invalid");
    let why = v.failure().expect("reason");
    assert!(why.contains(&rec.to_string()), "{why}");
    assert!(
        why.contains(&tlsa_for(&leaf.der, 3, 1, 1).to_string()),
        "names what the server presented: {why}"
    );
    assert_eq!(v.matched(), None);
    // A later success clears the failure.
    let v2 = verifier(&[rec, tlsa_for(&leaf.der, 3, 1, 1)], &[MX]);
    assert!(verify(&v2, &other).is_ok());
    assert!(verify(&v2, &leaf).is_ok());
    assert_eq!(v2.failure(), None);
}

// (c) Every selector / matching type combination for DANE-EE.
#[test]
fn ee_all_selectors_and_matching_types() {
    let leaf = self_signed(&[MX], false);
    let other = self_signed(&[MX], false);
    for (s, m) in [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)] {
        let rec = tlsa_for(&leaf.der, 3, s, m);
        assert!(rec.usable(), "3 {s} {m}");
        assert!(matches_ee(&leaf.der, &rec), "3 {s} {m}");
        assert!(!matches_ee(&other.der, &rec), "3 {s} {m}");
        let v = verifier(std::slice::from_ref(&rec), &[MX]);
        assert!(verify(&v, &leaf).is_ok(), "3 {s} {m}");
        assert!(verify(&v, &other).is_err(), "3 {s} {m}");
    }
    assert_eq!(tlsa_for(&leaf.der, 3, 0, 0).data, leaf.der);
    assert_eq!(tlsa_for(&leaf.der, 3, 1, 2).data.len(), 64);
    assert_eq!(
        tlsa_for(&leaf.der, 3, 1, 0).data,
        spki_der(&leaf.der).expect("spki")
    );
}

// (d) DANE-TA on the CA the server sends, with the right name.
#[test]
fn ta_211_on_ca_with_right_name() {
    let ca = Ca::new();
    let leaf = ca.issue(&[MX], false);
    for (s, m) in [(1, 1), (0, 1), (1, 2), (0, 0)] {
        let rec = tlsa_for(&ca.der, 2, s, m);
        assert!(matches_ta(&ca.der, &rec));
        let v = verifier(std::slice::from_ref(&rec), &[MX]);
        assert!(verify(&v, &leaf).is_ok(), "2 {s} {m}: {:?}", v.failure());
        assert_eq!(v.matched(), Some(rec));
    }
    // The second reference identifier (next-hop domain) is enough, case-insensitive
    // and with a trailing dot.
    let v = verifier(
        &[tlsa_for(&ca.der, 2, 1, 1)],
        &["other.example.net", "MX.Example.ORG."],
    );
    assert_eq!(v.names(), ["other.example.net", MX]);
    assert!(verify(&v, &leaf).is_ok());
    // Wildcards: leftmost label only.
    let wild = ca.issue(&["*.example.org"], false);
    let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
    assert!(verify(&v, &wild).is_ok());
    let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &["a.mx.example.org"]);
    assert_eq!(
        kind_of(&verify(&v, &wild).unwrap_err()),
        DaneFailure::HostMismatch
    );
}

// `2 0 0` carries the trust anchor itself: the server need not send it.
#[test]
fn ta_200_anchor_from_the_record() {
    let ca = Ca::new();
    let mut leaf = ca.issue(&[MX], false);
    leaf.chain.truncate(1);
    let v = verifier(&[tlsa_for(&ca.der, 2, 0, 0)], &[MX]);
    assert!(verify(&v, &leaf).is_ok(), "{:?}", v.failure());
    // A digest record needs the anchor in the chain.
    let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
    assert_eq!(
        kind_of(&verify(&v, &leaf).unwrap_err()),
        DaneFailure::NoMatch
    );
}

// (e) DANE-TA with a name mismatch.
#[test]
fn ta_211_name_mismatch() {
    let ca = Ca::new();
    let leaf = ca.issue(&["other.example.net"], false);
    let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
    let err = verify(&v, &leaf).expect_err("wrong name");
    assert_eq!(kind_of(&err), DaneFailure::HostMismatch);
    assert_eq!(v.failure_kind(), Some(DaneFailure::HostMismatch));
    assert_eq!(
        DaneFailure::HostMismatch.tlsrpt_result_type(),
        "certificate-host-mismatch"
    );
    assert!(v.failure().unwrap().contains(MX));
}

// DANE-TA checks validity dates.
#[test]
fn ta_211_expired_leaf() {
    let ca = Ca::new();
    let leaf = ca.issue(&[MX], true);
    let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
    let err = verify(&v, &leaf).expect_err("expired");
    assert_eq!(kind_of(&err), DaneFailure::Expired);
    assert_eq!(
        v.failure_kind().unwrap().tlsrpt_result_type(),
        "certificate-expired"
    );
    // ... while DANE-EE on the same expired leaf is fine.
    let v = verifier(&[tlsa_for(&leaf.der, 3, 1, 1)], &["nowhere.example"]);
    assert!(verify(&v, &leaf).is_ok());
}

// A record matching a CA that did not sign the leaf: validation failure.
#[test]
fn ta_matching_unrelated_ca_is_invalid() {
    let ca = Ca::new();
    let other = Ca::new();
    let mut leaf = other.issue(&[MX], false);
    leaf.chain[1] = ca.der.clone(); // the server sends the wrong CA
    let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
    let err = verify(&v, &leaf).expect_err("not signed by the anchor");
    let kind = kind_of(&err);
    assert!(matches!(kind, DaneFailure::Invalid(_)), "{kind:?}");
    assert_eq!(kind.tlsrpt_result_type(), "validation-failure");
}

// Any usable record matching is enough; TA failure is reported over NoMatch.
#[test]
fn any_record_may_match() {
    let ca = Ca::new();
    let leaf = ca.issue(&["other.example.net"], false);
    let stranger = self_signed(&[MX], false);
    let recs = [
        tlsa_for(&stranger.der, 3, 1, 1),
        tlsa_for(&ca.der, 2, 1, 1),
        tlsa_for(&leaf.der, 3, 0, 1),
    ];
    assert!(verify(&verifier(&recs, &[MX]), &leaf).is_ok());
    let v = verifier(&recs[..2], &[MX]);
    assert_eq!(
        kind_of(&verify(&v, &leaf).unwrap_err()),
        DaneFailure::HostMismatch
    );
}

// (f) Usability and digest agility.
#[test]
fn unusable_records_are_filtered() {
    let leaf = self_signed(&[MX], false);
    let unusable = [
        tlsa_for(&leaf.der, 0, 1, 1), // PKIX-TA
        tlsa_for(&leaf.der, 1, 1, 1), // PKIX-EE
        tlsa_for(&leaf.der, 1, 0, 0),
        tlsa_for(&leaf.der, 4, 1, 1),    // unknown usage
        Tlsa::new(3, 2, 1, vec![0; 32]), // unknown selector
        Tlsa::new(3, 1, 3, vec![0; 32]), // unknown matching type
        Tlsa::new(3, 1, 1, vec![0; 31]), // wrong SHA2-256 length
        Tlsa::new(3, 1, 2, vec![0; 32]), // wrong SHA2-512 length
        Tlsa::new(3, 1, 0, vec![]),      // empty Full
        tlsa_for(&leaf.der, 3, 9, 1),    // tlsa_for with a bad selector: empty data
    ];
    for r in &unusable {
        assert!(!r.usable(), "{r}");
    }
    assert!(usable_records(&unusable).is_empty());
    assert!(DaneVerifier::new(&unusable, vec![MX.into()], provider()).is_none());
    assert!(DaneVerifier::new(&[], vec![MX.into()], provider()).is_none());

    let good = tlsa_for(&leaf.der, 3, 1, 1);
    let mut mixed = unusable.to_vec();
    mixed.push(good.clone());
    assert_eq!(usable_records(&mixed), vec![good.clone()]);
    let v = DaneVerifier::new(&mixed, vec![MX.into()], provider()).expect("one usable");
    assert_eq!(v.records(), [good]);
}

#[test]
fn digest_agility() {
    let leaf = self_signed(&[MX], false);
    let other = self_signed(&[MX], false);
    let r311 = tlsa_for(&leaf.der, 3, 1, 1);
    let r312_other = tlsa_for(&other.der, 3, 1, 2);
    let r310 = tlsa_for(&leaf.der, 3, 1, 0);
    let r211 = tlsa_for(&leaf.der, 2, 1, 1);
    let r301 = tlsa_for(&leaf.der, 3, 0, 1);
    // The weaker 3 1 1 is ignored beside a 3 1 2 ...
    let recs = [r311.clone(), r312_other.clone()];
    assert_eq!(usable_records(&recs), vec![r312_other.clone()]);
    assert!(verify(&verifier(&recs, &[MX]), &leaf).is_err());
    // ... Full(0) stays, and other usage/selector pairs are independent.
    let recs = [
        r311,
        r312_other.clone(),
        r310.clone(),
        r211.clone(),
        r301.clone(),
    ];
    assert_eq!(usable_records(&recs), vec![r312_other, r310, r211, r301]);
}

#[test]
fn presentation_form() {
    let leaf = self_signed(&[MX], false);
    let rec = tlsa_for(&leaf.der, 3, 1, 1);
    let text = rec.to_string();
    assert!(text.starts_with("3 1 1 "));
    assert_eq!(text.parse::<Tlsa>(), Ok(rec.clone()));
    let split = format!("3 1 1 {} {}", &text[6..30], &text[30..]);
    assert_eq!(split.parse::<Tlsa>(), Ok(rec));
    for bad in ["", "3 1", "3 1 1", "3 1 1 zz", "3 1 1 abc", "300 1 1 00"] {
        assert!(bad.parse::<Tlsa>().is_err(), "{bad:?}");
    }
    let from_dns = crate::dns::TlsaRecord {
        usage: 3,
        selector: 1,
        matching: 1,
        data: vec![7; 32],
    };
    assert_eq!(Tlsa::from(&from_dns), Tlsa::new(3, 1, 1, vec![7; 32]));
}

/// DER TLV, for building test certificates by hand.
fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 0x80 {
        out.push(n as u8);
    } else {
        let bytes: Vec<u8> = n
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

/// The elements inside a constructed TLV.
fn children(der: &[u8]) -> Vec<Vec<u8>> {
    let (_, h, t) = der_walk_tlv(der);
    let mut rest = &der[h..t];
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (_, _, t) = der_walk_tlv(rest);
        out.push(rest[..t].to_vec());
        rest = &rest[t..];
    }
    out
}

fn der_walk_tlv(der: &[u8]) -> (u8, usize, usize) {
    let first = der[1];
    let (h, len) = if first < 0x80 {
        (2, first as usize)
    } else {
        let n = (first & 0x7f) as usize;
        (
            2 + n,
            der[2..2 + n]
                .iter()
                .fold(0usize, |a, b| (a << 8) | *b as usize),
        )
    };
    (der[0], h, h + len)
}

#[test]
fn der_walk_agrees_with_webpki() {
    let ca = Ca::new();
    let leaf = ca.issue(&[MX], false);
    for der in [&ca.der, &leaf.der] {
        let webpki = spki_der(der).expect("webpki parses");
        assert_eq!(der_walk::spki(der), Some(webpki.as_slice()));
    }
}

/// A v1 certificate (no [0] version): webpki refuses it as an end entity but takes
/// it as a trust anchor, so its SPKI must still be found (DANE-TA `2 1 x`).
#[test]
fn der_walk_handles_v1_certificates() {
    let leaf = self_signed(&[MX], false);
    let parts = children(&leaf.der);
    let tbs = children(&parts[0]);
    assert_eq!(tbs[0][0], 0xA0, "v3 certificate has a version");
    // Drop the version and the extensions ([3]).
    let v1_tbs: Vec<u8> = tbs[1..]
        .iter()
        .filter(|e| e[0] != 0xA3)
        .flatten()
        .copied()
        .collect();
    let v1 = tlv(
        0x30,
        &[tlv(0x30, &v1_tbs), parts[1].clone(), parts[2].clone()].concat(),
    );
    let der = CertificateDer::from(v1.as_slice());
    assert!(
        ParsedCertificate::try_from(&der).is_err(),
        "webpki refuses v1"
    );
    assert_eq!(spki_der(&v1), spki_der(&leaf.der));
    assert!(matches_cert(&v1, &tlsa_for(&leaf.der, 2, 1, 1)));
}

// (g) Malformed input: no panic, no match, rejected.
#[test]
fn malformed_der_is_rejected_without_panic() {
    let ca = Ca::new();
    let leaf = ca.issue(&[MX], false);
    let recs = [
        tlsa_for(&leaf.der, 3, 1, 1),
        tlsa_for(&leaf.der, 3, 0, 1),
        tlsa_for(&ca.der, 2, 1, 1),
    ];
    let v = verifier(&recs, &[MX]);
    let sni = ServerName::try_from(MX).unwrap();
    let mut inputs: Vec<Vec<u8>> = vec![
        vec![],
        vec![0x30],
        vec![0x30, 0x80, 0, 0],                      // indefinite length
        vec![0x30, 0x84, 0xff, 0xff, 0xff, 0xff],    // huge length
        vec![0x30, 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9], // over-long length field
        vec![0x30, 0x81, 0x05, 1, 2, 3, 4, 5],       // non-minimal length
        vec![0x1f, 0x01, 0x00],                      // high tag number
        vec![0x30, 0x03, 0x02, 0x01],                // truncated inside
        b"not a certificate at all".to_vec(),
    ];
    // Every truncation and a few corruptions of a real certificate.
    for n in 0..leaf.der.len() {
        inputs.push(leaf.der[..n].to_vec());
    }
    for i in (0..leaf.der.len()).step_by(7) {
        let mut c = leaf.der.clone();
        c[i] ^= 0xff;
        inputs.push(c);
    }
    let mut s = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..200 {
        let len = (s % 300) as usize;
        let junk: Vec<u8> = (0..len)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                s as u8
            })
            .collect();
        inputs.push(junk);
    }
    let leaf_spki = spki_der(&leaf.der).expect("spki");
    let mut rejected = 0;
    for bad in &inputs {
        let _ = tlsa_for(bad, 3, 1, 1);
        let ee = CertificateDer::from(bad.clone());
        // As end entity, and as the "CA" in the chain.
        let r1 = v.verify_server_cert(&ee, &[], &sni, &[], UnixTime::now());
        let r2 = v.verify_server_cert(
            &CertificateDer::from(leaf.der.clone()),
            std::slice::from_ref(&ee),
            &sni,
            &[],
            UnixTime::now(),
        );
        // A flipped bit outside the key still matches `3 1 1` (only the SPKI is
        // pinned; the handshake signature then proves the key). Nothing else may.
        if spki_der(bad) == Some(leaf_spki.clone()) {
            assert!(r1.is_ok());
        } else {
            assert!(r1.is_err(), "accepted {bad:02x?}");
            assert!(dane_error(r1.as_ref().unwrap_err()).is_some());
            rejected += 1;
        }
        // The leaf itself matches 3 1 1 regardless of the junk in the chain.
        assert!(r2.is_ok());
        assert_eq!(v.failure(), None);
    }
    assert!(
        rejected > inputs.len() / 2,
        "{rejected} of {}",
        inputs.len()
    );
    // The malformed end-entity case names itself.
    let junk = CertificateDer::from(vec![0x30, 0x03, 0x02, 0x01, 0x00]);
    let v = verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]);
    let err = v
        .verify_server_cert(
            &junk,
            &[CertificateDer::from(ca.der.clone())],
            &sni,
            &[],
            UnixTime::now(),
        )
        .unwrap_err();
    assert!(matches!(kind_of(&err), DaneFailure::Invalid(_)));
}

// (h) Real handshakes.

/// Handshake over an in-memory duplex: server presents `leaf`, client uses DANE.
async fn handshake(
    leaf: &Leaf,
    v: Arc<DaneVerifier>,
    tls12_only: bool,
) -> std::io::Result<rustls::ProtocolVersion> {
    let (c, s) = tokio::io::duplex(64 * 1024);
    let acceptor = tokio_rustls::TlsAcceptor::from(leaf.server_config(tls12_only));
    let server = tokio::spawn(async move {
        let mut tls = acceptor.accept(s).await?;
        let mut buf = [0u8; 5];
        tls.read_exact(&mut buf).await?;
        tls.write_all(b"250 ok").await?;
        tls.shutdown().await?;
        std::io::Result::Ok(buf)
    });
    let connector =
        tokio_rustls::TlsConnector::from(client_config(v, provider()).expect("client config"));
    let name = ServerName::try_from(MX.to_string()).unwrap();
    let result = async {
        let mut tls = connector.connect(name, c).await?;
        let version = tls.get_ref().1.protocol_version().expect("negotiated");
        tls.write_all(b"EHLO ").await?;
        let mut reply = Vec::new();
        tls.read_to_end(&mut reply).await?;
        assert_eq!(reply, b"250 ok");
        Ok(version)
    }
    .await;
    let server = server.await.expect("server task");
    if result.is_ok() {
        assert_eq!(&server.expect("server side"), b"EHLO ");
    }
    result
}

#[tokio::test]
async fn handshake_tls13_dane_ee_success() {
    // Self-signed, expired, wrong name: DANE-EE does not care.
    let leaf = self_signed(&["wrong.example"], true);
    let rec = tlsa_for(&leaf.der, 3, 1, 1);
    let v = Arc::new(verifier(std::slice::from_ref(&rec), &[MX]));
    let version = handshake(&leaf, v.clone(), false).await.expect("handshake");
    assert_eq!(version, rustls::ProtocolVersion::TLSv1_3);
    assert_eq!(v.matched(), Some(rec));
}

#[tokio::test]
async fn handshake_tls12_dane_ee_success() {
    let leaf = self_signed(&[MX], false);
    let v = Arc::new(verifier(&[tlsa_for(&leaf.der, 3, 1, 1)], &[MX]));
    let version = handshake(&leaf, v, true).await.expect("handshake");
    assert_eq!(version, rustls::ProtocolVersion::TLSv1_2);
}

#[tokio::test]
async fn handshake_tls13_dane_ta_success() {
    let ca = Ca::new();
    let leaf = ca.issue(&[MX], false);
    let v = Arc::new(verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]));
    let version = handshake(&leaf, v.clone(), false).await.expect("handshake");
    assert_eq!(version, rustls::ProtocolVersion::TLSv1_3);
    assert_eq!(v.matched().map(|r| r.usage), Some(2));
}

#[tokio::test]
async fn handshake_mismatch_fails() {
    let leaf = self_signed(&[MX], false);
    let other = self_signed(&[MX], false);
    let v = Arc::new(verifier(&[tlsa_for(&other.der, 3, 1, 1)], &[MX]));
    let err = handshake(&leaf, v.clone(), false)
        .await
        .expect_err("must fail");
    let dane = dane_error(&err).expect("the io::Error carries the DANE reason");
    assert_eq!(dane.failure, DaneFailure::NoMatch);
    assert_eq!(v.failure_kind(), Some(DaneFailure::NoMatch));
    let shown = err.to_string();
    assert!(
        shown.contains("DANE(NoMatch): no TLSA record matched"),
        "{shown}"
    );
}

#[tokio::test]
async fn handshake_ta_host_mismatch_fails() {
    let ca = Ca::new();
    let leaf = ca.issue(&["other.example.net"], false);
    let v = Arc::new(verifier(&[tlsa_for(&ca.der, 2, 1, 1)], &[MX]));
    let err = handshake(&leaf, v.clone(), false)
        .await
        .expect_err("must fail");
    assert_eq!(
        dane_error(&err).map(|d| d.failure.clone()),
        Some(DaneFailure::HostMismatch)
    );
}
