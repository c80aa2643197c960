//! The message-level verdict and its evidence kinds for each file given, with
//! the engine configured as the evaluation sets' hospital configures it
//! (`tests/it/policy_phi.rs`: MRN `RH` + 7 digits, member ids `RHP` + 9, its
//! sensitivity label by name and GUID). For timing hostile shapes and scoring
//! a set outside the test harness (docs/performance.md, docs/policy.md):
//!
//!     cargo build --release --example phi_explain
//!     target/release/examples/phi_explain FILE...
//!
//! An administrator's tool for the same question is `phirelay policy test`.

use std::process::ExitCode;

use phirelay::policy::engine::Engine;
use phirelay::policy::rules::PolicySection;

fn main() -> ExitCode {
    let mut cfg = PolicySection {
        msip_label_names: vec!["Confidential - PHI".into()],
        msip_label_ids: vec!["6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03".into()],
        ..Default::default()
    };
    cfg.detectors.mrn_patterns = vec![r"\b(RH[0-9]{7})\b".into()];
    cfg.detectors.member_id_patterns = vec![r"\b(RHP[0-9]{9})\b".into()];
    let engine = match Engine::new(cfg) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("engine: {e}");
            return ExitCode::FAILURE;
        }
    };
    for file in std::env::args().skip(1) {
        let raw = match std::fs::read(&file) {
            Ok(raw) => raw,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let c = engine.classify(&raw, "sender@riversidehealth.example");
        let evidence = serde_json::to_string(&c.evidence).unwrap_or_default();
        println!("{file}: phi={} {evidence}", c.phi);
    }
    ExitCode::SUCCESS
}
