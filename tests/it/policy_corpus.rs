//! The evaluation corpus (tests/corpus/, 480 labelled synthetic messages): per
//! detector precision and recall must both be at least 0.95. Counts are compared
//! per message: a finding beyond the label is a false positive, a missing one a
//! false negative. The corpus's own settings (its README) are loaded: its MRN and
//! member-id formats and its lexicon.

use std::collections::BTreeMap;

use phirelay::policy::{Detector, DetectorConfig, Detectors, PartKind, extract};

fn corpus_config() -> DetectorConfig {
    let mut cfg = DetectorConfig {
        mrn_patterns: vec![r"\bMRN-([0-9]{7})\b".into(), r"\b[0-9]{8}\b".into()],
        member_id_patterns: vec![r"\b[A-Z]{3}[0-9]{9}\b".into()],
        ..Default::default()
    };
    let terms: Vec<String> = std::fs::read_to_string("tests/corpus/lexicon.txt")
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    cfg.lexicon.diagnoses = terms;
    cfg.lexicon.drugs = Vec::new();
    cfg.lexicon.procedures = Vec::new();
    cfg
}

#[test]
fn detectors_meet_precision_and_recall_on_the_corpus() {
    let detectors = Detectors::new(&corpus_config()).unwrap();
    let labels: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("tests/corpus/labels.json").unwrap())
            .unwrap();
    let labels = labels.as_array().unwrap();
    assert!(labels.len() >= 300, "corpus too small");
    // detector -> (true positives, false positives, false negatives)
    let mut score: BTreeMap<String, (u64, u64, u64)> = BTreeMap::new();
    for l in labels {
        let file = l["file"].as_str().unwrap();
        let raw = std::fs::read(format!("tests/corpus/messages/{file}")).unwrap();
        let text = extract(&raw, 1 << 20);
        let mut found: BTreeMap<&str, u64> = BTreeMap::new();
        let parts = std::iter::once(text.subject.as_str()).chain(
            text.parts
                .iter()
                .filter(|(k, _)| !matches!(k, PartKind::FileName))
                .map(|(_, t)| t.as_str()),
        );
        for part in parts {
            for f in detectors.scan(part).iter().filter(|f| f.counts()) {
                *found.entry(f.detector.as_str()).or_default() += 1;
            }
        }
        for d in Detector::ALL {
            let name = d.as_str();
            let want = l["detectors"][name].as_u64().unwrap_or(0);
            let got = found.get(name).copied().unwrap_or(0);
            let e = score.entry(name.to_string()).or_default();
            e.0 += want.min(got);
            e.1 += got.saturating_sub(want);
            e.2 += want.saturating_sub(got);
        }
    }
    let mut report = String::from("detector   precision  recall   (tp fp fn)\n");
    let mut failed = Vec::new();
    for (d, (tp, fp, fn_)) in &score {
        let p = *tp as f64 / (*tp + *fp).max(1) as f64;
        let r = *tp as f64 / (*tp + *fn_).max(1) as f64;
        report.push_str(&format!("{d:<10} {p:9.3} {r:7.3}   ({tp} {fp} {fn_})\n"));
        if p < 0.95 || r < 0.95 {
            failed.push(d.clone());
        }
    }
    eprintln!("{report}");
    assert!(failed.is_empty(), "below 0.95: {failed:?}\n{report}");
}
