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
