//! `phirelay audit export`: audit rows as CSV or JSON lines, written as they are
//! read (constant memory), ending with a trailer that names the chain head at
//! export time and the SHA-256 of every byte before it, so a cut or edited export
//! shows.

use std::io::{self, Write};

use aws_lc_rs::digest;
use serde_json::json;

use super::ChainedRow;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Jsonl,
}

const CSV_HEADER: &str =
    "seq,at,at_us,node,event,message_id,recipient,actor,details,prev_hash,hash\r\n";

/// Writes rows and, at the end, the trailer; hashes what it writes.
pub struct Exporter<W: Write> {
    out: W,
    format: Format,
    sha: digest::Context,
    pub rows: u64,
    last: Option<(i64, Vec<u8>)>,
}

/// What the trailer states besides the counts.
pub struct Trailer {
    pub head_seq: i64,
    pub head_hash: Vec<u8>,
    pub from: String,
    pub to: String,
    pub message_id: Option<String>,
}

impl<W: Write> Exporter<W> {
    pub fn new(out: W, format: Format) -> io::Result<Self> {
        let mut e = Self {
            out,
            format,
            sha: digest::Context::new(&digest::SHA256),
            rows: 0,
            last: None,
        };
        if format == Format::Csv {
            e.put(CSV_HEADER.as_bytes())?;
        }
        Ok(e)
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.sha.update(bytes);
        self.out.write_all(bytes)
    }

    pub fn row(&mut self, r: &ChainedRow) -> io::Result<()> {
        let at = rfc3339_us(r.at_us);
        let line = match self.format {
            Format::Jsonl => jsonl_line(r, &at),
            Format::Csv => {
                let fields = [
                    r.seq.to_string(),
                    at,
                    r.at_us.to_string(),
                    r.node.clone(),
                    r.event.clone(),
                    r.message_id.clone().unwrap_or_default(),
                    r.recipient.clone().unwrap_or_default(),
                    r.actor.clone(),
                    r.details.clone(),
                    hex::encode(&r.prev_hash),
                    hex::encode(&r.hash),
                ];
                csv_line(&fields)
            }
        };
        self.put(line.as_bytes())?;
        self.rows += 1;
        self.last = Some((r.seq, r.hash.clone()));
        Ok(())
    }

