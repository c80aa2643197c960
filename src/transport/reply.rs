//! Outcomes in SMTP terms: a remote reply, or a local reason dressed as one, and
//! the one place that classes a failure as temporary or permanent.

use std::fmt;

/// A reply from the remote server, or our own reason with a code that says the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    /// RFC 3463 enhanced status code ("5.1.1"), empty when the server gave none.
    pub enhanced: String,
    pub text: String,
    /// True when the relay made this reply up (no server said it).
    pub local: bool,
}

impl Reply {
    pub fn remote(code: u16, esc: [u8; 3], text: String) -> Self {
        let enhanced = if esc[0] == 0 {
            String::new()
        } else {
            format!("{}.{}.{}", esc[0], esc[1], esc[2])
        };
        Self {
            code,
            enhanced,
            text: text.chars().filter(|c| !c.is_control()).take(300).collect(),
            local: false,
        }
    }

    pub fn local(code: u16, enhanced: &str, text: impl Into<String>) -> Self {
        Self {
            code,
            enhanced: enhanced.to_string(),
            text: text.into(),
            local: true,
        }
    }

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.code)
    }

    /// Only a 5xx is permanent; anything else that is not success, and anything
    /// unknown, is temporary (fail safe: retry, never lose).
    pub fn is_permanent(&self) -> bool {
        (500..600).contains(&self.code)
    }

    /// The status for a DSN: the enhanced code, else one derived from the class.
    pub fn status(&self) -> String {
        if !self.enhanced.is_empty() {
            return self.enhanced.clone();
        }
        match self.code {
            200..=299 => "2.0.0",
            500..=599 => "5.0.0",
            _ => "4.0.0",
        }
        .to_string()
    }

    /// A 421 or 4.7.x reply: the destination asks us to slow down.
    pub fn asks_to_back_off(&self) -> bool {
        self.code == 421 || self.enhanced.starts_with("4.7.")
    }
}

impl fmt::Display for Reply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.enhanced.is_empty() {
            write!(f, "{} {}", self.code, self.text)
        } else {
            write!(f, "{} {} {}", self.code, self.enhanced, self.text)
        }
    }
}
