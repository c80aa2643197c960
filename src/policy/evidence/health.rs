//! Health evidence from the text itself, found in one pass of the lexicon
//! automaton: a lab analyte with a value after it (strong: "HbA1c 7.2 %",
//! "Potassium: 5.9 mmol/L"), a drug with a dose (strong: "metformin 500 mg"),
//! a drug alone, conditions, procedures, encounter and payment wording
//! (medium). An analyte with no value is only a mention (weak): newsletters
//! quote reference ranges without a patient.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicons::Term;
use super::{HealthKind, Hit, Lexicons, Strength};
use crate::policy::detect::normal::Normalized;

/// A result value right after an analyte: separators, an optional flag word,
/// a comparator, a number.
static VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t:=|,(-]{0,6}(?i:(?:level|result|value|was|is|of|now|today|measured|came back|at)[ \t:]{1,3}){0,2}[<>≤≥]?[ \t]*[0-9]+(?:[.,][0-9]+)?")
        .expect("built-in lab value pattern")
});

/// A dose right after a drug name.
static DOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t:,(-]{0,4}(?:[A-Za-z]+[ \t]+){0,2}[0-9]+(?:[.,][0-9]+)?[ \t]*(?i:mg|mcg|µg|g|ml|mL|units?|iu|meq|%|tabs?|tablets?|capsules?|puffs?)\b")
        .expect("built-in dose pattern")
});

pub(super) fn scan(text: &str, lex: &Lexicons, out: &mut Vec<Hit<HealthKind>>) {
    let norm = Normalized::new(text);
    let n = norm.as_str();
    for (term, start, end) in lex.health_terms(n) {
        let after = tail(n, end, 60);
        let (kind, strength) = match term {
            Term::Analyte if VALUE.is_match(after) => (HealthKind::LabResult, Strength::Strong),
            Term::Analyte => (HealthKind::LabResult, Strength::Weak),
            Term::Drug if DOSE.is_match(after) => (HealthKind::Medication, Strength::Strong),
            Term::Drug => (HealthKind::Medication, Strength::Medium),
            Term::Condition => (HealthKind::Condition, Strength::Medium),
            Term::Procedure => (HealthKind::Procedure, Strength::Medium),
            Term::Encounter => (HealthKind::Encounter, Strength::Medium),
            Term::Payment => (HealthKind::Payment, Strength::Medium),
        };
        out.push(Hit {
            kind,
            strength,
            at: norm.original(start),
        });
    }
}

/// At most `max` bytes of `text` from `from`, cut at a character boundary.
fn tail(text: &str, from: usize, max: usize) -> &str {
    let mut end = (from + max).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[from..end]
}
