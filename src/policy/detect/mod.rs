//! PHI detectors: named, data-driven recognisers for identifiers and clinical text.
//!
//! [`Detectors::new`] compiles a [`DetectorConfig`] once (at start and on reload);
//! [`Detectors::scan`] runs every enabled detector over one text and returns [`Finding`]s
//! (detector, score, byte span); [`summarize`] folds them into [`Label`]s (detector, count,
//! max score) for the rules and the audit log.
//!
//! Every detector is the same pipeline: a candidate regex (the `regex` crate: finite
//! automata, time linear in the text, no backtracking; `(?-u:\b)` and `[0-9]` so the fast
//! DFA also runs on non-ASCII text) → validation (checksums, ranges, calendars) → context (a
//! context word within `context_window` characters either side, case-insensitive, found for
//! all detectors in one aho-corasick pass) → a score in 0..=1. Each detector file's header
//! gives its rules and its score table.
//!
//! A finding **counts** when its score is at least [`COUNT_THRESHOLD`] (0.5). Weaker
//! findings (a valid SSN shape with no context word, a date nowhere near "DOB") are still
//! returned by `scan`, for `policy test` and tuning, but [`summarize`] ignores them.
//! Within one detector overlapping candidates collapse to the best-scored one; different
//! detectors may report the same span (a 9-digit number near both "SSN" and "member id").
//! An HL7 message is one `hl7` finding and nothing inside it is reported by another detector.
//!
//! PHI: sees the text. A [`Finding`] holds a span, never the matched text, and spans are
//! for redaction and tests only: callers never log `&text[span]`. Scanning cannot fail;
//! only configuration can ([`DetectorError`] names the key).
//!
//! Context words and lexicon terms match on a normalised view of the text (runs of
//! whitespace, NBSP, `_` and `-` fold to one space), so `date_of_birth`, `member-id` and
//! `type 2&nbsp;diabetes` match; spans always refer to the original text.
//!
//! Known limit: context is positional, so a CSV whose "SSN" header is rows away from the
//! value gets the no-context score.

mod config;
mod configured;
mod context;
mod dea;
mod dob;
mod hl7;
mod icd10;
mod lexicon;
mod mbi;
mod member_id;
mod mrn;
pub(in crate::policy) mod normal;
mod npi;
pub(in crate::policy) mod screen;
mod ssn;
pub(in crate::policy) mod text;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use config::{DetectorConfig, DetectorError, LexiconConfig};
use configured::Configured;
use context::{ContextIndex, Hits};
pub use lexicon::LexiconCategory;
use normal::Normalized;
use screen::{Screen, Verdict};

/// The score at or above which a finding counts in a [`Label`].
pub const COUNT_THRESHOLD: f32 = 0.5;

/// A named detector. `as_str` gives the name used in config, labels, audit and metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Detector {
    /// US Social Security number.
    Ssn,
    /// Medicare Beneficiary Identifier.
    Mbi,
    /// National Provider Identifier.
    Npi,
    /// DEA registration number.
    Dea,
    /// Medical record number (organisation-defined formats).
    Mrn,
    /// A date of birth: a date near "DOB", "born", ...
    Dob,
    /// ICD-10-CM diagnosis code in clinical context.
    Icd10,
    /// Health-plan member / subscriber id (organisation-defined formats).
    MemberId,
    /// An HL7 v2 message (`MSH|^~\&` ...) or a stray PID segment.
    Hl7,
    /// A term from a configured lexicon (diagnoses, drugs, procedures).
    Lexicon,
}

impl Detector {
    pub const ALL: [Detector; 10] = [
        Detector::Ssn,
        Detector::Mbi,
        Detector::Npi,
        Detector::Dea,
        Detector::Mrn,
        Detector::Dob,
        Detector::Icd10,
        Detector::MemberId,
        Detector::Hl7,
        Detector::Lexicon,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Detector::Ssn => "ssn",
            Detector::Mbi => "mbi",
            Detector::Npi => "npi",
            Detector::Dea => "dea",
            Detector::Mrn => "mrn",
            Detector::Dob => "dob",
            Detector::Icd10 => "icd10",
            Detector::MemberId => "member_id",
            Detector::Hl7 => "hl7",
            Detector::Lexicon => "lexicon",
        }
    }

    /// This detector's bit in masks (enabled set, context-word groups).
    fn bit(self) -> u16 {
        1 << self as u16
    }
}

impl fmt::Display for Detector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Detector {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Detector::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| format!("unknown detector `{s}`"))
    }
}

/// One validated candidate. No matched text: `span` is a byte range into the scanned
/// text, for redaction and tests only.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Finding {
    pub detector: Detector,
    /// 0..=1; counts in a label at [`COUNT_THRESHOLD`] and above.
    pub score: f32,
    /// Byte range `[start, end)` in the scanned text.
    pub span: (usize, usize),
    /// Which lexicon matched (only for [`Detector::Lexicon`]).
    pub category: Option<LexiconCategory>,
}

