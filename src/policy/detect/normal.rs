//! The text as the word matchers (context words, lexicons) see it: every run of whitespace
//! (any Unicode space: NBSP from `&nbsp;`, CR, LF, tabs), `_` or `-` becomes one ASCII space,
//! so `date_of_birth`, `member-id` and `type 2\u{a0}diabetes` match their phrases, and a
//! typographic apostrophe (U+2019) becomes `'`. Words and terms go through the same
//! [`phrase`] normalisation. Offsets map back to the original text; a text with nothing to
//! fold is borrowed, not copied.

use std::borrow::Cow;
#[cfg(test)]
use std::sync::LazyLock;

#[cfg(test)]
use regex::Regex;

/// Separator runs that are not already a single ASCII space, and typographic apostrophes.
/// What [`folds`] finds, as a pattern: the reference its tests compare with.
#[cfg(test)]
static RUNS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\s_-]{2,}|[[\s_-]&&[^ ]]|\x{2019}").expect("built-in separator pattern")
});

fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == '_' || c == '-'
}

/// The spans to fold, in order: a run of two or more separators (any Unicode
/// space, `_`, `-`), a single separator that is not an ASCII space, and a
/// typographic apostrophe (`true`). A scan, not a regex: every line end is a
/// span, and a regex pays a search for each one.
fn folds(text: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let start = i;
            let c = next_char(text, &mut i);
            if c == '\u{2019}' {
                return Some((start, i, true));
            }
            if !is_separator(c) {
                continue;
            }
            let mut n = 1;
            while i < bytes.len() {
                let mut j = i;
                if !is_separator(next_char(text, &mut j)) {
                    break;
                }
                i = j;
                n += 1;
            }
            if n >= 2 || c != ' ' {
                return Some((start, i, false));
            }
        }
        None
    })
}

/// The char at byte `i` (a char boundary), moving `i` past it.
fn next_char(text: &str, i: &mut usize) -> char {
    let b = text.as_bytes()[*i];
    if b.is_ascii() {
        *i += 1;
        return char::from(b);
    }
    let c = text[*i..].chars().next().unwrap_or(' ');
    *i += c.len_utf8();
    c
}

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
        for (start, end, apostrophe) in folds(text) {
            if breaks.is_empty() {
                out.reserve(text.len());
            }
            out.push_str(&text[last..start]);
            out.push(if apostrophe { '\'' } else { ' ' });
            breaks.push((out.len(), end));
            last = end;
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
pub(in crate::policy) fn phrase(words: &str) -> String {
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
    fn the_scan_folds_what_the_pattern_matches() {
        let mut texts: Vec<String> = vec![
            "a  b\u{a0}c_d-e\r\nf g".into(),
            " - _ \t\u{2019}\u{2019}x\u{3000}\u{2028}é-\u{2019} ".into(),
            String::new(),
            "-".into(),
            "naïve — text\u{85}end  ".into(),
        ];
        for dir in ["tests/corpus/messages", "tests/corpus/phi6/messages"] {
            for e in std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .take(200)
            {
                let raw = std::fs::read(e.path()).unwrap_or_default();
                texts.push(String::from_utf8_lossy(&raw).into_owned());
            }
        }
        assert!(texts.len() > 100, "the corpus is there");
        for t in &texts {
            let want: Vec<(usize, usize, bool)> = RUNS
                .find_iter(t)
                .map(|m| (m.start(), m.end(), m.as_str() == "\u{2019}"))
                .collect();
            assert_eq!(folds(t).collect::<Vec<_>>(), want, "{t:?}");
        }
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
