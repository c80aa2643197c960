//! The config file parser and checker: arbitrary TOML must give errors, not panics.
#![no_main]
libfuzzer_sys::fuzz_target!(|text: &str| {
    let dir = std::env::temp_dir().join(format!("phirelay-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("phirelay.toml");
    if std::fs::write(&path, text).is_ok() {
        let _ = phirelay::config::load(&path);
    }
});
