use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use proptest::prelude::*;

use super::*;

fn b64(data: &[u8]) -> String {
    STANDARD.encode(data)
}

fn kinds(e: &Extracted) -> Vec<PartKind> {
    e.parts.iter().map(|(k, _)| *k).collect()
}

fn all(raw: &str) -> Extracted {
    extract(raw.as_bytes(), DEFAULT_MAX_TEXT_BYTES)
}

#[test]
fn subject_and_plain_body() {
    let e = all(
        "From: a@example.com\r\nSubject: Labs for =?utf-8?q?J=C3=BCrgen?=\r\n\r\nSSN 536-22-8174\r\n",
    );
    assert_eq!(e.subject, "Labs for Jürgen");
    assert_eq!(kinds(&e), [PartKind::Body]);
    assert_eq!(e.parts[0].1.trim(), "SSN 536-22-8174");
    assert!(!e.truncated);
}

const ALT: &str = "Subject: alt\r\nMIME-Version: 1.0\r\n\
    Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n\
    --b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
    Dx: E11.9 =E2=80=94 see you=\r\n soon\r\n\
    --b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
    <html><body><p>Dx: <b>E11.9</b> &mdash; see you soon</p>HIDDEN</body></html>\r\n\
    --b1--\r\n";

#[test]
fn both_alternatives_are_scanned() {
    let e = all(&ALT.replace("HIDDEN", "<span style=display:none>MRN 1234567</span>"));
    assert_eq!(kinds(&e), [PartKind::Body, PartKind::HtmlBody]);
    assert_eq!(
        e.parts[0].1.trim(),
        "Dx: E11.9 — see you soon",
        "quoted-printable decoded"
    );
    let html = &e.parts[1].1;
    assert!(
        html.contains("Dx:  E11.9  — see you soon") && html.contains("MRN 1234567"),
        "{html:?}"
    );
    assert!(!html.contains('<'), "tags stripped");
}

#[test]
fn html_only_body_becomes_text() {
    let e = all(
        "Subject: h\r\nContent-Type: text/html\r\n\r\n<div>DOB&nbsp;03/14/1962<br>born in <i>Ohio</i></div>\r\n",
    );
    assert_eq!(kinds(&e), [PartKind::HtmlBody]);
    let t = &e.parts[0].1;
    assert!(
        t.contains("03/14/1962") && t.contains("Ohio") && !t.contains("<i>"),
        "{t:?}"
    );
}

#[test]
fn values_split_by_inline_markup_stay_whole_and_cells_stay_apart() {
    let e = all(
        "Subject: h\r\nContent-Type: text/html\r\n\r\n<td>DOB</td><td><span>03/14/</span><span>1962</span></td><td>SSN</td><td>512-<b>44</b>-7360</td><td>Ana</td><td>Lopez</td>\r\n",
    );
    let t = &e.parts[0].1;
    assert!(t.contains("03/14/1962"), "{t:?}");
    assert!(t.contains("512-44-7360"), "{t:?}");
    // Cells start with a tab (a table reads as a tab-delimited one).
    assert!(t.contains("Ana \tLopez"), "{t:?}");
    assert!(!t.contains("DOB03"), "{t:?}");
}

