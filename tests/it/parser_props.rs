//! Property tests: whatever bytes arrive, the command parser and the DATA reader
//! neither panic nor let a message end anywhere but at `<CRLF>.<CRLF>`.

use phirelay::smtp::dot_reader::{DotReader, Progress};
use proptest::prelude::*;

/// Command-ish lines: real verbs and parameters mixed with arbitrary bytes.
fn command_line() -> impl Strategy<Value = Vec<u8>> {
    let verb = prop::sample::select(vec![
        "EHLO ",
        "HELO ",
        "MAIL FROM:",
        "RCPT TO:",
        "DATA",
        "RSET",
        "NOOP",
        "QUIT",
        "AUTH ",
        "STARTTLS",
        "VRFY ",
        "BDAT ",
        "",
        "mail from:<",
        "RCPT TO:<a@b> NOTIFY=",
        "MAIL FROM:<> SIZE=",
        "MAIL FROM:<a@b> ENVID=",
        "RCPT TO:<a@b> ORCPT=rfc822;",
    ]);
    (verb, prop::collection::vec(any::<u8>(), 0..300)).prop_map(|(v, mut tail)| {
        let mut line = v.as_bytes().to_vec();
        line.append(&mut tail);
        line.extend_from_slice(b"\r\n");
        line
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn command_parser_never_panics(line in command_line()) {
        let _ = smtp_proto::Request::parse(&mut line.iter());
    }

    #[test]
    fn dot_reader_ends_only_at_crlf_dot_crlf(
        chunks in prop::collection::vec(prop::collection::vec(
            prop::sample::select(vec![b'a', b'.', b'\r', b'\n', 0u8, 0xff]), 0..64), 1..16)
    ) {
        let mut r = DotReader::new(1 << 16, 998);
        let mut seen = Vec::new();
        for c in &chunks {
            match r.feed(c) {
                Progress::More => seen.extend_from_slice(c),
                Progress::Done { consumed } => {
                    seen.extend_from_slice(&c[..consumed]);
                    // The end is exactly CRLF . CRLF, or the whole input is ". CRLF".
                    prop_assert!(seen.ends_with(b"\r\n.\r\n") || seen == b".\r\n");
                    // Nothing before it may already contain a clean line-start terminator.
                    let body = &seen[..seen.len() - 3];
                    prop_assert!(!body.windows(5).any(|w| w == b"\r\n.\r\n") || body.len() < 2);
                    let result = r.finish();
                    if let Ok(b) = result {
                        prop_assert!(!b.contains(&0));
                        prop_assert!(b.windows(1).enumerate().all(|(i, w)| w[0] != b'\n' || (i > 0 && b[i - 1] == b'\r')));
                    }
                    return Ok(());
                }
            }
        }
    }
}
