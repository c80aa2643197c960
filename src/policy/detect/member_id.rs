//! Health-plan member and subscriber ids: the organisation's formats (`member_id_patterns`)
//! plus a context word (`member_id_context`: "member id", "subscriber id", "policy number",
//! "group number", ...). Plans have no common format or checksum, so context decides.
//!
//! | candidate                           | score |
//! |-------------------------------------|-------|
//! | pattern match, context word nearby  | 0.75  |
//! | pattern match, no context           | 0.15 (not counted) |

use super::configured::Configured;
use super::{Cx, Detector, Finding};

const WITH_CONTEXT: f32 = 0.75;
const WITHOUT_CONTEXT: f32 = 0.15;

pub(super) fn scan(patterns: &Configured, cx: &Cx<'_, '_>, out: &mut Vec<Finding>) {
    for found in patterns.spans_where(cx.text, |i| cx.screened.may_member_id(i)) {
        let span = found.span;
        let score = match cx.near(span, Detector::MemberId) {
            true => WITH_CONTEXT,
            // Only a separator dropped made it match: without its context word it may
            // be anything ("ext 1234567").
            false if found.squeezed => continue,
            false => WITHOUT_CONTEXT,
        };
        out.push(Finding {
            detector: Detector::MemberId,
            score,
            span,
            category: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{count, matched};
    use super::super::{Detector, DetectorConfig, Detectors};

    const D: Detector = Detector::MemberId;

    #[test]
    fn default_formats_with_context() {
        assert_eq!(matched(D, "Member ID: XYZ123456789"), ["XYZ123456789"]);
        assert_eq!(matched(D, "Subscriber ID W123456789"), ["W123456789"]);
        assert_eq!(
            count(D, "Group number: JQA12345678, member #: ABC1234567"),
            2
        );
    }

    #[test]
    fn no_context_no_count() {
        assert_eq!(count(D, "Tracking XYZ123456789 shipped"), 0);
    }

    #[test]
    fn no_all_digit_default() {
        // A record: the NPI on the next line is within the member id's window.
        assert_eq!(
            matched(D, "Member ID: CFJ834348833\r\nNPI: 2005490372"),
            ["CFJ834348833"]
        );
        assert_eq!(count(D, "policy # 9876543210"), 0);
    }

    #[test]
    fn near_misses() {
        assert_eq!(count(D, "Member ID: XY12345"), 0, "too short");
        assert_eq!(count(D, "Tracking xyz 123456789 shipped"), 0);
        assert_eq!(count(D, "ext 1234567 or fax 5550123456"), 0);
    }

    #[test]
    fn typed_loosely() {
        // Lower case, or a space or hyphen after the prefix, next to a context word.
        assert_eq!(count(D, "Member ID: xyz123456789"), 1);
        assert_eq!(matched(D, "plan id rhp 313770092"), ["rhp 313770092"]);
        assert_eq!(matched(D, "Member #: RHP-204881377"), ["RHP-204881377"]);
    }

    #[test]
    fn configurable() {
        let cfg = DetectorConfig {
            enabled: vec![D],
            member_id_patterns: vec![r"\bHP-[0-9]{6}\b".into()],
            member_id_context: vec!["plan card".into()],
            ..DetectorConfig::default()
        };
        let d = Detectors::new(&cfg).unwrap();
        assert_eq!(
            d.scan("plan card HP-123456")
                .iter()
                .filter(|f| f.counts())
                .count(),
            1
        );
        let cfg = DetectorConfig {
            member_id_context: vec!["ok".into(), "  ".into()],
            ..DetectorConfig::default()
        };
        assert_eq!(
            Detectors::new(&cfg).unwrap_err().key,
            "policy.detectors.member_id_context[1]"
        );
    }
}
