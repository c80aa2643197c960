//! PHI policy: classify a message and decide per recipient. [`extract`] gets the text of a
//! raw RFC 5322 message (subject, bodies, text-like attachments); [`detect`] runs the named
//! PHI detectors over it and turns findings into labels.
//!
//! Talks to nothing: pure functions over bytes already in memory. PHI seen: all of a
//! message's text. What leaves this module is detector names, counts, scores and byte spans;
//! never a subject, a body or a matched value (`Debug` on these types prints none either).
//! Failures: configuration errors at load only; extraction and scanning cannot fail
//! (an unparsable message is scanned as raw text, an over-long one is cut and says so).

pub mod detect;
pub mod engine;
pub mod evidence;
pub mod extract;
mod header_text;
pub mod rules;
pub mod triggers;

pub use detect::{
    COUNT_THRESHOLD, Detector, DetectorConfig, DetectorError, Detectors, Finding, Label,
    LexiconCategory, LexiconConfig, summarize,
};
pub use extract::{DEFAULT_MAX_TEXT_BYTES, Extracted, PartKind, extract};
