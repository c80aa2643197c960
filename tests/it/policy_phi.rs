//! The message-level PHI decision on labelled sets written from one brief
//! (`tests/corpus/phi/BRIEF.md`), each by a writer who never read the detector
//! code: four development sets (`tests/corpus/phi/` to `phi4/`, tuned against)
//! and the held-out set (`tests/heldout/`, never tuned against). The first three
//! development sets must reach precision and recall of 0.95; the fourth (newest)
//! and the held-out set must not fall below their floors (0.94, 0.90).
//! The goal for all is 0.97. The engine is
//! configured as the brief's hospital configures it.
//!
//! `PHI_EVAL_VERBOSE=1 cargo test --release --test it policy_phi -- --nocapture`
//! lists every message decided wrongly, with its evidence kinds.

use std::collections::BTreeMap;

use phirelay::policy::engine::Engine;
use phirelay::policy::rules::PolicySection;

fn hospital() -> Engine {
    let mut cfg = PolicySection {
        msip_label_names: vec!["Confidential - PHI".into()],
        msip_label_ids: vec!["6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03".into()],
        ..PolicySection::default()
    };
    cfg.detectors.mrn_patterns = vec![r"\b(RH[0-9]{7})\b".into()];
    cfg.detectors.member_id_patterns = vec![r"\b(RHP[0-9]{9})\b".into()];
    Engine::new(cfg).unwrap()
}

#[derive(Default)]
struct Score {
    tp: u32,
    fp: u32,
    fn_: u32,
    tn: u32,
}

impl Score {
    fn precision(&self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fp).max(1))
    }
    fn recall(&self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fn_).max(1))
    }
    fn add(&mut self, label: bool, said: bool) {
        match (label, said) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
}

/// Score one set; prints the table (and the misses when verbose).
fn evaluate(dir: &str) -> Score {
    let engine = hospital();
    let labels: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/labels.json")).unwrap())
            .unwrap();
    let verbose = std::env::var_os("PHI_EVAL_VERBOSE").is_some();
    let mut all = Score::default();
    let mut by_kind: BTreeMap<String, Score> = BTreeMap::new();
    for l in labels.as_array().unwrap() {
        let file = l["file"].as_str().unwrap();
        let phi = l["phi"].as_bool().unwrap();
        let kind = l["kind"].as_str().unwrap_or("?").to_string();
        let raw = std::fs::read(format!("{dir}/messages/{file}")).unwrap();
        let c = engine.classify(&raw, "sender@riversidehealth.example");
        all.add(phi, c.phi);
        by_kind.entry(kind.clone()).or_default().add(phi, c.phi);
        if verbose && phi != c.phi {
            eprintln!(
                "MISS {file} kind={kind} label={phi} said={} form={} evidence={} labels={:?} triggers={:?} unscanned={:?}",
                c.phi,
                l["form"],
                serde_json::to_string(&c.evidence).unwrap_or_default(),
                c.labels
                    .iter()
                    .map(|l| l.detector.as_str())
                    .collect::<Vec<_>>(),
                c.triggers,
                c.unscanned,
            );
        }
    }
    let mut table = format!(
        "{dir}: precision {:.3} recall {:.3} (tp {} fp {} fn {} tn {})\n",
        all.precision(),
        all.recall(),
        all.tp,
        all.fp,
        all.fn_,
        all.tn
    );
    table.push_str("kind                 n   said-PHI\n");
    for (k, s) in &by_kind {
        let n = s.tp + s.fp + s.fn_ + s.tn;
        table.push_str(&format!("{k:<20} {n:>3} {:>5}\n", s.tp + s.fp));
    }
    eprintln!("{table}");
    all
}

/// Score `dir`; both precision and recall at least `bar`.
fn at_least(dir: &str, bar: f64) {
    let s = evaluate(dir);
    assert!(
        s.precision() >= bar && s.recall() >= bar,
        "{dir}: precision {:.3} recall {:.3}, below {bar}",
        s.precision(),
        s.recall()
    );
}

#[test]
fn third_development_set_does_not_fall() {
    at_least("tests/corpus/phi3", 0.95);
}

#[test]
fn second_development_set_meets_the_bar() {
    at_least("tests/corpus/phi2", 0.95);
}

