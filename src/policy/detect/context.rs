//! Context words: one aho-corasick automaton over every enabled detector's words, run once
//! per scan over the [`Normalized`] text; each hit carries a bit mask of the detectors it
//! speaks for, and its span in the original text.
//!
//! Matching is ASCII case-insensitive and leftmost-longest ("date of birth" beats "birth"),
//! with any run of whitespace, `_` or `-` between the words of a phrase; a word must stand
//! alone (no letter or digit glued to an alphanumeric edge; a trailing plural "s" is
//! allowed: "SSNs"), so `"ssn":`, `date_of_birth` and `medicare_mbi` match.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::Detector;
use super::normal::{Normalized, phrase};
use super::text::{word_at, word_before};

pub(super) struct ContextIndex {
    ac: Option<AhoCorasick>,
    /// Per pattern: detector bits, and whether its first / last character is alphanumeric.
    meta: Vec<(u16, bool, bool)>,
}

/// Context-word hits in one text, sorted by start and not overlapping: (start, end, bits).
pub(super) struct Hits(Vec<(usize, usize, u16)>);

impl ContextIndex {
    /// `words` are already checked non-empty (`DetectorConfig::check`).
    pub fn new(words: &[(Detector, Vec<String>)]) -> Result<Self, aho_corasick::BuildError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut meta: Vec<(u16, bool, bool)> = Vec::new();
        for (detector, list) in words {
            for w in list {
                let w = phrase(w);
                match patterns.iter().position(|p| *p == w) {
                    Some(i) => meta[i].0 |= detector.bit(),
                    None => {
                        let first = w.chars().next().is_some_and(char::is_alphanumeric);
                        let last = w.chars().next_back().is_some_and(char::is_alphanumeric);
                        meta.push((detector.bit(), first, last));
                        patterns.push(w);
                    }
                }
            }
        }
        let ac = match patterns.is_empty() {
            true => None,
            false => Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .kind(super::text::automaton_kind(&patterns))
                    .build(&patterns)?,
            ),
        };
        Ok(Self { ac, meta })
    }

    pub fn find(&self, norm: &Normalized<'_>) -> Hits {
        let Some(ac) = &self.ac else {
            return Hits(Vec::new());
        };
        let text = norm.as_str();
        let mut hits = Vec::new();
        for m in ac.find_iter(text) {
            let (bits, first, last) = self.meta[m.pattern().as_usize()];
            if first && word_before(text, m.start()) {
                continue;
            }
            if disclaimed(text, m.start()) {
                continue;
            }
            let mut end = m.end();
            if last && word_at(text, end) {
                // Allow a plural: "SSNs", "diagnoses" for "diagnose".
                let plural = matches!(text.as_bytes()[end], b's' | b'S') && !word_at(text, end + 1);
                if !plural {
                    continue;
                }
                end += 1;
            }
            hits.push((norm.original(m.start()), norm.original(end), bits));
        }
        Hits(hits)
    }
}

/// The word is named only to be denied or compared with: "they are not
/// Social Security numbers", "look a bit like SSNs", "resembles an MBI". Only
/// right before it: "do not email your SSN" still speaks of one.
fn disclaimed(text: &str, at: usize) -> bool {
    static DENIED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)(?:(?-u:\b)(?:not|never|unlike)|(?:looks?|looking|shaped|formatted)(?: a bit| just| exactly)? like|resembl(?:e|es|ing)|mistaken for|confused with)(?:[ \t]+(?:a|an|the|real|actual|valid))?[ \t]+$",
        )
        .expect("built-in disclaimer pattern")
    });
    let mut from = at.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    DENIED.is_match(&text[from..at])
}

impl Hits {
    /// A hit with any of `bits` overlaps `span` or is at most `n` characters away from it.
    /// Whether any context word of `bits` was found in the text at all.
    pub fn any(&self, bits: u16) -> bool {
        self.0.iter().any(|h| h.2 & bits != 0)
    }

