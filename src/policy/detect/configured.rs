//! Organisation-defined identifier formats (MRN, member id): a list of regular expressions
//! from the config, compiled with ASCII `\d`, `\w`, `\b` (fast on any text, and ids are
//! ASCII); a pattern that needs Unicode semantics (e.g. a bare `.`) falls back to them.
//! When a pattern has a capture group, group 1 is the identifier's span (so `MRN: 1234567`
//! redacts the number and keeps the label). Empty matches are skipped.
//!
//! People type identifiers loosely ("rh1234567", "RHP-204881377", "rhp 313770092"), and
//! the admin writes one canonical pattern: so each pattern also runs over the text in
//! ASCII upper case (same offsets: a lower-case id counts as the canonical one) and over
//! a squeezed copy with the space or hyphen between a letter and a digit dropped. A match
//! found only in the squeezed copy is marked [`Span::squeezed`]: the detectors count it
//! only next to a context word ("ext 1234567" must not become an id).

use regex::{Regex, RegexBuilder};

use super::config::{DetectorError, key};

/// Compiled-program size limit per configured pattern.
const SIZE_LIMIT: usize = 1 << 20;

/// Each pattern with whether it compiled with ASCII semantics.
pub(super) struct Configured(Vec<(Regex, bool)>);

impl Configured {
    pub fn new(patterns: &[String], field: &str) -> Result<Self, DetectorError> {
        let regexes = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| compile_with_mode(p, &key(field, i)))
            .collect::<Result<_, _>>()?;
        Ok(Self(regexes))
    }

    /// The patterns that compiled with ASCII semantics, by index (for the screen).
    pub fn ascii_patterns(&self) -> impl Iterator<Item = (usize, &str)> {
        self.0
            .iter()
            .enumerate()
            .filter(|(_, (_, ascii))| *ascii)
            .map(|(i, (re, _))| (i, re.as_str()))
    }

    /// Spans of every non-empty match of every pattern, in the text as written, in upper
    /// case, and squeezed (overlaps are collapsed by the caller).
    #[cfg(test)]
    pub fn spans(&self, text: &str) -> Vec<Span> {
        self.spans_where(text, |_| true)
    }

    /// As [`spans`](Self::spans), with the screen's verdict on `text`: a pattern
    /// `may_match` turns away has no match in the text as written, so its pass
    /// over it is skipped. The upper-case and squeezed copies are other texts
    /// the screen did not see: every pattern runs over them.
    pub fn spans_where(&self, text: &str, may_match: impl Fn(usize) -> bool) -> Vec<Span> {
        let mut spans = self.raw(text, false, &may_match);
        let upper = text.to_ascii_uppercase();
        if upper != text {
            spans.extend(self.raw(&upper, false, &|_| true));
        }
        if let Some(sq) = Squeezed::new(&upper) {
            spans.extend(
                self.raw(&sq.text, true, &|_| true)
                    .into_iter()
                    .filter_map(|s| sq.original(s)),
            );
        }
        spans
    }

    fn raw(&self, text: &str, squeezed: bool, may_match: &dyn Fn(usize) -> bool) -> Vec<Span> {
        let mut spans = Vec::new();
        for (i, (re, _)) in self.0.iter().enumerate() {
            if !may_match(i) {
                continue;
            }
            if re.captures_len() > 1 {
                for c in re.captures_iter(text) {
                    if let Some(m) = c.get(1).or_else(|| c.get(0)) {
                        spans.push((m.start(), m.end()));
                    }
                }
            } else {
                spans.extend(re.find_iter(text).map(|m| (m.start(), m.end())));
            }
        }
        spans
            .into_iter()
            .filter(|s| s.0 < s.1)
            .map(|span| Span { span, squeezed })
            .collect()
    }
}

/// One match of a configured pattern: its byte range in the scanned text, and whether it
/// was found only once a separator inside it was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub span: (usize, usize),
    pub squeezed: bool,
}

/// The text with each single space or hyphen between an ASCII letter and an ASCII digit
/// dropped; `map[i]` is the original offset of byte `i` (one pass, linear).
struct Squeezed {
    text: String,
    map: Vec<usize>,
}

