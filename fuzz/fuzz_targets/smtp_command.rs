//! The command parser the session uses on every line a client sends.
#![no_main]
libfuzzer_sys::fuzz_target!(|line: &[u8]| {
    let _ = smtp_proto::Request::parse(&mut line.iter());
});
