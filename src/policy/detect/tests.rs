//! Tests across detectors: names, config, labels, and a 10 KiB mixed scan.

use proptest::prelude::*;

use super::*;

#[test]
fn names_round_trip() {
    let names: Vec<&str> = Detector::ALL.iter().map(|d| d.as_str()).collect();
    assert_eq!(
        names,
        [
            "ssn",
            "mbi",
            "npi",
            "dea",
            "mrn",
            "dob",
            "icd10",
            "member_id",
            "hl7",
            "lexicon"
        ]
    );
    for d in Detector::ALL {
        assert_eq!(d.as_str().parse::<Detector>(), Ok(d));
        assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{d}\""));
    }
    assert!("SSN".parse::<Detector>().is_err());
}

#[test]
fn config_from_toml() {
    let cfg: DetectorConfig = toml::from_str(
        r#"
        enabled = ["ssn", "icd10", "member_id"]
        context_window = 60
        mrn_patterns = ['\bE[0-9]{7}\b']
        [lexicon]
        drugs = ["zolgensma"]
        "#,
    )
    .unwrap();
    assert_eq!(
        cfg.enabled,
        [Detector::Ssn, Detector::Icd10, Detector::MemberId]
    );
    assert_eq!(cfg.context_window, 60);
    assert_eq!(cfg.mrn_context, DetectorConfig::default().mrn_context);
    assert!(
        cfg.lexicon.diagnoses.contains(&"schizophrenia".to_string()),
        "other lists keep defaults"
    );
    let d = Detectors::new(&cfg).unwrap();
    assert!(d.is_enabled(Detector::Ssn) && !d.is_enabled(Detector::Lexicon));
    assert!(
        d.scan("SSN 536-22-8174, DEA AB1234563")
            .iter()
            .all(|f| f.detector == Detector::Ssn)
    );

    let typo = toml::from_str::<DetectorConfig>("context_windw = 10");
    assert!(typo.is_err(), "unknown keys are errors");
    let unknown = toml::from_str::<DetectorConfig>(r#"enabled = ["credit_card"]"#);
    assert!(unknown.is_err());
}

#[test]
fn check_lists_every_problem() {
    let cfg = DetectorConfig {
        context_window: 10_000,
        mrn_patterns: vec!["(".into()],
        member_id_patterns: vec!["ok[0-9]".into(), "[z-a]".into()],
        ..DetectorConfig::default()
    };
    let keys: Vec<String> = cfg.check().into_iter().map(|e| e.key).collect();
    assert_eq!(
        keys,
        [
            "policy.detectors.context_window",
            "policy.detectors.mrn_patterns[0]",
            "policy.detectors.member_id_patterns[1]",
        ]
    );
    let e = Detectors::new(&cfg).unwrap_err();
    assert_eq!(e.key, "policy.detectors.context_window");
    assert!(
        e.to_string()
            .starts_with("key `policy.detectors.context_window`: ")
    );
}

#[test]
fn summarize_counts_only_at_threshold() {
    let f = |detector, score, at| Finding {
        detector,
        score,
        span: (at, at + 1),
        category: None,
    };
    let findings = [
        f(Detector::Ssn, 0.9, 0),
        f(Detector::Ssn, 0.4, 5),
        f(Detector::Ssn, 0.8, 10),
        f(Detector::Dob, 0.1, 20),
        f(Detector::Icd10, 0.5, 30),
        f(Detector::Mbi, 0.7, 40),
    ];
    assert_eq!(
        summarize(&findings),
        [
            Label {
                detector: Detector::Ssn,
                count: 2,
                max_score: 0.9
            },
            Label {
                detector: Detector::Mbi,
                count: 1,
                max_score: 0.7
            },
            Label {
                detector: Detector::Icd10,
                count: 1,
                max_score: 0.5
            },
        ]
    );
    assert!(summarize(&[]).is_empty());
    let json = serde_json::to_string(&summarize(&findings[..1])).unwrap();
    assert_eq!(json, r#"[{"detector":"ssn","count":1,"max_score":0.9}]"#);
}

#[test]
fn context_window_is_configurable() {
    let text = format!("SSN{}536-22-8174", " ".repeat(55));
    let scan = |window| {
        let cfg = DetectorConfig {
            context_window: window,
            ..DetectorConfig::default()
        };
        summarize(&Detectors::new(&cfg).unwrap().scan(&text))
    };
    assert!(scan(40).is_empty());
    assert_eq!(scan(60)[0].detector, Detector::Ssn);
}

/// A clinical note with one of everything.
const NOTE: &str = "Patient: Jane Roe, DOB: 03/14/1962, SSN 536-22-8174, MRN: 00123456.\n\
    Rendering provider NPI 1234567893, DEA# AB1234563.\n\
    Assessment: E11.9 type 2 diabetes, on metformin; colonoscopy scheduled.\n\
    Member ID: XYZ123456789; Medicare MBI 2C19-D28-FT55.\n\
    MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202401011200||ADT^A01|MSG0001|P|2.5\r\
    PID|1||12345^^^HOSP^MR||ROE^JANE||19620314|F\r\n";

/// Office mail with numbers and dates but no PHI.
const NOISE: &str = "Re: Q3 invoices. Order 4481-22 shipped 2024-07-15; call 555-0199 or \
    +1 (212) 555-0142 ext. 12. Ref AB12-3456, version 1.2.62, room B12, ZIP 10001-1234, \
    total $1,234,567.89; see https://example.com/a/123456789?id=987654321 and thanks!\n";

#[test]
fn every_detector_fires_on_the_note() {
    let d = Detectors::new(&DetectorConfig::default()).unwrap();
    let labels = summarize(&d.scan(NOTE));
    let found: Vec<(&str, u32)> = labels
        .iter()
        .map(|l| (l.detector.as_str(), l.count))
        .collect();
    assert_eq!(
        found,
        [
            ("ssn", 1),
            ("mbi", 1),
            ("npi", 1),
            ("dea", 1),
            ("mrn", 1),
            ("dob", 1),
            ("icd10", 1),
            ("member_id", 1),
            ("hl7", 1),
            ("lexicon", 3),
        ]
    );
}

#[test]
fn office_noise_counts_nothing() {
    let d = Detectors::new(&DetectorConfig::default()).unwrap();
    let findings = d.scan(NOISE);
    assert!(summarize(&findings).is_empty(), "{findings:?}");
}

#[test]
fn scan_10_kib_mixed_text() {
    let d = Detectors::new(&DetectorConfig::default()).unwrap();
    let mut text = String::new();
    while text.len() < 10 * 1024 {
        text.push_str(NOISE);
        text.push_str("Grüße, ünïcödé text — “quoted” 😀.\n");
        text.push_str(NOTE);
    }
    let findings = d.scan(&text);
    let notes = text.matches("Patient: Jane Roe").count() as u32;
    let labels = summarize(&findings);
    assert_eq!(labels.len(), 10);
    for l in &labels {
        let per_note = if l.detector == Detector::Lexicon {
            3
        } else {
            1
        };
        assert_eq!(l.count, notes * per_note, "{}", l.detector);
    }
    for f in &findings {
        assert!(text.is_char_boundary(f.span.0) && text.is_char_boundary(f.span.1));
        assert!(f.span.0 < f.span.1 && (0.0..=1.0).contains(&f.score));
    }
    assert!(
        findings.windows(2).all(|w| w[0].span.0 <= w[1].span.0),
        "sorted"
    );
}

/// Not a benchmark (those live in bench/): prints the per-scan time of a 10 KiB text in
/// this build. `cargo test --lib policy -- --ignored --nocapture scan_timing`.
#[test]
#[ignore]
fn scan_timing() {
    let d = Detectors::new(&DetectorConfig::default()).unwrap();
    let mut text = String::new();
    while text.len() < 10 * 1024 {
        text.push_str(NOISE);
        text.push_str(NOTE);
    }
    let runs = 200;
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..runs {
        n += d.scan(std::hint::black_box(&text)).len();
    }
    let per = start.elapsed() / runs;
    println!(
        "scan of {} bytes: {per:?} per scan ({} findings)",
        text.len(),
        n / runs as usize
    );
}

#[test]
fn debug_never_prints_text() {
    let d = Detectors::new(&DetectorConfig::default()).unwrap();
    let findings = d.scan(NOTE);
    let dbg = format!("{findings:?} {d:?}");
    for secret in ["536-22-8174", "Jane", "2C19", "E11.9", "metformin", "PID|"] {
        assert!(!dbg.contains(secret), "{secret}");
    }
}

proptest! {
    /// Any mix of PHI-ish tokens, separators and multi-byte characters: no panic, spans on
    /// character boundaries, scores in range.
    #[test]
    fn scan_any_text(s in "(SSN|DOB|dx|MRN|member id|MSH\\|\\^~\\\\&\\||PID\\||[0-9]{1,10}|[A-Z]{1,3}|[ /.:#_\\-\r\n\u{a0}\u{2019}é😀]|type 2 diabetes|HIV){0,40}") {
        let d = Detectors::new(&DetectorConfig::default()).unwrap();
        for f in d.scan(&s) {
            prop_assert!(s.is_char_boundary(f.span.0) && s.is_char_boundary(f.span.1));
            prop_assert!(f.span.0 < f.span.1 && f.span.1 <= s.len());
            prop_assert!((0.0..=1.0).contains(&f.score));
        }
    }
}
