//! Unit tests for the MTA-STS parser, matcher and decisions.

use super::*;

const GOOD: &str =
    "version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: *.example.net\nmax_age: 86400\n";

#[test]
fn parses_lf_and_crlf() {
    let lf = parse_policy(GOOD).unwrap();
    assert_eq!(lf.mode, Mode::Enforce);
    assert_eq!(lf.mx, vec!["mail.example.com", "*.example.net"]);
    assert_eq!(lf.max_age, 86400);
    let crlf = parse_policy(&GOOD.replace('\n', "\r\n")).unwrap();
    assert_eq!(crlf, lf);
    // No final line break, whitespace after the colon and at the end of the line.
    let loose = "version:STSv1\r\nmode:\t testing \nmx: MAIL.Example.COM.\t\nmax_age: 0";
    let p = parse_policy(loose).unwrap();
    assert_eq!(p.mode, Mode::Testing);
    assert_eq!(p.mx, vec!["mail.example.com"]);
    assert_eq!(p.max_age, 0);
    assert_eq!(p.with_id("abc").id, "abc");
}

#[test]
fn field_order_is_free_and_blank_lines_are_skipped() {
    let text = "\nmax_age: 604800\n\nmx: a.example.com\r\n  \nmode: testing\nversion: STSv1\n\n\n";
    let p = parse_policy(text).unwrap();
    assert_eq!(p.mode, Mode::Testing);
    assert_eq!(p.max_age, 604800);
}