#[test]
fn development_set_meets_the_bar() {
    at_least("tests/corpus/phi", 0.95);
}

/// Held-out floor: just under the score this engine reaches (0.955 / 0.977;
/// docs/policy.md has the history). The goal is 0.97; until it is reached
/// this only stops the score from falling.
#[test]
fn held_out_set_does_not_fall() {
    at_least("tests/heldout", 0.95);
}

/// The fourth development set (the weak spots): a floor under the score it
/// reached when it was tuned against (1.000 / 0.962), until it reaches the bar.
#[test]
fn fourth_development_set_does_not_fall() {
    at_least("tests/corpus/phi4", 0.95);
}

/// The fifth development set (hard negatives from real-world mail: templates,
/// identifier-shaped numbers, marketing, provider directories): a floor under
/// the score it reached when it was tuned against (0.992 / 0.970), until it
/// reaches the bar.
#[test]
fn fifth_development_set_does_not_fall() {
    at_least("tests/corpus/phi5", 0.95);
}

/// The sixth development set (a sixth writer; sub-genres the fifth did not
/// use, identifiers far from the health content): a floor under the score it
/// reached when it was tuned against (0.994 / 0.988; first score 0.957 /
/// 0.815), until it reaches the bar.
#[test]
fn sixth_development_set_does_not_fall() {
    at_least("tests/corpus/phi6", 0.95);
}

/// The seventh development set (a seventh writer, aimed at precision: at
/// least 24 identifier-shaped numbers, templates and provider directories
/// each): a floor under the score it reached when it was tuned against
/// (first score 0.940 / 0.934), until it reaches the bar.
#[test]
fn seventh_development_set_does_not_fall() {
    at_least("tests/corpus/phi7", 0.93);
}

/// The eighth development set (`tests/corpus/phi8/`, written from phi7's brief
/// by a helper that never saw the classifier, 42 messages each of templates,
/// identifier shapes and provider directories in new sub-genres): first score
/// 0.870 / 0.979, 0.979 / 0.979 after its precision round.
#[test]
fn eighth_development_set_does_not_fall() {
    at_least("tests/corpus/phi8", 0.95);
}

/// The ninth development set (`tests/corpus/phi9/`, written from phi8's brief
/// by a helper that never saw the classifier: 40 messages each of templates,
/// identifier shapes and provider directories in new sub-genres, 23 lab
/// results): first score 0.976 / 0.921.
#[test]
fn ninth_development_set_does_not_fall() {
    at_least("tests/corpus/phi9", 0.92);
}

/// The tenth development set (`tests/corpus/phi10/`, written from phi9's
/// brief by a helper that never saw the classifier, asked for the most
/// prototypical message of each kind: 40 each of templates, identifier
/// shapes and provider directories): first score 0.957 / 0.978.
#[test]
fn tenth_development_set_does_not_fall() {
    at_least("tests/corpus/phi10", 0.95);
}

/// The eleventh development set (`tests/corpus/phi11/`, written from phi10's
/// brief by a helper that never saw the classifier: negatives that look
/// filled in, with example values marked as such, staff beside health words
/// and identifier shapes): first score 0.750 / 0.958.
#[test]
fn eleventh_development_set_does_not_fall() {
    at_least("tests/corpus/phi11", 0.95);
}

/// The twelfth development set (`tests/corpus/phi12/`, written from phi11's
/// brief by a helper that never saw the classifier: mail as Outlook sends
/// it, with reply chains, Word HTML, signatures, ticket notifications and
/// confidentiality footers; 30 each of templates, identifier shapes,
/// provider directories and lab results): first score 0.926 / 0.967.
#[test]
fn twelfth_development_set_does_not_fall() {
    at_least("tests/corpus/phi12", 0.95);
}

/// The thirteenth development set (`tests/corpus/phi13/`, written from
/// phi12's brief by a helper that never saw the classifier: a fresh, plain
/// sample of the brief at the held-out set's proportions, ten of every kind
/// and twenty lab results): first score 0.958 / 0.971.
#[test]
fn thirteenth_development_set_does_not_fall() {
    at_least("tests/corpus/phi13", 0.95);
}
