//! Outbound bytes: the DATA payload and xtext parameters.
//!
//! Smuggling-safe on the way out too: every line end becomes CRLF (a bare CR or LF
//! is turned into one, never passed on), a line starting with `.` gets the extra
//! dot (RFC 5321 §4.5.2), and the payload ends with exactly `CRLF . CRLF`.

/// Append the dot-stuffed, CRLF-normalised message and the terminator to `out`.
pub fn encode_data(message: &[u8], out: &mut Vec<u8>) {
    out.reserve(message.len() + message.len() / 64 + 5);
    let mut line_start = true;
    let mut i = 0;
    while let Some(&b) = message.get(i) {
        if line_start && b == b'.' {
            out.push(b'.');
        }
        // Up to the next line end the bytes go out as they are.
        let run = memchr::memchr2(b'\r', b'\n', &message[i..]).unwrap_or(message.len() - i);
        if run > 0 {
            out.extend_from_slice(&message[i..i + run]);
            line_start = false;
            i += run;
            continue;
        }
        // A CR, LF or CRLF: one CRLF.
        out.extend_from_slice(b"\r\n");
        i += if b == b'\r' && message.get(i + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
        line_start = true;
    }
    if !line_start {
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b".\r\n");
}

/// RFC 3461 §4 xtext: `+`, `=`, controls, space and non-ASCII as `+HH`.
pub fn xtext(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if (b'!'..=b'~').contains(&b) && b != b'+' && b != b'=' {
            out.push(b as char);
        } else {
            out.push_str(&format!("+{b:02X}"));
        }
    }
    out
}

/// True when any byte has the high bit set (needs 8BITMIME on the way out).
pub fn has_8bit(message: &[u8]) -> bool {
    message.iter().any(|&b| b >= 0x80)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(m: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        encode_data(m, &mut out);
        out
    }

    #[test]
    fn stuffs_dots_and_normalises_line_ends() {
        assert_eq!(enc(b"a\r\n.b\r\n..c\r\n"), b"a\r\n..b\r\n...c\r\n.\r\n");
        assert_eq!(enc(b".\r\n"), b"..\r\n.\r\n");
        assert_eq!(
            enc(b"bare\nlf\rcr\r\n.x"),
            b"bare\r\nlf\r\ncr\r\n..x\r\n.\r\n"
        );
        assert_eq!(enc(b"\n.\n"), b"\r\n..\r\n.\r\n");
        assert_eq!(enc(b""), b".\r\n");
        assert_eq!(enc(b"no final newline"), b"no final newline\r\n.\r\n");
    }

    /// The encoding byte by byte, as the RFC words it.
    fn reference(message: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut line_start = true;
        let mut i = 0;
        while let Some(&b) = message.get(i) {
            if line_start && b == b'.' {
                out.push(b'.');
            }
            match b {
                b'\r' | b'\n' => {
                    out.extend_from_slice(b"\r\n");
                    if b == b'\r' && message.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_start = true;
                }
                _ => {
                    out.push(b);
                    line_start = false;
                }
            }
            i += 1;
        }
        if !line_start {
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b".\r\n");
        out
    }

    proptest::proptest! {
        #[test]
        fn runs_match_the_byte_by_byte_encoding(
            m in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b'b', b'.', b'\r', b'\n']), 0..200)
        ) {
            proptest::prop_assert_eq!(enc(&m), reference(&m));
        }
    }

    #[test]
    fn xtext_encodes_specials() {
        assert_eq!(xtext("a+b=c d@x"), "a+2Bb+3Dc+20d@x");
        assert_eq!(xtext("ü"), "+C3+BC");
    }
}