    /// The trailer, then flush. Returns the writer.
    pub fn finish(mut self, t: &Trailer) -> io::Result<W> {
        let body_sha = hex::encode(self.sha.clone().finish());
        let trailer = json!({
            "trailer": "phirelay-audit-export-v1",
            "rows": self.rows,
            "from": t.from, "to": t.to, "message_id": t.message_id,
            "last_seq": self.last.as_ref().map(|l| l.0),
            "last_hash": self.last.as_ref().map(|l| hex::encode(&l.1)),
            "head_seq": t.head_seq, "head_hash": hex::encode(&t.head_hash),
            "body_sha256": body_sha,
        });
        let line = match self.format {
            Format::Jsonl => format!("{trailer}\n"),
            // A comment-like last row: `#trailer` in the seq column, the JSON in details.
            Format::Csv => csv_line(&[
                "#trailer".into(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                trailer.to_string(),
                String::new(),
                String::new(),
            ]),
        };
        self.out.write_all(line.as_bytes())?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// One JSON object, keys in the order of the table. `details` is the stored
/// JSON as it is (no re-encoding, so the bytes the chain hashed are the bytes
/// exported), or a JSON string if it is not valid JSON.
fn jsonl_line(r: &ChainedRow, at: &str) -> String {
    let q = |s: &str| serde_json::Value::from(s).to_string();
    let opt = |s: &Option<String>| s.as_deref().map_or_else(|| "null".to_string(), q);
    let details = if serde_json::from_str::<serde::de::IgnoredAny>(&r.details).is_ok() {
        r.details.clone()
    } else {
        q(&r.details)
    };
    format!(
        "{{\"seq\":{},\"at\":{},\"at_us\":{},\"node\":{},\"event\":{},\"message_id\":{},\
         \"recipient\":{},\"actor\":{},\"details\":{},\"prev_hash\":\"{}\",\"hash\":\"{}\"}}\n",
        r.seq,
        q(at),
        r.at_us,
        q(&r.node),
        q(&r.event),
        opt(&r.message_id),
        opt(&r.recipient),
        q(&r.actor),
        details,
        hex::encode(&r.prev_hash),
        hex::encode(&r.hash)
    )
}

/// RFC 4180: every field quoted, quotes doubled; a field that a spreadsheet
/// would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
fn csv_line(fields: &[String]) -> String {
    let mut out = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        if f.starts_with(['=', '+', '-', '@']) {
            out.push('\'');
        }
        out.push_str(&f.replace('"', "\"\""));
        out.push('"');
    }
    out.push_str("\r\n");
    out
}

/// `2026-12-04T10:31:05.123456Z`.
pub fn rfc3339_us(at_us: i64) -> String {
    let secs = at_us.div_euclid(1_000_000);
    let micros = at_us.rem_euclid(1_000_000);
    let base = mail_parser::DateTime::from_timestamp(secs).to_rfc3339();
    // mail-parser prints `…Z`; put the fraction before the zone.
    match base.strip_suffix('Z') {
        Some(b) => format!("{b}.{micros:06}Z"),
        None => base,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{AuditEvent, Chain, EventType};

    fn sample() -> Vec<ChainedRow> {
        let mut c = Chain::genesis();
        let ev = AuditEvent::new(
            EventType::Received,
            "=cmd|' /C calc'!A0",
            json!({"mail_from": "a\"b@example.org"}),
        );
        vec![
            c.append("n1", &ev),
            c.append("n1", &ev.clone().message("Q1")),
        ]
    }

    #[test]
    fn csv_quotes_everything_and_defuses_formulas() {
        let mut e = Exporter::new(Vec::new(), Format::Csv).unwrap();
        for r in sample() {
            e.row(&r).unwrap();
        }
        let t = Trailer {
            head_seq: 2,
            head_hash: vec![1; 32],
            from: "a".into(),
            to: "b".into(),
            message_id: None,
        };
        let text = String::from_utf8(e.finish(&t).unwrap()).unwrap();
        assert!(text.starts_with("seq,at,"));
        assert!(text.contains("\"'=cmd|' /C calc'!A0\""));
        assert!(text.contains(r#"a\""b@example.org"#));
        let last = text.lines().last().unwrap();
        assert!(last.starts_with("\"#trailer\""));
        assert!(last.contains("body_sha256"));
    }

    #[test]
    fn jsonl_trailer_hashes_the_body() {
        let mut e = Exporter::new(Vec::new(), Format::Jsonl).unwrap();
        for r in sample() {
            e.row(&r).unwrap();
        }
        let t = Trailer {
            head_seq: 2,
            head_hash: vec![1; 32],
            from: "a".into(),
            to: "b".into(),
            message_id: None,
        };
        let text = String::from_utf8(e.finish(&t).unwrap()).unwrap();
        let (body, trailer) = text.trim_end().rsplit_once('\n').unwrap();
        let t: serde_json::Value = serde_json::from_str(trailer).unwrap();
        let want = hex::encode(digest::digest(
            &digest::SHA256,
            format!("{body}\n").as_bytes(),
        ));
        assert_eq!(t["body_sha256"], want);
        assert_eq!(t["rows"], 2);
        assert_eq!(t["last_seq"], 2);
        let first: serde_json::Value = serde_json::from_str(body.lines().next().unwrap()).unwrap();
        assert_eq!(first["details"]["mail_from"], "a\"b@example.org");
        assert_eq!(first["message_id"], serde_json::Value::Null);
        assert_eq!(rfc3339_us(1_500_000), "1970-01-01T00:00:01.500000Z");
    }
}
