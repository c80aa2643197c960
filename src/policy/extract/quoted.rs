//! Reply quoting: "> " at the start of a line.
//!
//! Patients' mail often reaches the relay as a staff reply with the patient's
//! own words quoted under it ("> My date of\n> birth is 06/04/1971"). The
//! markers sit between words of one phrase, so context ("date of birth") and
//! sentences ("I started metformin") would be cut by them. They are replaced by
//! spaces: offsets and lines do not move, and the quoted text reads as written.
//! A lone ">" line start (a comparison, "> 200 mg/dL") is left alone: only a
//! text with at least two quoted lines is unquoted.

use std::borrow::Cow;

/// Quoted lines a text needs before its markers are taken as reply quoting.
const QUOTED_LINES: usize = 2;

/// `text` with reply-quote markers blanked, or `text` itself when it has none.
pub(super) fn unquote(text: &str) -> Cow<'_, str> {
    let quoted = text
        .split('\n')
        .filter(|l| marker_len(l) > 0)
        .take(QUOTED_LINES);
    if quoted.count() < QUOTED_LINES {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let n = marker_len(line);
        // Markers and the spaces between them are ASCII: one space each.
        out.extend(std::iter::repeat_n(' ', n));
        out.push_str(&line[n..]);
    }
    Cow::Owned(out)
}

/// Length of a line's quote prefix: ">", "> >", ">>" (with the spaces between
/// and one after), when what follows is text, a space or nothing.
fn marker_len(line: &str) -> usize {
    let b = line.as_bytes();
    let mut i = 0;
    let mut seen = false;
    while i < b.len() && (b[i] == b'>' || (seen && b[i] == b' ')) {
        seen |= b[i] == b'>';
        i += 1;
    }
    if !seen {
        return 0;
    }
    // "> 200" or ">= 7.0" reads as a comparison when the marker is glued to it.
    match b.get(i) {
        Some(c) if c.is_ascii_digit() || *c == b'=' => {
            if b[i - 1] == b'>' {
                0
            } else {
                i
            }
        }
        _ => i,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_become_spaces_and_offsets_stay() {
        let t = "Hi,\r\n> My date of\r\n> birth is 06/04/1971\r\n>> older\r\n";
        let u = unquote(t);
        assert_eq!(u.len(), t.len());
        assert_eq!(
            u,
            "Hi,\r\n  My date of\r\n  birth is 06/04/1971\r\n   older\r\n"
        );
    }

    #[test]
    fn one_quoted_line_or_a_comparison_is_left_alone() {
        assert_eq!(unquote("Glucose\n> 200 mg/dL\n"), "Glucose\n> 200 mg/dL\n");
        let t = ">200 mg/dL\n>=7.0 %\n";
        assert_eq!(unquote(t), t);
    }
}
