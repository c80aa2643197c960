//! The text of a raw RFC 5322 message, for the detectors: the subject (RFC 2047 decoded),
//! text/plain bodies, text/html bodies as text, the file name of every attachment, text-like
//! attachments (text/*, JSON, XML, CSV, HL7 by content type, or txt/csv/tsv/html/htm/xml/
//! json/hl7 by file name; UTF-16 with a BOM is decoded; iCalendar unfolded and unescaped),
//! and the same from forwarded
//! messages (message/rfc822) down to three levels. mail-parser does the MIME work:
//! base64 and quoted-printable (RFC 2045) and charsets; [`html`] turns HTML into text with
//! a separator for every tag (mail-parser's `html_to_text` glues table cells together).
//!
//! Every alternative of a multipart/alternative is scanned (a sender can hide text in one
//! of them), so a value present in both the plain and the HTML body is found twice: counts
//! are per scanned text unit, as the evaluation corpus (tests/corpus) labels them.
//!
//! Bounded: at most `max_bytes` of text in total (default 1 MiB, subject first, then
//! bodies, then attachments); anything cut or skipped for a limit sets `truncated`, so the
//! policy can treat a partly scanned message as it chooses. A message mail-parser cannot
//! parse, or that has no body at all, is scanned as raw text (lossy UTF-8). Headers other
//! than Subject are not extracted (Received, DKIM and Message-ID would only add noise).
//!
//! PHI: everything here is message content; `Debug` on [`Extracted`] prints sizes only.

use std::fmt;

use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders, PartType};

mod calendar;
mod docx;
mod html;
mod pdf;
mod quoted;

/// Default bound on the text extracted from one message.
pub const DEFAULT_MAX_TEXT_BYTES: usize = 1 << 20;

/// Forwarded messages nested deeper than this are not read (and set `truncated`).
const MAX_DEPTH: usize = 3;

/// HTML is converted from at most this many bytes per byte of text budget left (markup
/// overhead), and never less than 64 KiB.
const HTML_MARKUP_RATIO: usize = 16;

/// Why some content could not be read in full. Any of these makes the message
/// `unscanned`, which counts as PHI unless `[policy] unscanned_action` says
/// otherwise: what the classifier cannot read is the protected case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unscanned {
    /// Text past `max_scan_bytes` (or HTML past its markup allowance) was cut.
    Truncated,
    /// A forwarded message nested deeper than the limit.
    NestingTooDeep,
    /// A binary attachment of a type no extractor reads (images, ZIP, XLSX, DOC, RTF, TNEF, …).
    UnsupportedAttachment,
    /// A text part that is not text (a NUL byte; UTF-16 without a byte-order mark).
    UndecodableText,
    /// A PDF or DOCX the extractor could not read, or read no text from.
    ExtractorFailed,
}

impl Unscanned {
    pub fn as_str(self) -> &'static str {
        match self {
            Unscanned::Truncated => "truncated",
            Unscanned::NestingTooDeep => "nesting_too_deep",
            Unscanned::UnsupportedAttachment => "unsupported_attachment",
            Unscanned::UndecodableText => "undecodable_text",
            Unscanned::ExtractorFailed => "extractor_failed",
        }
    }
}

/// Where a piece of text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// A text/plain body part (or the raw message when it does not parse).
    Body,
    /// A text/html body part, converted to text.
    HtmlBody,
    /// A text-like attachment, decoded.
    Attachment,
    /// An attachment's file name (any attachment, text-like or not).
    FileName,
    /// The subject of a forwarded message (message/rfc822).
    ForwardedSubject,
    /// Bodies, attachments and file names of a forwarded message.
    Forwarded,
}

/// The text of one message. `Debug` prints sizes, never text.
pub struct Extracted {
    pub subject: String,
    pub parts: Vec<(PartKind, String)>,
    /// Some text was cut or skipped because of `max_bytes` or the nesting limit.
    pub truncated: bool,
    /// Every reason some content was not read, each once, in order.
    pub unscanned: Vec<Unscanned>,
}

impl Extracted {
    /// The subject and every part, in order.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.subject.as_str()).chain(self.parts.iter().map(|(_, t)| t.as_str()))
    }

    /// Bytes of text extracted.
    pub fn len(&self) -> usize {
        self.texts().map(str::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl fmt::Debug for Extracted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<(PartKind, usize)> = self.parts.iter().map(|(k, t)| (*k, t.len())).collect();
        f.debug_struct("Extracted")
            .field("subject_len", &self.subject.len())
            .field("parts", &parts)
            .field("truncated", &self.truncated)
            .field("unscanned", &self.unscanned)
            .finish()
    }
}