    pub fn near(&self, text: &str, span: (usize, usize), n: usize, bits: u16) -> bool {
        // n characters are at most 4n bytes: hits further away are out of reach.
        let reach = n.saturating_add(1).saturating_mul(4);
        let (lo, hi) = (span.0.saturating_sub(reach), span.1.saturating_add(reach));
        let first = self.0.partition_point(|h| h.1 <= lo);
        self.0[first..]
            .iter()
            .take_while(|h| h.0 < hi)
            .filter(|h| h.2 & bits != 0)
            .any(|h| {
                let gap = if h.1 <= span.0 {
                    &text[h.1..span.0]
                } else if h.0 >= span.1 {
                    &text[span.1..h.0]
                } else {
                    return true; // overlaps the candidate
                };
                // No more bytes than n means no more characters; else count them.
                gap.len() <= n || gap.chars().count() <= n
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> ContextIndex {
        ContextIndex::new(&[
            (Detector::Ssn, vec!["ssn".into(), "social security".into()]),
            (Detector::Dob, vec!["date of birth".into(), "born".into()]),
            (Detector::MemberId, vec!["member #".into(), "SSN".into()]),
        ])
        .unwrap()
    }

    #[test]
    fn words_stand_alone_case_insensitively() {
        let ix = index();
        let t = "Social Security: x; SSNs; classn; reborn; BORN";
        let hits = ix.find(&Normalized::new(t));
        let found: Vec<&str> = hits.0.iter().map(|h| &t[h.0..h.1]).collect();
        assert_eq!(found, ["Social Security", "SSNs", "BORN"]);
        assert_eq!(hits.0[1].2, Detector::Ssn.bit() | Detector::MemberId.bit());
    }

    #[test]
    fn a_symbol_edge_needs_no_boundary() {
        let t = "member #12345";
        let hits = index().find(&Normalized::new(t));
        assert_eq!(hits.0.len(), 1);
        assert!(hits.near(t, (8, 13), 1, Detector::MemberId.bit()));
    }

    #[test]
    fn near_respects_window_and_bits() {
        let t = "date of birth ..........  01/02/1980";
        let hits = index().find(&Normalized::new(t));
        let span = (26, 36);
        // 13 characters lie between the hit and the date.
        assert!(hits.near(t, span, 13, Detector::Dob.bit()));
        assert!(!hits.near(t, span, 12, Detector::Dob.bit()));
        assert!(!hits.near(t, span, 40, Detector::Ssn.bit()));
        let after = "01/02/1980 ☺☺☺ born";
        let hits = index().find(&Normalized::new(after));
        assert!(hits.near(after, (0, 10), 5, Detector::Dob.bit()));
        assert!(
            !hits.near(after, (0, 10), 4, Detector::Dob.bit()),
            "characters, not bytes"
        );
        let hits = index().find(&Normalized::new("born"));
        assert!(hits.near("born", (1, 3), 0, Detector::Dob.bit()), "overlap");
    }

    #[test]
    fn a_word_named_to_be_denied_is_no_context() {
        let ix = index();
        let found = |t: &str| ix.find(&Normalized::new(t)).0.len();
        assert_eq!(
            found("They are ticket numbers, not Social Security numbers."),
            0
        );
        assert_eq!(found("the POs look a bit like SSNs - they are not"), 0);
        assert_eq!(found("resembles an SSN"), 0);
        // Near misses: the word still speaks of one.
        assert_eq!(found("Please do not email your SSN"), 1);
        assert_eq!(found("We would like your SSN for the claim"), 1);
        assert_eq!(found("SSN not on file"), 1);
    }

    #[test]
    fn no_words_no_hits() {
        let ix = ContextIndex::new(&[]).unwrap();
        assert!(
            !ix.find(&Normalized::new("ssn"))
                .near("ssn", (0, 3), 10, u16::MAX)
        );
    }

    #[test]
    fn phrases_across_separators() {
        let t =
            "Date_of-Birth:\u{a0}x; DATE OF\r\n BIRTH x; \"ssn\": x; medicare_mbi; member\u{a0}#1";
        let hits = index().find(&Normalized::new(t));
        let found: Vec<&str> = hits.0.iter().map(|h| &t[h.0..h.1]).collect();
        assert_eq!(
            found,
            ["Date_of-Birth", "DATE OF\r\n BIRTH", "ssn", "member\u{a0}#"]
        );
    }
}
