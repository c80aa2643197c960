//! One pass over a text that says which candidate patterns can match it at all.
//!
//! Why: most candidate patterns have no literal the regex crate can look for
//! first (a digit class, a capital letter), so each one costs a full pass of
//! its lazy DFA over the text: about 17 µs per 10 KiB on the benchmark machine,
//! and a text unit met seven or more of them. A `RegexSet` of the same patterns
//! answers "does pattern i match anywhere" for all of them in one pass of about
//! the same cost (`RegexSet::matches` is `is_match` for each pattern), and only
//! the patterns it names are then run to find where. Findings do not change
//! (test `the_screen_changes_no_finding`): a pattern the screen passes over has
//! no match in the text, so its detector had nothing to report there.
//!
//! The built-in patterns go in one set, compiled as they are compiled alone
//! (Unicode on). The configured MRN and member-id patterns that compiled with
//! ASCII semantics go in a second set, compiled with ASCII semantics too; a
//! configured pattern that needed Unicode is left out and always runs (its `\b`
//! would make the set's DFA give up on non-ASCII text). A set that cannot be
//! built (too large) screens nothing: everything runs.

use regex::{RegexSet, RegexSetBuilder, SetMatches};

use super::Detector;
use super::configured::Configured;

/// A set's compiled size limit: a few dozen patterns fit well inside it.
const SET_SIZE_LIMIT: usize = 32 << 20;

/// What one pattern of a set stands for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Member {
    /// A built-in detector's candidate pattern.
    Builtin(Detector),
    /// A configured MRN pattern, by index.
    Mrn(usize),
    /// A configured member-id (subscriber id) pattern, by index.
    Subscriber(usize),
}

/// The two sets, built once with the detectors.
pub(super) struct Screen {
    builtin: Option<(RegexSet, Vec<Member>)>,
    configured: Option<(RegexSet, Vec<Member>)>,
}

/// What the screen said of one text. Anything not screened may match.
#[derive(Default)]
pub(super) struct Verdict {
    /// Detectors whose built-in pattern was screened and found no match.
    no_builtin: u16,
    no_mrn: Vec<usize>,
    no_member_id: Vec<usize>,
}

impl Screen {
    /// `builtins`: each enabled detector's candidate pattern, as compiled alone.
    pub fn new(builtins: &[(Detector, &str)], mrn: &Configured, member_id: &Configured) -> Self {
        let builtin = build(
            builtins
                .iter()
                .map(|(d, p)| (Member::Builtin(*d), (*p).to_owned())),
            true,
        );
        let ascii = |c: &Configured, member: fn(usize) -> Member| {
            c.ascii_patterns()
                .map(move |(i, p)| (member(i), p.to_owned()))
                .collect::<Vec<_>>()
        };
        let mut configured = ascii(mrn, Member::Mrn);
        configured.extend(ascii(member_id, Member::Subscriber));
        Self {
            builtin,
            configured: build(configured.into_iter(), false),
        }
    }

    /// A screen that screens nothing (tests compare with it).
    #[cfg(test)]
    pub fn none() -> Self {
        Self {
            builtin: None,
            configured: None,
        }
    }

    pub fn check(&self, text: &str) -> Verdict {
        let mut v = Verdict::default();
        for (set, members) in [&self.builtin, &self.configured].into_iter().flatten() {
            let matched: SetMatches = set.matches(text);
            for (i, m) in members.iter().enumerate() {
                if matched.matched(i) {
                    continue;
                }
                match *m {
                    Member::Builtin(d) => v.no_builtin |= d.bit(),
                    Member::Mrn(k) => v.no_mrn.push(k),
                    Member::Subscriber(k) => v.no_member_id.push(k),
                }
            }
        }
        v
    }
}

impl Verdict {
    /// Whether `d`'s built-in pattern may match (false: it was screened and does not).
    pub fn may(&self, d: Detector) -> bool {
        self.no_builtin & d.bit() == 0
    }

    /// `candidates` (the matches of `d`'s candidate pattern) when that pattern
    /// may match, otherwise nothing, without searching. Only the candidate
    /// pass is screened: a detector's other passes always run.
    pub fn only<I: Iterator>(&self, d: Detector, candidates: I) -> std::iter::Take<I> {
        only_if(self.may(d), candidates)
    }

    /// Whether configured MRN pattern `i` may match.
    pub fn may_mrn(&self, i: usize) -> bool {
        !self.no_mrn.contains(&i)
    }