/// Extract at most `max_bytes` of text from the raw message `raw`.
pub fn extract(raw: &[u8], max_bytes: usize) -> Extracted {
    let mut out = Out {
        parts: Vec::new(),
        left: max_bytes,
        truncated: false,
        unscanned: Vec::new(),
    };
    let parsed = MessageParser::default().parse(raw);
    // No message, or one with no body at all (headers that are not headers): scan it raw.
    let Some(msg) = parsed.filter(|m| {
        !(m.text_body.is_empty() && m.html_body.is_empty() && m.attachments.is_empty())
    }) else {
        out.push(PartKind::Body, &String::from_utf8_lossy(raw));
        return out.finish(String::new());
    };
    let subject = out.take(msg.subject().unwrap_or_default()).to_owned();
    walk(&msg, 0, &mut out);
    out.finish(subject)
}

/// Text collected so far and the budget left.
struct Out {
    parts: Vec<(PartKind, String)>,
    left: usize,
    truncated: bool,
    unscanned: Vec<Unscanned>,
}

impl Out {
    /// The prefix of `text` that fits the budget (cut at a character boundary), charged.
    fn take<'t>(&mut self, text: &'t str) -> &'t str {
        let n = if text.len() <= self.left {
            text.len()
        } else {
            self.truncated = true;
            self.skipped(Unscanned::Truncated);
            text.floor_char_boundary(self.left)
        };
        self.left -= n;
        &text[..n]
    }

    /// Note content that was not read, once per reason.
    fn skipped(&mut self, why: Unscanned) {
        if !self.unscanned.contains(&why) {
            self.unscanned.push(why);
        }
    }

    fn push(&mut self, kind: PartKind, text: &str) {
        if text.contains('\0') {
            // Not text (or UTF-16 without a BOM): the detectors would miss what it holds.
            self.skipped(Unscanned::UndecodableText);
        }
        if text.trim().is_empty() {
            return;
        }
        let kept = self.take(text);
        if !kept.is_empty() {
            self.parts.push((kind, quoted::unquote(kept).into_owned()));
        }
    }

    /// HTML converted to text, reading at most a budget-sized prefix of the markup.
    fn html(&mut self, html: &str) -> String {
        let cap = self.left.saturating_mul(HTML_MARKUP_RATIO).max(64 * 1024);
        if html.len() > cap {
            self.truncated = true;
            self.skipped(Unscanned::Truncated);
            return html::to_text(&html[..html.floor_char_boundary(cap)]);
        }
        html::to_text(html)
    }

    fn finish(mut self, subject: String) -> Extracted {
        self.unscanned.sort();
        Extracted {
            subject,
            parts: self.parts,
            truncated: self.truncated,
            unscanned: self.unscanned,
        }
    }
}

fn walk(msg: &Message<'_>, depth: usize, out: &mut Out) {
    let nested = depth > 0;
    let kind = |k: PartKind| if nested { PartKind::Forwarded } else { k };
    let mut done = vec![false; msg.parts.len()];

    // Bodies as the text view shows them (an HTML-only alternative is in it, as HTML),
    // then the other alternatives: a sender can put different text in each.
    for &id in msg.text_body.iter().chain(&msg.html_body) {
        let (id, Some(part)) = (id as usize, msg.parts.get(id as usize)) else {
            continue;
        };
        if done[id] {
            continue;
        }
        match &part.body {
            PartType::Text(t) => out.push(kind(PartKind::Body), &readable(part, t)),
            PartType::Html(h) => {
                let text = out.html(h);
                out.push(kind(PartKind::HtmlBody), &text);
            }
            _ => continue, // inline images: the attachment pass decides
        }
        done[id] = true;
    }
    for &id in &msg.attachments {
        let (id, Some(part)) = (id as usize, msg.parts.get(id as usize)) else {
            continue;
        };
        if std::mem::replace(&mut done[id], true) {
            continue;
        }
        attachment(part, depth, out);
    }
}

