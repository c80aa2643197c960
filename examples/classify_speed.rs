//! Classification speed (docs/performance.md): the policy engine's `classify` on
//! 10 KiB messages built from the evaluation corpus, in a release build.
//!
//!     cargo run --release --example classify_speed
//!
//! Prints p50 / p99 / mean microseconds per message. A benchmark, not a test.

use std::time::Instant;

use phirelay::policy::engine::Engine;
use phirelay::policy::rules::PolicySection;

fn main() {
    let engine = match Engine::new(PolicySection::default()) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("engine: {e}");
            std::process::exit(1);
        }
    };
    let dir = std::path::Path::new("tests/corpus/messages");
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(d) => d.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            eprintln!("{}: {e} (run from the repository root)", dir.display());
            std::process::exit(1);
        }
    };
    files.sort();
    // Pad each corpus message with clinical-looking prose to about 10 KiB.
    let filler = "The patient was seen today for follow-up. Vitals were stable and the plan was reviewed with the family. ";
    let messages: Vec<Vec<u8>> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|mut m| {
            while m.len() < 10 * 1024 {
                m.extend_from_slice(filler.as_bytes());
                m.extend_from_slice(b"\r\n");
            }
            m
        })
        .collect();
    let mut times = Vec::new();
    for round in 0..5 {
        for m in &messages {
            let t = Instant::now();
            let c = engine.classify(m, "dr@clinic.example");
            let el = t.elapsed();
            std::hint::black_box(c);
            if round > 0 {
                times.push(el.as_secs_f64() * 1e6);
            }
        }
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize];
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    println!(
        "classify, {} messages of ~10 KiB x 4 rounds: p50 {:.0} us, p99 {:.0} us, mean {:.0} us",
        messages.len(),
        pct(0.5),
        pct(0.99),
        mean
    );
}