fn mixed() -> String {
    let csv = b64(b"name,ssn\nRoe,536-22-8174\n");
    let hl7 = b64(b"MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5\rPID|1||123^^^H^MR||ROE^JANE\r");
    let pdf = b64(b"%PDF-1.7\n\x00\x01\x02binary\xff");
    let json = b64(br#"{"member_id":"XYZ123456789"}"#);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("SSN 536-22-8174".encode_utf16().flat_map(u16::to_le_bytes));
    let utf16 = b64(&utf16);
    format!(
        "Subject: files\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n\
        --m\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n\
        --m\r\nContent-Type: text/csv; name=\"patients.csv\"\r\nContent-Disposition: attachment; filename=\"patients.csv\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{csv}\r\n\
        --m\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"adt.hl7\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{hl7}\r\n\
        --m\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"scan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{pdf}\r\n\
        --m\r\nContent-Type: application/json\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n{json}\r\n\
        --m\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"export.txt\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{utf16}\r\n\
        --m--\r\n"
    )
}

#[test]
fn text_like_attachments_decoded_binary_ones_named_only() {
    let e = all(&mixed());
    let got: Vec<(PartKind, &str)> = e.parts.iter().map(|(k, t)| (*k, t.trim())).collect();
    assert_eq!(
        got,
        [
            (PartKind::Body, "See attached."),
            (PartKind::FileName, "patients.csv"),
            (PartKind::Attachment, "name,ssn\nRoe,536-22-8174"),
            (PartKind::FileName, "adt.hl7"),
            (
                PartKind::Attachment,
                "MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5\rPID|1||123^^^H^MR||ROE^JANE"
            ),
            (PartKind::FileName, "scan.pdf"),
            (PartKind::Attachment, r#"{"member_id":"XYZ123456789"}"#),
            (PartKind::FileName, "export.txt"),
            (PartKind::Attachment, "SSN 536-22-8174"),
        ]
    );
}

#[test]
fn forwarded_messages_and_the_depth_limit() {
    let inner = "Subject: Fwd labs\r\n\r\nDOB 03/14/1962\r\n";
    let wrap = |inner: &str| {
        format!(
            "Subject: outer\r\nContent-Type: multipart/mixed; boundary=\"f\"\r\n\r\n\
            --f\r\nContent-Type: text/plain\r\n\r\nFYI\r\n\
            --f\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n--f--\r\n"
        )
    };
    let e = all(&wrap(inner));
    let got: Vec<(PartKind, &str)> = e.parts.iter().map(|(k, t)| (*k, t.trim())).collect();
    assert_eq!(
        got,
        [
            (PartKind::Body, "FYI"),
            (PartKind::ForwardedSubject, "Fwd labs"),
            (PartKind::Forwarded, "DOB 03/14/1962"),
        ]
    );
    assert!(!e.truncated);

    // Five forwards deep: levels 5..=2 are read (depth 0..=3), level 1 and below are not.
    let mut msg = "Subject: L0\r\n\r\nDEEP DOB 03/14/1962\r\n".to_string();
    for i in 1..=5 {
        msg = format!(
            "Subject: L{i}\r\nContent-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n\
            --b{i}\r\nContent-Type: text/plain\r\n\r\nlevel {i}\r\n\
            --b{i}\r\nContent-Type: message/rfc822\r\n\r\n{msg}\r\n--b{i}--\r\n"
        );
    }
    let e = all(&msg);
    let texts: Vec<&str> = e.parts.iter().map(|(_, t)| t.trim()).collect();
    assert_eq!(
        texts,
        ["level 5", "L4", "level 4", "L3", "level 3", "L2", "level 2"]
    );
    assert!(e.truncated);
}

#[test]
fn bounded_with_truncated_flag() {
    let body = "x".repeat(100);
    let raw = format!("Subject: 0123456789\r\n\r\n{body}\r\n");
    let e = extract(raw.as_bytes(), 50);
    assert!(e.truncated);
    assert_eq!(e.subject, "0123456789");
    assert_eq!(e.len(), 50);

    let e = extract(raw.as_bytes(), 5);
    assert_eq!(
        (e.subject.as_str(), e.parts.len(), e.truncated),
        ("01234", 0, true)
    );

    // Never cut inside a character.
    let e = extract("Subject: ééé\r\n\r\nb\r\n".as_bytes(), 3);
    assert_eq!((e.subject.as_str(), e.truncated), ("é", true));

    let e = extract(raw.as_bytes(), 1000);
    assert!(!e.truncated);
}

#[test]
fn unparsable_input_is_scanned_raw() {
    let e = all("");
    assert!(e.is_empty() && !e.truncated);
    let e = extract(b"SSN 536-22-8174 \xff no headers at all", 1000);
    assert!(e.texts().any(|t| t.contains("536-22-8174")));
}

#[test]
fn debug_prints_sizes_only() {
    let e = all(&mixed());
    let dbg = format!("{e:?}");
    assert!(dbg.contains("truncated: false"));
    for secret in ["536-22-8174", "files", "patients", "XYZ"] {
        assert!(!dbg.contains(secret), "{secret}: {dbg}");
    }
}

proptest! {
    /// Arbitrary bytes, and arbitrary bytes after MIME headers: no panic, the bound holds.
    #[test]
    fn extract_any_bytes(body in proptest::collection::vec(any::<u8>(), 0..2000), max in 0usize..3000) {
        let e = extract(&body, max);
        prop_assert!(e.len() <= max);
        let mut raw = b"Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n".to_vec();
        raw.extend_from_slice(&body);
        let e = extract(&raw, max);
        prop_assert!(e.len() <= max);
    }
}