fn attachment(part: &MessagePart<'_>, depth: usize, out: &mut Out) {
    let kind = |k: PartKind| if depth > 0 { PartKind::Forwarded } else { k };
    if let Some(name) = part.attachment_name() {
        out.push(kind(PartKind::FileName), name);
    }
    match &part.body {
        PartType::Text(t) => out.push(kind(PartKind::Attachment), &readable(part, t)),
        PartType::Html(h) => {
            let text = out.html(h);
            out.push(kind(PartKind::Attachment), &text);
        }
        PartType::Binary(b) | PartType::InlineBinary(b) => {
            if is_docx(part) || is_pdf(part, b) {
                let text = match is_docx(part) {
                    true => docx::text(b),
                    false => pdf::text(b),
                };
                match text.filter(|t| !t.trim().is_empty()) {
                    Some(text) => out.push(kind(PartKind::Attachment), &text),
                    // Unreadable, encrypted, or image-only: nothing was checked.
                    None => out.skipped(Unscanned::ExtractorFailed),
                }
                return;
            }
            if b.is_empty() {
                return;
            }
            let Some(html) = text_like(part) else {
                out.skipped(Unscanned::UnsupportedAttachment);
                return;
            };
            let Some(text) = decode_text(b) else {
                out.skipped(Unscanned::UndecodableText);
                return;
            };
            let text = if html { out.html(&text) } else { text };
            out.push(kind(PartKind::Attachment), &text);
        }
        PartType::Message(m) => {
            if depth + 1 > MAX_DEPTH {
                out.truncated = true;
                out.skipped(Unscanned::NestingTooDeep);
                return;
            }
            out.push(PartKind::ForwardedSubject, m.subject().unwrap_or_default());
            walk(m, depth + 1, out);
        }
        PartType::Multipart(_) => {}
    }
}

/// A text part as a person reads it: an iCalendar invitation unfolded and
/// unescaped, anything else as it is.
fn readable<'t>(part: &MessagePart<'_>, text: &'t str) -> std::borrow::Cow<'t, str> {
    let by_type = part.content_type().is_some_and(|ct| {
        ct.ctype().eq_ignore_ascii_case("text")
            && ct
                .subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("calendar"))
    });
    let by_name = part
        .attachment_name()
        .is_some_and(|n| n.to_ascii_lowercase().ends_with(".ics"));
    match by_type || by_name {
        true => calendar::readable(text),
        false => std::borrow::Cow::Borrowed(text),
    }
}

/// A PDF by content type, file name or signature.
fn is_pdf(part: &MessagePart<'_>, bytes: &[u8]) -> bool {
    let by_type = part
        .content_type()
        .is_some_and(|ct| ct.subtype().is_some_and(|s| s.eq_ignore_ascii_case("pdf")));
    let by_name = part
        .attachment_name()
        .is_some_and(|n| n.to_ascii_lowercase().ends_with(".pdf"));
    (by_type || by_name) && bytes.starts_with(b"%PDF")
}

/// A Word document (DOCX) by content type or file name.
fn is_docx(part: &MessagePart<'_>) -> bool {
    let by_type = part.content_type().is_some_and(|ct| {
        ct.subtype().is_some_and(|s| {
            s.eq_ignore_ascii_case("vnd.openxmlformats-officedocument.wordprocessingml.document")
        })
    });
    let by_name = part
        .attachment_name()
        .is_some_and(|n| n.to_ascii_lowercase().ends_with(".docx"));
    by_type || by_name
}

/// `Some(is_html)` when a non-text/* part holds text by its content type or file name.
fn text_like(part: &MessagePart<'_>) -> Option<bool> {
    let by_type = part.content_type().and_then(|ct| {
        let ty = ct.ctype().to_ascii_lowercase();
        let sub = ct.subtype().unwrap_or_default().to_ascii_lowercase();
        let textual = ty == "text"
            || matches!(
                sub.as_str(),
                "json" | "xml" | "csv" | "x-csv" | "tab-separated-values"
            )
            || sub.ends_with("+json")
            || sub.ends_with("+xml")
            || sub.contains("hl7")
            // DSN parts (RFC 3464, RFC 6533): plain header-style text.
            || sub.ends_with("delivery-status")
            || sub.ends_with("disposition-notification");
        textual.then(|| sub == "html" || sub == "xhtml+xml")
    });
    let by_name = part.attachment_name().and_then(|name| {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        let textual = matches!(
            ext.as_str(),
            "txt" | "text" | "csv" | "tsv" | "htm" | "html" | "xml" | "json" | "hl7"
        );
        textual.then(|| ext == "htm" || ext == "html")
    });
    match (by_type, by_name) {
        (Some(a), Some(b)) => Some(a || b),
        (a, b) => a.or(b),
    }
}

/// Bytes as text: UTF-16 when it starts with a BOM, else UTF-8 (lossy); `None` when it
/// looks binary (a NUL in the first 8 KiB).
fn decode_text(b: &[u8]) -> Option<String> {
    let utf16 = |be: bool| {
        let units = b[2..].chunks_exact(2).map(|c| {
            let pair = [c[0], c[1]];
            if be {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        });
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    match b {
        [0xFF, 0xFE, ..] => Some(utf16(false)),
        [0xFE, 0xFF, ..] => Some(utf16(true)),
        _ if b[..b.len().min(8192)].contains(&0) => None,
        _ => Some(String::from_utf8_lossy(b).into_owned()),
    }
}

#[cfg(test)]
mod tests;
