//! `phirelay policy test`: how the policy engine sees a message, for tuning rules.
//! Prints labels (detector, count, score), triggers and the decision per recipient
//! with the rule that made it, as JSON. Never the matched values.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::ConfigArg;
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum PolicyVerb {
    /// Classify MESSAGE.eml and show the decision for each --rcpt.
    Test {
        #[command(flatten)]
        config: ConfigArg,
        /// The message, as an RFC 5322 file.
        message: PathBuf,
        /// Envelope sender (for sender rules). Default: the From header's address.
        #[arg(long)]
        from: Option<String>,
        /// Recipients to decide for (repeatable).
        #[arg(long = "rcpt")]
        rcpts: Vec<String>,
        /// The output is JSON already; accepted so that every read verb takes it.
        #[arg(long)]
        json: bool,
    },
}

impl PolicyVerb {
    pub fn config(&self) -> &ConfigArg {
        match self {
            PolicyVerb::Test { config, .. } => config,
        }
    }
}

pub fn run(verb: PolicyVerb, cfg: Config) -> ExitCode {
    let PolicyVerb::Test {
        message,
        from,
        rcpts,
        ..
    } = verb;
    let raw = match std::fs::read(&message) {
        Ok(r) => r,
        Err(e) => {
            eprintln!(
                "phirelay policy test: cannot read {}: {e}",
                message.display()
            );
            return ExitCode::from(2);
        }
    };
    // Files on disk often have LF line ends; the engine reads SMTP's CRLF.
    let raw = if raw.windows(2).any(|w| w == b"\r\n") {
        raw
    } else {
        String::from_utf8_lossy(&raw)
            .replace('\n', "\r\n")
            .into_bytes()
    };
    let sender = from.unwrap_or_else(|| {
        mail_parser::MessageParser::new()
            .parse_headers(&raw)
            .and_then(|m| {
                m.from()
                    .and_then(|f| f.first())
                    .and_then(|a| a.address())
                    .map(String::from)
            })
            .unwrap_or_default()
    });
    let engine = match crate::policy::engine::Engine::new(cfg.policy.clone()) {
        Ok(e) => e,
        Err(problem) => {
            eprintln!("{}: key `policy.detectors`: {problem}", cfg.path.display());
            return ExitCode::from(2);
        }
    };
    let c = engine.classify(&raw, &sender);
    let decisions: Vec<_> = rcpts
        .iter()
        .map(|r| {
            let (d, rule) = engine.decide(&c, &sender, r);
            json!({"rcpt": r, "decision": d.as_str(), "rule": rule})
        })
        .collect();
    let mut out = c.to_json();
    out["sender"] = json!(sender);
    out["decisions"] = json!(decisions);
    println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    ExitCode::SUCCESS
}
