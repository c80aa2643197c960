//! `phirelay config show`: the configuration in effect, every key with the
//! value it has (what the file says, else the default), as TOML; secrets
//! masked. `--defaults`: what an empty file gives. Postfix's `postconf`.

use std::path::Path;
use std::process::ExitCode;

use crate::config::{self, FileConfig};

/// Shown instead of a secret's value.
const MASKED: &str = "(set; not shown)";

pub fn show(path: &Path, defaults: bool, as_json: bool) -> ExitCode {
    let file = if defaults {
        FileConfig::default()
    } else {
        // The loader's checks first: an invalid file is reported as
        // check-config reports it, never shown as if in effect.
        if let Err(errs) = config::load(path) {
            eprintln!("{errs}");
            return ExitCode::from(2);
        }
        match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| toml::from_str::<FileConfig>(&t).map_err(|e| e.to_string()))
        {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
    };
    if as_json {
        return match serde_json::to_string_pretty(&masked(file)) {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("phirelay config show: {e}");
                ExitCode::from(3)
            }
        };
    }
    match toml::to_string_pretty(&masked(file)) {
        Ok(text) => {
            let what = if defaults {
                "built-in defaults (an empty file)".to_string()
            } else {
                format!("in effect from {}", path.display())
            };
            println!(
                "# phirelay {} configuration, {what}; secrets masked;",
                env!("CARGO_PKG_VERSION")
            );
            println!(
                "# a key not shown is unset (its default is derived: see docs/configuration.md)\n"
            );
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("phirelay config show: {e}");
            ExitCode::from(3)
        }
    }
}

fn masked(mut f: FileConfig) -> FileConfig {
    for u in &mut f.relay.user {
        u.password_hash = MASKED.into();
    }
    if let Some(url) = &f.store.url {
        f.store.url = Some(config::redact_url(url));
    }
    for s in &mut f.source {
        if s.route_secret_sha256.is_some() {
            s.route_secret_sha256 = Some(MASKED.into());
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_masked() {
        let text = "[[relay.user]]\nname = \"app\"\npassword_hash = \"$argon2id$v=19$secret\"\n\
                    [store]\nbackend = \"postgres\"\nurl = \"postgres://u:hunter2@db/p\"\n";
        let f: FileConfig = toml::from_str(text).unwrap();
        let out = toml::to_string_pretty(&masked(f)).unwrap();
        assert!(
            !out.contains("hunter2") && !out.contains("argon2id"),
            "{out}"
        );
        assert!(
            out.contains(MASKED) && out.contains("postgres://u:***@db/p"),
            "{out}"
        );
        let d = toml::to_string_pretty(&masked(FileConfig::default())).unwrap();
        assert!(
            d.contains("[queue]") && d.contains("max_lifetime_secs = 432000"),
            "{d}"
        );
    }
}
