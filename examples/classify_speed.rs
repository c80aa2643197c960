//! Classification speed (docs/performance.md): the policy engine's `classify` on
//! messages built from the evaluation corpora (detector corpus and the
//! message-level development set), padded to a size, in a release build.
//!
//!     cargo run --release --example classify_speed              # ~10 KiB each
//!     cargo run --release --example classify_speed -- 1048576   # ~1 MiB each
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
    let size: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10 * 1024);
    let mut files = Vec::new();
    let dirs: Vec<String> = std::env::var("CLASSIFY_DIRS")
        .map(|v| v.split(':').map(String::from).collect())
        .unwrap_or_else(|_| {
            vec![
                "tests/corpus/messages".into(),
                "tests/corpus/phi/messages".into(),
            ]
        });
    for dir in &dirs {
        match std::fs::read_dir(dir) {
            Ok(d) => files.extend(d.filter_map(Result::ok).map(|e| e.path())),
            Err(e) => {
                eprintln!("{dir}: {e} (run from the repository root)");
                std::process::exit(1);
            }
        }
    }

    files.sort();
    if size > 100 * 1024 {
        // Fewer, bigger messages (every 20th): the run stays short.
        files = files.into_iter().step_by(20).collect();
    }
    // Pad each corpus message with clinical-looking prose to about 10 KiB.
    let filler = "The patient was seen today for follow-up. Vitals were stable and the plan was reviewed with the family. ";
    let messages: Vec<Vec<u8>> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|mut m| {
            while m.len() < size {
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
        "classify, {} messages of ~{} KiB x 4 rounds: p50 {:.0} us, p99 {:.0} us, mean {:.0} us",
        messages.len(),
        size / 1024,
        pct(0.5),
        pct(0.99),
        mean
    );
}