#[test]
fn missing_fields() {
    let without = |field: &str| -> String {
        GOOD.lines()
            .filter(|l| !l.starts_with(field))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    assert_eq!(
        parse_policy(&without("version")),
        Err(PolicyError::Missing("version"))
    );
    assert_eq!(
        parse_policy(&without("mode")),
        Err(PolicyError::Missing("mode"))
    );
    assert_eq!(
        parse_policy(&without("max_age")),
        Err(PolicyError::Missing("max_age"))
    );
    assert_eq!(
        parse_policy(&without("mx")),
        Err(PolicyError::Missing("mx"))
    );
    let testing = without("mx").replace("enforce", "testing");
    assert_eq!(parse_policy(&testing), Err(PolicyError::Missing("mx")));
    assert_eq!(parse_policy(""), Err(PolicyError::Missing("version")));
}

#[test]
fn mode_none_needs_no_mx() {
    let p = parse_policy("version: STSv1\nmode: none\nmax_age: 86400\n").unwrap();
    assert_eq!(p.mode, Mode::None);
    assert!(p.mx.is_empty());
}

#[test]
fn bad_version_and_mode() {
    for v in ["STSv2", "stsv1", "STSv1 extra", ""] {
        let text = GOOD.replace("version: STSv1", &format!("version: {v}"));
        assert_eq!(
            parse_policy(&text),
            Err(PolicyError::InvalidVersion { line: 1 }),
            "{v:?}"
        );
    }
    for m in ["Enforce", "enforcing", "", "enforce testing"] {
        let text = GOOD.replace("mode: enforce", &format!("mode: {m}"));
        assert_eq!(
            parse_policy(&text),
            Err(PolicyError::InvalidMode { line: 2 }),
            "{m:?}"
        );
    }
    // Field names are case-sensitive: `Version` is an unknown field.
    let text = GOOD.replace("version:", "Version:");
    assert_eq!(parse_policy(&text), Err(PolicyError::Missing("version")));
}

#[test]
fn bad_max_age() {
    for v in [
        "",
        "-1",
        "1.5",
        "86400s",
        "0x10",
        "12345678901",
        " 1 2",
        "+5",
    ] {
        let text = GOOD.replace("max_age: 86400", &format!("max_age: {v}"));
        assert_eq!(
            parse_policy(&text),
            Err(PolicyError::InvalidMaxAge { line: 5 }),
            "{v:?}"
        );
    }
}

#[test]
fn huge_max_age_is_clamped() {
    for (v, want) in [
        ("31557600", 31_557_600),
        ("31557601", MAX_AGE_LIMIT),
        ("9999999999", MAX_AGE_LIMIT),
        ("0000000001", 1),
    ] {
        let text = GOOD.replace("max_age: 86400", &format!("max_age: {v}"));
        assert_eq!(parse_policy(&text).unwrap().max_age, want, "{v}");
    }
}

#[test]
fn bad_mx() {
    for v in [
        "",
        "*",
        "*.",
        "a..b",
        "-a.example.com",
        "a-.example.com",
        "a.*.example.com",
        "a b",
        "mx.exämple.com",
        "*.*.example.com",
        "mx_1.example.com",
    ] {
        let text = GOOD.replace("mx: mail.example.com", &format!("mx: {v}"));
        assert_eq!(
            parse_policy(&text),
            Err(PolicyError::InvalidMx { line: 3 }),
            "{v:?}"
        );
    }
}

#[test]
fn unknown_fields_are_ignored_and_first_wins() {
    let text = format!(
        "x-note: hello world; a=b\r\nfoo.bar-baz_1: ünïcode\nempty:\n{GOOD}mode: testing\nmax_age: 5\n"
    );
    let p = parse_policy(&text).unwrap();
    assert_eq!(p.mode, Mode::Enforce);
    assert_eq!(p.max_age, 86400);
    // But repeated fields must still be valid.
    let dup = format!("{GOOD}mode: bogus\n");
    assert_eq!(
        parse_policy(&dup),
        Err(PolicyError::InvalidMode { line: 6 })
    );
}

#[test]
fn malformed_lines() {
    for bad in [
        "just words",
        " mode: enforce",
        "mode : enforce",
        ": value",
        "_x: y",
        "a23456789012345678901234567890123: toolong",
        "x-ctl: a\u{7}b",
        "mode: enforce\rmx: a.b",
    ] {
        let text = format!("{GOOD}{bad}\n");
        assert!(
            matches!(
                parse_policy(&text),
                Err(PolicyError::MalformedLine { line: 6 } | PolicyError::InvalidMode { line: 6 })
            ),
            "{bad:?}: {:?}",
            parse_policy(&text)
        );
    }
}

#[test]
fn garbage_never_panics() {
    for text in [
        "\u{0}",
        ":",
        "::::",
        "\r\r\r",
        "mx:",
        "mx: *",
        "max_age: 99999999999999999999999",
        "\u{feff}version: STSv1",
    ] {
        assert!(parse_policy(text).is_err(), "{text:?}");
    }
}

#[test]
fn mx_matching() {
    assert!(mx_matches("mail.example.com", "mail.example.com"));
    assert!(mx_matches("MAIL.example.com.", "mail.EXAMPLE.com"));
    assert!(mx_matches("mail.example.com", "mail.example.com."));
    assert!(!mx_matches("mail.example.com", "mail2.example.com"));
    assert!(!mx_matches("mail.example.com", "example.com"));
    assert!(mx_matches("*.example.com", "mx1.example.com"));
    assert!(mx_matches("*.example.com", "MX1.Example.Com."));
    assert!(!mx_matches("*.example.com", "a.b.example.com"));
    assert!(!mx_matches("*.example.com", "example.com"));
    assert!(!mx_matches("*.example.com", ".example.com"));
    assert!(!mx_matches("*.example.com", "mx1.example.com.evil"));
    assert!(!mx_matches("*.example.com", "mx1example.com"));
    assert!(!mx_matches("*.example.com", "*.example.com"));
    assert!(!mx_matches("", "example.com"));
    assert!(!mx_matches("example.com", ""));
    assert!(!mx_matches("*", "example.com"));
}

#[test]
fn decisions() {
    let mut p = parse_policy(GOOD).unwrap().with_id("1");
    assert_eq!(decide(&p, "mail.example.com"), Decision::Enforce);
    assert_eq!(decide(&p, "mx.example.net"), Decision::Enforce);
    assert_eq!(decide(&p, "evil.example.org"), Decision::Refuse);
    assert!(!Decision::Refuse.may_deliver());
    assert!(Decision::Enforce.tls_required());
    p.mode = Mode::Testing;
    assert_eq!(decide(&p, "mail.example.com"), Decision::Testing);
    assert_eq!(decide(&p, "evil.example.org"), Decision::TestingNotListed);
    assert!(Decision::TestingNotListed.may_deliver());
    assert!(!Decision::Testing.tls_required());
    p.mode = Mode::None;
    assert_eq!(decide(&p, "evil.example.org"), Decision::NotInForce);
}

#[test]
fn txt_records() {
    assert_eq!(
        parse_txt("v=STSv1; id=20240101T000000;").as_deref(),
        Some("20240101T000000")
    );
    assert_eq!(parse_txt("v=STSv1;id=abc").as_deref(), Some("abc"));
    assert_eq!(
        parse_txt("v=STSv1 ; id=abc ; ext=1").as_deref(),
        Some("abc")
    );
    assert_eq!(parse_txt("id=abc; v=STSv1;"), None);
    assert_eq!(parse_txt("v=STSv2; id=abc;"), None);
    assert_eq!(parse_txt("v=STSv1; id=;"), None);
    assert_eq!(parse_txt("v=STSv1;"), None);
    assert_eq!(parse_txt("v=STSv1; id=has-dash;"), None);
    assert_eq!(parse_txt(&format!("v=STSv1; id={};", "a".repeat(33))), None);
    assert_eq!(parse_txt("v=spf1 -all"), None);

    assert_eq!(
        parse_txt_records(["v=spf1 -all", "v=STSv1; id=one;"]).as_deref(),
        Some("one")
    );
    assert_eq!(
        parse_txt_records(["v=STSv1; id=one;", "v=STSv1; id=two;"]),
        None
    );
    assert_eq!(
        parse_txt_records(["v=STSv1; id=one;", "v=STSv1; id=one;"]),
        None
    );
    assert_eq!(parse_txt_records(Vec::<String>::new()), None);
    assert_eq!(parse_txt_records(["v=STSv1; id=bad-id;"]), None);
}

#[test]
fn result_types() {
    assert_eq!(
        FetchError::Status(404).result_type(),
        "sts-policy-fetch-error"
    );
    let webpki = FetchError::WebPki {
        host: "h".into(),
        reason: "r".into(),
    };
    assert_eq!(webpki.result_type(), "sts-webpki-invalid");
    assert_eq!(FetchError::TooLarge.result_type(), "sts-policy-invalid");
    assert_eq!(
        FetchError::from(PolicyError::Missing("mode")).result_type(),
        "sts-policy-invalid"
    );
}
