//! Extraction and classification of an arbitrary message: no panic, and time
//! linear in the input (libFuzzer's -timeout flags a super-linear case).
#![no_main]
use std::sync::LazyLock;

use phirelay::policy::engine::Engine;
use phirelay::policy::rules::PolicySection;

static ENGINE: LazyLock<Option<Engine>> =
    LazyLock::new(|| Engine::new(PolicySection::default()).ok());

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = phirelay::policy::extract(data, 1 << 20);
    if let Some(e) = ENGINE.as_ref() {
        let c = e.classify(data, "sender@example.org");
        let _ = e.decide(&c, "sender@example.org", "rcpt@example.net");
    }
});
