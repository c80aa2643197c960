//! The text as the word matchers (context words, lexicons) see it: every run of whitespace
//! (any Unicode space: NBSP from `&nbsp;`, CR, LF, tabs), `_` or `-` becomes one ASCII space,
//! so `date_of_birth`, `member-id` and `type 2\u{a0}diabetes` match their phrases, and a
//! typographic apostrophe (U+2019) becomes `'`. Words and terms go through the same
//! [`phrase`] normalisation. Offsets map back to the original text; a text with nothing to
//! fold is borrowed, not copied.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// Separator runs that are not already a single ASCII space, and typographic apostrophes.
static RUNS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\s_-]{2,}|[[\s_-]&&[^ ]]|\x{2019}").expect("built-in separator pattern")
});

pub(in crate::policy) struct Normalized<'t> {
    text: Cow<'t, str>,
    /// `(n, o)`: from normalised byte `n` on, original = `o + (i - n)`. Sorted by `n`.
    breaks: Vec<(usize, usize)>,
}

impl<'t> Normalized<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut out = String::new();
        let mut breaks = Vec::new();
        let mut last = 0;
        for m in RUNS.find_iter(text) {
            if breaks.is_empty() {
                out.reserve(text.len());
            }
            out.push_str(&text[last..m.start()]);
            out.push(if m.as_str() == "\u{2019}" { '\'' } else { ' ' });
            breaks.push((out.len(), m.end()));
            last = m.end();
        }
        if breaks.is_empty() {
            return Self {
                text: Cow::Borrowed(text),
                breaks,
            };
        }
        out.push_str(&text[last..]);
        Self {
            text: Cow::Owned(out),
            breaks,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte offset of normalised byte offset `i` (a folded run maps to its start).
    pub fn original(&self, i: usize) -> usize {
        match self.breaks.partition_point(|b| b.0 <= i) {
            0 => i,
            k => {
                let (n, o) = self.breaks[k - 1];
                o + (i - n)
            }
        }
    }
}

/// A context word or lexicon term as matched: trimmed, lower case, separator runs folded.
pub(super) fn phrase(words: &str) -> String {
    let lower = words.trim().to_lowercase();
    Normalized::new(&lower).as_str().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let t = "a  b\u{a0}c_d-e\r\nf g";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "a b c d e f g");
        for (i, c) in n.as_str().char_indices().filter(|(_, c)| *c != ' ') {
            assert_eq!(t[n.original(i)..].chars().next(), Some(c), "at {i}");
        }
        assert_eq!(n.original(n.as_str().len()), t.len());
        assert_eq!(n.original(1), 1, "a folded run maps to its start");
    }

    #[test]
    fn nothing_to_fold_borrows() {
        let n = Normalized::new("plain words only");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert_eq!(n.original(5), 5);
    }

    #[test]
    fn phrases() {
        assert_eq!(phrase("  Date of_Birth "), "date of birth");
        assert_eq!(phrase("ICD-10-CM"), "icd 10 cm");
        assert_eq!(phrase("member #"), "member #");
        assert_eq!(phrase("Alzheimer\u{2019}s  disease"), "alzheimer's disease");
    }
}
