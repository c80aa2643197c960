//! A portal passphrase the sender sets: the header `X-Phirelay-Passphrase:
//! <text>` in the submitted message. The acceptance stage takes every such
//! header out of the message before anything is classified, signed or
//! sealed, and keeps only an argon2id hash of the first non-empty value; a
//! portal reader must then type it as well as the one-time code.

const NAME: &[u8] = b"x-phirelay-passphrase:";
/// Longer values are cut here (the reader types it).
const MAX_CHARS: usize = 256;

/// Whether the header block has the header (cheap; for the inline fast path).
pub fn present(content: &[u8]) -> bool {
    let head = &content[..header_end(content)];
    head.windows(NAME.len())
        .any(|w| w.eq_ignore_ascii_case(NAME))
}

/// Remove every passphrase header (with its folded lines) from `content`;
/// the first non-empty value, trimmed.
pub fn take(content: &mut Vec<u8>) -> Option<String> {
    // The cheap scan first: this runs on every accepted message.
    if !present(content) {
        return None;
    }
    crate::headers::take(content, "x-phirelay-passphrase")
        .iter()
        .map(|v| v.trim().chars().take(MAX_CHARS).collect::<String>())
        .find(|v| !v.is_empty())
}

/// Where the header block ends.
fn header_end(content: &[u8]) -> usize {
    content
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(content.len(), |p| p + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_taken_out_folded_lines_and_all() {
        let mut m = b"Subject: x\r\nX-Phirelay-Passphrase: blue\r\n horse\r\nTo: a@b\r\n\r\nbody\r\nX-Phirelay-Passphrase: not a header\r\n".to_vec();
        assert!(present(&m));
        assert_eq!(take(&mut m).as_deref(), Some("blue horse"));
        assert_eq!(
            m,
            b"Subject: x\r\nTo: a@b\r\n\r\nbody\r\nX-Phirelay-Passphrase: not a header\r\n"
        );
        assert!(!present(&m));
    }

    #[test]
    fn every_copy_goes_and_an_empty_one_sets_nothing() {
        let mut m = b"x-phirelay-passphrase:   \r\nX-PHIRELAY-PASSPHRASE: second\r\nX-Phirelay-Passphrase: third\r\n\r\nb".to_vec();
        assert_eq!(take(&mut m).as_deref(), Some("second"));
        assert_eq!(m, b"\r\nb");
        let mut plain = b"Subject: y\r\n\r\nX-Phirelay-Passphrase: body text\r\n".to_vec();
        let before = plain.clone();
        assert_eq!(take(&mut plain), None);
        assert_eq!(plain, before, "the body is never touched");
    }
}
