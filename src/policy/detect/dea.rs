//! DEA registration numbers: two characters and seven digits. The first letter is the
//! registrant type (A B C D E F G H J K L M P R S T U X); the second is the first letter
//! of the registrant's surname (or business name), or 9. The 7th digit is a check digit:
//! `(d1 + d3 + d5 + 2 × (d2 + d4 + d6)) mod 10`.
//!
//! Two letters and seven digits is a common shape (part and invoice numbers) and one in
//! ten passes the check, so a DEA number counts only near a context word ("DEA",
//! "prescriber", "controlled substance", "registration").
//!
//! | candidate                      | score |
//! |--------------------------------|-------|
//! | valid check digit, context     | 0.95  |
//! | valid check digit, no context  | 0.45 (not counted) |
//! | bad check digit or type letter | not reported |

use std::sync::LazyLock;

use regex::Regex;

use super::text::digits;
use super::{Cx, Detector, Finding};

pub(super) const CONTEXT: &[&str] = &[
    "dea",
    "prescriber",
    "controlled substance",
    "registration",
    "registrant",
];

pub(super) static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[ABCDEFGHJKLMPRSTUX][A-Z9][0-9]{7}(?-u:\b)").expect("built-in DEA pattern")
});

pub(super) fn scan(cx: &Cx<'_, '_>, out: &mut Vec<Finding>) {
    for m in cx
        .screened
        .only(Detector::Dea, CANDIDATE.find_iter(cx.text))
    {
        let Some(d) = digits::<7>(&m.as_str()[2..]) else {
            continue;
        };
        if !check_digit_ok(&d) {
            continue;
        }
        let span = (m.start(), m.end());
        let score = match cx.near(span, Detector::Dea) {
            true => 0.95,
            false => 0.45,
        };
        out.push(Finding {
            detector: Detector::Dea,
            score,
            span,
            category: None,
        });
    }
}

fn check_digit_ok(d: &[u8; 7]) -> bool {
    let odd = u32::from(d[0]) + u32::from(d[2]) + u32::from(d[4]);
    let even = u32::from(d[1]) + u32::from(d[3]) + u32::from(d[5]);
    (odd + 2 * even) % 10 == u32::from(d[6])
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{best, count, matched};
    use super::*;

    const D: Detector = Detector::Dea;

    #[test]
    fn valid_with_context() {
        // 1+3+5 = 9; 2×(2+4+6) = 24; 33 → 3.
        assert_eq!(matched(D, "DEA# AB1234563"), ["AB1234563"]);
        assert_eq!(matched(D, "DEA: FM9876547"), ["FM9876547"]); // 9+7+5 + 2×(8+6+4) = 57
        assert_eq!(count(D, "prescriber registration XS0000000, B91111119"), 2);
        assert_eq!(best(D, "DEA AB1234563"), 0.95);
    }

    #[test]
    fn near_misses() {
        assert_eq!(best(D, "DEA AB1234564"), 0.0, "bad check digit");
        assert_eq!(best(D, "DEA IB1234563"), 0.0, "I is not a registrant type");
        assert_eq!(best(D, "DEA NB1234563"), 0.0, "N is not a registrant type");
        assert_eq!(best(D, "DEA ab1234563"), 0.0, "lower case");
        assert_eq!(best(D, "DEA AB12345630"), 0.0, "eight digits");
        assert_eq!(best(D, "DEA XAB1234563"), 0.0, "glued to a letter");
        assert_eq!(
            best(D, "part AB1234563 in stock"),
            0.45,
            "no context: not counted"
        );
        assert_eq!(count(D, "part AB1234563 in stock"), 0);
    }
}
