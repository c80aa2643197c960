//! The SubjectPublicKeyInfo extraction DANE uses on any certificate a server
//! sends (webpki first, then a bounds-checked DER walk): None, never a panic.
#![no_main]
libfuzzer_sys::fuzz_target!(|der: &[u8]| {
    let _ = phirelay::transport::dane::spki_der(der);
});
