//! Lexicons: configured terms (diagnoses, drugs, procedures) found by one aho-corasick
//! automaton over the normalised text, ASCII case-insensitive, leftmost-longest ("type 2
//! diabetes" beats "diabetes"), any run of whitespace, NBSP, `_` or `-` between words, as
//! whole words (no letter or digit glued to an alphanumeric edge). Every occurrence is a
//! finding; a term listed in two categories belongs to the first (diagnoses, drugs,
//! procedures).
//!
//! A term names a condition or treatment; it is PHI only next to an identifier, which is
//! the rules' business, so each occurrence scores a flat 0.6 (counted).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

use super::config::{DetectorError, LexiconConfig};
use super::normal::phrase;
use super::text::{word_at, word_before};
use super::{Cx, Detector, Finding};

const SCORE: f32 = 0.6;

/// Which lexicon a [`Detector::Lexicon`] finding came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LexiconCategory {
    Diagnoses,
    Drugs,
    Procedures,
}

impl LexiconCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            LexiconCategory::Diagnoses => "diagnoses",
            LexiconCategory::Drugs => "drugs",
            LexiconCategory::Procedures => "procedures",
        }
    }
}

pub(super) struct Lexicon {
    ac: Option<AhoCorasick>,
    /// Per pattern: category, and whether its first / last character is alphanumeric.
    meta: Vec<(LexiconCategory, bool, bool)>,
}

impl Lexicon {
    pub fn new(cfg: &LexiconConfig) -> Result<Self, DetectorError> {
        let mut terms: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut meta = Vec::new();
        for (category, list) in [
            (LexiconCategory::Diagnoses, &cfg.diagnoses),
            (LexiconCategory::Drugs, &cfg.drugs),
            (LexiconCategory::Procedures, &cfg.procedures),
        ] {
            for t in list {
                let t = phrase(t);
                if t.is_empty() || !seen.insert(t.clone()) {
                    continue;
                }
                let first = t.chars().next().is_some_and(char::is_alphanumeric);
                let last = t.chars().next_back().is_some_and(char::is_alphanumeric);
                meta.push((category, first, last));
                terms.push(t);
            }
        }
        if terms.is_empty() {
            return Ok(Self { ac: None, meta });
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(super::text::automaton_kind(&terms))
            .build(&terms)
            .map_err(|e| {
                DetectorError::new(
                    "policy.detectors.lexicon".into(),
                    format!("the terms do not fit in an automaton: {e}"),
                    "use fewer or shorter terms",
                )
            })?;
        Ok(Self { ac: Some(ac), meta })
    }

    pub fn scan(&self, cx: &Cx<'_, '_>, out: &mut Vec<Finding>) {
        let Some(ac) = &self.ac else { return };
        let text = cx.norm.as_str();
        for m in ac.find_iter(text) {
            let (category, first, last) = self.meta[m.pattern().as_usize()];
            if (first && word_before(text, m.start())) || (last && word_at(text, m.end())) {
                continue;
            }
            out.push(Finding {
                detector: Detector::Lexicon,
                score: SCORE,
                span: (cx.norm.original(m.start()), cx.norm.original(m.end())),
                category: Some(category),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{count, matched, scan_only};
    use super::super::{DetectorConfig, Detectors};
    use super::*;

    const D: Detector = Detector::Lexicon;

    #[test]
    fn default_terms_whole_words() {
        assert_eq!(
            matched(
                D,
                "Started Metformin for Type 2 Diabetes; colonoscopy next week."
            ),
            ["Metformin", "Type 2 Diabetes", "colonoscopy"]
        );
        assert_eq!(
            count(D, "metformin, METFORMIN and metformin."),
            3,
            "every occurrence"
        );
        assert_eq!(
            count(D, "shiv; archive; dialysisx; premorphine"),
            0,
            "not inside words"
        );
        assert_eq!(
            matched(
                D,
                "type\u{a0}2  diabetes, Bipolar\r\nDisorder, alzheimer\u{2019}s disease"
            ),
            [
                "type\u{a0}2  diabetes",
                "Bipolar\r\nDisorder",
                "alzheimer\u{2019}s disease"
            ]
        );
        assert_eq!(
            count(D, "HIVE-42, lithium-ion, bipolar junction, Asthmatix"),
            0
        );
    }

    #[test]
    fn categories() {
        let f = scan_only(D, "HIV on tenofovir after a biopsy");
        let cats: Vec<_> = f.iter().map(|f| f.category.unwrap()).collect();
        assert_eq!(
            cats,
            [
                LexiconCategory::Diagnoses,
                LexiconCategory::Drugs,
                LexiconCategory::Procedures
            ]
        );
    }

    #[test]
    fn configured_terms_replace_defaults() {
        let cfg = DetectorConfig {
            enabled: vec![D],
            lexicon: LexiconConfig {
                diagnoses: vec!["Rare Syndrome X".into()],
                drugs: vec![],
                procedures: vec!["(special) scan".into()],
            },
            ..DetectorConfig::default()
        };
        let d = Detectors::new(&cfg).unwrap();
        assert_eq!(d.scan("rare syndrome x, then a (special) scan.").len(), 2);
        assert!(d.scan("metformin").is_empty());
        let empty = DetectorConfig {
            lexicon: LexiconConfig {
                diagnoses: vec![],
                drugs: vec![],
                procedures: vec![],
            },
            ..DetectorConfig::default()
        };
        assert!(Detectors::new(&empty).unwrap().scan("metformin").is_empty());
    }
}
