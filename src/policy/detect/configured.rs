//! Organisation-defined identifier formats (MRN, member id): a list of regular expressions
//! from the config, compiled with ASCII `\d`, `\w`, `\b` (fast on any text, and ids are
//! ASCII); a pattern that needs Unicode semantics (e.g. a bare `.`) falls back to them.
//! When a pattern has a capture group, group 1 is the identifier's span (so `MRN: 1234567`
//! redacts the number and keeps the label). Empty matches are skipped.

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

    /// Spans of every non-empty match of every pattern (overlaps are collapsed by the caller).
    #[cfg(test)]
    pub fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        self.spans_where(text, |_| true)
    }

    /// As [`spans`](Self::spans), for the patterns `may_match` lets through (the
    /// screen's verdict: the others have no match in `text`).
    pub fn spans_where(
        &self,
        text: &str,
        may_match: impl Fn(usize) -> bool,
    ) -> Vec<(usize, usize)> {
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
        spans.retain(|s| s.0 < s.1);
        spans
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
        assert_eq!(c.spans(t), [(5, 11), (16, 20)]);
    }
}
