//! ICD-10-CM diagnosis codes in clinical context: a letter, a digit, a digit (or A/B), then
//! optionally a dot and 1–4 characters (`E11.9`, `S72.001A`, `T36.0X1A`); billing systems
//! also drop the dot (`E1165`), which is accepted with 1–4 trailing characters.
//!
//! Validation, roughly by the tabular list: the first letter is any but U, except the
//! special-purpose U07 and U09 (COVID-19); a letter in third place only for the six
//! categories that have one (C4A, C7A, C7B, D3A, M1A, Z3A); upper case only.
//!
//! Short codes look like many other tokens (B12, F150, N95), so a code counts only near a
//! clinical word ("diagnosis", "dx", "ICD-10", "assessment", "condition", ...).
//!
//! | candidate                            | score |
//! |--------------------------------------|-------|
//! | dotted code, context                 | 0.9   |
//! | three-character category, context    | 0.7   |
//! | undotted 4–7 characters, context     | 0.65  |
//! | any of them without context          | 0.3 dotted, else 0.1 (not counted) |

use std::sync::LazyLock;

use regex::Regex;

use super::{Cx, Detector, Finding};

pub(super) const CONTEXT: &[&str] = &[
    "diagnosis",
    "diagnoses",
    "diagnosed",
    "dx",
    "icd",
    "icd-10",
    "icd10",
    "icd-10-cm",
    "assessment",
    "condition",
    "impression",
    "problem list",
];

pub(super) static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4}|[0-9A-TV-Z]{1,4})?(?-u:\b)")
        .expect("built-in ICD-10 pattern")
});

/// The categories with a letter in third place.
const LETTER_CATEGORIES: &[&str] = &["C4A", "C7A", "C7B", "D3A", "M1A", "Z3A"];

pub(super) fn scan(cx: &Cx<'_, '_>, out: &mut Vec<Finding>) {
    for m in cx
        .screened
        .only(Detector::Icd10, CANDIDATE.find_iter(cx.text))
    {
        let code = m.as_str();
        if !valid_category(&code[..3]) {
            continue;
        }
        // "E11.9." is fine; "1.E11.9" or "E11.9.2" is a version or section number.
        let b = cx.text.as_bytes();
        let dotted_neighbour = (m.start() > 0 && b[m.start() - 1] == b'.')
            || (m.end() + 1 < b.len()
                && b[m.end()] == b'.'
                && b[m.end() + 1].is_ascii_alphanumeric());
        if dotted_neighbour {
            continue;
        }
        let span = (m.start(), m.end());
        let dotted = code.len() > 3 && code.as_bytes()[3] == b'.';
        let score = match (cx.near(span, Detector::Icd10), dotted, code.len()) {
            (true, true, _) => 0.9,
            (true, false, 3) => 0.7,
            (true, false, _) => 0.65,
            (false, true, _) => 0.3,
            (false, false, _) => 0.1,
        };
        out.push(Finding {
            detector: Detector::Icd10,
            score,
            span,
            category: None,
        });
    }
}

fn valid_category(cat: &str) -> bool {
    let b = cat.as_bytes();
    if b[0] == b'U' {
        return cat == "U07" || cat == "U09";
    }
    b[2].is_ascii_digit() || LETTER_CATEGORIES.contains(&cat)
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{best, count, matched};
    use super::*;

    const D: Detector = Detector::Icd10;

    #[test]
    fn codes_in_clinical_context() {
        assert_eq!(matched(D, "Dx: E11.9 type 2 diabetes"), ["E11.9"]);
        assert_eq!(matched(D, "ICD-10 S72.001A"), ["S72.001A"]);
        assert_eq!(matched(D, "Assessment: T36.0X1A."), ["T36.0X1A"]);
        assert_eq!(matched(D, "diagnosis code E1165"), ["E1165"]);
        assert_eq!(
            matched(D, "Diagnoses: I10, Z3A.20, U07.1"),
            ["I10", "Z3A.20", "U07.1"]
        );
        assert_eq!(best(D, "dx F32.A"), 0.9);
        assert_eq!(best(D, "dx I10"), 0.7);
    }

    #[test]
    fn codes_without_context_do_not_count() {
        assert_eq!(best(D, "see E11.9 in the manual"), 0.3);
        assert_eq!(best(D, "vitamin B12 is on sale"), 0.1);
        assert_eq!(count(D, "vitamin B12 and E11.9"), 0);
    }

    #[test]
    fn not_codes() {
        for bad in [
            "dx U12.3",      // U is reserved, except U07/U09
            "dx E1A.1",      // third-place letter outside the six categories
            "dx e11.9",      // lower case
            "dx F150X12345", // too long
            "dx 1.E11.9",    // section number
            "dx E11.9.2",    // version number
            "dx AE11",       // glued to a letter
        ] {
            assert_eq!(best(D, bad), 0.0, "{bad}");
        }
    }
}
