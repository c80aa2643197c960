//! Medical record numbers: the organisation's formats (`mrn_patterns`) plus a context word
//! (`mrn_context`: "MRN", "medical record", ...). There is no checksum to validate: an
//! MRN is only as good as its context.
//!
//! | candidate                           | score |
//! |-------------------------------------|-------|
//! | pattern match, context word nearby  | 0.8   |
//! | pattern match, no context           | 0.2 (not counted) |

use super::configured::Configured;
use super::{Cx, Detector, Finding};

const WITH_CONTEXT: f32 = 0.8;
const WITHOUT_CONTEXT: f32 = 0.2;

pub(super) fn scan(patterns: &Configured, cx: &Cx<'_, '_>, out: &mut Vec<Finding>) {
    for found in patterns.spans_where(cx.text, |i| cx.screened.may_mrn(i)) {
        let span = found.span;
        let score = match cx.near(span, Detector::Mrn) {
            true => WITH_CONTEXT,
            // Only a separator dropped made it match: without its context word it may
            // be anything ("ext 1234567").
            false if found.squeezed => continue,
            false => WITHOUT_CONTEXT,
        };
        out.push(Finding {
            detector: Detector::Mrn,
            score,
            span,
            category: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{count, matched, scan_only};
    use super::super::{Detector, DetectorConfig, Detectors};

    const D: Detector = Detector::Mrn;

    #[test]
    fn labelled_mrns_count() {
        assert_eq!(matched(D, "Patient MRN: 00123456 seen today"), ["00123456"]);
        assert_eq!(matched(D, "MRN#987654"), ["987654"]);
        assert_eq!(matched(D, "Medical record 4455667 attached"), ["4455667"]);
        assert_eq!(count(D, "chart # 12345678"), 1);
    }

    #[test]
    fn one_finding_per_number_even_when_two_patterns_match() {
        let f = scan_only(D, "MRN: 1234567");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].span, (5, 12));
    }

    #[test]
    fn bare_numbers_do_not_count() {
        let f = scan_only(D, "Invoice 1234567 is attached.");
        assert_eq!(f.len(), 1);
        assert!(!f[0].counts());
        assert_eq!(
            count(D, "MRN 12345"),
            0,
            "too short for the default formats"
        );
        assert_eq!(
            count(D, "MRN 12345678901"),
            0,
            "too long for the default formats"
        );
    }

    #[test]
    fn organisation_formats() {
        let cfg = DetectorConfig {
            enabled: vec![D],
            mrn_patterns: vec![r"\bE[0-9]{6}\b".into()],
            mrn_context: vec!["epic id".into()],
            ..DetectorConfig::default()
        };
        let d = Detectors::new(&cfg).unwrap();
        let counted = |t: &str| d.scan(t).iter().filter(|f| f.counts()).count();
        assert_eq!(counted("Epic ID E123456"), 1);
        assert_eq!(counted("MRN E123456"), 0, "context words replaced");
        assert_eq!(counted("Epic ID 1234567"), 0, "patterns replaced");
    }

    #[test]
    fn bad_pattern_names_its_key() {
        let cfg = DetectorConfig {
            mrn_patterns: vec![r"\b[0-9]{7}\b".into(), r"([0-9]".into()],
            ..DetectorConfig::default()
        };
        let e = Detectors::new(&cfg).unwrap_err();
        assert_eq!(e.key, "policy.detectors.mrn_patterns[1]");
    }
}
