//! The DATA reader: no panic, and it ends only at CRLF . CRLF.
#![no_main]
use phirelay::smtp::dot_reader::{DotReader, Progress};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // Feed in two pieces split by the first byte, to exercise chunk boundaries.
    let split = data.first().map_or(0, |&b| b as usize).min(data.len());
    let mut r = DotReader::new(1 << 16, 998);
    let mut seen = Vec::new();
    for part in [&data[..split], &data[split..]] {
        match r.feed(part) {
            Progress::More => seen.extend_from_slice(part),
            Progress::Done { consumed } => {
                seen.extend_from_slice(&part[..consumed]);
                assert!(seen.ends_with(b"\r\n.\r\n") || seen == b".\r\n");
                let _ = r.finish();
                return;
            }
        }
    }
});
