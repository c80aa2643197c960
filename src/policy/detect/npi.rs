//! National Provider Identifiers (CMS, 45 CFR 162.406): ten digits starting with 1 or 2,
//! the last a Luhn check digit computed over "80840" followed by the first nine (ISO 7812
//! card issuer prefix for US health), i.e. Luhn over the nine digits plus the constant 24.
//!
//! One ten-digit number in ten passes Luhn, and US phone numbers starting with 2 have the
//! same shape, so an NPI counts only with a context word ("NPI", "provider", "prescriber").
//!
//! | candidate                          | score |
//! |------------------------------------|-------|
//! | valid check digit, context         | 0.9   |
//! | valid check digit, no context      | 0.35 (not counted) |
//! | bad check digit                    | not reported |

use std::sync::LazyLock;

use regex::Regex;

use super::text::{digits, glued_to_number};
use super::{Cx, Detector, Finding};

pub(super) const CONTEXT: &[&str] = &[
    "npi",
    "national provider",
    "provider",
    "prescriber",
    "prescribing",
    "rendering",
    "physician",
];

pub(super) static CANDIDATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)[12][0-9]{9}(?-u:\b)").expect("built-in NPI pattern"));

pub(super) fn scan(cx: &Cx<'_, '_>, out: &mut Vec<Finding>) {
    for m in cx
        .screened
        .only(Detector::Npi, CANDIDATE.find_iter(cx.text))
    {
        let span = (m.start(), m.end());
        if glued_to_number(cx.text, span, b"-./") {
            continue;
        }
        let Some(d) = digits::<10>(m.as_str()) else {
            continue;
        };
        if !luhn_valid(&d) {
            continue;
        }
        let score = match cx.near(span, Detector::Npi) {
            true => 0.9,
            false => 0.35,
        };
        out.push(Finding {
            detector: Detector::Npi,
            score,
            span,
            category: None,
        });
    }
}

/// Luhn over "80840" + the ten NPI digits (the prefix's doubled-digit sum is the constant 24).
fn luhn_valid(d: &[u8; 10]) -> bool {
    let mut sum = 24u32;
    // From the right, excluding the check digit: positions 8, 6, 4, 2, 0 are doubled.
    for (i, &x) in d[..9].iter().enumerate() {
        let x = u32::from(x);
        sum += if i % 2 == 0 {
            let y = x * 2;
            if y > 9 { y - 9 } else { y }
        } else {
            x
        };
    }
    (10 - sum % 10) % 10 == u32::from(d[9])
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{best, count, matched};
    use super::*;

    const D: Detector = Detector::Npi;

    #[test]
    fn check_digit() {
        // CMS's example NPI and its worked check digit.
        assert!(luhn_valid(&digits::<10>("1234567893").unwrap()));
        assert!(!luhn_valid(&digits::<10>("1234567890").unwrap()));
        // Plain Luhn over "80840" + NPI agrees with the constant-24 shortcut.
        for n in ["1245319599", "1679576722", "2000000004"] {
            let full = format!("80840{n}");
            let mut sum = 0;
            for (i, c) in full.bytes().rev().enumerate() {
                let x = u32::from(c - b'0');
                sum += if i % 2 == 1 {
                    if x * 2 > 9 { x * 2 - 9 } else { x * 2 }
                } else {
                    x
                };
            }
            assert_eq!(sum % 10 == 0, luhn_valid(&digits::<10>(n).unwrap()), "{n}");
        }
    }

    #[test]
    fn with_context() {
        assert_eq!(matched(D, "NPI: 1234567893"), ["1234567893"]);
        assert_eq!(
            count(D, "Rendering provider 1245319599, billing 1679576722"),
            2
        );
        assert_eq!(best(D, "Prescriber NPI 1234567893"), 0.9);
    }

    #[test]
    fn near_misses() {
        assert_eq!(best(D, "NPI: 1234567890"), 0.0, "bad check digit");
        assert_eq!(best(D, "NPI: 3234567893"), 0.0, "starts with 3");
        assert_eq!(best(D, "NPI: 12345678931"), 0.0, "eleven digits");
        assert_eq!(
            best(D, "NPI: 555-1234567893"),
            0.0,
            "part of a longer number"
        );
        assert_eq!(
            best(D, "call 1234567893 today"),
            0.35,
            "valid, no context: not counted"
        );
        assert_eq!(count(D, "call 1234567893 today"), 0);
    }
}
