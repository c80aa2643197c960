//! HL7 v2 messages: a line starting with `MSH`, the field separator `|`, and four (v2.7+:
//! five) distinct encoding characters, normally `^~\&`, then `|`. The message runs over the
//! following segment lines (`XYZ|...`; segments end in CR, LF or CRLF) up to the next `MSH`
//! or a line that is not a segment; its span covers them all. One finding per message.
//!
//! A `PID` (patient identification) segment inside raises the score; a `PID|` line outside
//! any message (a pasted segment) is a finding of its own when it has at least three fields.
//!
//! | candidate                         | score |
//! |-----------------------------------|-------|
//! | MSH message with a PID segment    | 0.95  |
//! | MSH message without PID           | 0.75  |
//! | stray PID segment                 | 0.6   |

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::{Cx, Detector, Finding};

/// Segment ids that start a finding; found by one automaton, then checked by hand.
static MARKERS: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(["MSH|", "PID|"]).expect("built-in HL7 markers"));

/// Push the findings; return the spans of the MSH messages (sorted, not overlapping).
pub(super) fn scan(cx: &Cx<'_, '_>, out: &mut Vec<Finding>) -> Vec<(usize, usize)> {
    let text = cx.text;
    let mut messages = Vec::new();
    // The end of the last message: markers before it belong to it.
    let mut inside_until = 0;
    for m in MARKERS.find_iter(text) {
        if m.start() < inside_until || !at_line_start(text, m.start()) {
            continue;
        }
        let line = line_end(text, m.end());
        if m.pattern().as_usize() == 0 {
            if !encoding_characters_ok(&text[m.end()..line]) {
                continue;
            }
            let (end, has_pid) = message_end(text, line);
            inside_until = end;
            messages.push((m.start(), end));
            let score = if has_pid { 0.95 } else { 0.75 };
            out.push(finding(score, (m.start(), end)));
        } else if text[m.start()..line].bytes().filter(|b| *b == b'|').count() >= 3 {
            out.push(finding(0.6, (m.start(), line)));
        }
    }
    messages
}

/// Only spaces or tabs between the previous line break (or the start) and byte `i`.
fn at_line_start(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let mut j = i;
    while j > 0 && matches!(b[j - 1], b' ' | b'\t') {
        j -= 1;
    }
    j == 0 || matches!(b[j - 1], b'\r' | b'\n')
}

/// MSH-2 (what follows `MSH|`): 4 or 5 distinct ASCII punctuation characters, then `|`.
fn encoding_characters_ok(rest: &str) -> bool {
    let Some(enc) = rest.split('|').next().filter(|_| rest.contains('|')) else {
        return false;
    };
    let b = enc.as_bytes();
    (4..=5).contains(&b.len())
        && b.iter().all(u8::is_ascii_punctuation)
        && (1..b.len()).all(|i| !b[..i].contains(&b[i]))
}

fn finding(score: f32, span: (usize, usize)) -> Finding {
    Finding {
        detector: Detector::Hl7,
        score,
        span,
        category: None,
    }
}

/// The end of the line containing byte `i` (before its CR/LF).
fn line_end(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    while j < b.len() && !matches!(b[j], b'\r' | b'\n') {
        j += 1;
    }
    j
}

/// Walk the segment lines after the MSH line (which ends at `end`): where the message ends,
/// and whether it has a PID segment.
fn message_end(text: &str, mut end: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let mut has_pid = false;
    loop {
        let mut start = end;
        while start < b.len() && (b[start] == b'\r' || b[start] == b'\n') {
            start += 1;
        }
        let line = &text[start..line_end(text, start)];
        let segment = line.trim_start_matches([' ', '\t']);
        let sb = segment.as_bytes();
        let is_segment = sb.len() >= 4
            && sb[0].is_ascii_uppercase()
            && sb[1..3]
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && sb[3] == b'|';
        if !is_segment || segment.starts_with("MSH|") {
            return (end, has_pid);
        }
        has_pid |= segment.starts_with("PID|");
        end = start + line.len();
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{best, count, scan_only};
    use super::*;

    const D: Detector = Detector::Hl7;

    const ADT: &str = "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202401011200||ADT^A01|MSG0001|P|2.5\r\
        EVN|A01|202401011200\r\
        PID|1||12345^^^HOSP^MR||DOE^JANE||19620314|F\r\
        PV1|1|I|W^389^1\r";

    #[test]
    fn a_message_with_pid() {
        let text = format!("Please see below.\n{ADT}\nThanks");
        let f = scan_only(D, &text);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].score, 0.95);
        let covered = &text[f[0].span.0..f[0].span.1];
        assert!(covered.starts_with("MSH|") && covered.ends_with("PV1|1|I|W^389^1"));
    }

    #[test]
    fn one_finding_per_message_any_line_ending() {
        let two = format!("{ADT}{}", ADT.replace('\r', "\r\n"));
        assert_eq!(count(D, &two), 2);
        let lf = "MSH|^~\\&|A|B|C|D|20240101||ORU^R01|1|P|2.5.1\nOBR|1\nOBX|1|NM|GLU||105\n";
        assert_eq!(best(D, lf), 0.75, "no PID");
        assert_eq!(
            count(D, "MSH|^~\\&#|A|B|C|D|20240101||ADT^A08|1|P|2.7\n"),
            1
        );
    }

    #[test]
    fn stray_pid_segment() {
        assert_eq!(best(D, "pasted:\nPID|1||12345^^^HOSP^MR||DOE^JANE\n"), 0.6);
        assert_eq!(count(D, "PID|1\n"), 0);
    }

    #[test]
    fn not_hl7() {
        for bad in [
            "The MSH|^~\\&| header is explained here", // not at a line start
            "MSH|^^^^|A|B",                            // repeated encoding characters
            "MSH|^~|A|B",                              // too few encoding characters
            "msh|^~\\&|A|B",                           // lower case
            "MSHX|^~\\&|A",
        ] {
            assert_eq!(best(D, bad), 0.0, "{bad}");
        }
    }
}
