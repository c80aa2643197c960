//! Config errors that tell an admin exactly where and how to fix things.

use std::fmt;
use std::path::PathBuf;

/// One problem in the config: which file, which key, what is wrong, how to fix it.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub file: PathBuf,
    /// Dotted key path, e.g. `limits.max_recipients`; empty when the file itself is at fault.
    pub key: String,
    pub problem: String,
    pub fix: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = if self.key.is_empty() { "-" } else { &self.key };
        write!(
            f,
            "{}: key `{}`: {}; fix: {}",
            self.file.display(),
            key,
            self.problem,
            self.fix
        )
    }
}

/// Every problem found in one pass (admins fix them all at once, not one per run).
#[derive(Debug, Clone)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

/// Line number and dotted key of a TOML parse error, for the message. The error's
/// span points at the key (unknown field) or the value (wrong type): either way the
/// key is what stands before `=` on that line, inside the last `[table]` above it.
pub(super) fn locate(text: &str, e: &toml::de::Error) -> (String, String) {
    let Some(span) = e.span() else {
        return (String::new(), String::new());
    };
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line_text = text[line_start..line_end].trim();
    let line = text[..start].matches('\n').count() + 1;
    // The table the error is in: the header on its own line (a whole table at
    // fault, e.g. a missing field), else the last header above it.
    let table = text[..line_end]
        .lines()
        .rev()
        .find_map(|l| {
            let l = l.trim();
            l.starts_with('[')
                .then(|| l.trim_matches(['[', ']']).to_string())
        })
        .unwrap_or_default();
    let key_here = match line_text.split_once('=') {
        Some((k, _)) if !line_text.starts_with('[') => k.trim().to_string(),
        // "missing field `algorithm`": the key to add.
        _ => missing_field(e.message()).unwrap_or_default(),
    };
    let key = match (table.is_empty(), key_here.is_empty()) {
        (true, _) => key_here,
        (false, true) => table,
        (false, false) => format!("{table}.{key_here}"),
    };
    (key, format!("line {line}: "))
}

/// The field serde says is missing, from its message.
pub(super) fn missing_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("missing field `")?;
    Some(rest.split('`').next()?.to_string())
}