    /// Whether configured member-id pattern `i` may match.
    pub fn may_member_id(&self, i: usize) -> bool {
        !self.no_member_id.contains(&i)
    }
}

/// `matches` when `may` holds, otherwise nothing: `take(0)` never calls the
/// iterator, so a screened-out pattern does not search at all.
pub(in crate::policy) fn only_if<I: Iterator>(may: bool, matches: I) -> std::iter::Take<I> {
    matches.take(if may { usize::MAX } else { 0 })
}

/// A set of `patterns` with the given Unicode setting; `None` when there is
/// nothing to screen or the set cannot be built.
fn build(
    patterns: impl Iterator<Item = (Member, String)>,
    unicode: bool,
) -> Option<(RegexSet, Vec<Member>)> {
    let (members, texts): (Vec<Member>, Vec<String>) = patterns.unzip();
    if texts.is_empty() {
        return None;
    }
    let set = RegexSetBuilder::new(&texts)
        .unicode(unicode)
        .size_limit(SET_SIZE_LIMIT)
        .build()
        .ok()?;
    Some((set, members))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::normal::Normalized;
    use super::super::{DetectorConfig, Detectors, Finding};
    use super::Screen;

    /// The default detectors, and a hospital's: its own formats, one that needs
    /// Unicode semantics (left out of the set), one in verbose mode with a comment.
    fn configs() -> Vec<DetectorConfig> {
        let hospital = DetectorConfig {
            mrn_patterns: vec![
                r"\b(RH[0-9]{7})\b".into(),
                r"MRN.\d{6}".into(),
                "(?x) chart [0-9]{8} # an old chart number".into(),
            ],
            member_id_patterns: vec![r"\b(RHP[0-9]{9})\b".into()],
            ..DetectorConfig::default()
        };
        vec![DetectorConfig::default(), hospital]
    }

    /// The detectors of `cfg` with the screen, and with every pattern run.
    fn pair(cfg: &DetectorConfig) -> (Detectors, Detectors) {
        let screened = Detectors::new(cfg).unwrap();
        let mut unscreened = Detectors::new(cfg).unwrap();
        unscreened.screen = Screen::none();
        (screened, unscreened)
    }

    /// Findings with the screen, and with every pattern run.
    fn both(pair: &(Detectors, Detectors), text: &str) -> (Vec<Finding>, Vec<Finding>) {
        let norm = Normalized::new(text);
        (
            pair.0.scan_in_year(text, &norm, 2025),
            pair.1.scan_in_year(text, &norm, 2025),
        )
    }

    #[test]
    fn the_screen_changes_no_finding() {
        let dirs = [
            "tests/corpus/messages",
            "tests/corpus/phi/messages",
            "tests/corpus/phi2/messages",
            "tests/corpus/phi3/messages",
            "tests/corpus/phi4/messages",
        ];
        let mut texts = Vec::new();
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for e in entries.flatten() {
                let raw = std::fs::read(e.path()).unwrap();
                let text = String::from_utf8_lossy(&raw).into_owned();
                // The same text with non-ASCII in it: the set's DFA must not give up.
                texts.push(format!("Ünïcode — ١٢٣ {text}"));
                texts.push(text);
            }
        }
        assert!(
            texts.len() > 2000,
            "the corpora are read from the repository root"
        );
        let mut found = 0;
        for cfg in configs() {
            let detectors = pair(&cfg);
            for text in &texts {
                let (with, without) = both(&detectors, text);
                assert_eq!(with, without);
                found += with.len();
            }
        }
        assert!(
            found > 1000,
            "the corpora have findings to compare ({found})"
        );
    }

    #[test]
    fn a_pattern_that_needs_unicode_still_runs() {
        let detectors = pair(&configs()[1]);
        let (with, without) = both(&detectors, "see MRN:123456 and chart12345678, RH1234567");
        assert_eq!(with, without);
        assert!(with.len() >= 3, "{with:?}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn the_screen_changes_no_finding_on_any_text(text in "[0-9A-Za-z /.:#-]{0,80}( (SSN|MBI|DOB|NPI|DEA|MRN|RH|ICD)[:# ]{0,2}[0-9A-Z/-]{0,14}){0,4}") {
            for cfg in configs() {
                let (with, without) = both(&pair(&cfg), &text);
                prop_assert_eq!(with, without);
            }
        }
    }
}