impl Finding {
    pub fn counts(&self) -> bool {
        self.score >= COUNT_THRESHOLD
    }
}

/// What the rules and the audit log see: a detector, how many counted findings, the best score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Label {
    pub detector: Detector,
    pub count: u32,
    pub max_score: f32,
}

/// Labels for the detectors with at least one counted finding (score ≥ [`COUNT_THRESHOLD`]),
/// in [`Detector`] order. Findings below the threshold are ignored.
pub fn summarize(findings: &[Finding]) -> Vec<Label> {
    let mut labels: Vec<Label> = Vec::new();
    for f in findings.iter().filter(|f| f.counts()) {
        match labels.iter_mut().find(|l| l.detector == f.detector) {
            Some(l) => {
                l.count = l.count.saturating_add(1);
                l.max_score = l.max_score.max(f.score);
            }
            None => labels.push(Label {
                detector: f.detector,
                count: 1,
                max_score: f.score,
            }),
        }
    }
    labels.sort_by_key(|l| l.detector);
    labels
}

/// The compiled detectors. Build once per config; `scan` takes `&self` and is thread-safe.
pub struct Detectors {
    enabled: u16,
    window: usize,
    context: ContextIndex,
    mrn: Configured,
    member_id: Configured,
    lexicon: lexicon::Lexicon,
    /// Which candidate patterns can match a text at all, in one pass.
    screen: Screen,
}

impl fmt::Debug for Detectors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let enabled: Vec<&str> = Detector::ALL
            .iter()
            .filter(|d| self.is_enabled(**d))
            .map(|d| d.as_str())
            .collect();
        f.debug_struct("Detectors")
            .field("enabled", &enabled)
            .field("context_window", &self.window)
            .finish_non_exhaustive()
    }
}

/// What a detector gets for one scan: the text (also normalised for word matching), the
/// context-word hits and the clock.
struct Cx<'t, 'n> {
    pub text: &'t str,
    pub norm: &'n Normalized<'t>,
    hits: Hits,
    window: usize,
    /// The current year (upper bound for a plausible date of birth).
    pub year: i32,
    /// Which candidate patterns the screen found no match for.
    pub screened: Verdict,
}

impl Cx<'_, '_> {
    /// A context word of `detector` anywhere in the text.
    pub fn has_context(&self, detector: Detector) -> bool {
        self.hits.any(detector.bit())
    }

    /// A context word of `detector` within the window around `span`.
    pub fn near(&self, span: (usize, usize), detector: Detector) -> bool {
        self.hits.near(self.text, span, self.window, detector.bit())
    }
}

impl Detectors {
    /// Compile `cfg`. The error names the first bad key (`DetectorConfig::check` lists all).
    pub fn new(cfg: &DetectorConfig) -> Result<Self, DetectorError> {
        if let Some(e) = cfg.check().into_iter().next() {
            return Err(e);
        }
        let enabled = cfg.enabled.iter().fold(0u16, |m, d| m | d.bit());
        let mrn = Configured::new(&cfg.mrn_patterns, "mrn_patterns")?;
        let member_id = Configured::new(&cfg.member_id_patterns, "member_id_patterns")?;
        let lexicon = lexicon::Lexicon::new(&cfg.lexicon)?;
        let mut words: Vec<(Detector, Vec<String>)> = vec![
            (Detector::Ssn, owned(ssn::CONTEXT)),
            (Detector::Mbi, owned(mbi::CONTEXT)),
            (Detector::Npi, owned(npi::CONTEXT)),
            (Detector::Dea, owned(dea::CONTEXT)),
            (Detector::Dob, owned(dob::CONTEXT)),
            (Detector::Icd10, owned(icd10::CONTEXT)),
            (Detector::Mrn, cfg.mrn_context.clone()),
            (Detector::MemberId, cfg.member_id_context.clone()),
        ];
        words.retain(|(d, _)| enabled & d.bit() != 0);
        let screen = Screen::new(&builtin_candidates(enabled), &mrn, &member_id);
        Ok(Self {
            enabled,
            window: cfg.context_window,
            context: ContextIndex::new(&words).map_err(|e| {
                DetectorError::new(
                    "policy.detectors.mrn_context, policy.detectors.member_id_context".into(),
                    format!("the context words do not fit in an automaton: {e}"),
                    "use fewer or shorter context words",
                )
            })?,
            mrn,
            member_id,
            lexicon,
            screen,
        })
    }

    pub fn is_enabled(&self, detector: Detector) -> bool {
        self.enabled & detector.bit() != 0
    }

