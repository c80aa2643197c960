//! US Social Security numbers (SSA's rules for numbers it can issue, since the 2011
//! randomisation): `AAA-GG-SSSS`, `AAA GG SSSS` or nine bare digits, where the area is not
//! 000, 666 or 900–999 (9xx are ITINs), the group is not 00 and the serial is not 0000.
//! A candidate glued to a longer number ("2024-123-45-6789") is not one.
//!
//! Nine digits are everywhere (ZIP+4, order numbers), so a context word ("SSN", "social
//! security", "soc sec", ...) decides whether a valid number counts. Numbers SSA voided
//! or never issued after they were published (078-05-1120, 219-09-9999) and the placeholder
//! shapes 123-45-6789 and nine equal digits are reported but never counted: in mail they
//! are examples and test data.
//!
//! | candidate                                    | score |
//! |----------------------------------------------|-------|
//! | dashed/spaced, valid, context                | 0.9   |
//! | nine bare digits, valid, context             | 0.8   |
//! | dashed/spaced, valid, no context             | 0.4 (not counted) |
//! | nine bare digits, valid, no context          | 0.1 (not counted) |
//! | known example / placeholder                  | 0.3 (not counted) |
//! | invalid area, group or serial                | not reported |

use std::sync::LazyLock;

use regex::Regex;

use super::text::{digits, glued_to_number, labelled_as_other_number};
use super::{Cx, Detector, Finding};

pub(super) const CONTEXT: &[&str] = &[
    "ssn",
    "ss#",
    "ss #",
    "social security",
    "social sec",
    "soc sec",
    "soc. sec",
];

pub(super) static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9})(?-u:\b)",
    )
    .expect("built-in SSN pattern")
});

/// Published, voided or placeholder numbers: never counted.
const EXAMPLES: &[[u8; 9]] = &[
    [0, 7, 8, 0, 5, 1, 1, 2, 0],
    [2, 1, 9, 0, 9, 9, 9, 9, 9],
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
];

pub(super) fn scan(cx: &Cx<'_, '_>, out: &mut Vec<Finding>) {
    for m in cx
        .screened
        .only(Detector::Ssn, CANDIDATE.find_iter(cx.text))
    {
        let span = (m.start(), m.end());
        let separated = m.len() == 11;
        let seps: &[u8] = if m.as_str().contains(' ') {
            b"-./ "
        } else {
            b"-./"
        };
        if glued_to_number(cx.text, span, seps) {
            continue;
        }
        let Some(d) = digits::<9>(m.as_str()) else {
            continue;
        };
        if !issuable(&d) {
            continue;
        }
        let score = if EXAMPLES.contains(&d) || d.iter().all(|x| *x == d[0]) {
            0.3
        } else {
            // "PO 226-05-9075" is a purchase order even beside "SSN".
            let context =
                cx.near(span, Detector::Ssn) && !labelled_as_other_number(cx.text, m.start());
            match (context, separated) {
                (true, true) => 0.9,
                (true, false) => 0.8,
                (false, true) => 0.4,
                (false, false) => 0.1,
            }
        };
        out.push(Finding {
            detector: Detector::Ssn,
            score,
            span,
            category: None,
        });
    }
}

/// SSA's structural rules: area 001–665, 667–899; group 01–99; serial 0001–9999.
fn issuable(d: &[u8; 9]) -> bool {
    let area = u16::from(d[0]) * 100 + u16::from(d[1]) * 10 + u16::from(d[2]);
    let group = d[3] * 10 + d[4];
    let serial_zero = d[5..].iter().all(|x| *x == 0);
    area != 0 && area != 666 && area < 900 && group != 0 && !serial_zero
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{best, count, matched};
    use super::*;

    const D: Detector = Detector::Ssn;

    #[test]
    fn valid_with_context() {
        assert_eq!(matched(D, "SSN: 536-22-8174"), ["536-22-8174"]);
        assert_eq!(
            matched(D, "Social Security Number 536 22 8174."),
            ["536 22 8174"]
        );
        assert_eq!(matched(D, "her soc sec no is 536228174"), ["536228174"]);
        assert_eq!(
            count(D, "SSNs: 536-22-8174, 772-41-0093 and 899-01-0001"),
            3
        );
        assert_eq!(best(D, "SSN 536-22-8174"), 0.9);
        assert_eq!(best(D, "SSN 536228174"), 0.8);
    }

    #[test]
    fn invalid_area_group_serial() {
        for bad in [
            "000-22-8174",
            "666-22-8174",
            "900-22-8174",
            "999-22-8174",
            "536-00-8174",
            "536-22-0000",
        ] {
            assert_eq!(best(D, &format!("SSN: {bad}")), 0.0, "{bad}");
        }
    }

    #[test]
    fn no_context_reported_not_counted() {
        assert_eq!(best(D, "ref 536-22-8174"), 0.4);
        assert_eq!(best(D, "order 536228174"), 0.1);
        assert_eq!(count(D, "ref 536-22-8174"), 0);
        let far = format!("SSN{}536-22-8174", " ".repeat(60));
        assert_eq!(count(D, &far), 0, "context word outside the 40-char window");
    }

    #[test]
    fn another_numbers_label_outweighs_the_context_word() {
        // The context word is there, but the value is named as something else.
        assert_eq!(
            count(D, "POs look like SSNs now: PO 226-05-9075, PO 136-71-1859"),
            0
        );
        assert_eq!(count(D, "SSN-shaped legacy ids, e.g. 266-98-5507"), 0);
        assert_eq!(count(D, "SSN lookalike: ticket #778-73-8599"), 0);
        // Near misses: a label of the SSN itself, or none.
        assert_eq!(count(D, "SSN: 536-22-8174"), 1);
        assert_eq!(count(D, "SSN no. 536-22-8174 for the order"), 1);
    }

    #[test]
    fn examples_and_placeholders_never_count() {
        for ex in [
            "123-45-6789",
            "078-05-1120",
            "219-09-9999",
            "111-11-1111",
            "888888888",
        ] {
            assert_eq!(best(D, &format!("SSN: {ex}")), 0.3, "{ex}");
        }
    }

    #[test]
    fn not_part_of_a_longer_number() {
        assert_eq!(best(D, "SSN 2024-536-22-8174"), 0.0);
        assert_eq!(best(D, "SSN 536-22-8174-01"), 0.0);
        assert_eq!(best(D, "SSN 5536228174"), 0.0, "ten digits");
        assert_eq!(best(D, "SSN 536-228-174"), 0.0, "wrong grouping");
        assert_eq!(best(D, "SSN 12 536 22 8174"), 0.0);
        assert_eq!(
            count(D, "SSN 536-22-8174."),
            1,
            "a full stop is not a separator"
        );
    }
}
