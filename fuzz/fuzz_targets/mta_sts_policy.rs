//! The MTA-STS policy file parser (RFC 8461 §3.2) and MX matching: errors, not panics.
#![no_main]
libfuzzer_sys::fuzz_target!(|text: &str| {
    if let Ok(body) = phirelay::transport::mta_sts::parse_policy(text) {
        let policy = body.with_id("fuzz");
        let _ = phirelay::transport::mta_sts::decide(&policy, "mx.example.net");
    }
    for line in text.lines().take(4) {
        let _ = phirelay::transport::mta_sts::mx_matches(line, "mx.example.net");
    }
});