    /// Every validated candidate in `text`, sorted by span start (then detector).
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        self.scan_normalized(text, &Normalized::new(text))
    }

    /// As [`scan`](Self::scan), with the text's normalised form made once by
    /// the caller (the evidence scan reads the same one).
    pub(in crate::policy) fn scan_normalized(&self, text: &str, norm: &Normalized) -> Vec<Finding> {
        self.scan_in_year(text, norm, text::current_year())
    }

    fn scan_in_year(&self, text: &str, norm: &Normalized, year: i32) -> Vec<Finding> {
        let hits = self.context.find(norm);
        let cx = Cx {
            text,
            norm,
            hits,
            window: self.window,
            year,
            screened: self.screen.check(text),
        };
        let mut out = Vec::new();
        // HL7 first: its messages are one finding each, and nothing inside them is reported
        // again (PID-3 is not also an MRN, PID-7 not also a date of birth).
        let mut hl7_messages = Vec::new();
        if self.is_enabled(Detector::Hl7) {
            hl7_messages = hl7::scan(&cx, &mut out);
        }
        for d in Detector::ALL.into_iter().filter(|d| self.is_enabled(*d)) {
            let first = out.len();
            match d {
                Detector::Ssn => ssn::scan(&cx, &mut out),
                Detector::Mbi => mbi::scan(&cx, &mut out),
                Detector::Npi => npi::scan(&cx, &mut out),
                Detector::Dea => dea::scan(&cx, &mut out),
                Detector::Mrn => mrn::scan(&self.mrn, &cx, &mut out),
                Detector::Dob => dob::scan(&cx, &mut out),
                Detector::Icd10 => icd10::scan(&cx, &mut out),
                Detector::MemberId => member_id::scan(&self.member_id, &cx, &mut out),
                Detector::Hl7 => continue,
                Detector::Lexicon => self.lexicon.scan(&cx, &mut out),
            }
            let mut mine = out.split_off(first);
            mine.retain(|f| !within_any(f.span, &hl7_messages));
            collapse_overlaps(&mut mine);
            out.append(&mut mine);
        }
        out.sort_by_key(|f| (f.span.0, f.detector));
        out
    }
}

/// `span` lies inside one of `outer` (sorted, not overlapping).
fn within_any(span: (usize, usize), outer: &[(usize, usize)]) -> bool {
    let i = outer.partition_point(|o| o.1 < span.1);
    outer.get(i).is_some_and(|o| o.0 <= span.0 && span.1 <= o.1)
}

/// Each enabled detector's candidate pattern, for the screen. The detector
/// runs its `CANDIDATE` pass through `cx.screened.only`; any other pass it
/// makes is not screened.
fn builtin_candidates(enabled: u16) -> Vec<(Detector, &'static str)> {
    let all: [(Detector, &'static str); 6] = [
        (Detector::Ssn, ssn::CANDIDATE.as_str()),
        (Detector::Mbi, mbi::CANDIDATE.as_str()),
        (Detector::Npi, npi::CANDIDATE.as_str()),
        (Detector::Dea, dea::CANDIDATE.as_str()),
        (Detector::Dob, dob::CANDIDATE.as_str()),
        (Detector::Icd10, icd10::CANDIDATE.as_str()),
    ];
    all.into_iter()
        .filter(|(d, _)| enabled & d.bit() != 0)
        .collect()
}

fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

/// One detector's overlapping findings become the best-scored of them (ties: the first,
/// which is the longest at a given start).
fn collapse_overlaps(found: &mut Vec<Finding>) {
    found.sort_by(|a, b| a.span.0.cmp(&b.span.0).then(b.span.1.cmp(&a.span.1)));
    let mut kept: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found.drain(..) {
        match kept.last_mut() {
            Some(last) if f.span.0 < last.span.1 => {
                if f.score > last.score {
                    *last = f;
                }
            }
            _ => kept.push(f),
        }
    }
    *found = kept;
}

#[cfg(test)]
mod testutil {
    use super::*;

    /// A default-config scan with only `d` enabled, in a fixed year (2025).
    pub fn scan_only(d: Detector, text: &str) -> Vec<Finding> {
        let cfg = DetectorConfig {
            enabled: vec![d],
            ..DetectorConfig::default()
        };
        Detectors::new(&cfg)
            .unwrap()
            .scan_in_year(text, &Normalized::new(text), 2025)
    }

    /// The number of counted findings of `d` in `text`.
    pub fn count(d: Detector, text: &str) -> usize {
        scan_only(d, text).iter().filter(|f| f.counts()).count()
    }

    /// The best score of `d` in `text` (0 when nothing was found).
    pub fn best(d: Detector, text: &str) -> f32 {
        scan_only(d, text)
            .iter()
            .map(|f| f.score)
            .fold(0.0, f32::max)
    }

    /// The matched texts of counted findings (tests only: production never does this).
    pub fn matched(d: Detector, text: &str) -> Vec<&str> {
        scan_only(d, text)
            .iter()
            .filter(|f| f.counts())
            .map(|f| &text[f.span.0..f.span.1])
            .collect()
    }
}

#[cfg(test)]
mod tests;
