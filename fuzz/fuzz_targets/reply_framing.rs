//! The outbound client's reply framing and parsing on arbitrary server bytes:
//! a frame never reaches past the input, and parsing never panics.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut rest = data;
    while let Some(len) = phirelay::transport::client::complete_reply_len(rest) {
        assert!(len > 0 && len <= rest.len());
        let _ = phirelay::transport::client::parse_reply(&rest[..len]);
        rest = &rest[len..];
    }
});