impl Squeezed {
    /// None when there is nothing to drop.
    fn new(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        let drop = |i: usize| {
            matches!(b[i], b' ' | b'-')
                && i > 0
                && b[i - 1].is_ascii_alphabetic()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        };
        if !(0..b.len()).any(drop) {
            return None;
        }
        let mut bytes = Vec::with_capacity(b.len());
        let mut map = Vec::with_capacity(b.len() + 1);
        for (i, &c) in b.iter().enumerate() {
            if !drop(i) {
                bytes.push(c);
                map.push(i);
            }
        }
        map.push(b.len());
        // Only ASCII bytes were dropped, so the rest is still UTF-8.
        let text = String::from_utf8(bytes).ok()?;
        Some(Self { text, map })
    }

    /// The original range of a match in the squeezed text.
    fn original(&self, s: Span) -> Option<Span> {
        let start = *self.map.get(s.span.0)?;
        let end = *self.map.get(s.span.1 - 1)? + 1;
        Some(Span {
            span: (start, end),
            squeezed: true,
        })
    }
}

/// Compile one configured pattern; the error names `key`.
pub(super) fn compile(pattern: &str, key: &str) -> Result<Regex, DetectorError> {
    compile_with_mode(pattern, key).map(|(re, _)| re)
}

/// As [`compile`], and whether the pattern compiled with ASCII semantics.
fn compile_with_mode(pattern: &str, key: &str) -> Result<(Regex, bool), DetectorError> {
    let build = |unicode: bool| {
        RegexBuilder::new(pattern)
            .unicode(unicode)
            .size_limit(SIZE_LIMIT)
            .build()
            .map(|re| (re, !unicode))
    };
    let (re, ascii) = build(false)
        .or_else(|_| build(true))
        .map_err(|e| {
            DetectorError::new(
                key.to_owned(),
                format!("not a valid regular expression: {}", one_line(&e.to_string())),
                "write a pattern in the Rust regex syntax (https://docs.rs/regex), e.g. \\b[0-9]{7,8}\\b",
            )
        })?;
    if re.is_match("") {
        return Err(DetectorError::new(
            key.to_owned(),
            "the pattern matches the empty string",
            "require at least one character, e.g. [0-9]{6,10} rather than [0-9]*",
        ));
    }
    Ok((re, ascii))
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_first_then_unicode() {
        let re = compile(r"\b\d{3}\b", "k").unwrap();
        assert!(re.is_match("a 123 b"));
        assert!(!re.is_match("١٢٣"), "\\d is ASCII");
        // `.` needs Unicode semantics on &str: the fallback accepts it.
        assert!(compile(r"MRN.\d{6}", "k").unwrap().is_match("MRN:123456"));
    }

    #[test]
    fn errors_name_the_key() {
        let e = compile(r"(\d{3}", "policy.detectors.mrn_patterns[1]").unwrap_err();
        assert_eq!(e.key, "policy.detectors.mrn_patterns[1]");
        assert!(e.problem.contains("not a valid regular expression"));
        let e = compile(r"\d*", "k").unwrap_err();
        assert!(e.problem.contains("empty"));
        let e = compile(r"\w{5000}{5000}", "k").unwrap_err();
        assert!(e.problem.contains("regular expression"));
    }

    #[test]
    fn group_one_is_the_span() {
        let c =
            Configured::new(&[r"MRN:? ?([0-9]{6})".into(), r"\bX[0-9]{3}\b".into()], "f").unwrap();
        let t = "MRN: 123456 and X123";
        let spans: Vec<_> = c.spans(t).iter().map(|s| s.span).collect();
        assert_eq!(spans, [(5, 11), (16, 20), (5, 11), (16, 20)]);
    }

    #[test]
    fn loosely_typed_ids() {
        let c = Configured::new(&[r"\b(RHP[0-9]{9})\b".into()], "f").unwrap();
        let found = |t: &str| c.spans(t);
        // Lower case: the same offsets, counted as written.
        let s = found("id rhp313770092 ok");
        assert_eq!(
            s,
            [Span {
                span: (3, 15),
                squeezed: false
            }]
        );
        // A space or hyphen after the prefix: found, marked squeezed.
        for t in ["id rhp 313770092 ok", "id RHP-313770092 ok"] {
            assert_eq!(
                found(t),
                [Span {
                    span: (3, 16),
                    squeezed: true
                }],
                "{t}"
            );
        }
        // Near misses: digits split elsewhere, two separators, a longer number.
        for t in ["RHP 3137 70092", "RHP - 313770092", "RHP 3137700921"] {
            assert!(found(t).is_empty(), "{t}");
        }
    }
}
