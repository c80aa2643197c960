//! Property test: whatever bytes sit in a stored envelope (sender, recipient, ORCPT,
//! ENVID, NOTIFY, RET), the outbound client's command writer produces exactly one
//! command line per command, with no control byte anywhere but the final CRLF, and
//! an address the client would refuse never reaches the writer.

use phirelay::transport::client::{
    Envelope, MailCaps, RcptParams, mail_command, rcpt_command, wire_safe_address,
};
use proptest::prelude::*;

/// Strings with a good share of CR, LF, NUL, `<`, `>`, `+`, `=`, `;` and non-ASCII.
fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(vec![
                '\r', '\n', '\0', '\t', '\u{7f}', '<', '>', '+', '=', ';', ' ', ':', 'é', '\u{85}',
            ]),
            any::<char>(),
            prop::char::range('a', 'z'),
        ],
        0..40,
    )
    .prop_map(|v| v.into_iter().collect())
}

/// One line: ends in CRLF, holds no other control byte.
fn assert_one_line(cmd: &str, verb: &str) {
    assert!(cmd.starts_with(verb), "{cmd:?}");
    let body = cmd.strip_suffix("\r\n").expect("ends in CRLF");
    assert!(
        !body.bytes().any(|b| b < 0x20 || b == 0x7F),
        "control byte in {cmd:?}"
    );
}

/// The parameters after the path's `>` (the address holds none), space-separated.
fn params_after_path(cmd: &str) -> Vec<String> {
    let body = cmd.trim_end_matches("\r\n");
    let close = body.find('>').expect("a path");
    body[close + 1..]
        .split(' ')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

fn xdecode(x: &str) -> Option<Vec<u8>> {
    let b = x.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'+' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn mail_and_rcpt_stay_on_their_line(
        from in hostile(), rcpt in hostile(), orcpt_kind in hostile(), orcpt in hostile(),
        envid in hostile(), notify in hostile(), ret in hostile(), size in any::<bool>(),
    ) {
        let orcpt_full = format!("{orcpt_kind};{orcpt}");
        let env = Envelope {
            from: &from,
            recipients: vec![RcptParams { address: &rcpt, notify: Some(&notify), orcpt: Some(&orcpt_full) }],
            message: b"x\r\n",
            smtputf8: false,
            ret: Some(&ret),
            envid: Some(&envid),
            requiretls: false,
        };
        if wire_safe_address(&from) {
            let m = mail_command(&env, MailCaps { size, dsn: true });
            assert_one_line(&m, "MAIL FROM:<");
            for p in params_after_path(&m) {
                if let Some(x) = p.strip_prefix("ENVID=") {
                    prop_assert!(x.bytes().all(|b| (0x21..0x7F).contains(&b)));
                    prop_assert_eq!(xdecode(x), Some(envid.as_bytes().to_vec()));
                }
            }
        } else {
            // The client refuses this sender before writing (see `refuse_locally`).
            prop_assert!(from.bytes().any(|b| b < 0x20 || b == 0x7F || b == b'<' || b == b'>'));
        }
        if wire_safe_address(&rcpt) {
            let r = rcpt_command(&env.recipients[0], true);
            assert_one_line(&r, "RCPT TO:<");
            for p in params_after_path(&r) {
                if let Some(o) = p.strip_prefix("ORCPT=") {
                    let (kind, x) = o.split_once(';').expect("type;xtext");
                    prop_assert!(kind.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
                    let sent = orcpt_full.split_once(';').map_or("", |(_, a)| a);
                    prop_assert_eq!(xdecode(x), Some(sent.as_bytes().to_vec()));
                }
                if let Some(n) = p.strip_prefix("NOTIFY=") {
                    prop_assert!(n.split(',').all(|w| ["NEVER", "SUCCESS", "FAILURE", "DELAY"].contains(&w)));
                }
            }
        }
    }
}

#[test]
fn crlf_in_a_stored_address_never_reaches_the_writer() {
    assert!(!wire_safe_address("a@b>\r\nRCPT TO:<evil@x"));
    assert!(!wire_safe_address("a@b\nDATA"));
    assert!(!wire_safe_address("a@b> NOTIFY=NEVER"));
    assert!(wire_safe_address("\"john doe\"@example.com"));
    let r = RcptParams {
        address: "a@b",
        notify: Some("success\r\nDATA"),
        orcpt: Some("rfc822\r\nX;c@d\r\nQUIT"),
    };
    assert_eq!(rcpt_command(&r, true), "RCPT TO:<a@b>\r\n");
    let r = RcptParams {
        address: "a@b",
        notify: Some("success,failure"),
        orcpt: Some("rfc822;c@d\r\nQUIT"),
    };
    assert_eq!(
        rcpt_command(&r, true),
        "RCPT TO:<a@b> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;c@d+0D+0AQUIT\r\n"
    );
}
