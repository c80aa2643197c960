//! What `audit verify` says: lines as it goes, or with `--json` one object at
//! the end (the same facts, for monitoring scripts).

use std::process::ExitCode;

use serde_json::{Value, json};

use crate::audit::verify::Broken;

/// A whole chain that verified.
pub struct ChainOk {
    pub events: u64,
    pub head_seq: i64,
    pub head_hash: String,
    /// The first seq read (1 unless `--from`).
    pub checked_from: i64,
    pub checkpoints_matched: u64,
}

pub struct VerifyOut {
    json: bool,
    warnings: Vec<String>,
    notes: Vec<String>,
    chain: Option<ChainOk>,
    broken: Option<Broken>,
    checkpoints_bad: bool,
}

impl VerifyOut {
    pub fn new(json: bool) -> Self {
        Self {
            json,
            warnings: Vec::new(),
            notes: Vec::new(),
            chain: None,
            broken: None,
            checkpoints_bad: false,
        }
    }

    /// A checkpoint that could not be trusted or read.
    pub fn warn(&mut self, text: String) {
        if !self.json {
            println!("warning: {text}");
        }
        self.warnings.push(text);
    }

    /// Something the reader should know that is not a fault.
    pub fn note(&mut self, text: String) {
        if !self.json {
            println!("{text}");
        }
        self.notes.push(text);
    }

    pub fn broken(&mut self, b: Broken) {
        if !self.json {
            println!("audit chain BROKEN: {b}");
        }
        self.broken = Some(b);
    }

    pub fn chain_ok(&mut self, c: ChainOk) {
        if !self.json {
            println!(
                "audit chain ok: {} events, head seq {} hash {}",
                c.events, c.head_seq, c.head_hash
            );
            if c.checked_from > 1 {
                println!(
                    "checked from seq {}; rows before it only against checkpoints",
                    c.checked_from
                );
            }
            println!("checkpoints matched: {}", c.checkpoints_matched);
        }
        self.chain = Some(c);
    }

    pub fn checkpoints_bad(&mut self) {
        if !self.json {
            println!("audit checkpoints BAD: see the warnings above");
        }
        self.checkpoints_bad = true;
    }

    /// Print the JSON object (in `--json` mode) and pass the exit code on.
    pub fn finish(self, code: ExitCode) -> ExitCode {
        if self.json {
            println!(
                "{}",
                serde_json::to_string_pretty(&self.document()).unwrap_or_default()
            );
        }
        code
    }

    fn document(&self) -> Value {
        let ok = self.chain.is_some() && self.broken.is_none() && !self.checkpoints_bad;
        let chain = self.chain.as_ref().map(|c| {
            json!({
                "events": c.events, "head_seq": c.head_seq, "head_hash": c.head_hash,
                "checked_from_seq": c.checked_from, "checkpoints_matched": c.checkpoints_matched,
            })
        });
        let broken = self
            .broken
            .as_ref()
            .map(|b| json!({"seq": b.seq, "reason": b.reason}));
        json!({
            "ok": ok, "chain": chain, "broken": broken,
            "checkpoints_ok": !self.checkpoints_bad,
            "warnings": self.warnings, "notes": self.notes,
        })
    }
}
